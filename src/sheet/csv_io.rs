//! The layout as one CSV file: a "[Thông tin]" line opens the metadata rows, a "[Tiêu chí]" line
//! the criteria rows. Written as UTF-8 with a BOM and ';' between cells (what Excel expects where
//! the decimal separator is a comma); read with ';', ',' or a tab, in UTF-8, UTF-16 (with its
//! BOM) or Windows-1258, the code page Excel's plain "CSV" uses on a Vietnamese Windows PC.

use super::cells::{Book, Row};
use super::layout::{normalize, Column, SheetName};
use super::problem::{Problem, SheetProblem};

/// The text of a CSV file, and what was done to read it (a notice for anything but UTF-8).
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<SheetProblem>), SheetProblem> {
    let refused = || SheetProblem::new(None, None, Problem::UnknownEncoding);
    let notice = |problem| vec![SheetProblem::new(None, None, problem)];
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(body).map(|t| (t.to_string(), Vec::new())).map_err(|_| refused());
    }
    let utf16 = match bytes {
        [0xFF, 0xFE, body @ ..] => Some((body, u16::from_le_bytes as fn([u8; 2]) -> u16)),
        [0xFE, 0xFF, body @ ..] => Some((body, u16::from_be_bytes as fn([u8; 2]) -> u16)),
        _ => None,
    };
    if let Some((body, unit)) = utf16 {
        if body.len() % 2 != 0 {
            return Err(refused());
        }
        let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        let text: Result<String, _> = char::decode_utf16(units).collect();
        return text.map(|t| (t, notice(Problem::ReadAsUtf16))).map_err(|_| refused());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Vec::new()));
    }
    let text = super::windows_1258::decode(bytes).ok_or_else(refused)?;
    // Windows-1258 writes most tone marks as combining characters ("ế" = "ê" + U+0301): compose
    // them, as every other source of text does.
    Ok((crate::scorefile::nfc::to_nfc(&text), notice(Problem::ReadAsWindows1258)))
}

/// The separator: the character after the first header word ("Mục;Giá trị…", "Mã,Tiêu chí…"),
/// or else the one the first lines use most outside quotes.
fn delimiter(text: &str) -> u8 {
    const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];
    for line in text.lines().take(20) {
        let line = line.trim_start_matches('"');
        for word in [Column::Field.header(), Column::Code.header(), "Field", "Code"] {
            let after = line.strip_prefix(word).map(|rest| rest.trim_start_matches('"').bytes().next());
            if let Some(Some(c)) = after.filter(|c| c.is_some_and(|c| SEPARATORS.contains(&c))) {
                return c;
            }
        }
    }
    let mut counts = SEPARATORS.map(|d| (d, 0));
    for line in text.lines().take(20) {
        let mut quoted = false;
        for c in line.bytes() {
            if c == b'"' {
                quoted = !quoted;
            }
            if let Some(entry) = counts.iter_mut().find(|(d, _)| *d == c && !quoted) {
                entry.1 += 1;
            }
        }
    }
    counts.iter().fold((b';', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best }).0
}

fn marker(cell: &str) -> Option<SheetName> {
    let inner = cell.trim().strip_prefix('[')?.strip_suffix(']')?;
    SheetName::find(&normalize(inner))
}

/// Splits the file into its two sections.
pub fn read(bytes: &[u8]) -> Result<(Book, Vec<SheetProblem>), Vec<SheetProblem>> {
    let (text, notices) = decode(bytes).map_err(|p| vec![p])?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(&text))
        .from_reader(text.as_bytes());
    let mut book = Book::default();
    let mut current: Option<SheetName> = None;
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line() as u32);
                problems.push(SheetProblem::new(current, line, Problem::Csv { reason: error.to_string() }));
                break;
            }
        };
        let number = record.position().map_or(0, |p| p.line() as u32);
        let row = Row { number, cells: record.iter().map(str::to_string).collect() };
        if let Some(sheet) = marker(row.cell(0)) {
            let slot = match sheet {
                SheetName::Info => &mut book.info,
                SheetName::Criteria => &mut book.criteria,
            };
            if slot.is_some() {
                problems.push(SheetProblem::new(Some(sheet), Some(number), Problem::RepeatedBlock));
            }
            *slot = Some(Vec::new());
            current = Some(sheet);
            continue;
        }
        match current {
            Some(SheetName::Info) => book.info.get_or_insert_with(Vec::new).push(row),
            Some(SheetName::Criteria) => book.criteria.get_or_insert_with(Vec::new).push(row),
            None if row.is_empty() => {}
            None => problems.push(SheetProblem::new(None, Some(number), Problem::StrayRow)),
        }
    }
    match problems.is_empty() {
        true => Ok((book, notices)),
        false => Err(problems),
    }
}

/// The file: UTF-8 with a BOM, ';' between cells, the two sections in order.
pub fn write(info: &[Vec<String>], criteria: &[Vec<String>]) -> Result<Vec<u8>, SheetProblem> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new().delimiter(b';').flexible(true).from_writer(&mut out);
        let failed = |e: csv::Error| SheetProblem::new(None, None, Problem::Write { reason: e.to_string() });
        for (sheet, rows) in [(SheetName::Info, info), (SheetName::Criteria, criteria)] {
            writer.write_record([format!("[{}]", sheet.workbook_name())]).map_err(failed)?;
            for row in rows.iter().filter(|r| !r.is_empty()) {
                writer.write_record(row).map_err(failed)?;
            }
        }
        writer.flush().map_err(|e| SheetProblem::new(None, None, Problem::Write { reason: e.to_string() }))?;
    }
    Ok(out)
}
