//! Hostile input to `parscore score` and `sign`, each refused with its located message in both
//! languages and no panic; and a draft made for another version or content of its set, refused
//! by name unless `--accept-set-change`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TEACHING: &str = "criteria/teaching-demo.json";
const DEMO: &str = "criteria/demo/teaching-demo.draft.json";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(root()).output().expect("parscore runs")
}

/// Removes its file when dropped.
struct Removed(PathBuf);

impl Drop for Removed {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `bytes` as a temporary file of this test process (removed when the guard is dropped).
fn file(name: &str, bytes: &[u8]) -> (Removed, PathBuf) {
    let path = std::env::temp_dir().join(format!("parscore-hostile-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("written");
    (Removed(path.clone()), path)
}

/// The demo draft with `change` made to its JSON.
fn demo_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(DEMO)).expect("the demo draft")).expect("JSON");
    change(&mut value);
    value.to_string()
}

/// Scores `draft` against the teaching set in `lang`: the exit code and stderr.
fn score(draft: &Path, lang: &str, extra: &[&str]) -> (Option<i32>, String) {
    let args = [&["score", TEACHING, draft.to_str().expect("a UTF-8 path"), "--lang", lang][..], extra].concat();
    let out = parscore(&args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    (out.status.code(), err)
}

fn refused(draft: &Path, vi: &str, en: &str) {
    let (code, err) = score(draft, "vi", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains(vi), "{err}");
    let (code, err) = score(draft, "en", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains(en), "{err}");
}

#[test]
fn an_array_where_an_object_belongs_is_refused_where_it_stands() {
    let (_d, top) = file("top.json", b"[]");
    refused(
        &top,
        "dòng 1, cột 2: sai kiểu: gặp một danh sách […], cần một đối tượng {…}",
        "line 1, column 2: invalid type: sequence, expected an object",
    );
    let (_d, answer) =
        file("answer.json", demo_with(|v| v["answers"]["1.1"] = serde_json::json!(["on_time"])).as_bytes());
    refused(&answer, "answers.1.1 (dòng 1, cột", "answers.1.1 (line 1, column");
    let (_d, agency) =
        file("agency.json", demo_with(|v| v["agency"] = serde_json::json!(["X", "H01", "district"])).as_bytes());
    refused(&agency, "gặp một danh sách […], cần một đối tượng {…}", "invalid type: sequence, expected an object");
}

#[test]
fn a_criteria_file_that_is_an_array_is_refused() {
    let (_d, set) = file("set.json", b"[1, 2]");
    let out = parscore(&["check", "--lang", "en", set.to_str().expect("UTF-8")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 1, column 1: invalid type: sequence, expected an object"), "{err}");
}

#[test]
fn invalid_utf8_is_refused_with_its_byte_offset() {
    let (_d, bad) = file("bad.json", b"{\"format\": \"parscore-draft/1\", \"x\": \"\xff\"}");
    let (code, err) = score(&bad, "vi", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains("không phải văn bản UTF-8 (sai từ byte 37)"), "{err}");
    assert!(err.contains("not UTF-8 text (wrong from byte 37)"), "{err}");
}

#[test]
fn a_count_of_two_to_the_64_is_out_of_range_not_a_float() {
    let draft = demo_with(|v| v["answers"]["3.1"] = serde_json::json!({"count": 1}))
        .replace("\"count\":1", "\"count\":18446744073709551616");
    let (_d, big) = file("big.json", draft.as_bytes());
    refused(&big, "answers.3.1.count (dòng 1, cột", "answers.3.1.count (line 1, column");
    let (_, err) = score(&big, "en", &[]);
    assert!(err.contains("number out of range") && !err.contains("floating point"), "{err}");
}

#[test]
fn a_hundred_thousand_brackets_are_too_deep_not_a_missing_string() {
    let (_d, deep) = file("deep.json", "[".repeat(100_000).as_bytes());
    refused(&deep, "lồng nhau quá sâu", "nests too deeply");
    let (_, err) = score(&deep, "en", &[]);
    assert!(!err.contains("expected a string"), "{err}");
}

#[test]
fn a_duplicate_answer_code_is_refused_at_its_place() {
    let draft = demo_with(|_| {}).replacen("\"answers\":{", "\"answers\":{\"1.1\":{\"level\":\"late\"},", 1);
    let (_d, twice) = file("twice.json", draft.as_bytes());
    refused(&twice, "dòng 1, cột 127", "line 1, column 127: duplicate field `1.1`");
}

#[test]
fn a_draft_for_another_version_is_refused_naming_each_difference() {
    let (_d, other) =
        file("other.json", demo_with(|v| v["criteria"]["version"] = serde_json::json!("2099.1")).as_bytes());
    let (code, err) = score(&other, "en", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains("another version: the draft names \"2099.1\""), "{err}");
    assert!(!err.contains("other content"), "same content: only the version differs");
    assert!(err.contains("--accept-set-change"), "{err}");
    let (_, err) = score(&other, "vi", &[]);
    assert!(err.contains("phiên bản khác: bản tự đánh giá ghi «2099.1»"), "{err}");
    let (code, err) = score(&other, "en", &["--accept-set-change"]);
    assert_eq!(code, Some(0), "{err}");

    let (_d, hash) =
        file("hash.json", demo_with(|v| v["criteria"]["sha256"] = serde_json::json!("0".repeat(64))).as_bytes());
    let (code, err) = score(&hash, "en", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains(&format!("other content (SHA-256): the draft names {}", "0".repeat(64))), "{err}");
}

#[test]
fn sign_refuses_a_draft_for_another_version_before_asking_for_anything() {
    let (_d, other) =
        file("other.json", demo_with(|v| v["criteria"]["version"] = serde_json::json!("2099.1")).as_bytes());
    let out = parscore(&["sign", TEACHING, other.to_str().expect("UTF-8"), "--key", "does-not-matter.pem"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("phiên bản khác"), "{err}");
    assert!(out.stdout.is_empty(), "no score file is made");
}
