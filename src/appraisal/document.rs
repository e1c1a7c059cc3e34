//! The appraisal and explanation documents, and signing them.
//!
//! ```text
//! { "format": "parscore-appraisal/1", "stage": "appraisal" | "final",
//!   "score_file": "<sha256 of the score file's canonical JSON, proof included>",
//!   "agency": {…}, "year": 2025, "criteria": {…},       copied from the score file
//!   "appraiser": { "name": "Sở Nội vụ tỉnh …", "code": "SNV" },
//!   "created": "2026-02-10T08:00:00Z",
//!   "explanation": "<sha256 of the explanation file>",  final stage only, when there was one
//!   "items": { "1.1": { "answer": { "level": "late" }, "comment": "…" }, … },
//!   "scorecard": { … as in a score file: the appraised figures … },
//!   "proof": { … } }
//! ```
//! An item the council does not list, or lists without an `answer`, keeps the agency's answer
//! (the council agrees). A `comment` may stand alone.

use std::collections::BTreeMap;

use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answers::{Agency, Answer, CriteriaRef, Draft};
use crate::criteria::CriteriaSet;
use crate::json_error::JsonProblem;
use crate::scorefile::document::{from_value_located, ClaimedScorecard, ScoreDocument};
use crate::scorefile::keys::{DidKey, KeyOwner};
use crate::scorefile::profile::{self, FileProblem, Kind, Malformed};
use crate::scorefile::proof::{self, ProofError};
use crate::scorefile::time::Timestamp;
use crate::scoring;

pub const APPRAISAL_FORMAT: &str = "parscore-appraisal/1";
pub const EXPLANATION_FORMAT: &str = "parscore-explanation/1";

/// Which appraisal: the council's first one, or the final one after the agency's explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Appraisal,
    Final,
}

/// The council's word on one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppraisedItem {
    /// The appraised inputs; absent when the council agrees with the agency's answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// An appraisal (thẩm định) of one score file, without its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppraisalDocument {
    pub format: String,
    pub stage: Stage,
    /// SHA-256 of the appraised score file's canonical JSON ([`file_sha256`]).
    pub score_file: String,
    pub agency: Agency,
    pub year: u16,
    pub criteria: CriteriaRef,
    pub appraiser: KeyOwner,
    pub created: Timestamp,
    /// The explanation file the final appraisal answers, by its SHA-256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(default)]
    pub items: BTreeMap<String, AppraisedItem>,
    /// The appraised figures, as [`scoring::score`] gives them for [`AppraisalDocument::draft`].
    pub scorecard: ClaimedScorecard,
}

/// The agency's explanation (giải trình) of one item it disputes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplainedItem {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<crate::answers::Evidence>,
}

/// An agency's explanation of an appraisal, without its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplanationDocument {
    pub format: String,
    /// SHA-256 of the appraisal file answered.
    pub appraisal: String,
    /// SHA-256 of the score file that appraisal is bound to.
    pub score_file: String,
    pub agency: Agency,
    pub year: u16,
    pub created: Timestamp,
    pub items: BTreeMap<String, ExplainedItem>,
}

/// The SHA-256 (lowercase hex) of a signed file's canonical JSON, proof included: what binds an
/// appraisal to its score file and an explanation to its appraisal, whatever their layout.
pub fn file_sha256(bytes: &[u8]) -> Result<String, Malformed> {
    let value = profile::parse_strict(bytes)?;
    crate::canonical::sha256_hex(&value).map_err(|e| Malformed::at(&e.path, FileProblem::Number { number: e.number }))
}

/// The self-assessed answers with the council's answers put in their place.
pub fn appraised_draft(score: &ScoreDocument, items: &BTreeMap<String, AppraisedItem>) -> Draft {
    let mut draft = score.draft();
    for (code, item) in items {
        if let Some(answer) = &item.answer {
            draft.answers.insert(code.clone(), answer.clone());
        }
    }
    draft
}

/// Why an appraisal or explanation cannot be built or signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("{0}")]
    Profile(Malformed),
    #[error("{}", .0.iter().map(|p| p.located(crate::Lang::En)).collect::<Vec<_>>().join("; "))]
    Problems(Vec<scoring::AnswerProblem>),
    #[error(transparent)]
    Proof(#[from] ProofError),
}

impl AppraisalDocument {
    /// The appraisal of `score` (whose file hashes to `score_file`): the council's items scored
    /// against `criteria`. Refuses answers that cannot be scored, or that its reader could not read.
    pub fn build(
        criteria: &CriteriaSet,
        score: &ScoreDocument,
        score_file: String,
        appraiser: KeyOwner,
        stage: Stage,
        items: BTreeMap<String, AppraisedItem>,
        created: Timestamp,
    ) -> Result<AppraisalDocument, BuildError> {
        // What parscore signs must read back: a value the reader cannot hold (beyond its range) is
        // refused here, in the reader's own words and place (`items.2.answer.points`).
        let written = serde_json::to_value(&items).unwrap_or_default();
        from_value_located::<BTreeMap<String, AppraisedItem>>(&written, "items").map_err(BuildError::Profile)?;
        let card = scoring::score(criteria, &appraised_draft(score, &items));
        if !card.problems.is_empty() {
            return Err(BuildError::Problems(card.problems));
        }
        Ok(AppraisalDocument {
            format: APPRAISAL_FORMAT.to_string(),
            stage,
            score_file,
            agency: score.agency.clone(),
            year: score.year,
            criteria: score.criteria.clone(),
            appraiser,
            created,
            explanation: None,
            items,
            scorecard: ClaimedScorecard::of(criteria, &card),
        })
    }

    /// The draft the appraised figures are computed from.
    pub fn draft(&self, score: &ScoreDocument) -> Draft {
        appraised_draft(score, &self.items)
    }
}

/// Signs `document` (any of this module's documents) with `key` at `created`: the document with
/// its `proof`, as indented JSON text. Refuses what the score-file profile refuses.
pub fn sign<T: Serialize>(document: &T, key: &SigningKey, created: Timestamp) -> Result<String, BuildError> {
    let value = serde_json::to_value(document)
        .map_err(|e| BuildError::Profile(Malformed::at("", FileProblem::Json(JsonProblem::of(&e)))))?;
    let value = normalized(value);
    profile::check(&value).map_err(BuildError::Profile)?;
    let proof = proof::create_proof(&value, &proof::options(&DidKey::of(key), created), key)?;
    let mut members = match value {
        Value::Object(map) => map,
        _ => return Err(BuildError::Profile(Malformed::at("", FileProblem::NotAnObject { what: Kind::Appraisal }))),
    };
    members.insert("proof".into(), proof);
    Ok(serde_json::to_string_pretty(&Value::Object(members)).unwrap_or_default() + "\n")
}

/// Every text in NFC with `\n` line breaks, as the profile wants (comments are typed by people).
fn normalized(value: Value) -> Value {
    match value {
        Value::String(s) => Value::String(profile::normalize_text(&s)),
        Value::Array(items) => Value::Array(items.into_iter().map(normalized).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, normalized(v))).collect()),
        other => other,
    }
}
