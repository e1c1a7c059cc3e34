//! The report table and its CSV: the official columns, area subtotals, blocks and total, all
//! read from the scorecard.

use parscore::answers::Evidence;
use parscore::answers::InputField;
use parscore::app::report::{csv, date, evidence_line, rows, RowKind};
use parscore::app::state::Action;
use parscore::Lang;

use super::{dec, session, typed, with_demo};

#[test]
fn the_report_has_area_subtotals_blocks_and_the_total() {
    let state = typed(typed(with_demo(), "1.1", InputField::Level, "on_time"), "B1", InputField::Count, "2");
    let state = state.reduce(Action::NoteChanged { code: "1.2".into(), text: "Đã ban hành".into() });
    let s = session(&state);
    let rows = rows(&s.set, &s.card, &s.draft, Lang::Vi);
    let stt: Vec<&str> = rows.iter().map(|r| r.stt.as_str()).collect();
    assert_eq!(stt, ["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "", "B1", "", "P1", ""]);
    assert_eq!(rows[0].kind, RowKind::Area);
    assert_eq!((rows[0].max, rows[0].points), (dec("20"), dec("5")));
    assert_eq!(rows[1].kind, RowKind::Item);
    assert!(rows[1].needs_explanation, "1.1 expects evidence");
    assert_eq!(rows[2].note, "Đã ban hành");
    assert!(rows[9].survey);
    assert_eq!(rows[10].kind, RowKind::Block);
    assert_eq!((rows[10].title.as_str(), rows[10].points), ("Điểm thưởng", dec("2")));
    let last = rows.last().expect("a total row");
    assert_eq!(last.kind, RowKind::Total);
    assert_eq!((last.max, last.points), (dec("100"), dec("7")));
}

#[test]
fn the_csv_is_utf8_with_a_bom_and_vietnamese_numbers() {
    let state = typed(with_demo(), "2.2", InputField::Percent, "62,5");
    let s = session(&state);
    let text = csv(&s.set, &s.card, &s.draft, Lang::Vi);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    // Semicolons: Excel set to Vietnamese (the comma its decimal mark) opens it in columns.
    assert_eq!(lines[0], "STT;Tiêu chí;Điểm tối đa;Điểm tự đánh giá;Tài liệu kiểm chứng;Giải trình / Ghi chú");
    assert!(lines.iter().any(|l| l.starts_with("2.2;") && l.contains(";10;6,25;")), "{lines:?}");
    assert!(lines.contains(&"1;Công tác chỉ đạo, điều hành CCHC;20;0;;"), "a comma needs no quotes: {lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("3.1;") && l.contains(";—;")), "survey points not entered: {lines:?}");
    let english = csv(&s.set, &s.card, &s.draft, Lang::En);
    assert!(english.contains("No.;Criterion;Maximum points;Self-assessed points;Evidence;Explanation / remarks"));
    assert!(english.contains(";10;6.25;"));
}

#[test]
fn evidence_reads_as_one_line_with_its_hash() {
    let evidence = Evidence {
        number: "125/KH-UBND".into(),
        date: "2024-01-10".into(),
        title: "Kế hoạch CCHC".into(),
        file: Some(parscore::answers::FileRef { name: "kh.pdf".into(), size: 3, sha256: "ab".into() }),
    };
    assert_eq!(evidence_line(Lang::Vi, &evidence), "125/KH-UBND, 10/01/2024, Kế hoạch CCHC [kh.pdf · SHA-256 ab]");
    assert_eq!(date(Lang::En, "2024-01-10"), "2024-01-10");
    assert_eq!(date(Lang::Vi, "đầu năm"), "đầu năm");
}
