//! Tables sent as XLSX (the first worksheet), read with calamine into the same [`Table`] as CSV:
//! native only (the command line): the authority's page reads CSV.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

use super::messages::Message;
use super::table::{Row, Table, TableError};

/// The first worksheet of an XLSX workbook as a table; blank rows are left out and rows keep the
/// numbers the spreadsheet shows. A number cell becomes its shortest decimal text (33.87), so a
/// cell formatted as a percent reads as its value (0.85): percents are typed as text, "85%".
pub(crate) fn table_from_xlsx(bytes: &[u8]) -> Result<Table, TableError> {
    let not_xlsx = |detail: String| TableError { row: 1, column: None, message: Message::NotXlsx { detail } };
    let mut book: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| not_xlsx(e.to_string()))?;
    let range = match book.worksheet_range_at(0) {
        Some(range) => range.map_err(|e| not_xlsx(e.to_string()))?,
        None => return Err(TableError { row: 1, column: None, message: Message::EmptyTable }),
    };
    let (first_row, first_col) = range.start().unwrap_or_default();
    let mut headings = None;
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        // Cells left of the used range are empty: keep column letters true to the sheet.
        let padding = std::iter::repeat_n(String::new(), first_col as usize);
        let cells: Vec<String> = padding.chain(cells.iter().map(text)).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let number = first_row as usize + i + 1;
        match headings {
            None => headings = Some(cells),
            Some(_) => rows.push(Row { number, cells }),
        }
    }
    let headings = headings.ok_or(TableError { row: 1, column: None, message: Message::EmptyTable })?;
    Ok(Table { headings, rows })
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}
