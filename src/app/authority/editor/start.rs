//! Where an edited set comes from: nothing (a new set), a built-in set copied, the set being
//! edited turned into its next version, or a file opened (a criteria file, or a spreadsheet read
//! by [`crate::sheet`] with every problem located by sheet, row and column).

use super::Document;
use crate::criteria::raw::{self, Decision, Level, Provenance, ProvenanceStatus, RawCriteriaSet};
use crate::json_error::JsonError;
use crate::sheet::SheetProblem;
use crate::{Decimal, Text};

/// An empty set for `year`: one area to start typing in, no result band yet.
pub fn new_set(year: u16) -> Document {
    let raw = RawCriteriaSet {
        schema: None,
        format: raw::FORMAT.into(),
        id: format!("bo-tieu-chi-{year}"),
        version: "1.0.0".into(),
        title: Text::default(),
        description: None,
        decision: Decision { number: String::new(), date: String::new(), issuer: String::new() },
        year,
        level: Level::Department,
        scale: Decimal::from_int(100),
        index_places: None,
        provenance: Provenance { status: ProvenanceStatus::Verified, source: None, note: None },
        nodes: vec![super::tree::new_leaf("1".into())],
        bonus: None,
        penalty: None,
        bands: Vec::new(),
        gates: Vec::new(),
        rescale_without_survey: false,
        publisher: None,
        proof: None,
    };
    Document { raw, base: None }
}

/// The set's content without who signed it: an edited set is signed again when it is done.
fn unsigned(mut raw: RawCriteriaSet) -> RawCriteriaSet {
    raw.publisher = None;
    raw.proof = None;
    raw
}

/// A copy of a built-in set, compared with it in the diff.
pub fn copy(raw: &RawCriteriaSet) -> Document {
    let raw = unsigned(raw.clone());
    Document { base: Some(raw.clone()), raw }
}

/// The next version of `doc`'s set: the year after, the version's first number up by one.
pub fn new_version(doc: &Document) -> Document {
    let base = unsigned(doc.raw.clone());
    let mut raw = base.clone();
    raw.year = raw.year.saturating_add(1);
    raw.version = next_version(&raw.version);
    Document { raw, base: Some(base) }
}

/// "1.2.0" → "2.0.0"; a version that does not start with a number gets "-2" appended.
pub fn next_version(version: &str) -> String {
    let mut parts = version.split('.');
    match parts.next().and_then(|first| first.parse::<u32>().ok()) {
        Some(major) => {
            std::iter::once((major + 1).to_string()).chain(parts.map(|_| "0".to_string())).collect::<Vec<_>>().join(".")
        }
        None => format!("{version}-2"),
    }
}

/// What opening a file gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// A criteria file that reads (it may still break a rule: the editor then says where).
    Json,
    /// A criteria file that does not read as one.
    JsonUnreadable(JsonError),
    /// A spreadsheet: its problems and notices, and whether its cells could all be read (only
    /// then is there a set to edit).
    Sheet { problems: Vec<SheetProblem>, notices: Vec<SheetProblem>, loaded: bool },
}

/// Reads a file the official chose: JSON when it starts with `{`, otherwise a CSV sheet. An XLSX
/// workbook is read by the spreadsheet worker first ([`open_cells`]); natively (tests, no
/// worker) it is read here.
pub fn open(bytes: &[u8]) -> (Option<Document>, Opened) {
    let text = std::str::from_utf8(bytes).ok().map(|t| t.trim_start_matches('\u{feff}'));
    if let Some(text) = text.filter(|t| t.trim_start().starts_with('{')) {
        return match crate::json_error::parse::<RawCriteriaSet>(text, None) {
            Ok(raw) => (Some(copy(&raw)), Opened::Json),
            Err(e) => (None, Opened::JsonUnreadable(e)),
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let imported = crate::sheet::import(bytes);
    // The page's wasm leaves the XLSX reader to the worker: the page sends it workbooks.
    #[cfg(target_arch = "wasm32")]
    let imported = crate::sheet::import_csv(bytes);
    sheet_opened(imported)
}

/// The set in a workbook's cells, read by the spreadsheet worker.
pub fn open_cells(cells: Result<crate::sheet::Book, Vec<SheetProblem>>) -> (Option<Document>, Opened) {
    sheet_opened(crate::sheet::import_cells(cells))
}

fn sheet_opened(imported: crate::sheet::Imported) -> (Option<Document>, Opened) {
    let loaded = imported.raw.is_some();
    let doc = imported.raw.map(|raw| Document { raw, base: None });
    (doc, Opened::Sheet { problems: imported.problems, notices: imported.notices, loaded })
}
