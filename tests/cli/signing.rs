//! `parscore keygen`, `sign` and `verify` as a user runs them: files written, exit codes, and
//! each failing file's reason.

use crate::util;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parscore::scorefile::keys;
use serde_json::{json, Value};
use util::signing::*;

const PASSPHRASE: &str = "mật khẩu thử nghiệm";

fn parscore(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_parscore"));
    cmd.args(args).current_dir(root()).env_remove("PARSCORE_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("PARSCORE_PASSPHRASE", p);
    }
    cmd.output().expect("parscore runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A key made by `parscore keygen` in `dir`, with its keyring.
fn keygen(dir: &Path) -> (PathBuf, PathBuf) {
    let key = dir.join("smh.key.pem");
    let out = parscore(
        &["keygen", "--out", s(&key), "--agency-name", "Sở Minh Hoạ (đơn vị mẫu)", "--agency-code", "SMH"],
        Some(PASSPHRASE),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let public = std::fs::read_to_string(dir.join("smh.key.pem.pub.json")).unwrap();
    let ring = dir.join("keyring.json");
    std::fs::write(&ring, format!("[{public}]")).unwrap();
    (key, ring)
}

fn sign(dir: &Path, key: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    let out = parscore(&["sign", TEACHING, DEMO, "--key", s(key), "--out", s(&file)], Some(PASSPHRASE));
    assert!(out.status.success(), "{}", stderr(&out));
    file
}

#[test]
fn keygen_writes_an_encrypted_key_and_a_public_key_file_and_prints_the_did() {
    let dir = temp_dir("cli-keygen");
    let key = dir.join("k.pem");
    let out = parscore(
        &["keygen", "--out", s(&key), "--agency-name", "Sở Minh Hoạ", "--agency-code", "SMH"],
        Some(PASSPHRASE),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let did = stdout(&out).trim().to_string();
    assert!(did.starts_with("did:key:z6Mk"), "{did}");
    let pem = std::fs::read_to_string(&key).unwrap();
    assert!(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    let restored = keys::restore_backup(&pem, PASSPHRASE).unwrap();
    assert_eq!(keys::DidKey::of(&restored).did(), did);
    let public: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("k.pem.pub.json")).unwrap()).unwrap();
    assert_eq!(public["did"], did.as_str());
    assert_eq!(public["agency"], json!({ "name": "Sở Minh Hoạ", "code": "SMH" }));
    assert!(stderr(&out).contains(public["fingerprint"].as_str().unwrap()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn keygen_never_overwrites_a_key_and_wants_a_real_passphrase() {
    let dir = temp_dir("cli-keygen-twice");
    let key = dir.join("k.pem");
    assert!(parscore(&["keygen", "--out", s(&key)], Some(PASSPHRASE)).status.success());
    let before = std::fs::read(&key).unwrap();
    let out = parscore(&["keygen", "--out", s(&key)], Some(PASSPHRASE));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists; a key is never overwritten"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&key).unwrap(), before);

    let out = parscore(&["keygen", "--out", s(&dir.join("short.pem"))], Some("1234"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("at least 8 characters"), "{}", stderr(&out));
    assert!(!dir.join("short.pem").exists());
}

#[test]
fn sign_then_verify_with_the_keyring_exits_0() {
    let dir = temp_dir("cli-sign");
    let (key, ring) = keygen(&dir);
    let file = sign(&dir, &key, "smh.score.json");
    let out = parscore(&["verify", s(&file), "--keyring", s(&ring)], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(": Hợp lệ — ký bởi Sở Minh Hoạ (đơn vị mẫu) (mã SMH), vân tay khoá"), "{text}");
    assert!(text.contains("SMH 2025, parscore-teaching-demo 1.0.0: 81%, Khá"), "{text}");
}

#[test]
fn sign_prints_the_same_document_as_the_published_vector() {
    let dir = temp_dir("cli-sign-stdout");
    let key = dir.join("vector.pem");
    std::fs::write(&key, keys::backup_pem(&vector_key(), PASSPHRASE).unwrap()).unwrap();
    let out = parscore(&["sign", TEACHING, DEMO, "--key", s(&key), "--created", VECTOR_CREATED], Some(PASSPHRASE));
    assert!(out.status.success(), "{}", stderr(&out));
    let mut printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut golden: Value = serde_json::from_str(&read("tests/golden/teaching-demo.score.json")).unwrap();
    // Only the app version may differ (the vector pins 0.1.0).
    printed["app"] = golden["app"].clone();
    for v in [&mut printed, &mut golden] {
        v.as_object_mut().unwrap().remove("proof");
    }
    assert_eq!(printed, golden);
}

#[test]
fn sign_with_a_wrong_passphrase_says_so() {
    let dir = temp_dir("cli-wrong-pass");
    let (key, _) = keygen(&dir);
    let out = parscore(&["sign", TEACHING, DEMO, "--key", s(&key)], Some("not the passphrase"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("wrong passphrase: the backup cannot be opened with it"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn sign_refuses_answers_that_cannot_be_scored() {
    let dir = temp_dir("cli-sign-invalid");
    let (key, _) = keygen(&dir);
    let mut draft: Value = serde_json::from_str(&read(DEMO)).unwrap();
    draft["answers"]["2.1"] = json!({ "numerator": 120, "denominator": 100 });
    let path = dir.join("bad.draft.json");
    std::fs::write(&path, draft.to_string()).unwrap();
    let out = parscore(&["sign", TEACHING, s(&path), "--key", s(&key)], Some(PASSPHRASE));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("2.1: the numerator 120 is above the denominator 100"), "{err}");
    assert!(err.contains("not signed: correct these answers first"), "{err}");
}

#[test]
fn verify_gives_each_failing_file_its_reason_and_exits_1() {
    let dir = temp_dir("cli-verify-mixed");
    let (key, ring) = keygen(&dir);
    let good = sign(&dir, &key, "good.score.json");
    let text = std::fs::read_to_string(&good).unwrap();

    let tampered = dir.join("tampered.score.json");
    std::fs::write(&tampered, text.replace("\"index\": \"81\"", "\"index\": \"91\"")).unwrap();
    let broken = dir.join("broken.score.json");
    std::fs::write(&broken, &text[..text.len() / 2]).unwrap();
    let stranger = dir.join("stranger.score.json");
    std::fs::write(&stranger, read("tests/golden/teaching-demo.score.json")).unwrap();

    let out = parscore(
        &["verify", s(&good), s(&tampered), s(&broken), s(&stranger), "--keyring", s(&ring), "--lang", "en"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let line = |file: &Path, reason: &str| format!("{}: {reason}", file.display());
    let text = stdout(&out);
    assert!(text.contains(&line(&good, "Verified — signed by")), "{text}");
    assert!(text.contains(&line(&tampered, "Invalid (bad signature, recomputed score differs)")), "{text}");
    assert!(err.contains(&line(&tampered, "the signature does not match the file's content")), "{err}");
    assert!(err.contains(&line(&tampered, "  scorecard.index: 91 → 81")), "{err}");
    assert!(err.contains(&line(&broken, "malformed file at line 78, column 85: ")), "{err}");
    // A stranger's valid signature is not an error of the file, but its signer is not verified.
    assert!(text.contains(&line(&stranger, "Signature valid but signer not verified — key ")), "{text}");
    assert!(text.contains("is not in the keyring"), "{text}");
    // The stranger's file is for the same agency and year as the good one: they conflict.
    let conflict = line(&good, &format!("conflicts with {}: same agency and year", stranger.display()));
    assert!(err.contains(&conflict), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with(&format!("{}:", good.display()))).count(), 1, "{err}");
    // Vietnamese by default, place and problem alike.
    let vi = stderr(&parscore(&["verify", s(&broken), "--keyring", s(&ring)], None));
    assert!(vi.contains(&line(&broken, "tệp sai định dạng ở dòng 78, cột 85: ")), "{vi}");
    assert!(!vi.contains("line 78"), "{vi}");

    let out =
        parscore(&["verify", s(&good), "--criteria", "criteria/province-2948-2017.json", "--keyring", s(&ring)], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&line(&good, "bộ tiêu chí parscore-teaching-demo 1.0.0 không có")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn verify_on_any_number_of_threads_gives_the_same_reports_in_the_files_order() {
    let dir = temp_dir("cli-verify-jobs");
    let (key, ring) = keygen(&dir);
    let good = sign(&dir, &key, "good.score.json");
    let tampered = dir.join("tampered.score.json");
    let text = std::fs::read_to_string(&good).unwrap();
    std::fs::write(&tampered, text.replace("\"index\": \"81\"", "\"index\": \"91\"")).unwrap();
    // Files in an order that is not their names': the reports keep the order given.
    let files = [s(&tampered), s(&good), s(&tampered)];
    let run = |jobs: &[&str]| {
        let args: Vec<&str> =
            ["verify"].iter().chain(&files).chain(&["--keyring", s(&ring)]).chain(jobs).copied().collect();
        parscore(&args, None)
    };
    let every_core = run(&[]);
    assert_eq!(every_core.status.code(), Some(1));
    assert!(stdout(&every_core).find("tampered").unwrap() < stdout(&every_core).find("good").unwrap());
    for jobs in ["1", "2", "3"] {
        let out = run(&["--jobs", jobs]);
        assert_eq!(out.status.code(), Some(1), "--jobs {jobs}");
        assert_eq!(stdout(&out), stdout(&every_core), "--jobs {jobs}");
        assert_eq!(stderr(&out), stderr(&every_core), "--jobs {jobs}");
    }
    let none = run(&["--jobs", "0"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("--jobs"), "{}", stderr(&none));
}

#[test]
fn verify_uses_the_shipped_criteria_by_default_and_every_file_must_pass() {
    let golden = "tests/golden/teaching-demo.score.json";
    let ring = "tests/golden/teaching-demo.keyring.json";
    let out = parscore(&["verify", golden, "--keyring", ring], None);
    assert!(out.status.success(), "{}", stderr(&out));
    // Without a keyring the signer is not verified: the command fails unless told to allow it.
    let out = parscore(&["verify", golden, "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("no keyring given"), "{}", stdout(&out));
    assert!(parscore(&["verify", golden, "--allow-unregistered"], None).status.success());
    let out = parscore(&["verify", golden, "tests/golden/nowhere.score.json", "--keyring", ring, "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nowhere.score.json: cannot be read"), "{}", stderr(&out));
}

#[test]
fn verify_json_reports_each_file_with_its_failure_kinds() {
    let dir = temp_dir("cli-verify-json");
    let golden = read("tests/golden/teaching-demo.score.json");
    let tampered = dir.join("tampered.score.json");
    std::fs::write(&tampered, golden.replace("\"1.1\": \"5\"", "\"1.1\": \"10\"")).unwrap();
    let ring = "tests/golden/teaching-demo.keyring.json";
    let out =
        parscore(&["verify", "tests/golden/teaching-demo.score.json", s(&tampered), "--json", "--keyring", ring], None);
    assert_eq!(out.status.code(), Some(1));
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[0]["verdict"], "verified");
    assert_eq!(reports[1]["verdict"], "invalid");
    assert_eq!(reports[0]["signer"]["did"], keys::DidKey::of(&vector_key()).did().as_str());
    assert_eq!(reports[1]["valid"], false);
    let kinds: Vec<&str> =
        reports[1]["failures"].as_array().unwrap().iter().map(|f| f["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["bad_signature", "score_differs"]);
    assert_eq!(
        reports[1]["failures"][1]["differences"][0],
        json!({ "location": "scorecard.nodes.1.1", "claimed": "10", "recomputed": "5" })
    );
}
