//! Criteria sets to and from a spreadsheet (XLSX or CSV) laid out like the decision's own table,
//! so that an authority encodes its decision without writing JSON. docs/criteria-sheet.md is the
//! officials' guide to the layout and the "Cách chấm" notation.
//!
//! Import reads the cells into a [`RawCriteriaSet`] (every field of the JSON format has a place)
//! and validates it; every problem, the validator's included, is a [`SheetProblem`] located by
//! sheet, row and column. Export then import gives back the identical set (same canonical
//! SHA-256). No browser dependency: the authority's page calls the same functions.

mod cells;
mod csv_io;
mod info;
pub mod layout;
mod locate;
pub mod notation;
mod problem;
mod rows;
pub mod windows_1258;
mod xlsx_io;

pub use cells::{Book, Grid};
pub use layout::{Column, InfoField, SheetName};
pub use problem::{column_letter, Problem, SheetProblem};

use crate::criteria::raw::{RawAdjustment, RawCriteriaSet};

/// What an import gives: the set when every cell could be read (it may still break a rule of the
/// format: then `problems` says where), the problems, and notices such as the encoding used.
#[derive(Debug, Clone)]
pub struct Imported {
    pub raw: Option<RawCriteriaSet>,
    pub problems: Vec<SheetProblem>,
    pub notices: Vec<SheetProblem>,
}

impl Imported {
    /// The set, only when it has no problem at all.
    pub fn into_result(self) -> Result<RawCriteriaSet, Vec<SheetProblem>> {
        match (self.raw, self.problems.is_empty()) {
            (Some(raw), true) => Ok(raw),
            (_, _) => Err(self.problems),
        }
    }
}

/// Reads a CSV file (one file, "[Thông tin]" and "[Tiêu chí]" sections).
pub fn import_csv(bytes: &[u8]) -> Imported {
    match csv_io::read(bytes) {
        Ok((book, notices)) => Imported { notices, ..import_book(&book) },
        Err(problems) => Imported { raw: None, problems, notices: Vec::new() },
    }
}

/// Reads an XLSX workbook (sheets "Thông tin" and "Tiêu chí").
pub fn import_xlsx(bytes: &[u8]) -> Imported {
    match xlsx_io::read(bytes) {
        Ok(book) => import_book(&book),
        Err(problems) => Imported { raw: None, problems, notices: Vec::new() },
    }
}

/// The cells of an XLSX workbook's two sheets, as text: the spreadsheet worker's half of
/// [`import_xlsx`] (the page reads the cells with [`import_cells`]).
pub fn read_workbook(bytes: &[u8]) -> Result<Book, Vec<SheetProblem>> {
    xlsx_io::read(bytes)
}

/// The page's half of [`import_xlsx`]: the set in cells read by [`read_workbook`], or the
/// problems that kept them from being read.
pub fn import_cells(book: Result<Book, Vec<SheetProblem>>) -> Imported {
    match book {
        Ok(book) => import_book(&book),
        Err(problems) => Imported { raw: None, problems, notices: Vec::new() },
    }
}

/// Reads either kind of file: an XLSX workbook is a ZIP archive ("PK" first).
pub fn import(bytes: &[u8]) -> Imported {
    if bytes.starts_with(b"PK") {
        import_xlsx(bytes)
    } else {
        import_csv(bytes)
    }
}

fn import_book(book: &cells::Book) -> Imported {
    let mut problems = Vec::new();
    let missing = |sheet| SheetProblem::new(Some(sheet), None, Problem::MissingSheet);
    let info = match &book.info {
        Some(rows) => info::read(rows, &mut problems),
        None => {
            problems.push(missing(SheetName::Info));
            None
        }
    };
    let tree = match &book.criteria {
        Some(rows) => rows::read(rows, &mut problems),
        None => {
            problems.push(missing(SheetName::Criteria));
            None
        }
    };
    let (Some((mut raw, info_rows)), Some(tree)) = (info, tree) else {
        return Imported { raw: None, problems, notices: Vec::new() };
    };
    raw.nodes = tree.nodes.clone();
    let before = problems.len();
    // A block's items come from "Tiêu chí", its cap from "Thông tin": items without a cap are an
    // error at the block's marker row; a cap without items is an empty block.
    for (items, block, marker, penalty) in [
        (&tree.bonus, &mut raw.bonus, tree.bonus_row, false),
        (&tree.penalty, &mut raw.penalty, tree.penalty_row, true),
    ] {
        match (items, block) {
            (Some(items), Some(block)) => block.items = items.clone(),
            (Some(_), None) => problems.push(SheetProblem {
                sheet: Some(SheetName::Criteria),
                row: marker,
                column: Some(0),
                column_name: Some(Column::Code),
                problem: Problem::BlockWithoutCap { penalty },
            }),
            (None, _) => {}
        }
    }
    if problems.len() > before {
        return Imported { raw: None, problems, notices: Vec::new() };
    }
    if let Err(errors) = crate::criteria::validate::validate(raw.clone(), String::new()) {
        problems.extend(errors.iter().map(|e| locate::locate(e, &tree, &info_rows)));
    }
    Imported { raw: Some(raw), problems, notices: Vec::new() }
}

/// The two sheets of `raw` as rows of text ("Thông tin", then "Tiêu chí").
pub fn grids(raw: &RawCriteriaSet) -> Result<(cells::Grid, cells::Grid), Vec<SheetProblem>> {
    let items = |block: &Option<RawAdjustment>| block.as_ref().map(|b| b.items.clone());
    let (bonus, penalty) = (items(&raw.bonus), items(&raw.penalty));
    let criteria = rows::write(&raw.nodes, bonus.as_deref(), penalty.as_deref())?;
    Ok((info::write(raw), criteria))
}

/// The set as one CSV file: UTF-8 with a BOM, ';' between cells.
pub fn export_csv(raw: &RawCriteriaSet) -> Result<Vec<u8>, Vec<SheetProblem>> {
    let (info, criteria) = grids(raw)?;
    csv_io::write(&info, &criteria).map_err(|p| vec![p])
}

/// The set as an XLSX workbook.
pub fn export_xlsx(raw: &RawCriteriaSet) -> Result<Vec<u8>, Vec<SheetProblem>> {
    let (info, criteria) = grids(raw)?;
    xlsx_io::write(&info, &criteria).map_err(|p| vec![p])
}

/// The two sheets written by [`grids`] as an XLSX workbook (the spreadsheet worker's half of
/// [`export_xlsx`]).
pub fn write_workbook(info: &Grid, criteria: &Grid) -> Result<Vec<u8>, SheetProblem> {
    xlsx_io::write(info, criteria)
}

/// The template officials start from: the teaching set (every rule kind, bonus, penalty, bands
/// and gates) as an XLSX workbook.
pub fn template_xlsx() -> Result<Vec<u8>, Vec<SheetProblem>> {
    let teaching: RawCriteriaSet = serde_json::from_str(include_str!("../../criteria/teaching-demo.json"))
        .map_err(|e| vec![SheetProblem::new(None, None, Problem::Write { reason: e.to_string() })])?;
    export_xlsx(&teaching)
}
