//! The same sheets as XLSX workbooks (rust_xlsxwriter), for the command line and the authority's
//! page (its own wasm: the agency app never links this).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::export::{Cell, Sheet};

/// A workbook with one worksheet per sheet: the title on row 1, headings on row 3, then rows.
///
/// Numbers are written as spreadsheet numbers so that officials can sort and sum them. XLSX keeps
/// a number as decimal text; the f64 on the way holds an index or points (at most 4 places, far
/// below 2^53) closely enough that its shortest text is the exact decimal again.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name)?;
        ws.write_string_with_format(0, 0, &sheet.title, &bold)?;
        for (r, [label, value]) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(r as u32 + 1, 0, label, &bold)?;
            ws.write_string(r as u32 + 1, 1, value)?;
        }
        // A blank row between the title (and its header lines) and the table.
        let top = sheet.header.len() as u32 + 2;
        for (col, heading) in sheet.headings.iter().enumerate() {
            ws.write_string_with_format(top, col as u16, heading, &bold)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + top + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) => {
                        ws.write_string(r, c, s)?;
                    }
                    Cell::Number(d) => {
                        ws.write_number(r, c, d.canonical().parse::<f64>().unwrap_or_default())?;
                    }
                    Cell::Integer(n) => {
                        ws.write_number(r, c, *n as f64)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        ws.autofit();
    }
    book.save_to_buffer()
}
