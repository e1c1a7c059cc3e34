//! The `parscore` command line, run as a user runs it: exit codes, messages, tables, JSON.

use crate::util;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(root()).output().expect("parscore runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const TEACHING: &str = "criteria/teaching-demo.json";
const DEMO: &str = "criteria/demo/teaching-demo.draft.json";

#[test]
fn check_accepts_every_shipped_set() {
    let files: Vec<PathBuf> = util::shipped_criteria();
    let args: Vec<&str> = std::iter::once("check").chain(files.iter().map(|p| p.to_str().unwrap())).collect();
    let out = parscore(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().filter(|l| l.contains(": ok (")).count(), files.len());
}

#[test]
fn check_fails_with_located_messages_and_still_checks_the_rest() {
    let files = ["tests/broken/bands-overlap.json", TEACHING, "tests/broken/children-sum.json"];
    let out = parscore(&[&["check", "--lang", "en"][..], &files[..]].concat());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("tests/broken/bands-overlap.json: 1.1.4 rule.bands[1]: 90 is inside both bands[0] and bands[1]"),
        "{err}"
    );
    assert!(err.contains("tests/broken/children-sum.json: 1.1 max: the children's maxima sum to 5.5, not 5"), "{err}");
    assert!(stdout(&out).contains("teaching-demo.json: ok"));
}

#[test]
fn check_speaks_vietnamese_by_default() {
    let out = parscore(&["check", "tests/broken/children-sum.json", "tests/broken/unknown-field.json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "tests/broken/children-sum.json: 1.1 max: điểm tối đa của các tiêu chí con cộng lại là 5,5, không phải 5"
        ),
        "{err}"
    );
    assert!(err.contains("tests/broken/unknown-field.json: 1.1.2 maxx (dòng 77, cột 20): trường `maxx`"), "{err}");
    assert!(!err.contains("unknown field") && !err.contains("line 77"), "{err}");
}

#[test]
fn a_score_file_given_as_a_draft_is_named_as_such_in_the_chosen_language() {
    let score_file = "tests/golden/teaching-demo.score.json";
    let vi = stderr(&parscore(&["score", TEACHING, score_file]));
    assert!(vi.contains(&format!("{score_file}: format: đây là tệp điểm đã ký (parscore-score/1)")), "{vi}");
    let en = stderr(&parscore(&["explain", TEACHING, score_file, "total", "--lang", "en"]));
    assert!(en.contains(&format!("{score_file}: format: this is a signed score file")), "{en}");
}

#[test]
fn check_reports_a_missing_file() {
    let out = parscore(&["check", "criteria/nowhere.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("criteria/nowhere.json"));
}

#[test]
fn score_prints_a_vietnamese_table_by_default() {
    let out = parscore(&["score", TEACHING, DEMO]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Mã") && text.contains("Tối đa") && text.contains("Chỉ số %"), "{text}");
    assert!(text.contains("2.2          Trả lời câu hỏi của người dân"), "{text}");
    assert!(text.contains("= 81 điểm"), "{text}");
    assert!(text.contains("Xếp loại: Khá"), "the gate caps Tốt: {text}");
}

#[test]
fn score_speaks_english_on_request() {
    let out = parscore(&["score", TEACHING, DEMO, "--lang", "en"]);
    let text = stdout(&out);
    assert!(text.contains("Code") && text.contains("Points") && text.contains("Band: Fair"), "{text}");
    assert!(text.contains("20.00") && text.contains("= 81 points"), "English numbers use a dot: {text}");
}

#[test]
fn score_json_matches_the_golden_file() {
    let out = parscore(&["score", TEACHING, DEMO, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let actual: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let golden_path = root().join("tests/golden/teaching-demo.scorecard.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden_path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
    }
    let golden: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&golden_path).expect("golden file (UPDATE_GOLDEN=1 writes it)"))
            .unwrap();
    assert_eq!(actual, golden, "scorecard changed; if intended, rerun with UPDATE_GOLDEN=1 and review the diff");
}

#[test]
fn score_json_has_decimals_as_strings_only() {
    let out = parscore(&["score", TEACHING, DEMO, "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    fn no_fractions(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Number(n) => n.is_u64() || n.is_i64(),
            serde_json::Value::Array(a) => a.iter().all(no_fractions),
            serde_json::Value::Object(o) => o.values().all(no_fractions),
            _ => true,
        }
    }
    assert!(no_fractions(&value));
    assert_eq!(value["totals"]["total"], "81");
    assert_eq!(value["band"]["id"], "kha");
    assert_eq!(value["band"]["capped_by"][0], "tra-hoso-tre");
}

#[test]
fn score_exits_1_with_located_messages_for_invalid_answers() {
    let dir = std::env::temp_dir().join(format!("parscore-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut draft: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(DEMO)).unwrap()).unwrap();
    draft["answers"]["2.1"] = serde_json::json!({ "numerator": 120, "denominator": 100 });
    draft["answers"]["3.1"] = serde_json::json!({ "count": -1 });
    draft["answers"]["1.1"] = serde_json::json!({ "level": "sometimes" });
    let path = dir.join("bad.draft.json");
    std::fs::write(&path, draft.to_string()).unwrap();
    let out = parscore(&["score", TEACHING, path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("1.1: mức \"sometimes\" không có trong thang điểm"), "{err}");
    assert!(err.contains("2.1: tử số 120 lớn hơn mẫu số 100"), "{err}");
    assert!(err.contains("3.1: số lượng không được âm (-1)"), "{err}");
    assert!(stdout(&out).contains("LỖI"), "the table still prints, marking the invalid items");
}

#[test]
fn score_refuses_a_draft_for_another_set() {
    let out = parscore(&["score", "criteria/province-2948-2017.json", DEMO]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("criteria.id: bản tự đánh giá này dùng bộ tiêu chí \"parscore-teaching-demo\""), "{err}");
    let out = parscore(&["score", "criteria/province-2948-2017.json", DEMO, "--lang", "en"]);
    assert!(stderr(&out).contains("criteria.id: the draft is for \"parscore-teaching-demo\""), "{}", stderr(&out));
}

#[test]
fn explain_shows_the_matched_band_and_the_arithmetic() {
    let out = parscore(&["explain", TEACHING, DEMO, "2.1", "--lang", "en"]);
    let text = stdout(&out);
    assert!(text.contains("→ 50% ≤ x < 80%: 5 points"), "{text}");
    assert!(text.contains("78 / 100 × 100 = 78%"), "{text}");
    let out = parscore(&["explain", TEACHING, DEMO, "total"]);
    assert!(stdout(&out).contains("tối đa Khá"), "{}", stdout(&out));
}

#[test]
fn schema_is_valid_json() {
    let out = parscore(&["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(schema["$defs"].is_object() || schema["definitions"].is_object());
}
