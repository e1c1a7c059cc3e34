//! `parscore criteria sign`, `criteria diff`, and the trust report of `check` and `score`.

use std::path::Path;
use std::process::{Command, Output};

use super::util::signing::{root, temp_dir, DEMO, TEACHING};

const PASSPHRASE: &str = "mật khẩu của sở";

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore"))
        .args(args)
        .current_dir(root())
        .env("PARSCORE_PASSPHRASE", PASSPHRASE)
        .output()
        .expect("parscore runs")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn sign_then_check_score_and_a_tampered_copy() {
    let dir = temp_dir("criteria-sign");
    let key = dir.join("snv.key.pem");
    let out = parscore(&["keygen", "--out", s(&key), "--agency-name", "Sở Nội vụ", "--agency-code", "SNV"]);
    assert!(out.status.success(), "{}", text(&out));
    let signed = dir.join("signed.json");
    let out = parscore(&[
        "criteria",
        "sign",
        TEACHING,
        "--key",
        s(&key),
        "--publisher-name",
        "Sở Nội vụ",
        "--publisher-code",
        "SNV",
        "-o",
        s(&signed),
        "--created",
        "2026-01-02T03:04:05Z",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Ban hành bởi Sở Nội vụ (SNV)"), "{}", text(&out));

    let out = parscore(&["check", s(&signed)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("chữ ký hợp lệ") && text(&out).contains("valid signature"), "{}", text(&out));
    // With the list of known publishers: the publisher's own public key file.
    let list = dir.join("publishers.json");
    let public = std::fs::read_to_string(format!("{}.pub.json", key.display())).unwrap();
    std::fs::write(&list, format!("[{public}]")).unwrap();
    let out = parscore(&["check", s(&signed), "--publishers", s(&list)]);
    assert!(text(&out).contains("khoá có trong danh sách cơ quan ban hành"), "{}", text(&out));
    let out = parscore(&["score", s(&signed), DEMO, "--lang", "en", "--publishers", s(&list)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Issued by Sở Nội vụ (SNV)"), "{}", text(&out));
    // An empty list: the key is unknown, said plainly, and the set still scores.
    std::fs::write(&list, "[]").unwrap();
    let out = parscore(&["score", s(&signed), DEMO, "--publishers", s(&list)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("không có trong danh sách cơ quan ban hành"), "{}", text(&out));

    let tampered = dir.join("tampered.json");
    let changed = std::fs::read_to_string(&signed).unwrap().replacen("\"max\": \"10\"", "\"max\": \"10.0\"", 1);
    std::fs::write(&tampered, changed).unwrap();
    for args in [vec!["check", s(&tampered)], vec!["score", s(&tampered), DEMO]] {
        let out = parscore(&args);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(text(&out).contains("đã bị sửa sau khi ký"), "{}", text(&out));
    }
    let out = parscore(&["check", TEACHING]);
    assert!(out.status.success());
    assert!(text(&out).contains("không có chữ ký"), "{}", text(&out));
}

#[test]
fn a_wrong_passphrase_or_an_invalid_set_signs_nothing() {
    let dir = temp_dir("criteria-sign-refused");
    let key = dir.join("k.pem");
    assert!(parscore(&["keygen", "--out", s(&key)]).status.success());
    let out_file = dir.join("out.json");
    let broken = root().join("tests/broken/children-sum.json");
    let out = parscore(&[
        "criteria",
        "sign",
        s(&broken),
        "--key",
        s(&key),
        "--publisher-name",
        "A",
        "--publisher-code",
        "B",
        "-o",
        s(&out_file),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("không hợp lệ, không ký"), "{}", text(&out));
    assert!(!out_file.exists());
}

#[test]
fn diff_lists_changes_in_both_languages() {
    let dir = temp_dir("criteria-diff");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(TEACHING)).unwrap()).unwrap();
    value["version"] = "2.0.0".into();
    value["nodes"][1]["children"][0]["title"]["vi"] = "Tỷ lệ hồ sơ trả đúng hẹn (mới)".into();
    let new = dir.join("new.json");
    std::fs::write(&new, value.to_string()).unwrap();
    let out = parscore(&["criteria", "diff", TEACHING, s(&new)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("~ 2.1") && text(&out).contains("tên:"), "{}", text(&out));
    let out = parscore(&["criteria", "diff", TEACHING, s(&new), "--lang", "en"]);
    assert!(text(&out).contains("title:"), "{}", text(&out));
    let out = parscore(&["criteria", "diff", TEACHING, "tests/broken/children-sum.json"]);
    assert_eq!(out.status.code(), Some(1), "an invalid set is named, not diffed");
}
