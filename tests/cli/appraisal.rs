//! `parscore appraisal verify` and `verify-explanation`: a verified file exits 0 with "ok", a
//! changed one or one given with another score file exits 1 with the reason, and a sound file by
//! a key not in the keyring is not accepted.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use ed25519_dalek::SigningKey;
use parscore::answers::Answer;
use parscore::appraisal::document::{self, file_sha256, AppraisalDocument, AppraisedItem, Stage};
use parscore::scorefile::keys::{DidKey, KeyOwner, PublicKeyFile};
use parscore::scorefile::Timestamp;

use crate::util::signing::*;

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(root()).output().expect("parscore runs")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn council_key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

/// The vector score file and a council appraisal of it (1.1 raised to on time), written in `dir`.
fn round_files(dir: &Path) -> (String, String) {
    let score = vector_file().to_json_pretty();
    let mut items = BTreeMap::new();
    items.insert(
        "1.1".to_string(),
        AppraisedItem { answer: Some(Answer { level: Some("on_time".into()), ..Answer::default() }), comment: None },
    );
    let created = Timestamp::parse("2026-02-10T08:00:00Z").unwrap();
    let council = KeyOwner { name: "Sở Nội vụ (minh hoạ)".into(), code: "SNV".into() };
    let hash = file_sha256(score.as_bytes()).unwrap();
    let appraisal = AppraisalDocument::build(
        &teaching_set(),
        &vector_file().document,
        hash,
        council.clone(),
        Stage::Appraisal,
        items,
        created,
    )
    .unwrap();
    let signed = document::sign(&appraisal, &council_key(), created).unwrap();
    std::fs::write(dir.join("smh.score.json"), &score).unwrap();
    std::fs::write(dir.join("smh.appraisal.json"), &signed).unwrap();
    let public = PublicKeyFile::new(&DidKey::of(&council_key()), &council.name, &council.code);
    std::fs::write(dir.join("council.pub.json"), public.to_json_pretty()).unwrap();
    (score, signed)
}

#[test]
fn a_verified_appraisal_exits_0_and_a_changed_one_exits_1_with_its_reason() {
    let dir = temp_dir("cli-appraisal");
    let (_, signed) = round_files(&dir);
    let (file, score, ring) =
        (dir.join("smh.appraisal.json"), dir.join("smh.score.json"), dir.join("council.pub.json"));
    let ok = parscore(&["appraisal", "verify", s(&file), "--score-file", s(&score), "--keyring", s(&ring)]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).ends_with(": ok\n"));

    let unregistered = parscore(&["appraisal", "verify", s(&file), "--score-file", s(&score), "--lang", "en"]);
    assert_eq!(unregistered.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unregistered.stderr).contains("signer not verified"));

    std::fs::write(&file, signed.replace("\"stage\": \"appraisal\"", "\"stage\": \"final\"")).unwrap();
    let changed =
        parscore(&["appraisal", "verify", s(&file), "--score-file", s(&score), "--keyring", s(&ring), "--lang", "en"]);
    assert_eq!(changed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&changed.stderr).contains("changed after signing"));
}

#[test]
fn an_appraisal_given_with_another_score_file_exits_1() {
    let dir = temp_dir("cli-appraisal-other");
    let (score, _) = round_files(&dir);
    let other = dir.join("other.score.json");
    std::fs::write(&other, score.replace("\"year\": 2025", "\"year\": 2024")).unwrap();
    let (file, ring) = (dir.join("smh.appraisal.json"), dir.join("council.pub.json"));
    let out =
        parscore(&["appraisal", "verify", s(&file), "--score-file", s(&other), "--keyring", s(&ring), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bound to another file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
