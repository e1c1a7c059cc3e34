//! Rosters: Vietnamese or English headings, BOM, commas or semicolons, and located errors.

use parscore::authority::Roster;
use parscore::Lang;

fn errors(csv: &[u8], lang: Lang) -> Vec<String> {
    Roster::from_csv(csv).unwrap_err().iter().map(|e| e.text(lang)).collect()
}

#[test]
fn a_vietnamese_excel_roster_with_bom_and_semicolons_is_read() {
    let csv = "\u{feff}Mã;Tên;Nhóm\r\nSNV;Sở Nội vụ;Sở\r\nXAH;UBND xã An Hải;Xã\r\n;;\r\nPTH;\"UBND phường Thạch; Hoà\";Phường\r\n";
    let roster = Roster::from_csv(csv.as_bytes()).unwrap();
    let rows: Vec<(&str, &str, &str)> =
        roster.agencies.iter().map(|a| (a.code.as_str(), a.name.as_str(), a.group.as_str())).collect();
    assert_eq!(
        rows,
        [("SNV", "Sở Nội vụ", "Sở"), ("XAH", "UBND xã An Hải", "Xã"), ("PTH", "UBND phường Thạch; Hoà", "Phường")]
    );
}

#[test]
fn english_headings_in_any_order_and_commas_are_read() {
    let roster = Roster::from_csv(b"Group,Name,Code\nSo,Department of Home Affairs,SNV\n").unwrap();
    assert_eq!(roster.find("SNV").map(|a| a.group.as_str()), Some("So"));
}

#[test]
fn empty_cells_and_repeated_codes_are_located_by_row_and_column() {
    let csv = "Mã;Tên;Nhóm\nSNV;Sở Nội vụ;Sở\nSTC;;Sở\nSNV;Sở Nội vụ (lặp);Sở\n";
    assert_eq!(
        errors(csv.as_bytes(), Lang::Vi),
        ["dòng 3, cột B (Tên): ô trống", "dòng 4, cột A (Mã): mã SNV đã có ở dòng 2"]
    );
    assert_eq!(
        errors(csv.as_bytes(), Lang::En),
        ["row 3, column B (Tên): empty cell", "row 4, column A (Mã): code SNV is already on row 2"]
    );
}

#[test]
fn a_missing_column_names_the_headings_it_accepts() {
    let errors = errors("Mã;Tên\nSNV;Sở Nội vụ\n".as_bytes(), Lang::Vi);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("dòng 1: thiếu cột Nhóm (tiêu đề được chấp nhận: Nhóm, Loại, Group)"), "{errors:?}");
}

#[test]
fn a_file_that_is_not_utf8_says_so_with_the_row() {
    // "Sở" in Windows-1258 bytes: what an old Excel "CSV" save gives.
    let errors = errors(b"Code;Name;Group\nSNV;S\xD5 N\xF4i v\xF5;So\n", Lang::Vi);
    assert_eq!(errors, ["dòng 2: tệp không phải văn bản UTF-8 (byte 21); hãy lưu lại dưới dạng CSV UTF-8"]);
}

#[test]
fn an_empty_file_has_no_heading_row() {
    assert_eq!(errors(b"\xEF\xBB\xBF\n\n", Lang::En), ["row 1: the file has no heading row"]);
}
