//! Our score files and signed criteria sets checked by an independent implementation:
//! tests/independent/verify_score_file.py and verify_criteria_set.py
//! (Python `cryptography` for Ed25519, `rfc8785` for JCS, no parscore code). scripts/setup makes
//! the .venv it runs in; without it this test says so and passes.

use crate::util;

use std::path::Path;
use std::process::{Command, Output};

use util::signing::*;

const SCRIPT: &str = "tests/independent/verify_score_file.py";

fn python() -> Option<std::path::PathBuf> {
    let python = root().join(".venv/bin/python");
    if python.exists() {
        Some(python)
    } else {
        eprintln!("SKIPPED: .venv is missing; scripts/setup creates it with the pinned Python packages");
        None
    }
}

fn run(python: &Path, args: &[&str]) -> Output {
    Command::new(python).arg(SCRIPT).args(args).current_dir(root()).output().expect("python runs")
}

#[test]
fn python_verifies_the_published_vector_and_reproduces_its_values() {
    let Some(python) = python() else { return };
    let out = run(
        &python,
        &["tests/golden/teaching-demo.score.json", "--vector", "tests/golden/teaching-demo.score-vector.json"],
    );
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn python_verifies_a_file_from_parscore_sign_and_refuses_a_tampered_one() {
    let Some(python) = python() else { return };
    let dir = temp_dir("independent");
    let key = dir.join("k.pem");
    let parscore = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_parscore"))
            .args(args)
            .current_dir(root())
            .env("PARSCORE_PASSPHRASE", "independent check")
            .output()
            .expect("parscore runs")
    };
    assert!(parscore(&["keygen", "--out", key.to_str().unwrap()]).status.success());
    let signed = dir.join("signed.score.json");
    let out = parscore(&["sign", TEACHING, DEMO, "--key", key.to_str().unwrap(), "--out", signed.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&python, &[signed.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let text = std::fs::read_to_string(&signed).unwrap();
    let tampered = dir.join("tampered.score.json");
    std::fs::write(&tampered, text.replace("Kế hoạch", "Ke hoach")).unwrap();
    let out = run(&python, &[tampered.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad signature"));
}

#[test]
fn python_verifies_a_signed_criteria_set_and_its_hash_without_publisher_and_proof() {
    let Some(python) = python() else { return };
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let created = parscore::scorefile::Timestamp::parse("2026-01-02T03:04:05Z").unwrap();
    let signed = parscore::signedset::sign_set(&read(TEACHING), &key, "Sở Nội vụ", "SNV", created).unwrap();
    let dir = temp_dir("independent-set");
    let path = dir.join("signed.json");
    std::fs::write(&path, &signed).unwrap();
    let script = "tests/independent/verify_criteria_set.py";
    let out = Command::new(&python).arg(script).arg(&path).current_dir(root()).output().expect("python runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let set = parscore::criteria::load(&signed).unwrap();
    let did = parscore::scorefile::DidKey::of(&key).did();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), format!("{} {did}", set.sha256));

    std::fs::write(&path, signed.replacen("Sở Nội vụ", "Sở Nội vụ khác", 1)).unwrap();
    let out = Command::new(&python).arg(script).arg(&path).current_dir(root()).output().expect("python runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad signature"));
}
