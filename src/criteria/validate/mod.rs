//! Raw criteria file → validated [`CriteriaSet`], collecting every problem with its location.
//!
//! A location names the node code and the field (`1.1.4 rule.bands[1]`), or for set-level fields
//! the JSON path (`bands[2]`, `gates[0].cap`), or a line and column for syntax errors. What is
//! wrong is a [`CriteriaProblem`], said in the user's language.

mod bands;
mod nodes;
mod problem;
mod rules;

use crate::i18n::Bilingual;
use std::collections::HashMap;
use std::fmt;

use super::model::*;
use super::raw::{self, RawCriteriaSet};
use crate::decimal::Decimal;
use crate::json_error::JsonError;
use crate::Lang;

pub use bands::coverage_problems;
pub use problem::CriteriaProblem;

/// One problem in a criteria file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriteriaError {
    /// Where: `1.1.4 rule.bands[1]`, `bands[0].range`, `line 3, column 7` (English for a line and
    /// column; [`CriteriaError::location_in`] says those in the user's language).
    pub location: String,
    pub problem: CriteriaProblem,
}

impl CriteriaError {
    fn json(e: JsonError) -> CriteriaError {
        CriteriaError { location: e.location.clone(), problem: CriteriaProblem::Json(e) }
    }

    /// The problem in English, for callers that print one language.
    pub fn message(&self) -> String {
        self.problem.text(Lang::En)
    }

    pub fn message_in(&self, lang: Lang) -> String {
        self.problem.text(lang)
    }

    /// The location with its line and column in words of `lang` ("dòng 3, cột 7").
    pub fn location_in(&self, lang: Lang) -> String {
        match &self.problem {
            CriteriaProblem::Json(e) => e.location_in(lang),
            _ => self.location.clone(),
        }
    }

    /// "location: problem" in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.location_in(lang), self.problem.text(lang))
    }
}

/// In English, as the CLI printed it before it had languages.
impl fmt::Display for CriteriaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for CriteriaError {}

/// Parses and validates a criteria file. Returns every problem found, not only the first.
pub fn load(json: &str) -> Result<CriteriaSet, Vec<CriteriaError>> {
    let value = crate::json_error::parse_value(json).map_err(|e| vec![CriteriaError::json(e)])?;
    let sha256 = raw::content_sha256(&value).map_err(|e| {
        let problem = CriteriaProblem::NumberNotInteger { number: e.number };
        vec![CriteriaError { location: e.path.trim_start_matches("$.").to_string(), problem }]
    })?;
    let raw: RawCriteriaSet = crate::json_error::parse(json, Some(&value)).map_err(|e| vec![CriteriaError::json(e)])?;
    validate(raw, sha256)
}

/// Validates an already parsed file; `sha256` is the hash of its canonical JSON.
pub fn validate(raw: RawCriteriaSet, sha256: String) -> Result<CriteriaSet, Vec<CriteriaError>> {
    let mut v = Validator::default();
    v.check_meta(&raw);

    let default_provenance = raw.provenance.clone();
    let mut roots = Vec::new();
    for (i, node) in raw.nodes.iter().enumerate() {
        roots.push(v.add_node(node, None, 0, Part::Main, &default_provenance, &format!("nodes[{i}]")));
    }
    if raw.nodes.is_empty() {
        v.push("nodes", CriteriaProblem::NoAreas);
    }
    let roots_total: Decimal = roots.iter().map(|&r| v.nodes[r].max).sum();
    if !raw.nodes.is_empty() && roots_total != raw.scale {
        v.push("scale", CriteriaProblem::AreasSum { sum: roots_total, scale: raw.scale });
    }

    let bonus = raw.bonus.as_ref().map(|b| v.add_adjustment(b, Part::Bonus, &default_provenance, "bonus"));
    let penalty = raw.penalty.as_ref().map(|p| v.add_adjustment(p, Part::Penalty, &default_provenance, "penalty"));
    let bands = v.check_bands(&raw.bands);
    let gates = v.check_gates(&raw.gates, &bands);

    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    let mut set = CriteriaSet {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        description: raw.description,
        decision: raw.decision,
        year: raw.year,
        level: raw.level,
        scale: raw.scale,
        index_places: raw.index_places.unwrap_or(2),
        sha256,
        nodes: v.nodes,
        roots,
        bonus,
        penalty,
        bands,
        gates,
        rescale_without_survey: raw.rescale_without_survey,
        publisher: raw.publisher,
        by_code: Default::default(),
    };
    set.index_codes();
    Ok(set)
}

#[derive(Default)]
struct Validator {
    errors: Vec<CriteriaError>,
    nodes: Vec<Node>,
    /// code → JSON path of its first appearance, to name both places of a repeat.
    seen: HashMap<String, String>,
}

impl Validator {
    fn push(&mut self, location: impl Into<String>, problem: CriteriaProblem) {
        self.errors.push(CriteriaError { location: location.into(), problem });
    }

    fn check_meta(&mut self, raw: &RawCriteriaSet) {
        if raw.format != raw::FORMAT {
            self.push(
                "format",
                CriteriaProblem::FormatMismatch { expected: raw::FORMAT.into(), found: raw.format.clone() },
            );
        }
        if raw.id.is_empty() || !raw.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            self.push("id", CriteriaProblem::BadSetId { id: raw.id.clone() });
        }
        if raw.version.trim().is_empty() {
            self.push("version", CriteriaProblem::Empty);
        }
        if raw.title.vi.trim().is_empty() {
            self.push("title.vi", CriteriaProblem::Empty);
        }
        if !is_iso_date(&raw.decision.date) {
            self.push("decision.date", CriteriaProblem::BadDate { date: raw.decision.date.clone() });
        }
        if raw.decision.number.trim().is_empty() {
            self.push("decision.number", CriteriaProblem::Empty);
        }
        if raw.scale <= Decimal::ZERO {
            self.push("scale", CriteriaProblem::NotPositive);
        }
        if raw.index_places.is_some_and(|p| p > crate::decimal::PLACES) {
            self.push("index_places", CriteriaProblem::TooManyPlaces { places: crate::decimal::PLACES });
        }
        self.check_provenance(&raw.provenance, "provenance");
    }

    fn check_provenance(&mut self, p: &Provenance, location: &str) {
        if p.status == ProvenanceStatus::Verified && p.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
            self.push(format!("{location}.source"), CriteriaProblem::VerifiedWithoutSource);
        }
    }
}

/// `YYYY-MM-DD`, or `YYYY` alone where the source gives no day (never invent one).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() == 4 {
        return b.iter().all(u8::is_ascii_digit);
    }
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_iso_date("2017-12-28"));
        assert!(is_iso_date("2013"));
        assert!(!is_iso_date("13"));
        assert!(!is_iso_date("28/12/2017"));
        assert!(!is_iso_date("2017-13-01"));
    }
}
