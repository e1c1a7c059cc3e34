//! A wrong row is located exactly: sheet, row, column, in both languages, whether the cell
//! cannot be read or the set it gives breaks a rule of the format.

use parscore::sheet::{self, Column, Problem, SheetName};
use parscore::Lang;
use rust_xlsxwriter::Workbook;

use crate::teaching;

/// The teaching set's CSV as lines, and the line number of the row whose code is `code`.
fn csv_lines() -> Vec<String> {
    let bytes = sheet::export_csv(&teaching()).expect("export");
    String::from_utf8(bytes[3..].to_vec()).expect("utf-8").lines().map(str::to_string).collect()
}

fn line_of(lines: &[String], code: &str) -> usize {
    lines.iter().position(|l| l.starts_with(&format!("{code};"))).expect("row") + 1
}

#[test]
fn an_unreadable_rule_is_located_at_its_cell() {
    let mut lines = csv_lines();
    let line = line_of(&lines, "2.1");
    let row = &mut lines[line - 1];
    *row = row.replacen("[80, 95) 10", "[80, 95 10", 1);
    let imported = sheet::import_csv(lines.join("\n").as_bytes());
    assert!(imported.raw.is_none());
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let problem = &imported.problems[0];
    assert_eq!(
        (problem.sheet, problem.row, problem.column, problem.column_name),
        (Some(SheetName::Criteria), Some(line as u32), Some(4), Some(Column::Rule))
    );
    assert!(matches!(problem.problem, Problem::Notation { .. }));
    let vi = problem.text(Lang::Vi);
    assert!(vi.starts_with(&format!("Tiêu chí, dòng {line}, cột E (Cách chấm): ")), "{vi}");
    assert!(vi.contains("\"[80, 95 10\""), "{vi}");
    assert!(problem.text(Lang::En).contains(&format!("row {line}, column E (Scoring)")));
}

#[test]
fn a_missing_maximum_and_an_unknown_level_are_located() {
    let mut lines = csv_lines();
    let line = line_of(&lines, "3.1");
    lines[line - 1] = lines[line - 1].replacen(";10;", ";;", 1);
    let level = lines.iter().position(|l| l.starts_with("Cấp đánh giá;")).expect("level row");
    lines[level] = "Cấp đánh giá;Quận".to_string();
    let imported = sheet::import_csv(lines.join("\n").as_bytes());
    let places: Vec<_> = imported.problems.iter().map(|p| (p.sheet, p.row, p.column_name)).collect();
    assert!(places.contains(&(Some(SheetName::Criteria), Some(line as u32), Some(Column::Max))), "{places:?}");
    assert!(places.contains(&(Some(SheetName::Info), Some(level as u32 + 1), Some(Column::Value))), "{places:?}");
}

/// The teaching set's CSV as records (cells), sections included.
fn csv_records() -> Vec<Vec<String>> {
    let bytes = sheet::export_csv(&teaching()).expect("export");
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(b';').from_reader(&bytes[3..]);
    reader.records().map(|r| r.expect("record").iter().map(str::to_string).collect()).collect()
}

/// A workbook written by rust_xlsxwriter as an official's Excel would hold it: points and the
/// year as numbers, the decision date as a date.
fn workbook(records: &[Vec<String>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let mut sheet = None;
    let mut r = 0;
    for cells in records {
        if let Some(name) = cells[0].strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            let worksheet = workbook.add_worksheet();
            worksheet.set_name(name).expect("name");
            sheet = Some(workbook.worksheets_mut().len() - 1);
            r = 0;
            continue;
        }
        let worksheet = &mut workbook.worksheets_mut()[sheet.expect("a section")];
        for (c, cell) in cells.iter().enumerate() {
            let (row, col) = (r, c as u16);
            let number = cell.replace(',', ".").parse::<f64>().ok();
            let numeric_column = c == 3 || cells[0] == "Năm đánh giá" && c == 1;
            if let Some(number) = number.filter(|_| numeric_column) {
                worksheet.write_number(row, col, number).expect("write");
            } else if cells[0] == "Ngày quyết định" && c == 1 {
                let date = rust_xlsxwriter::ExcelDateTime::parse_from_str(cell).expect("date");
                let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
                worksheet.write_datetime_with_format(row, col, &date, &format).expect("write");
            } else if !cell.is_empty() {
                worksheet.write_string(row, col, cell).expect("write");
            }
        }
        r += 1;
    }
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn an_excel_workbook_with_numbers_and_dates_reads_as_typed() {
    let imported = sheet::import_xlsx(&workbook(&csv_records()));
    let problems = crate::described(&imported);
    let raw = imported.into_result().unwrap_or_else(|_| panic!("{problems}"));
    assert_eq!(raw.decision.date, "2026-01-01");
    assert_eq!(raw.year, 2026);
    assert_eq!(raw.nodes[1].max.canonical(), "40");
    assert_eq!(crate::hash(&raw), crate::hash(&teaching()));
}

#[test]
fn a_rule_the_validator_refuses_is_located_at_its_row() {
    let mut records = csv_records();
    let marker = records.iter().position(|r| r[0] == "[Tiêu chí]").expect("marker");
    let index = records.iter().position(|r| r[0] == "1.1").expect("1.1");
    records[index][4] = records[index][4].replacen("Ban hành đúng thời hạn 10", "Ban hành đúng thời hạn 12", 1);
    let imported = sheet::import_xlsx(&workbook(&records));
    assert!(imported.raw.is_some(), "every cell reads; the set is what is wrong: {}", crate::described(&imported));
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let problem = &imported.problems[0];
    // The sheet's first row is the one after the "[Tiêu chí]" marker.
    let expected_row = (index - marker) as u32;
    let place = (problem.sheet, problem.row, problem.column_name);
    assert_eq!(place, (Some(SheetName::Criteria), Some(expected_row), Some(Column::Rule)));
    let Problem::Invalid { location, .. } = &problem.problem else { panic!("{problem:?}") };
    assert_eq!(location, "1.1 rule.levels[0].points");
    let vi = problem.text(Lang::Vi);
    let expected = format!(
        "Tiêu chí, dòng {expected_row}, cột E (Cách chấm): bộ tiêu chí không hợp lệ: 12 điểm vượt điểm tối đa 10 của tiêu chí"
    );
    assert_eq!(vi, expected);
}

#[test]
fn a_gate_naming_no_band_is_located_on_the_information_sheet() {
    let mut lines = csv_lines();
    let line = lines.iter().position(|l| l.starts_with("khao-sat-thap;")).expect("gate row") + 1;
    lines[line - 1] = lines[line - 1].replacen(";trung_binh;", ";tam_duoc;", 1);
    let imported = sheet::import_csv(lines.join("\n").as_bytes());
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let problem = &imported.problems[0];
    let place = (problem.sheet, problem.row, problem.column, problem.column_name);
    assert_eq!(place, (Some(SheetName::Info), Some(line as u32), Some(6), Some(Column::GateCap)));
    assert!(problem.text(Lang::En).contains("no band has the id \"tam_duoc\""), "{}", problem.text(Lang::En));
}

#[test]
fn rows_of_a_block_without_its_cap_are_refused_at_the_marker() {
    let mut lines = csv_lines();
    let cap = lines.iter().position(|l| l.starts_with("Điểm thưởng tối đa;")).expect("cap row");
    lines.remove(cap);
    let marker = lines.iter().position(|l| l.starts_with("Điểm thưởng;")).expect("marker row") + 1;
    let imported = sheet::import_csv(lines.join("\n").as_bytes());
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    let problem = &imported.problems[0];
    assert_eq!((problem.sheet, problem.row), (Some(SheetName::Criteria), Some(marker as u32)));
    assert_eq!(problem.problem, Problem::BlockWithoutCap { penalty: false });
}
