//! The traps an IT clerk meets on a first run (issue 15): the natural `criteria/*.json` glob, a
//! verify run outside the project, band titles rather than ids, a summary of how many files are
//! verified, titles cut with "…", and help text on every argument.

use std::path::Path;
use std::process::{Command, Output};

use crate::util::signing::temp_dir;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn parscore_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(dir).output().expect("parscore runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const GOLDEN: &str = "tests/golden/teaching-demo.score.json";
const KEYRING: &str = "tests/golden/teaching-demo.keyring.json";

#[test]
fn check_over_the_criteria_folder_skips_the_schema_with_a_note() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("criteria"))
        .expect("criteria/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| format!("criteria/{}", p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    files.sort();
    assert!(files.iter().any(|f| f.ends_with("criteria.schema.json")), "the glob takes the schema too");
    let args: Vec<&str> = std::iter::once("check").chain(files.iter().map(String::as_str)).collect();
    let out = parscore_in(root(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(
            "criteria/criteria.schema.json: tệp JSON Schema (mô tả định dạng), không phải bộ tiêu chí: bỏ qua"
        ),
        "{said}"
    );
    assert!(said.contains("criteria/teaching-demo.json: ok (parscore-teaching-demo, 12 tiêu chí, 100 điểm)"), "{said}");
}

#[test]
fn verify_outside_the_project_says_the_criteria_folder_is_missing() {
    let dir = temp_dir("clerk-outside");
    let file = root().join(GOLDEN);
    let out = parscore_in(&dir, &["verify", file.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("Không có bộ tiêu chí nào để đối chiếu"), "{err}");
    assert!(err.contains("--criteria"), "{err}");
    assert!(!err.contains("không khớp") && !text(&out.stdout).contains("không khớp"), "not a mismatch: {err}");
    let out = parscore_in(&dir, &["verify", "--lang", "en", file.to_str().expect("utf-8 path")]);
    assert!(text(&out.stderr).contains("No criteria sets to verify against"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn verify_names_the_band_and_counts_the_verified_files() {
    let out = parscore_in(root(), &["verify", GOLDEN, "--keyring", KEYRING]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains(": 81%, Khá\n"), "the band's title, not its id: {said}");
    assert!(said.contains("\n1/1 tệp hợp lệ.\n"), "{said}");
    let out = parscore_in(root(), &["verify", GOLDEN, "--keyring", KEYRING, "--lang", "en"]);
    let said = text(&out.stdout);
    assert!(said.contains(": 81%, Fair\n") && said.contains("\n1/1 files verified.\n"), "{said}");
}

#[test]
fn a_title_too_long_for_the_table_ends_with_an_ellipsis() {
    let dir = temp_dir("clerk-long-title");
    let mut set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("criteria/teaching-demo.json")).expect("set"))
            .expect("json");
    let long = "Tiêu chí có tên rất dài để xem bảng điểm cắt tên thế nào khi không đủ chỗ";
    set["nodes"][0]["title"]["vi"] = serde_json::json!(long);
    let path = dir.join("long.json");
    std::fs::write(&path, set.to_string()).expect("written");
    let draft = root().join("criteria/demo/teaching-demo.draft.json");
    let out = parscore_in(
        root(),
        &["score", path.to_str().expect("utf-8"), draft.to_str().expect("utf-8"), "--accept-set-change"],
    );
    let said = text(&out.stdout);
    let row = said.lines().find(|l| l.contains("Tiêu chí có tên rất dài")).expect("the long title's row");
    assert!(row.contains("…"), "{row}");
    assert!(!row.contains("không đủ chỗ"), "cut: {row}");
    let _ = std::fs::remove_dir_all(dir);
}

/// The commands a `-h` lists under "Commands:" (but help).
fn commands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn every_argument_of_every_command_has_help_text() {
    let mut pending: Vec<Vec<String>> =
        commands(&text(&parscore_in(root(), &["-h"]).stdout)).into_iter().map(|c| vec![c]).collect();
    let mut seen = 0;
    while let Some(path) = pending.pop() {
        let args: Vec<&str> = path.iter().map(String::as_str).chain(["-h"]).collect();
        let help = text(&parscore_in(root(), &args).stdout);
        let nested = commands(&help);
        pending.extend(nested.into_iter().map(|c| [path.clone(), vec![c]].concat()));
        seen += 1;
        // In the short help, an argument or option with help text has it on its own line, after
        // two spaces or more; one with none is alone on its line.
        for line in help.lines().skip_while(|l| !l.starts_with("Arguments:") && !l.starts_with("Options:")) {
            let entry = line.trim();
            let bare = line.starts_with("  ") && !entry.is_empty() && !entry.contains("  ");
            assert!(
                !bare || entry.starts_with("-h") || entry.starts_with("-V"),
                "{path:?}: {entry:?} has no help\n{help}"
            );
        }
    }
    assert!(seen >= 18, "every command and subcommand looked at: {seen}");
}
