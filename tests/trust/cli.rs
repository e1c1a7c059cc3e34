use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::*;
use util::signing::{root, temp_dir, TEACHING};

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(root()).output().expect("parscore runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("writes");
    path
}

/// The real key's file, a second key's file (same name and code), and the real key's public file.
fn two_keys_one_agency(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let real = write(dir, "real.score.json", &signed(1, "SMH", "2026-01-15T08:30:00Z", false));
    let second = write(dir, "second.score.json", &signed(2, "SMH", "2026-01-16T08:30:00Z", true));
    let key = write(dir, "smh.pub.json", public(1, "Sở Minh Hoạ", "SMH").to_json_pretty().as_bytes());
    (real, second, key)
}

#[test]
fn without_a_keyring_verify_says_signature_only_flags_the_conflict_and_exits_1() {
    let dir = temp_dir("trust-no-keyring");
    let (real, second, _) = two_keys_one_agency(&dir);
    let out = parscore(&["verify", s(&real), s(&second), "--criteria", TEACHING]);
    assert_eq!(out.status.code(), Some(1));
    let (text, err) = (stdout(&out), stderr(&out));
    let line = format!("{}: Chữ ký đúng nhưng chưa xác minh người ký — không có danh sách khoá", real.display());
    assert!(text.contains(&line), "{text}");
    assert!(!text.contains(": Hợp lệ") && !text.contains(": ok"), "{text}");
    assert!(
        text.contains("0 tệp hợp lệ, 2 tệp chưa xác minh người ký, 0 tệp không hợp lệ, 2 tệp mâu thuẫn."),
        "{text}"
    );
    let conflict = format!("{}: mâu thuẫn với {}: cùng đơn vị và năm", real.display(), second.display());
    assert!(err.contains(&conflict), "{err}");

    let out = parscore(&["verify", s(&real), s(&second), "--criteria", TEACHING, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("Signature valid but signer not verified — no keyring given"), "{}", stdout(&out));
    assert!(stderr(&out).contains("conflicts with"), "{}", stderr(&out));
}

#[test]
fn a_registered_key_is_verified_and_a_second_key_of_the_same_agency_is_not() {
    let dir = temp_dir("trust-second-key");
    let (real, second, key) = two_keys_one_agency(&dir);
    let out = parscore(&["verify", s(&real), "--criteria", TEACHING, "--keyring", s(&key)]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains(&format!("{}: Hợp lệ — ký bởi Sở Minh Hoạ (mã SMH)", real.display())));

    let out = parscore(&["verify", s(&second), "--criteria", TEACHING, "--keyring", s(&key), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(&format!("{}: Signature valid but signer not verified — key ", second.display())), "{text}");
    assert!(text.contains("is not in the keyring"), "{text}");

    // --allow-unregistered accepts it, and still says so.
    let out = parscore(&["verify", s(&second), "--criteria", TEACHING, "--keyring", s(&key), "--allow-unregistered"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Chữ ký đúng nhưng chưa xác minh người ký"), "{}", stdout(&out));
    assert!(stdout(&out).contains("--allow-unregistered"), "{}", stdout(&out));

    // Both files together conflict, even with --allow-unregistered.
    let both = ["verify", s(&real), s(&second), "--criteria", TEACHING, "--keyring", s(&key), "--allow-unregistered"];
    let out = parscore(&both);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("1 tệp hợp lệ, 1 tệp chưa xác minh người ký, 0 tệp không hợp lệ, 2 tệp mâu thuẫn."));
}

#[test]
fn an_older_file_of_the_same_key_is_superseded_and_the_batch_passes() {
    let dir = temp_dir("trust-superseded");
    let older = write(&dir, "older.score.json", &signed(1, "SMH", "2026-01-10T08:30:00Z", false));
    let newer = write(&dir, "newer.score.json", &signed(1, "SMH", "2026-01-15T08:30:00Z", false));
    let key = write(&dir, "smh.pub.json", public(1, "Sở Minh Hoạ", "SMH").to_json_pretty().as_bytes());
    let out = parscore(&["verify", s(&newer), s(&older), "--criteria", TEACHING, "--keyring", s(&key), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("{}: superseded by the later file {}", older.display(), newer.display())), "{text}");
    // Output follows the order given, whatever core finished first.
    let first = text.find(&format!("{}: Verified", newer.display())).expect("newer listed");
    let second = text.find(&format!("{}: Verified", older.display())).expect("older listed");
    assert!(first < second, "{text}");
}

#[test]
fn verify_json_has_the_verdict_and_the_duplicates() {
    let dir = temp_dir("trust-json");
    let (real, second, key) = two_keys_one_agency(&dir);
    let out = parscore(&["verify", s(&real), s(&second), "--criteria", TEACHING, "--keyring", s(&key), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(reports[0]["verdict"], "verified");
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[1]["verdict"], "signature_only");
    assert_eq!(reports[1]["valid"], false);
    assert_eq!(reports[0]["conflicts_with"][0], s(&second));
    assert_eq!(reports[1]["created"], "2026-01-16T08:30:00Z");
}

#[test]
fn keyring_add_creates_merges_refuses_and_lists() {
    let dir = temp_dir("trust-keyring-cli");
    let ring = dir.join("keyring.json");
    let smh = write(&dir, "smh.pub.json", public(1, "Sở Minh Hoạ", "SMH").to_json_pretty().as_bytes());
    let sk = write(&dir, "sk.pub.json", public(2, "Sở Khác", "SK").to_json_pretty().as_bytes());
    let out = parscore(&["keyring", "add", s(&smh), s(&sk), "--keyring", s(&ring)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("đã thêm Sở Minh Hoạ (mã SMH)"), "{}", stdout(&out));
    let written = Keyring::from_json(&std::fs::read_to_string(&ring).unwrap()).unwrap();
    assert_eq!(written.entries.len(), 2);
    assert!(written.entries.iter().all(|e| e.added.is_some()));

    let out = parscore(&["keyring", "add", s(&smh), "--keyring", s(&ring), "--lang", "en"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("is already in the keyring"), "{}", stdout(&out));
    assert_eq!(Keyring::from_json(&std::fs::read_to_string(&ring).unwrap()).unwrap(), written);

    let stolen = write(&dir, "stolen.pub.json", public(1, "Sở Minh Hoạ", "XYZ").to_json_pretty().as_bytes());
    let before = std::fs::read_to_string(&ring).unwrap();
    let out = parscore(&["keyring", "add", s(&stolen), "--keyring", s(&ring)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}: did: khoá did:key:", stolen.display())), "{err}");
    assert!(err.contains("Danh sách khoá không thay đổi."), "{err}");
    assert_eq!(std::fs::read_to_string(&ring).unwrap(), before);

    let out = parscore(&["keyring", "list", "--keyring", s(&ring), "--lang", "en"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("SMH\tSở Minh Hoạ\t") && lines[0].contains("\tadded 20"), "{text}");
    assert!(lines[1].starts_with("SK\tSở Khác\t"), "{text}");

    // The keyring written is used by verify.
    let file = write(&dir, "smh.score.json", &signed(1, "SMH", "2026-01-15T08:30:00Z", false));
    let out = parscore(&["verify", s(&file), "--criteria", TEACHING, "--keyring", s(&ring)]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn an_unreadable_keyring_or_file_is_said_in_the_chosen_language() {
    let dir = temp_dir("trust-unreadable");
    let bad = write(&dir, "bad.json", b"{\"format\": \"other\"}");
    let out = parscore(&["keyring", "list", "--keyring", s(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Không đọc được danh sách khoá tại format"), "{}", stderr(&out));
    let out = parscore(&["verify", "tests/golden/nowhere.score.json", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nowhere.score.json: cannot be read"), "{}", stderr(&out));
}
