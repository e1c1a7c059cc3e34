//! Signed score files and public key files made on the spot: the teaching set's demo draft
//! signed by keys from fixed seeds, for any agency code and time.

use ed25519_dalek::SigningKey;
use parscore::criteria::CriteriaSet;
use parscore::scorefile::{self, DidKey, PublicKeyFile, Timestamp};

use crate::util::signing::{demo_draft, teaching_set, vector_app};

pub fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

pub fn at(time: &str) -> Timestamp {
    Timestamp::parse(time).expect("test time")
}

/// The public key file of the key from `seed`, for the agency `code`.
pub fn key_file(seed: u8, name: &str, code: &str) -> String {
    PublicKeyFile::new(&DidKey::of(&key(seed)), name, code).to_json_pretty()
}

pub fn fingerprint(seed: u8) -> String {
    DidKey::of(&key(seed)).fingerprint()
}

pub fn did(seed: u8) -> String {
    DidKey::of(&key(seed)).did()
}

/// The demo draft as agency `code`, signed by the key from `seed` at `created`.
pub fn score_file(seed: u8, code: &str, created: &str) -> String {
    let mut draft = demo_draft();
    draft.agency.code = code.to_string();
    scorefile::sign(&teaching_set(), &draft, &key(seed), at(created), vector_app()).expect("signs").to_json_pretty()
}

pub fn known() -> Vec<CriteriaSet> {
    vec![teaching_set()]
}
