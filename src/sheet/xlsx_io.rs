//! The layout as an XLSX workbook: read with calamine, written with rust_xlsxwriter. Every value
//! is written as text, so that a code like "1.10" or a point like "0,125" reaches the reader as
//! typed; cells Excel holds as numbers or dates (typed by an official) are read back as text.

use std::io::Cursor;

use calamine::{Data, Reader};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::cells::{Book, Grid, Row};
use super::layout::{SheetName, BANDS_TITLE, GATES_TITLE};
use super::problem::{Problem, SheetProblem};

pub fn read(bytes: &[u8]) -> Result<Book, Vec<SheetProblem>> {
    let not_workbook = |reason: String| vec![SheetProblem::new(None, None, Problem::NotWorkbook { reason })];
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| not_workbook(e.to_string()))?;
    let mut book = Book::default();
    let mut problems = Vec::new();
    for name in workbook.sheet_names() {
        let Some(sheet) = SheetName::find(&name) else { continue };
        let range = workbook.worksheet_range(&name).map_err(|e| not_workbook(e.to_string()))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (r, cells) in range.rows().enumerate() {
            let number = top + r as u32 + 1;
            let mut texts = vec![String::new(); left as usize];
            for (c, cell) in cells.iter().enumerate() {
                let column = left + c as u32;
                texts.push(text(cell).unwrap_or_else(|value| {
                    problems.push(SheetProblem::at(sheet, number, column, None, Problem::CellError { value }));
                    String::new()
                }));
            }
            rows.push(Row { number, cells: texts });
        }
        match sheet {
            SheetName::Info => book.info = Some(rows),
            SheetName::Criteria => book.criteria = Some(rows),
        }
    }
    match problems.is_empty() {
        true => Ok(book),
        false => Err(problems),
    }
}

/// A cell as text; an error value (#REF!…) as `Err`.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // The shortest text that reads back as the same float: 14.5 stays "14.5".
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// The workbook: "Thông tin" first, then "Tiêu chí".
pub fn write(info: &Grid, criteria: &Grid) -> Result<Vec<u8>, SheetProblem> {
    build(info, criteria).map_err(|e| SheetProblem::new(None, None, Problem::Write { reason: e.to_string() }))
}

fn build(info: &Grid, criteria: &Grid) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation date: the same set always gives the same bytes.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top);
    let sheets: [(SheetName, &Grid, &[f64]); 2] = [
        (SheetName::Info, info, &[34.0, 50.0, 50.0, 16.0, 14.0, 16.0, 16.0, 30.0]),
        (
            SheetName::Criteria,
            criteria,
            &[9.0, 50.0, 36.0, 10.0, 50.0, 32.0, 11.0, 24.0, 24.0, 36.0, 30.0, 30.0, 40.0, 18.0],
        ),
    ];
    for (sheet, rows, widths) in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet.workbook_name())?;
        for (c, &width) in widths.iter().enumerate() {
            worksheet.set_column_width(c as u16, width)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
        if sheet == SheetName::Criteria {
            // Excel would turn a typed code "1.10" into the number 1.1: the column is text.
            worksheet.set_column_format(0, &Format::new().set_num_format("@"))?;
        }
        let mut next_is_header = true;
        for (r, row) in rows.iter().enumerate() {
            let title = row.first().is_some_and(|c| c == BANDS_TITLE || c == GATES_TITLE);
            let format = if next_is_header || title { &bold } else { &wrap };
            for (c, value) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                worksheet.write_string_with_format(r as u32, c as u16, value, format)?;
            }
            next_is_header = title;
        }
    }
    workbook.save_to_buffer()
}
