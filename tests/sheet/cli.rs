//! `parscore criteria template | import | export`: the same core, messages per --lang.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn parscore(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(dir).output().expect("parscore runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parscore-sheet-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn template_import_export_round_trip() {
    let dir = scratch("round-trip");
    let out = parscore(&dir, &["criteria", "template", "-o", "template.xlsx"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "đã ghi mẫu template.xlsx (bộ tiêu chí dạy học)");

    let out = parscore(&dir, &["criteria", "import", "template.xlsx", "-o", "set.json", "--lang", "en"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "wrote set.json (parscore-teaching-demo, 16 criteria rows)");
    let set = parscore::criteria::load(&std::fs::read_to_string(dir.join("set.json")).expect("json")).expect("valid");
    assert_eq!(set.sha256, crate::hash(&crate::teaching()));

    let out = parscore(&dir, &["criteria", "export", "set.json", "-o", "set.csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = parscore(&dir, &["criteria", "import", "set.csv", "-o", "again.json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(dir.join("set.json")).ok(), std::fs::read(dir.join("again.json")).ok());

    let out = parscore(&dir, &["criteria", "export", "set.json", "-o", "set.ods"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr).trim(), "set.ods: tên tệp phải kết thúc bằng .xlsx hoặc .csv");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_wrong_row_fails_the_import_with_its_place() {
    let dir = scratch("wrong-row");
    let csv = sheet_with_bad_maximum();
    std::fs::write(dir.join("bad.csv"), csv.0).expect("write");
    let out = parscore(&dir, &["criteria", "import", "bad.csv", "-o", "bad.json", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!("bad.csv: Tiêu chí (criteria), row {}, column D (Maximum): \"mười\" is not a number", csv.1);
    assert!(text(&out.stderr).starts_with(&expected), "{}", text(&out.stderr));
    assert!(!dir.join("bad.json").exists(), "nothing is written for a sheet with problems");
    std::fs::remove_dir_all(dir).ok();
}

/// The teaching set's CSV with 3.2's maximum typed as a word, and that row's line.
fn sheet_with_bad_maximum() -> (String, usize) {
    let bytes = parscore::sheet::export_csv(&crate::teaching()).expect("export");
    let mut lines: Vec<String> = text(&bytes).lines().map(str::to_string).collect();
    let index = lines.iter().position(|l| l.starts_with("3.2;")).expect("3.2");
    lines[index] = lines[index].replacen(";10;", ";mười;", 1);
    (lines.join("\n"), index + 1)
}
