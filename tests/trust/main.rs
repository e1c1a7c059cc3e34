#![cfg(not(target_arch = "wasm32"))]
//! Trust shown as it is: verdicts (verified only for a key registered to the file's agency
//! code), keyrings with dates in their three forms, duplicates of an agency and year, and the
//! `parscore verify` and `parscore keyring` commands in Vietnamese and English.

#[path = "../util/mod.rs"]
mod util;

mod cli;
mod duplicates;
mod keyring;
mod verdict;

use ed25519_dalek::SigningKey;
use parscore::scorefile::{self, DidKey, Keyring, PublicKeyFile, Report, Timestamp};
use util::signing;

/// A key made from one repeated byte, so that each test names its keys.
pub fn key(byte: u8) -> SigningKey {
    SigningKey::from_bytes(&[byte; 32])
}

pub fn public(byte: u8, name: &str, code: &str) -> PublicKeyFile {
    PublicKeyFile::new(&DidKey::of(&key(byte)), name, code)
}

pub fn time(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("test time")
}

/// The demo draft under agency `code`, signed by key `byte` at `created`. With `inflate`, the
/// draft claims a better answer (a different draft, as a second key's holder might sign).
pub fn signed(byte: u8, code: &str, created: &str, inflate: bool) -> Vec<u8> {
    let mut draft = signing::demo_draft();
    draft.agency.code = code.to_string();
    if inflate {
        let answer = draft.answers.get_mut("2.1").expect("the demo answers 2.1");
        *answer = serde_json::from_value(serde_json::json!({ "numerator": 98, "denominator": 100 })).expect("answer");
    }
    let file = scorefile::sign(&signing::teaching_set(), &draft, &key(byte), time(created), signing::vector_app())
        .expect("signs");
    file.to_json_pretty().into_bytes()
}

pub fn check(bytes: &[u8], ring: Option<&Keyring>) -> Report {
    scorefile::verify(bytes, &[signing::teaching_set()], ring)
}
