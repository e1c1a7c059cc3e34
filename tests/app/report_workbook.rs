//! The report as an Excel workbook: the header block and the official table, written by the
//! spreadsheet worker's own answer (as the report page asks it) and read back with calamine.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use parscore::answers::InputField;
use parscore::app::report_page::workbook::report_sheet;
use parscore::app::state::Action;
use parscore::sheet_worker::{answer, SheetsRequest, WriteReply, WriteTables};
use parscore::Lang;

use super::{session, typed, with_demo};

/// The worksheet as text, cell by cell (numbers as calamine shows them).
fn written(lang: Lang) -> Vec<Vec<String>> {
    let state = typed(with_demo(), "1.1", InputField::Level, "late");
    let state = typed(state, "P1", InputField::Count, "1");
    let state = state.reduce(Action::NoteChanged { code: "1.2".into(), text: "Đã ban hành; xem KH 12".into() });
    let s = session(&state);
    let sheet = report_sheet(&s.set, &s.card, &s.draft, lang, "2026-12-04");
    // As the page sends it: JSON text in, JSON text out; the worker reads the page's request as
    // its own kind of request.
    let sheets = [sheet];
    let request = serde_json::to_string(&WriteTables::new(7, &sheets)).unwrap();
    assert_eq!(
        serde_json::from_str::<SheetsRequest>(&request).unwrap(),
        SheetsRequest::WriteTables { id: 7, sheets: sheets.to_vec() }
    );
    let reply: WriteReply = serde_json::from_str(&answer(&request)).expect("the worker's reply reads");
    assert!(!reply.is_ready());
    let bytes = reply.written().expect("a workbook written").expect("without a problem");
    let mut book = Xlsx::new(Cursor::new(bytes)).expect("an XLSX workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("its worksheet");
    range
        .rows()
        .map(|row| row.iter().map(|cell| if *cell == Data::Empty { String::new() } else { cell.to_string() }).collect())
        .collect()
}

#[test]
fn the_workbook_has_the_header_block_and_the_official_table() {
    let rows = written(Lang::Vi);
    assert_eq!(rows[0][0], "BÁO CÁO — Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024");
    let header: Vec<(&str, &str)> =
        rows[1..].iter().take_while(|r| !r[0].is_empty()).map(|r| (r[0].as_str(), r[1].as_str())).collect();
    assert_eq!(header[0], ("Cơ quan", "UBND huyện Minh Hoạ"));
    assert_eq!(header[1], ("Mã cơ quan", "H01"));
    assert_eq!(header[2], ("Năm đánh giá", "2024"));
    assert!(header[3].0 == "Bộ tiêu chí" && !header[3].1.is_empty());
    assert_eq!(header[4], ("Ngày xuất", "04/12/2026"));
    assert_eq!(header[5], ("Tổng điểm", "1,5 / 100"));
    assert_eq!(header[7].0, "Xếp loại");
    assert!(header[8].1.starts_with("Phần điều tra xã hội học (1/1 tiêu chí)"), "{:?}", header[8]);

    let top = header.len() + 2;
    assert_eq!(rows[top][..4], ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]);
    let row = |stt: &str| rows[top + 1..].iter().find(|r| r[0] == stt).unwrap_or_else(|| panic!("row {stt}"));
    assert_eq!(row("1.1")[3], "2.5", "points are numbers");
    assert_eq!(row("1.1")[5], "Chưa có tài liệu kiểm chứng, chưa giải trình");
    assert_eq!(row("1.2")[5], "Đã ban hành; xem KH 12");
    assert_eq!(row("P1")[3], "-1", "a penalty is negative");
    assert_eq!(row("3.1")[3], "—", "the survey, not yet scored");
    assert_eq!(rows.last().unwrap()[1], "Tổng điểm");
    assert_eq!(rows.last().unwrap()[3], "1.5");
}

#[test]
fn the_workbook_speaks_english_too() {
    let rows = written(Lang::En);
    assert!(rows[0][0].starts_with("REPORT — Self-assessment"), "{}", rows[0][0]);
    assert_eq!((rows[1][0].as_str(), rows[5][1].as_str()), ("Agency", "2026-12-04"));
}

#[test]
fn a_page_that_only_writes_reads_the_workers_other_replies_as_none_of_its_business() {
    let ready: WriteReply = serde_json::from_str(r#"{"kind":"ready"}"#).unwrap();
    assert!(ready.is_ready());
    let refused: WriteReply =
        serde_json::from_str(r#"{"kind":"written","id":1,"result":{"Err":"sheet name"}}"#).unwrap();
    assert_eq!(refused.written(), Some(Err("sheet name".into())));
    let other: WriteReply = serde_json::from_str(r#"{"kind":"bad_request","reason":"x"}"#).unwrap();
    assert!(!other.is_ready() && other.written().is_none());
}
