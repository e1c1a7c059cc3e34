#![cfg(not(target_arch = "wasm32"))]
//! Signed criteria sets and what parscore does with them: signing and each verdict of
//! `signedset::verify_set`, a draft that notices its set was replaced, `criteria::diff`, the
//! format's additions (rescaling without a survey, survey results as a percent, gates on that
//! percent), the library's sets, and the `parscore criteria` commands.

#[path = "../util/mod.rs"]
mod util;

mod cli;
mod diff;
mod drafts;
mod format;
mod library;
mod properties;
mod signing;

use ed25519_dalek::SigningKey;
use parscore::scorefile::{DidKey, Keyring, PublicKeyFile, Timestamp};

/// The authority's key in these tests, and another one.
pub fn publisher_key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

pub fn other_key() -> SigningKey {
    SigningKey::from_bytes(&[9; 32])
}

pub fn created() -> Timestamp {
    Timestamp::parse("2026-01-02T03:04:05Z").expect("time")
}

pub const PUBLISHER_NAME: &str = "Sở Nội vụ tỉnh Minh Hoạ";
pub const PUBLISHER_CODE: &str = "SNV-MH";

/// The teaching set signed by the publisher key.
pub fn signed_teaching() -> String {
    let text = util::signing::read(util::signing::TEACHING);
    parscore::signedset::sign_set(&text, &publisher_key(), PUBLISHER_NAME, PUBLISHER_CODE, created()).expect("signs")
}

/// A list of known publishers holding `key` under `code`.
pub fn publishers(key: &SigningKey, code: &str) -> Keyring {
    Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(key), PUBLISHER_NAME, code)])
}
