//! The score document (tệp kết quả tự đánh giá): what an agency signs and uploads.
//!
//! ```text
//! { "format": "parscore-score/1",
//!   "criteria": { "id", "version", "sha256" },     the exact criteria set
//!   "agency": { "name", "code", "level" },
//!   "year": 2025, "created": "2026-01-15T08:30:00Z",
//!   "app": { "name": "parscore", "version": "0.1.0" },
//!   "answers": { "1.1": { "level": "late", "evidence": [...], "note": "..." }, ... },
//!   "scorecard": { "nodes": { "1": "15", "1.1": "5", ... },
//!                  "totals": { "self_assessed": "74", ... }, "index": "81",
//!                  "band": { "id": "kha", "by_index": "tot", "capped_by": ["..."] } },
//!   "proof": { ... } }                              added by signing (see [`super::proof`])
//! ```
//!
//! The scorecard is a claim: a verifier recomputes it from the answers with the named criteria
//! set and compares every figure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::profile::{self, FileProblem, Malformed};
use super::proof::{Proof, ProofError};
use super::time::Timestamp;
use crate::answers::{self, Agency, Answer, CriteriaRef, Draft};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::json_error::JsonProblem;
use crate::scoring::{AnswerProblem, Scorecard};

/// The format tag every score file carries in `"format"`.
pub const FORMAT: &str = "parscore-score/1";

/// A score document without its proof: the signed content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreDocument {
    pub format: String,
    pub criteria: CriteriaRef,
    pub agency: Agency,
    /// Evaluation year (năm đánh giá).
    pub year: u16,
    pub created: Timestamp,
    pub app: App,
    /// The draft's answers with their evidence and notes, by node code.
    pub answers: BTreeMap<String, Answer>,
    pub scorecard: ClaimedScorecard,
}

/// The program that made the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct App {
    pub name: String,
    pub version: String,
}

impl App {
    /// This build of parscore.
    pub fn this() -> App {
        App { name: env!("CARGO_PKG_NAME").to_string(), version: env!("CARGO_PKG_VERSION").to_string() }
    }
}

/// The scores as the signer's program computed them: points per node, totals, index, band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimedScorecard {
    /// Points of every node of the criteria set, by code.
    pub nodes: BTreeMap<String, Decimal>,
    pub totals: ClaimedTotals,
    /// total / scale × 100, rounded to the set's index places.
    pub index: Decimal,
    /// Absent only when the set's bands do not cover the index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<ClaimedBand>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimedTotals {
    pub self_assessed: Decimal,
    pub survey: Decimal,
    /// After the cap.
    pub bonus: Decimal,
    /// After the cap, as a positive number taken away.
    pub penalty: Decimal,
    pub total: Decimal,
    pub scale: Decimal,
    /// Self-assessed items answered, of `items`.
    pub answered: u64,
    pub items: u64,
    /// Survey items with points entered, of `survey_items`.
    pub survey_entered: u64,
    pub survey_items: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimedBand {
    /// The band after gates.
    pub id: String,
    /// The band the index alone gives.
    pub by_index: String,
    /// Gates that lowered the band.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capped_by: Vec<String>,
}

impl ClaimedScorecard {
    /// The compact claim of a scorecard computed by [`crate::scoring::score`].
    pub fn of(criteria: &CriteriaSet, card: &Scorecard) -> ClaimedScorecard {
        let t = &card.totals;
        ClaimedScorecard {
            nodes: criteria.nodes.iter().zip(&card.nodes).map(|(n, s)| (n.code.clone(), s.points)).collect(),
            totals: ClaimedTotals {
                self_assessed: t.self_assessed,
                survey: t.survey,
                bonus: t.bonus,
                penalty: t.penalty,
                total: t.total,
                scale: t.scale,
                answered: t.answered as u64,
                items: t.items as u64,
                survey_entered: t.survey_entered as u64,
                survey_items: t.survey_items as u64,
            },
            index: t.index,
            band: card.band.as_ref().map(|b| ClaimedBand {
                id: criteria.bands[b.band].id.clone(),
                by_index: criteria.bands[b.by_index].id.clone(),
                capped_by: b.capped_by.iter().map(|&g| criteria.gates[g].id.clone()).collect(),
            }),
        }
    }
}

/// A signed score file: the document and its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreFile {
    #[serde(flatten)]
    pub document: ScoreDocument,
    pub proof: Proof,
}

/// Why a draft cannot become a score document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("criteria: the draft was made for {draft}, not for the set given ({set})")]
    CriteriaMismatch { draft: String, set: String },
    #[error("the draft has answers that cannot be scored: {}", .0.iter().map(|p| p.located(crate::Lang::En)).collect::<Vec<_>>().join("; "))]
    Problems(Vec<AnswerProblem>),
    #[error("{0}")]
    Profile(Malformed),
    #[error(transparent)]
    Proof(#[from] ProofError),
}

fn describe(c: &CriteriaRef) -> String {
    format!("{} {} (sha256 {}…)", c.id, c.version, c.sha256.get(..12).unwrap_or(&c.sha256))
}

/// The draft as a score file holds it: every text in NFC with `\n` line breaks.
fn normalized(draft: &Draft) -> Draft {
    let t = |s: &str| profile::normalize_text(s);
    let opt = |s: &Option<String>| s.as_deref().map(t);
    let mut draft = draft.clone();
    draft.agency.name = t(&draft.agency.name);
    draft.agency.code = t(&draft.agency.code);
    draft.answers = std::mem::take(&mut draft.answers)
        .into_iter()
        .map(|(code, mut a)| {
            a.level = opt(&a.level);
            a.justification = opt(&a.justification);
            a.note = opt(&a.note);
            for e in &mut a.evidence {
                e.number = t(&e.number);
                e.date = t(&e.date);
                e.title = t(&e.title);
                if let Some(file) = &mut e.file {
                    file.name = t(&file.name);
                    file.sha256 = t(&file.sha256);
                }
            }
            (t(&code), a)
        })
        .collect();
    draft
}

impl ScoreDocument {
    /// Scores `draft` against `criteria` and writes down everything a verifier needs. Refuses a
    /// draft made for another set, one with answers that cannot be scored, and text or numbers
    /// the profile does not allow (control characters, whole numbers beyond 2^53 − 1).
    pub fn build(
        criteria: &CriteriaSet,
        draft: &Draft,
        created: Timestamp,
        app: App,
    ) -> Result<ScoreDocument, BuildError> {
        let expected = CriteriaRef::of(criteria);
        if draft.criteria.content() != expected {
            return Err(BuildError::CriteriaMismatch { draft: describe(&draft.criteria), set: describe(&expected) });
        }
        let draft = normalized(draft);
        readable(&draft.answers).map_err(BuildError::Profile)?;
        let card = crate::scoring::score(criteria, &draft);
        if !card.problems.is_empty() {
            return Err(BuildError::Problems(card.problems));
        }
        let document = ScoreDocument {
            format: FORMAT.to_string(),
            criteria: expected,
            agency: draft.agency,
            year: draft.year,
            created,
            app: App { name: profile::normalize_text(&app.name), version: profile::normalize_text(&app.version) },
            answers: draft.answers,
            scorecard: ClaimedScorecard::of(criteria, &card),
        };
        profile::check(&document.to_value()).map_err(BuildError::Profile)?;
        Ok(document)
    }

    /// The document as a JSON value (what is canonicalized and hashed).
    pub fn to_value(&self) -> Value {
        // Plain structs with string keys and no floats always serialize.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The answers as a draft again, for recomputing the scores.
    pub fn draft(&self) -> Draft {
        Draft {
            format: answers::FORMAT.to_string(),
            criteria: self.criteria.content(),
            agency: self.agency.clone(),
            year: self.year,
            answers: self.answers.clone(),
        }
    }
}

impl ScoreFile {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The file as parscore writes it: indented JSON, members in the order of this module's
    /// types, a final line break. Verifiers canonicalize; the layout is not signed.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The RFC 8785 canonical form of the whole file, proof included.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        crate::canonical::to_canonical(&self.to_value()).unwrap_or_default()
    }

    /// `<agency-code>-<year>-<criteria-id>.score.json` ([`crate::file_name`]).
    pub fn file_name(&self) -> String {
        let d = &self.document;
        crate::file_name::file_name(&format!("{}-{}-{}", d.agency.code.trim(), d.year, d.criteria.id), ".score.json")
    }
}

/// What parscore signs must read back: a decimal beyond the range the reader takes (in a field
/// the rule ignores, or under a group's code, which scoring passes over) is refused, in the
/// reader's words and place (`answers.7.percent`). Found by fuzzing
/// (tests/fuzz-regressions/draft_structured). Checked field by field rather than by reading the
/// answers back, which put a second, located reader into the signing page (+3.1 kB, measured);
/// `percent` and `points` are an answer's only decimals, and its whole numbers always read back.
fn readable(answers: &BTreeMap<String, Answer>) -> Result<(), Malformed> {
    for (code, answer) in answers {
        for (field, value) in [("percent", answer.percent), ("points", answer.points)] {
            let Some(text) = value.map(|d| d.canonical()) else { continue };
            if text.parse::<Decimal>().is_err() {
                let problem = FileProblem::Json(JsonProblem::DecimalTooLarge { text });
                return Err(Malformed::at(&format!("answers.{code}.{field}"), problem));
            }
        }
    }
    Ok(())
}

/// Reads a parsed, profile-checked value as `T`, naming the JSON path of any problem.
pub(crate) fn from_value_located<T: serde::de::DeserializeOwned>(value: &Value, at: &str) -> Result<T, Malformed> {
    // Read from the value; only a failure is read again from text, to find its path.
    if let Ok(typed) = T::deserialize(value) {
        return Ok(typed);
    }
    let text = value.to_string();
    let e = match serde_json::from_str::<T>(&text) {
        Ok(typed) => return Ok(typed),
        Err(e) => e,
    };
    let problem = JsonProblem::of(&e);
    let steps = crate::json_error::path::path_at(&text, e.line(), e.column(), &problem);
    let location = match (at, crate::json_error::path::display(&steps)) {
        (a, None) => a.to_string(),
        ("", Some(p)) => p,
        (a, Some(p)) => format!("{a}.{p}"),
    };
    Err(Malformed::at(&location, FileProblem::Json(problem)))
}
