//! The agency's draft (bản tự đánh giá): answers by node code, with evidence and notes.
//!
//! An answer holds only the inputs its item's rule needs (a level id, yes/no, two counts, a
//! percent, a count of faults, or points with a justification). An item with no input is blank:
//! it scores 0 and counts as unanswered, which is not the same as an answered 0. Values are kept
//! as typed, even when out of range (a negative count, a numerator above its denominator): the
//! scoring engine reports them per node code instead of the file failing to load, so nothing an
//! official typed is ever thrown away.

use crate::i18n::Bilingual;
use crate::i18n::{t, Msg};
use crate::Lang;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::criteria::{CriteriaSet, Level};
use crate::decimal::Decimal;

/// The format tag every draft file carries in `"format"`.
pub const FORMAT: &str = "parscore-draft/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub format: String,
    pub criteria: CriteriaRef,
    pub agency: Agency,
    /// Evaluation year (năm đánh giá).
    pub year: u16,
    /// Keyed by node code ("1.1.4"); sorted, so files diff cleanly.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

/// Names the exact criteria set a draft was made for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the criteria file's canonical JSON (without its publisher and proof).
    pub sha256: String,
    /// The did:key of the set's publisher when the set was signed; drafts only (score files
    /// name the content alone). Lets [`crate::signedset::SetChange`] notice a set re-signed by
    /// someone else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub name: String,
    /// The agency's code as the authority registers it (mã đơn vị).
    pub code: String,
    pub level: Level,
}

/// An agency as screens and messages name it: "Sở Tư pháp (STP)", or the name alone while the
/// draft has no code yet (not "Sở Tư pháp ()").
pub fn agency_label(name: &str, code: &str) -> String {
    match code.trim() {
        "" => name.to_string(),
        code => format!("{name} ({code})"),
    }
}

/// One item's answer. Every input is optional; which ones apply depends on the item's rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// `levels`: the chosen level's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// `pass_fail`: whether the requirement is met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<bool>,
    /// `bands` / `proportional` over a ratio: the counted part…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i64>,
    /// …and the whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i64>,
    /// `bands` / `proportional` over a percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Decimal>,
    /// `deduction`: faults counted; `per_count`: items counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// `manual`: points chosen by the agency; `survey`: points entered by the authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Decimal>,
    /// `manual`: why these points (required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// Evidence documents (tài liệu kiểm chứng).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Explanation or remark (giải trình / ghi chú).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A document that proves an answer. Only its reference and hash are kept: the file itself never
/// leaves the agency's machine.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Document number, e.g. "125/KH-UBND".
    #[serde(default)]
    pub number: String,
    /// ISO date, e.g. "2025-01-10".
    #[serde(default)]
    pub date: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<FileRef>,
}

impl Evidence {
    pub fn names_a_document(&self) -> bool {
        !self.title.trim().is_empty() || !self.number.trim().is_empty() || self.file.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRef {
    pub name: String,
    pub size: u64,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
}

/// One input of an answer: the one name for it in files, messages and forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputField {
    Level,
    Pass,
    Numerator,
    Denominator,
    Percent,
    Count,
    Points,
    Justification,
}

impl InputField {
    /// Every field, in declaration order, so that `field as usize` indexes this list.
    pub const ALL: [InputField; 8] = [
        InputField::Level,
        InputField::Pass,
        InputField::Numerator,
        InputField::Denominator,
        InputField::Percent,
        InputField::Count,
        InputField::Points,
        InputField::Justification,
    ];

    /// The member's name in draft and score files.
    pub fn name(self) -> &'static str {
        match self {
            InputField::Level => "level",
            InputField::Pass => "pass",
            InputField::Numerator => "numerator",
            InputField::Denominator => "denominator",
            InputField::Percent => "percent",
            InputField::Count => "count",
            InputField::Points => "points",
            InputField::Justification => "justification",
        }
    }

    pub fn from_name(name: &str) -> Option<InputField> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// What the screens call it, in `lang` ("tử số", not `numerator`).
    pub fn label(self, lang: Lang) -> &'static str {
        let msg = match self {
            InputField::Level => Msg::FieldLevel,
            InputField::Pass => Msg::FieldPass,
            InputField::Numerator => Msg::FieldNumerator,
            InputField::Denominator => Msg::FieldDenominator,
            InputField::Percent => Msg::FieldPercent,
            InputField::Count => Msg::FieldCount,
            InputField::Points => Msg::FieldPoints,
            InputField::Justification => Msg::FieldJustification,
        };
        t(lang, msg)
    }
}

impl Answer {
    /// The input fields that hold a value (evidence and note are not inputs).
    pub fn filled_inputs(&self) -> Vec<InputField> {
        let present = [
            self.level.is_some(),
            self.pass.is_some(),
            self.numerator.is_some(),
            self.denominator.is_some(),
            self.percent.is_some(),
            self.count.is_some(),
            self.points.is_some(),
            self.justification.as_deref().is_some_and(|j| !j.trim().is_empty()),
        ];
        InputField::ALL.into_iter().zip(present).filter(|(_, p)| *p).map(|(f, _)| f).collect()
    }

    /// At least one evidence entry that names a document (an entry just added and still empty
    /// does not count).
    pub fn has_evidence(&self) -> bool {
        self.evidence.iter().any(Evidence::names_a_document)
    }

    pub fn has_note(&self) -> bool {
        self.note.as_deref().is_some_and(|n| !n.trim().is_empty())
    }

    /// A written explanation of missing evidence (giải trình): a note, or a manual score's
    /// justification, which already explains in writing what the points rest on. One text is
    /// enough; the form never asks for both.
    pub fn explains_missing_evidence(&self) -> bool {
        self.has_note() || self.has_justification()
    }

    pub fn has_justification(&self) -> bool {
        self.justification.as_deref().is_some_and(|j| !j.trim().is_empty())
    }
}

/// Why a draft file cannot be read at all (as opposed to an answer that is out of range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftError {
    /// A JSON path with line and column (`answers.1.1.4.count (line 12, column 9)`), or `format`.
    pub location: String,
    pub problem: DraftFileProblem,
}

/// What is wrong with a draft file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftFileProblem {
    /// Boxed, so that a draft's `Result` stays small.
    Json(Box<crate::json_error::JsonError>),
    /// A signed score file was given where a draft is read.
    ScoreFile,
    /// Another format than drafts'.
    Format { found: String },
    /// The draft was made for another criteria set than the one given.
    OtherSet { draft_set: String, given_set: String },
}

impl DraftError {
    fn json(e: crate::json_error::JsonError) -> DraftError {
        DraftError { location: e.location.clone(), problem: DraftFileProblem::Json(Box::new(e)) }
    }

    /// The draft was made for another set than `criteria`.
    pub fn other_set(draft: &Draft, criteria: &CriteriaSet) -> DraftError {
        let problem =
            DraftFileProblem::OtherSet { draft_set: draft.criteria.id.clone(), given_set: criteria.id.clone() };
        DraftError { location: "criteria.id".into(), problem }
    }

    /// The location with a line and column in words of `lang`.
    pub fn location_in(&self, lang: Lang) -> String {
        match &self.problem {
            DraftFileProblem::Json(e) => e.location_in(lang),
            _ => self.location.clone(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (&self.problem, lang) {
            (DraftFileProblem::Json(e), _) => e.problem.text(lang),
            (DraftFileProblem::ScoreFile, Lang::Vi) => {
                "đây là tệp điểm đã ký (parscore-score/1), không phải bản tự đánh giá: hãy mở nó bằng “Kiểm tra tệp điểm” (hoặc lệnh parscore verify)".into()
            }
            (DraftFileProblem::ScoreFile, Lang::En) => {
                "this is a signed score file (parscore-score/1), not a draft: open it with “Verify a file” (or parscore verify)".into()
            }
            (DraftFileProblem::Format { found }, Lang::Vi) => format!("cần \"{FORMAT}\", gặp \"{found}\""),
            (DraftFileProblem::Format { found }, Lang::En) => format!("expected \"{FORMAT}\", found \"{found}\""),
            (DraftFileProblem::OtherSet { draft_set, given_set }, Lang::Vi) => {
                format!("bản tự đánh giá này dùng bộ tiêu chí \"{draft_set}\", không phải \"{given_set}\"")
            }
            (DraftFileProblem::OtherSet { draft_set, given_set }, Lang::En) => {
                format!("the draft is for \"{draft_set}\", not \"{given_set}\"")
            }
        }
    }

    /// "location: problem" in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}: {}", self.location_in(lang), self.message(lang))
    }

    /// Why `text` failed to read as a draft: a score file or another format is said as such
    /// rather than as the first member a draft does not have.
    pub fn of_failed_read(text: &str, json: crate::json_error::JsonError) -> DraftError {
        #[derive(Deserialize)]
        struct FormatOnly {
            format: Option<String>,
        }
        let format = serde_json::from_str::<FormatOnly>(text).ok().and_then(|f| f.format);
        match format {
            Some(found) if found == crate::scorefile::document::FORMAT => {
                DraftError { location: "format".into(), problem: DraftFileProblem::ScoreFile }
            }
            Some(found) if found != FORMAT => {
                DraftError { location: "format".into(), problem: DraftFileProblem::Format { found } }
            }
            _ => DraftError::json(json),
        }
    }

    /// Refuses a parsed draft of another format.
    pub fn check_format(draft: Draft) -> Result<Draft, DraftError> {
        if draft.format == FORMAT {
            return Ok(draft);
        }
        let problem = DraftFileProblem::Format { found: draft.format };
        Err(DraftError { location: "format".into(), problem })
    }
}

/// In English, as the CLI printed it before it had languages.
impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for DraftError {}

impl Draft {
    /// An empty draft for `criteria`.
    pub fn new(criteria: &CriteriaSet, agency: Agency, year: u16) -> Draft {
        Draft {
            format: FORMAT.to_string(),
            criteria: CriteriaRef::for_draft(criteria),
            agency,
            year,
            answers: BTreeMap::new(),
        }
    }

    /// Parses a draft file; the location of a problem is a JSON path with line and column.
    pub fn from_json(json: &str) -> Result<Draft, DraftError> {
        // Strictly first: an answer code given twice is refused where it stands, not overwritten.
        crate::json_error::parse_value(json).map_err(|e| DraftError::of_failed_read(json, e))?;
        let draft = crate::json_error::parse(json, None).map_err(|e| DraftError::of_failed_read(json, e))?;
        DraftError::check_format(draft)
    }

    pub fn to_json_pretty(&self) -> String {
        // Serializing plain structs with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The answer for `code`, if any.
    pub fn answer(&self, code: &str) -> Option<&Answer> {
        self.answers.get(code)
    }
}

impl CriteriaRef {
    /// The set's content: id, version and SHA-256, as score files name it.
    pub fn of(criteria: &CriteriaSet) -> CriteriaRef {
        CriteriaRef {
            id: criteria.id.clone(),
            version: criteria.version.clone(),
            sha256: criteria.sha256.clone(),
            publisher: None,
        }
    }

    /// The content and the publisher the set names, as a new draft remembers it.
    pub fn for_draft(criteria: &CriteriaSet) -> CriteriaRef {
        CriteriaRef { publisher: criteria.publisher.as_ref().map(|p| p.did.clone()), ..CriteriaRef::of(criteria) }
    }

    /// This reference without the publisher: what identifies the content.
    pub fn content(&self) -> CriteriaRef {
        CriteriaRef { publisher: None, ..self.clone() }
    }
}
