//! The sheets as text grids (what XLSX and CSV both become), and the readers of single values:
//! numbers with a decimal comma, yes/no, dates, levels, provenance.

use super::layout::{is, normalize, Column, SheetName};
use super::problem::{Problem, SheetProblem};
use crate::criteria::raw::{Level, Provenance, ProvenanceStatus};
use crate::decimal::Decimal;
use crate::Lang;

/// One row of a sheet: its number as the user sees it (spreadsheet row, or CSV line) and its
/// cells as text, trimmed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<String>,
}

impl Row {
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }

    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// A sheet as written: rows of cell texts.
pub type Grid = Vec<Vec<String>>;

/// Both sheets as read, `None` where the file lacks one.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Book {
    pub info: Option<Vec<Row>>,
    pub criteria: Option<Vec<Row>>,
}

/// Where each known column sits in a table, from its header row.
#[derive(Debug, Clone)]
pub struct Header {
    pub positions: Vec<(Column, usize)>,
}

impl Header {
    /// Reads a header row; unknown and repeated headers are problems.
    pub fn read(sheet: SheetName, row: &Row, known: &[Column], problems: &mut Vec<SheetProblem>) -> Header {
        let mut positions: Vec<(Column, usize)> = Vec::new();
        for (i, text) in row.cells.iter().enumerate() {
            if text.trim().is_empty() {
                continue;
            }
            let at = |problem| SheetProblem::at(sheet, row.number, i as u32, None, problem);
            match Column::find(known, text) {
                Some(c) if positions.iter().any(|&(p, _)| p == c) => problems.push(at(Problem::RepeatedColumn)),
                Some(c) => positions.push((c, i)),
                None => problems.push(at(Problem::UnknownColumn { header: text.trim().to_string() })),
            }
        }
        Header { positions }
    }

    pub fn index(&self, column: Column) -> Option<usize> {
        self.positions.iter().find(|&&(c, _)| c == column).map(|&(_, i)| i)
    }

    pub fn has(&self, column: Column) -> bool {
        self.index(column).is_some()
    }
}

/// Reads the cells of one row, collecting located problems.
pub struct Cells<'a> {
    pub sheet: SheetName,
    pub row: &'a Row,
    pub header: &'a Header,
    pub problems: &'a mut Vec<SheetProblem>,
}

impl Cells<'_> {
    pub fn text(&self, column: Column) -> &str {
        self.header.index(column).map_or("", |i| self.row.cell(i))
    }

    pub fn problem(&mut self, column: Column, problem: Problem) {
        let index = self.header.index(column).unwrap_or(0) as u32;
        self.problems.push(SheetProblem::at(self.sheet, self.row.number, index, Some(column), problem));
    }

    /// A value that must be there; `None` (and a problem) when the cell is empty.
    pub fn required(&mut self, column: Column) -> Option<String> {
        let text = self.text(column).to_string();
        if text.is_empty() {
            self.problem(column, Problem::Required);
            return None;
        }
        Some(text)
    }

    pub fn optional(&self, column: Column) -> Option<String> {
        Some(self.text(column).to_string()).filter(|t| !t.is_empty())
    }

    /// A Vietnamese text and its optional English from two columns; English alone is a problem.
    pub fn text_pair(&mut self, vi: Column, en: Column) -> Option<crate::Text> {
        let (v, e) = (self.optional(vi), self.optional(en));
        if v.is_none() && e.is_some() {
            self.problem(en, Problem::EnglishWithoutVietnamese);
        }
        v.map(|vi| crate::Text { vi, en: e })
    }

    pub fn number(&mut self, column: Column) -> Option<Decimal> {
        let text = self.required(column)?;
        let value = number(&text);
        if value.is_none() {
            self.problem(column, Problem::Number { text });
        }
        value
    }

    pub fn provenance(&mut self, status: Column, note: Column) -> Option<Provenance> {
        let note_text = self.optional(note);
        match self.optional(status) {
            None => {
                if note_text.is_some() {
                    self.problem(note, Problem::NoteWithoutSource);
                }
                None
            }
            Some(text) => match provenance(&text, note_text) {
                Some(p) => Some(p),
                None => {
                    self.problem(status, Problem::Status { text });
                    None
                }
            },
        }
    }
}

/// A number with a decimal comma or a dot.
pub fn number(text: &str) -> Option<Decimal> {
    super::notation::number_text(text)
}

/// A number as the sheet writes it (decimal comma, the Vietnamese way).
pub fn write_number(n: Decimal) -> String {
    Lang::Vi.number(n)
}

/// "Có" or "Không" (also x, yes, no, an empty cell).
pub fn yes_no(text: &str) -> Option<bool> {
    let t = normalize(text);
    match t.as_str() {
        "có" | "x" | "yes" | "true" | "1" => Some(true),
        "không" | "" | "no" | "false" | "0" => Some(false),
        _ => None,
    }
}

pub fn write_yes_no(value: bool) -> &'static str {
    if value {
        "Có"
    } else {
        "Không"
    }
}

/// A date as ISO text (kept as written) or "28/12/2017" (turned into ISO).
pub fn date(text: &str) -> Option<String> {
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return Some(t.to_string());
    }
    let parts: Vec<&str> = t.split('/').map(str::trim).collect();
    let [day, month, year] = parts.as_slice() else { return None };
    let (day, month, year): (u32, u32, u32) = (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && (1000..=9999).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

const LEVELS: [(Level, &str, &str); 6] = [
    (Level::Ministry, "Bộ", "ministry"),
    (Level::Province, "Tỉnh", "province"),
    (Level::Department, "Sở", "department"),
    (Level::District, "Huyện", "district"),
    (Level::Commune, "Xã", "commune"),
    (Level::Training, "Dạy học", "training"),
];

pub fn level(text: &str) -> Option<Level> {
    LEVELS.iter().find(|(_, vi, en)| is(text, vi, en)).map(|(l, _, _)| *l)
}

pub fn write_level(level: Level) -> &'static str {
    LEVELS.iter().find(|(l, _, _)| *l == level).map_or("", |(_, vi, _)| vi)
}

const STATUSES: [(ProvenanceStatus, &str, &str); 3] = [
    (ProvenanceStatus::Verified, "Đã kiểm chứng", "verified"),
    (ProvenanceStatus::Inferred, "Suy ra", "inferred"),
    (ProvenanceStatus::Demonstration, "Minh hoạ", "demonstration"),
];

/// "Minh hoạ" or "Đã kiểm chứng: 1880/QĐ-UBND, Phụ lục" (status, then the source).
pub fn provenance(text: &str, note: Option<String>) -> Option<Provenance> {
    let (status, source) = match text.split_once(':') {
        Some((status, source)) => (status, Some(source.trim().to_string()).filter(|s| !s.is_empty())),
        None => (text, None),
    };
    let status = STATUSES.iter().find(|(_, vi, en)| is(status, vi, en)).map(|(s, _, _)| *s)?;
    Some(Provenance { status, source, note })
}

pub fn write_provenance(p: &Provenance) -> String {
    let status = STATUSES.iter().find(|(s, _, _)| *s == p.status).map_or("", |(_, vi, _)| vi);
    match &p.source {
        Some(source) => format!("{status}: {source}"),
        None => status.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_officials_type_them() {
        assert_eq!(date("28/12/2017").as_deref(), Some("2017-12-28"));
        assert_eq!(date("2013").as_deref(), Some("2013"));
        assert_eq!(date("31/13/2017"), None);
        assert_eq!(level("sở"), Some(Level::Department));
        assert_eq!(yes_no("Có"), Some(true));
        assert_eq!(yes_no("hmm"), None);
        let p = provenance("Đã kiểm chứng: 1880/QĐ-UBND: Phụ lục", None).unwrap();
        assert_eq!((p.status, p.source.as_deref()), (ProvenanceStatus::Verified, Some("1880/QĐ-UBND: Phụ lục")));
        assert_eq!(write_provenance(&p), "Đã kiểm chứng: 1880/QĐ-UBND: Phụ lục");
        assert_eq!(provenance("Minh họa", None).map(|p| p.status), Some(ProvenanceStatus::Demonstration));
    }
}
