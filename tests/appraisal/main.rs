#![cfg(not(target_arch = "wasm32"))]
//! The appraisal round in the core: the council appraises a signed score file, the agency
//! explains, and each file is checked against the one it answers.

#[path = "../util/mod.rs"]
mod util;

mod agency_side;
mod explanation;
mod files;

use std::collections::BTreeMap;

use ed25519_dalek::SigningKey;
use parscore::answers::Answer;
use parscore::appraisal::document::{self, AppraisalDocument, AppraisedItem, Stage};
use parscore::scorefile::keys::{DidKey, KeyOwner, Keyring, PublicKeyFile};
use parscore::scorefile::{ScoreDocument, Timestamp};
use util::signing::*;

pub const COUNCIL_SEED: [u8; 32] = [7; 32];

pub fn council_key() -> SigningKey {
    SigningKey::from_bytes(&COUNCIL_SEED)
}

pub fn council() -> KeyOwner {
    KeyOwner { name: "Sở Nội vụ (minh hoạ)".into(), code: "SNV".into() }
}

/// The authority's keyring: the council's key under its code.
pub fn authority_ring() -> Keyring {
    Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&council_key()), &council().name, &council().code)])
}

/// The agencies' keyring: the vector key under SMH.
pub fn agency_ring() -> Keyring {
    Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&vector_key()), "Sở Minh Hoạ (đơn vị mẫu)", "SMH")])
}

pub fn time(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("time")
}

/// The vector score file as bytes, and its document.
pub fn score_file() -> (Vec<u8>, ScoreDocument) {
    let file = vector_file();
    (file.to_json_pretty().into_bytes(), file.document)
}

/// The council's items: 1.1 raised from "late" to "on time" with a comment, 2.1 agreed with a
/// comment only.
pub fn council_items() -> BTreeMap<String, AppraisedItem> {
    let mut items = BTreeMap::new();
    items.insert(
        "1.1".to_string(),
        AppraisedItem {
            answer: Some(Answer { level: Some("on_time".into()), ..Answer::default() }),
            comment: Some("Kế hoạch ban hành đúng hạn theo văn bản 15/KH-SMH.".into()),
        },
    );
    items.insert("2.1".to_string(), AppraisedItem { answer: None, comment: Some("Đồng ý.".into()) });
    items
}

/// A signed appraisal of `score` (whose bytes are `score_bytes`).
pub fn appraisal_file(score_bytes: &[u8], score: &ScoreDocument, items: BTreeMap<String, AppraisedItem>) -> Vec<u8> {
    let appraisal = appraisal_document(score_bytes, score, items);
    document::sign(&appraisal, &council_key(), time("2026-02-10T08:00:00Z")).expect("signs").into_bytes()
}

pub fn appraisal_document(
    score_bytes: &[u8],
    score: &ScoreDocument,
    items: BTreeMap<String, AppraisedItem>,
) -> AppraisalDocument {
    let hash = document::file_sha256(score_bytes).expect("hash");
    AppraisalDocument::build(
        &teaching_set(),
        score,
        hash,
        council(),
        Stage::Appraisal,
        items,
        time("2026-02-10T08:00:00Z"),
    )
    .expect("builds")
}
