//! `parscore intake` and `parscore rank` on generated signed files, their exports read back.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parscore::criteria::Level;
use serde_json::Value;

use crate::fixtures::*;
use crate::util::signing::{root, temp_dir, TEACHING};

fn parscore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parscore")).args(args).current_dir(root()).output().expect("parscore runs")
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// Four agencies: S1 and S2 verified, X3 a commune verified, S4 signed by an unregistered key.
fn round(name: &str) -> (PathBuf, Vec<String>) {
    let dir = temp_dir(name);
    let mut files = Vec::new();
    for (n, code, level) in [
        (1, "S1", Level::Department),
        (2, "S2", Level::Department),
        (3, "X3", Level::Commune),
        (8, "S4", Level::Department),
    ] {
        let mut draft = teaching_draft(code, level);
        if code == "S2" {
            // A better self-assessment: 1.2 passed instead of failed.
            draft.answers.get_mut("1.2").expect("1.2").pass = Some(true);
        }
        let path = dir.join(format!("{code}.score.json"));
        std::fs::write(&path, signed(&draft, n, "2025-10-01T00:00:00Z")).unwrap();
        files.push(s(&path));
    }
    let ring = keyring(&[(1, "S1"), (2, "S2"), (3, "X3")]).to_json_pretty();
    std::fs::write(dir.join("keyring.json"), ring).unwrap();
    std::fs::write(
        dir.join("roster.csv"),
        "\u{feff}Mã;Tên;Nhóm\nS1;Sở Một;Sở\nS2;Sở Hai;Sở\nX3;Xã Ba;Xã\nS4;Sở Bốn;Sở\nS5;Sở Năm;Sở\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("survey.csv"),
        "Mã đơn vị;Mã tiêu chí;Giá trị\nS1;4.1;8\nS1;4.2;8\nS2;4.1;9\nS2;4.2;9\nX3;4.1;5\n",
    )
    .unwrap();
    (dir, files)
}

fn with_files<'a>(files: &'a [String], rest: &[&'a str]) -> Vec<&'a str> {
    files.iter().map(String::as_str).chain(rest.iter().copied()).collect()
}

/// The rows of a CSV the commands wrote: BOM checked, split on semicolons.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM")).unwrap();
    text.lines().map(|l| l.split(';').map(str::to_string).collect()).collect()
}

#[test]
fn intake_lists_every_agency_and_writes_csv_and_xlsx() {
    let (dir, files) = round("authority-intake");
    let (ring, roster, csv, xlsx) =
        (dir.join("keyring.json"), dir.join("roster.csv"), dir.join("r.csv"), dir.join("r.xlsx"));
    let (ring, roster, csv_s, xlsx_s) = (s(&ring), s(&roster), s(&csv), s(&xlsx));
    let survey = s(&dir.join("survey.csv"));
    let args = with_files(
        &files,
        &["--roster", &roster, "--criteria", TEACHING, "--keyring", &ring, "--survey", &survey, "--out", &csv_s],
    );
    let out = parscore(&[&["intake"][..], &args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Chưa nộp: 1") && stdout.contains("Chữ ký đúng nhưng chưa xác minh người ký: 1"),
        "{stdout}"
    );
    let rows = csv_rows(&csv);
    assert_eq!(rows[0][..4], ["Nhóm", "Mã", "Đơn vị", "Tình trạng"]);
    assert_eq!(rows[0][8], "Thiếu điểm điều tra XHH");
    let status: Vec<(&str, &str, &str)> =
        rows[1..].iter().map(|r| (r[1].as_str(), r[3].as_str(), r[8].as_str())).collect();
    assert_eq!(
        status,
        [
            ("S1", "Đã nộp (hợp lệ)", ""),
            ("S2", "Đã nộp (hợp lệ)", ""),
            ("X3", "Đã nộp (hợp lệ)", "4.2"),
            ("S4", "Chữ ký đúng nhưng chưa xác minh người ký", ""),
            ("S5", "Chưa nộp", ""),
        ]
    );
    let args = with_files(&files, &["--roster", &roster, "--criteria", TEACHING, "--keyring", &ring, "--out", &xlsx_s]);
    let out = parscore(&[&["intake", "--lang", "en"][..], &args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let cell = |r: u32, c: u32| sheet.get_value((r, c)).map(|v| v.to_string()).unwrap_or_default();
    assert_eq!(cell(0, 0), "Intake register of self-assessment files");
    assert_eq!((cell(2, 1), cell(2, 3)), ("Code".into(), "Status".into()));
    assert_eq!((cell(3, 1), cell(3, 3)), ("S1".into(), "Submitted (valid)".into()));
    assert_eq!((cell(7, 1), cell(7, 3)), ("S5".into(), "Missing".into()));
}

#[test]
fn rank_ranks_verified_files_per_group_with_the_survey_and_last_year() {
    let (dir, files) = round("authority-rank");
    let ring = s(&dir.join("keyring.json"));
    let roster = s(&dir.join("roster.csv"));
    let survey = s(&dir.join("survey.csv"));
    let last = dir.join("2025.results.json");
    let base = ["--criteria", TEACHING, "--keyring", &ring, "--roster", &roster, "--survey", &survey];
    let last_s = s(&last);
    let out = parscore(&[&["rank"][..], &with_files(&files, &base), &["--out", &last_s]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Xếp hạng theo điểm tự đánh giá (chưa có kết quả thẩm định) — 2025"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("S4.score.json: không xếp hạng: Chữ ký đúng nhưng chưa xác minh người ký"), "{stderr}");
    let results: Value = serde_json::from_str(&std::fs::read_to_string(&last).unwrap()).unwrap();
    let ranked: Vec<(String, String, u64, String)> = results["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["group"].as_str().unwrap().into(),
                a["code"].as_str().unwrap().into(),
                a["rank"].as_u64().unwrap(),
                a["index"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        ranked.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2)).collect::<Vec<_>>(),
        [("Sở", "S2", 1), ("Sở", "S1", 2), ("Xã", "X3", 1)]
    );
    assert_eq!(results["agencies"][2]["survey_missing"], serde_json::json!(["4.2"]));
    assert!(stdout.contains("1 đơn vị chưa có đủ điểm điều tra xã hội học"), "{stdout}");

    // The same ranking as a workbook: the ranking sheet and the band counts, read back.
    let xlsx = dir.join("ranking.xlsx");
    let xlsx_s = s(&xlsx);
    let out = parscore(&[&["rank"][..], &with_files(&files, &base), &["--out", &xlsx_s]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    use calamine::{DataType, Reader};
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    assert_eq!(book.sheet_names(), ["Xep hang", "Xep loai"]);
    let ranking = book.worksheet_range("Xep hang").unwrap();
    let cell = |r: u32, c: u32| ranking.get_value((r, c)).map(|v| v.to_string()).unwrap_or_default();
    assert!(cell(0, 0).starts_with("Xếp hạng theo điểm tự đánh giá"), "{}", cell(0, 0));
    assert_eq!((cell(3, 1), cell(3, 2), cell(4, 2), cell(5, 0)), ("1".into(), "S2".into(), "S1".into(), "Xã".into()));
    assert_eq!(cell(3, 5), ranked[0].3, "the index, as a number");
    let bands = book.worksheet_range("Xep loai").unwrap();
    let counted: f64 = (3..bands.height() as u32).filter_map(|r| bands.get_value((r, 2))?.as_f64()).sum();
    assert_eq!(counted, 3.0, "every ranked agency in one band");

    // A year on, S1 alone with last year's file: its rank and index change.
    let csv = dir.join("rank.csv");
    let csv_s = s(&csv);
    let args = ["--criteria", TEACHING, "--keyring", &ring, "--previous", &last_s, "--lang", "en", "--out", &csv_s];
    let out = parscore(&[&["rank"][..], &[files[0].as_str()][..], &args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = csv_rows(&csv);
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} in {:?}", rows[0]));
    let s1 = &rows[1];
    assert_eq!((s1[col("Code")].as_str(), s1[col("Rank")].as_str()), ("S1", "1"));
    assert_eq!(s1[col("Last year's rank")], "2");
    assert_eq!(s1[col("Rank change")], "up 1 place");
    // Without the survey this time, S1 loses exactly its survey points (8 + 8).
    assert_eq!(s1[col("Index change")], "-16");
    assert_eq!(s1[col("Group")], "Departments");
}

#[test]
fn rank_json_prints_the_results_file_and_bad_survey_rows_fail_with_their_place() {
    let (dir, files) = round("authority-rank-json");
    let ring = s(&dir.join("keyring.json"));
    let out = parscore(
        &[&["rank"][..], &with_files(&files, &["--criteria", TEACHING, "--keyring", &ring, "--json"])].concat(),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let results: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results["format"], "parscore-results/1");
    assert_eq!(results["basis"], "self_assessed");
    // The files checked on one thread or two: the same results.
    for jobs in ["1", "2"] {
        let args = with_files(&files, &["--criteria", TEACHING, "--keyring", &ring, "--json", "--jobs", jobs]);
        let again = parscore(&[&["rank"][..], &args].concat());
        assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
        assert_eq!(serde_json::from_slice::<Value>(&again.stdout).unwrap(), results, "--jobs {jobs}");
    }
    let bad = dir.join("bad-survey.csv");
    std::fs::write(&bad, "Agency,Item,Value\nS1,4.1,11\nZZ,4.1,1\n").unwrap();
    let bad_s = s(&bad);
    let out = parscore(
        &[
            &["rank"][..],
            &with_files(&files, &["--criteria", TEACHING, "--keyring", &ring, "--survey", &bad_s, "--lang", "en"]),
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad-survey.csv: row 2, column C (Value): 11 points is outside [0, 10]"), "{stderr}");
    assert!(stderr.contains("row 3, column A (Agency): no agency has the code ZZ"), "{stderr}");
    let txt = s(&dir.join("ranking.txt"));
    let out = parscore(
        &[&["rank"][..], &with_files(&files, &["--criteria", TEACHING, "--keyring", &ring, "--out", &txt])].concat(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ranking.txt: chỉ ghi được tệp .xlsx, .csv, .json"));
}

/// The council's key (seed 9) under the authority's code SNV.
fn council() -> parscore::scorefile::keys::KeyOwner {
    parscore::scorefile::keys::KeyOwner { name: "Sở Nội vụ".into(), code: "SNV".into() }
}

/// An appraisal of the score file at `path` raising 1.1 to "on time", signed by key `n`.
fn appraisal_of(path: &str, stage: parscore::appraisal::Stage, n: u8, created: &str) -> String {
    use parscore::appraisal::{document, AppraisalDocument, AppraisedItem};
    let bytes = std::fs::read(path).unwrap();
    let mut value: Value = serde_json::from_slice(&bytes).unwrap();
    value.as_object_mut().unwrap().remove("proof");
    let score: parscore::scorefile::ScoreDocument = serde_json::from_value(value).unwrap();
    let answer = parscore::answers::Answer { level: Some("on_time".into()), ..Default::default() };
    let items = [("1.1".to_string(), AppraisedItem { answer: Some(answer), comment: None })].into_iter().collect();
    let created = parscore::scorefile::Timestamp::parse(created).unwrap();
    let hash = document::file_sha256(&bytes).unwrap();
    let built =
        AppraisalDocument::build(&crate::util::signing::teaching_set(), &score, hash, council(), stage, items, created)
            .unwrap();
    document::sign(&built, &key(n), created).unwrap()
}

fn ranked_indexes(stdout: &[u8]) -> (String, Vec<(String, String)>) {
    let results: Value = serde_json::from_slice(stdout).unwrap();
    let rows = results["agencies"].as_array().unwrap().iter();
    let rows = rows.map(|a| (a["code"].as_str().unwrap().into(), a["index"].as_str().unwrap().into())).collect();
    (results["basis"].as_str().unwrap().into(), rows)
}

#[test]
fn rank_with_appraisals_uses_only_verified_final_appraisals() {
    use parscore::appraisal::Stage;
    let (dir, files) = round("authority-rank-appraised");
    let mut keys: Vec<_> = [(1, "S1"), (2, "S2"), (3, "X3")].iter().map(|(n, c)| public_key(*n, c)).collect();
    keys.push(parscore::scorefile::PublicKeyFile::new(
        &parscore::scorefile::DidKey::of(&key(9)),
        &council().name,
        &council().code,
    ));
    std::fs::write(dir.join("keyring.json"), parscore::scorefile::Keyring::from_keys(keys).to_json_pretty()).unwrap();
    let folder = dir.join("appraisals");
    std::fs::create_dir_all(&folder).unwrap();
    let write = |name: &str, text: String| std::fs::write(folder.join(name), text).unwrap();
    // S1: a first appraisal (not used) and the final one (used).
    write("s1-1.json", appraisal_of(&files[0], Stage::Appraisal, 9, "2026-01-10T00:00:00Z"));
    write("s1-final.json", appraisal_of(&files[0], Stage::Final, 9, "2026-02-10T00:00:00Z"));
    // S2: a final appraisal signed by a key nobody registered (refused); X3: one changed after signing.
    write("s2-final.json", appraisal_of(&files[1], Stage::Final, 10, "2026-02-10T00:00:00Z"));
    write("x3-final.json", appraisal_of(&files[2], Stage::Final, 9, "2026-02-10T00:00:00Z").replace("on_time", "late"));
    let (ring, roster) = (s(&dir.join("keyring.json")), s(&dir.join("roster.csv")));
    let base = ["--criteria", TEACHING, "--keyring", &ring, "--roster", &roster, "--json"];
    let before = parscore(&[&["rank"][..], &with_files(&files, &base)].concat());
    let folder_s = s(&folder);
    let after = parscore(&[&["rank"][..], &with_files(&files, &base), &["--appraisals", &folder_s]].concat());
    assert!(after.status.success(), "{}", String::from_utf8_lossy(&after.stderr));
    let (basis, appraised) = ranked_indexes(&after.stdout);
    let (_, self_assessed) = ranked_indexes(&before.stdout);
    let index = |rows: &[(String, String)], code: &str| rows.iter().find(|(c, _)| c == code).unwrap().1.clone();
    // Only part of the agencies are appraised: the ranking still says self-assessed, and why.
    assert_eq!(basis, "self_assessed");
    assert!(index(&appraised, "S1").parse::<f64>().unwrap() > index(&self_assessed, "S1").parse::<f64>().unwrap());
    assert_eq!(index(&appraised, "S2"), index(&self_assessed, "S2"));
    assert_eq!(index(&appraised, "X3"), index(&self_assessed, "X3"));
    let stderr = String::from_utf8_lossy(&after.stderr);
    for said in [
        "s1-1.json: không dùng, đây là kết quả thẩm định lần đầu",
        "s1-final.json: dùng kết quả thẩm định cuối cùng cho đơn vị S1",
        "s2-final.json: không dùng, người ký",
        "x3-final.json: không dùng:",
        "1/3 đơn vị được xếp hạng theo kết quả thẩm định cuối cùng",
    ] {
        assert!(stderr.contains(said), "{said} in {stderr}");
    }
    // Every ranked agency appraised: the ranking stands on the appraisal, and says so.
    let out = parscore(&["rank", &files[0], "--criteria", TEACHING, "--keyring", &ring, "--appraisals", &folder_s]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.starts_with("Xếp hạng theo điểm tự đánh giá"), "{stdout}");
}
