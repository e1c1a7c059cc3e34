//! Reading the CSV tables officials send: UTF-8 with or without a byte-order mark, a comma or a
//! semicolon between cells (Vietnamese Excel writes semicolons, because the comma is its decimal
//! mark), a heading row in Vietnamese or English. Every problem names its row and column.

use super::messages::{column_letter, Column, Message};
use crate::i18n::Bilingual;
use crate::scorefile::profile::normalize_text;
use crate::Lang;

/// A problem in a table, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// 1-based row of the file (the heading row is 1).
    pub row: usize,
    /// 1-based column and the heading it has, when the problem is in one cell.
    pub column: Option<(usize, String)>,
    pub message: Message,
}

impl TableError {
    /// "dòng 4, cột B (Tên): ô trống".
    pub fn text(&self, lang: Lang) -> String {
        let at = Message::At { row: self.row, column: self.column.clone() };
        format!("{}: {}", at.text(lang), self.message.text(lang))
    }

    /// The spreadsheet column letter of the cell, if any (for tests and the web page).
    pub fn column_letter(&self) -> Option<String> {
        self.column.as_ref().map(|(i, _)| column_letter(*i))
    }
}

/// A table read from CSV (or, by the spreadsheet worker, from XLSX): the headings and the rows
/// below them, blank rows left out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    /// 1-based row number in the file.
    pub number: usize,
    pub cells: Vec<String>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Table {
    pub fn from_csv(bytes: &[u8]) -> Result<Table, TableError> {
        let (bytes, skipped) = match bytes.strip_prefix(BOM) {
            Some(rest) => (rest, BOM.len()),
            None => (bytes, 0),
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
            TableError {
                row: before.iter().filter(|&&b| b == b'\n').count() + 1,
                column: None,
                message: Message::NotUtf8 { byte: e.valid_up_to() + skipped },
            }
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator(text))
            .from_reader(text.as_bytes());
        let mut headings = None;
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| TableError {
                row: e.position().map_or(0, |p| line_at(text, p.byte())),
                column: None,
                message: Message::CsvSyntax { detail: e.to_string() },
            })?;
            let number = record.position().map_or(0, |p| line_at(text, p.byte()));
            let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            match headings {
                None => headings = Some(cells),
                Some(_) => rows.push(Row { number, cells }),
            }
        }
        let headings = headings.ok_or(TableError { row: 1, column: None, message: Message::EmptyTable })?;
        Ok(Table { headings, rows })
    }

    /// The 0-based index of the column whose heading is one of `names` (case, surrounding spaces
    /// and Unicode composition ignored: some editors write "Mã" decomposed), or an error on the
    /// heading row listing what is accepted.
    pub fn column(&self, column: Column, names: &[&str]) -> Result<usize, TableError> {
        let key = |s: &str| crate::letter_case::lower(&normalize_text(s));
        self.headings.iter().position(|h| names.iter().any(|n| key(h) == key(n))).ok_or_else(|| TableError {
            row: 1,
            column: None,
            message: Message::MissingColumn { column, accepted: names.join(", ") },
        })
    }

    /// An error located at a cell of `row` in the 0-based column `index`.
    pub fn error_at(&self, row: &Row, index: usize, message: Message) -> TableError {
        let heading = self.headings.get(index).cloned().unwrap_or_default();
        TableError { row: row.number, column: Some((index + 1, heading)), message }
    }

    /// The trimmed, non-empty text of a cell, or an "empty cell" error located there.
    pub fn cell<'a>(&self, row: &'a Row, index: usize) -> Result<&'a str, TableError> {
        match row.cells.get(index).map(String::as_str) {
            Some(text) if !text.is_empty() => Ok(text),
            _ => Err(self.error_at(row, index, Message::EmptyCell)),
        }
    }
}

/// The 1-based line of the record starting at `byte`. The csv crate's own line count lags by one
/// after CRLF line ends (its record may start on the `\n`), so the line is counted here, that
/// `\n` included.
fn line_at(text: &str, byte: u64) -> usize {
    let end = usize::try_from(byte).map_or(text.len(), |b| (b + 1).min(text.len()));
    1 + text.as_bytes().get(..end).unwrap_or_default().iter().filter(|&&b| b == b'\n').count()
}

/// A semicolon when the heading line has more semicolons than commas, else a comma.
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let count = |c| first.chars().filter(|&x| x == c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_and_a_bom_are_read_and_blank_rows_skipped() {
        let table = Table::from_csv("\u{feff}Mã;Tên\r\nA;Sở A\r\n;\r\nB;\"Sở B; nhánh\"\r\n".as_bytes()).unwrap();
        assert_eq!(table.headings, ["Mã", "Tên"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].number, 4);
        assert_eq!(table.rows[1].cells[1], "Sở B; nhánh");
        let lf = Table::from_csv("Mã;Tên\nA;Sở A\n\nB;Sở B\n".as_bytes()).unwrap();
        assert_eq!(lf.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [2, 4]);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_located_by_row() {
        let error = Table::from_csv(b"code,name\nA,S\xE1 A\n").unwrap_err();
        assert_eq!(error.row, 2);
        assert!(matches!(error.message, Message::NotUtf8 { byte: 13 }), "{error:?}");
    }

    #[test]
    fn a_decomposed_heading_is_the_same_heading() {
        let table = Table::from_csv("Ma\u{0303};TE\u{0302}N\n".as_bytes()).unwrap();
        assert_eq!(table.column(Column::Code, &["Mã"]).unwrap(), 0);
        assert_eq!(table.column(Column::Name, &["Tên"]).unwrap(), 1);
    }

    #[test]
    fn column_letters_follow_spreadsheets() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
    }
}
