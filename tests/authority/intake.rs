//! The intake register from signed files: submitted, late, superseded, unverified, invalid,
//! missing and not in the roster.

use parscore::authority::intake::parse_deadline;
use parscore::authority::{IntakeOptions, ReceivedFile, Register, Roster, Status, SurveyResults, Verdict};
use parscore::criteria::Level;
use parscore::i18n::Bilingual;
use parscore::Lang;

use crate::fixtures::*;
use crate::util::signing::teaching_set;

const ROSTER: &str = "Mã;Tên;Nhóm\nS01;Sở 1;Sở\nS02;Sở 2;Sở\nS03;Sở 3;Sở\nS04;Sở 4;Sở\nS05;Sở 5;Sở\nX06;Xã 6;Xã\n";

fn received() -> Vec<ReceivedFile> {
    let set = teaching_set();
    let ring = keyring(&[(1, "S01"), (2, "S02"), (3, "S03"), (4, "S04"), (5, "S05"), (9, "X09")]);
    let draft = |code: &str| teaching_draft(code, Level::Department);
    let files = [
        ("s01.json", signed(&draft("S01"), 1, "2025-10-01T02:00:00Z")),
        ("s02-early.json", signed(&draft("S02"), 2, "2025-10-04T02:00:00Z")),
        ("s02-late.json", signed(&draft("S02"), 2, "2025-10-06T02:00:00Z")),
        ("s03.json", tampered(&signed(&draft("S03"), 3, "2025-10-02T02:00:00Z"))),
        // The right agency code, an unregistered key: never verified.
        ("s04-impostor.json", signed(&draft("S04"), 7, "2025-10-02T02:00:00Z")),
        ("s05-other-year.json", {
            let mut d = draft("S05");
            d.year = 2024;
            signed(&d, 5, "2025-10-02T02:00:00Z")
        }),
        ("x09.json", signed(&teaching_draft("X09", Level::Commune), 9, "2025-10-02T02:00:00Z")),
        ("garbage.json", b"{ not json".to_vec()),
    ];
    files.iter().map(|(name, bytes)| ReceivedFile::read(name, bytes, std::slice::from_ref(&set), Some(&ring))).collect()
}

#[test]
fn each_agency_gets_its_status_and_each_file_its_reason() {
    let files = received();
    assert_eq!(files[0].verdict, Verdict::Verified);
    assert!(matches!(files[4].verdict, Verdict::SignatureOnly { .. }));
    let roster = Roster::from_csv(ROSTER.as_bytes()).unwrap();
    let deadline = parse_deadline("2025-10-05").unwrap();
    let register = Register::build(&roster, &files, &IntakeOptions { deadline: Some(deadline), year: Some(2025) });
    let rows: Vec<(&str, &str, String)> = register
        .rows
        .iter()
        .map(|r| (r.code.as_str(), r.file.as_deref().unwrap_or("-"), r.status.word().text(Lang::Vi)))
        .collect();
    let expected = [
        ("S01", "s01.json", "Đã nộp (hợp lệ)"),
        ("S02", "s02-late.json", "Nộp sau hạn"),
        ("S02", "s02-early.json", "Đã được thay bằng tệp sau"),
        ("S03", "s03.json", "Không hợp lệ"),
        ("S04", "s04-impostor.json", "Chữ ký đúng nhưng chưa xác minh người ký"),
        ("S05", "s05-other-year.json", "Không hợp lệ"),
        ("X06", "-", "Chưa nộp"),
        ("X09", "x09.json", "Không có trong danh sách đơn vị"),
        ("", "garbage.json", "Không hợp lệ"),
    ];
    let expected: Vec<(&str, &str, String)> = expected.iter().map(|(c, f, s)| (*c, *f, s.to_string())).collect();
    assert_eq!(rows, expected);
    let detail = |i: usize| register.rows[i].status.detail(register.deadline, Lang::Vi);
    assert_eq!(detail(1), "ký sau hạn 2025-10-05T16:59:59Z");
    assert_eq!(detail(2), "thay bằng s02-late.json");
    assert_eq!(detail(3), "chữ ký không khớp nội dung tệp (tệp đã bị sửa)");
    assert!(detail(4).contains("chưa đăng ký cho đơn vị này"), "{}", detail(4));
    assert_eq!(detail(5), "tệp của năm 2024, không phải năm 2025");
    assert!(detail(8).starts_with("tệp sai định dạng"), "{}", detail(8));
    assert_eq!(register.accepted(), [0, 2]);
}

#[test]
fn without_a_deadline_nothing_is_late_and_the_latest_signature_wins() {
    let files = received();
    let roster = Roster::from_csv(ROSTER.as_bytes()).unwrap();
    let register = Register::build(&roster, &files, &IntakeOptions::default());
    let s02: Vec<&Status> = register.rows.iter().filter(|r| r.code == "S02").map(|r| &r.status).collect();
    assert_eq!(s02, [&Status::Submitted, &Status::Superseded { by: "s02-late.json".into() }]);
}

#[test]
fn a_deadline_is_a_date_or_a_utc_time() {
    assert_eq!(parse_deadline("2025-10-05T00:00:00Z").unwrap().rfc3339(), "2025-10-05T00:00:00Z");
    assert_eq!(
        parse_deadline("05/10/2025").unwrap_err().text(Lang::En),
        "deadline \"05/10/2025\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"
    );
}

#[test]
fn accepted_files_list_the_survey_items_their_agency_still_lacks() {
    let set = teaching_set();
    let files = received();
    let roster = Roster::from_csv(ROSTER.as_bytes()).unwrap();
    let mut register = Register::build(&roster, &files, &IntakeOptions::default());
    register.mark_survey_missing(|_| Some(&set), None);
    let lacking = |register: &Register, code: &str| {
        register.rows.iter().find(|r| r.code == code && r.status.is_accepted()).and_then(|r| r.survey_missing.clone())
    };
    assert_eq!(lacking(&register, "S01"), Some(vec!["4.1".to_string(), "4.2".to_string()]));
    let survey =
        SurveyResults::from_csv(b"Agency;Item;Value\nS01;4.1;5\nS02;4.1;5\nS02;4.2;5\n", |_| Some(&set)).unwrap();
    register.mark_survey_missing(|_| Some(&set), Some(&survey));
    assert_eq!(lacking(&register, "S01"), Some(vec!["4.2".to_string()]));
    assert_eq!(lacking(&register, "S02"), Some(vec![]));
    // Rows that are not accepted files are not checked.
    assert!(register.rows.iter().filter(|r| !r.status.is_accepted()).all(|r| r.survey_missing.is_none()));
}
