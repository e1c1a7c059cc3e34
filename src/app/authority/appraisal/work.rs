//! One appraisal in progress (thẩm định): a received, verified score file, and what the council
//! decided on each of its self-assessed items. The council's answers are typed with the same
//! inputs an agency uses ([`TypedAnswer`]); every figure comes from [`scoring::score`] over the
//! self-assessed draft with the council's answers put in ([`appraised_draft`]).

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, CriteriaRef, Draft, InputField};
use crate::app::drafts::TypedTexts;
use crate::app::typed::{fields_of, TypedAnswer};
use crate::appraisal::document::{appraised_draft, file_sha256, AppraisedItem};
use crate::appraisal::verify::score_document;
use crate::criteria::CriteriaSet;
use crate::scorefile::document::ScoreDocument;
use crate::scoring::{self, Scorecard};

/// The council's decision on one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Decision {
    /// Not looked at yet: the agency's answer stands, as an item the file does not list.
    #[default]
    Pending,
    /// The council agrees with the agency's answer.
    Agreed,
    /// The council's own inputs (their texts, as typed).
    Entered(TypedAnswer),
}

/// What the council recorded on one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemWork {
    pub decision: Decision,
    pub comment: String,
}

impl ItemWork {
    fn is_blank(&self) -> bool {
        self.decision == Decision::Pending && self.comment.trim().is_empty()
    }
}

/// A score file that can be appraised: its text, its SHA-256 (what the appraisal binds) and
/// its document.
#[derive(Clone, Debug, PartialEq)]
pub struct Subject {
    pub file_name: String,
    pub text: Rc<str>,
    pub hash: String,
    pub score: Rc<ScoreDocument>,
}

impl Subject {
    /// Reads a score file's text; `None` when it is not one (the page only offers files whose
    /// checks passed, so this is a guard, not a verdict).
    pub fn read(file_name: &str, text: &str) -> Option<Subject> {
        let hash = file_sha256(text.as_bytes()).ok()?;
        let score = score_document(text.as_bytes()).ok()?;
        Some(Subject { file_name: file_name.to_string(), text: text.into(), hash, score: Rc::new(score) })
    }

    /// The known set the score file was made for.
    pub fn set<'a>(&self, known: &'a [CriteriaSet]) -> Option<&'a CriteriaSet> {
        known.iter().find(|set| CriteriaRef::of(set) == self.score.criteria)
    }

    pub fn self_answer(&self, code: &str) -> Option<&Answer> {
        self.score.answers.get(code)
    }
}

/// The council's items as the file format has them: a pending item without a comment is left
/// out; an agreed item keeps the agency's answer (no `answer`); an entered one carries its inputs.
pub fn file_items(criteria: &CriteriaSet, items: &BTreeMap<String, ItemWork>) -> BTreeMap<String, AppraisedItem> {
    let mut out = BTreeMap::new();
    for (code, work) in items.iter().filter(|(_, w)| !w.is_blank()) {
        let answer = match &work.decision {
            Decision::Entered(typed) => Some(answer_of(criteria, code, typed)),
            Decision::Pending | Decision::Agreed => None,
        };
        let comment = Some(work.comment.trim()).filter(|c| !c.is_empty()).map(str::to_string);
        out.insert(code.clone(), AppraisedItem { answer, comment });
    }
    out
}

/// The answer the typed inputs of item `code` give (fields its rule does not take are ignored).
pub fn answer_of(criteria: &CriteriaSet, code: &str, typed: &TypedAnswer) -> Answer {
    let fields: Vec<InputField> = criteria
        .find(code)
        .and_then(|id| criteria.node(id).leaf())
        .map(|leaf| fields_of(&leaf.rule))
        .unwrap_or_default();
    let mut answer = Answer::default();
    typed.write_into(&fields, &mut answer);
    answer
}

/// The self-assessed scorecard and the appraised one, both from [`scoring::score`].
pub fn scorecards(
    criteria: &CriteriaSet,
    subject: &Subject,
    items: &BTreeMap<String, ItemWork>,
) -> (Scorecard, Scorecard) {
    let own: Draft = subject.score.draft();
    let appraised = appraised_draft(&subject.score, &file_items(criteria, items));
    (scoring::score(criteria, &own), scoring::score(criteria, &appraised))
}

/// How an item's work is kept in the store.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredItem {
    /// "agreed", "entered" or absent (pending).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    #[serde(default, skip_serializing_if = "TypedTexts::is_empty")]
    pub typed: TypedTexts,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

impl StoredItem {
    pub fn of(work: &ItemWork) -> StoredItem {
        let (decision, typed) = match &work.decision {
            Decision::Pending => (None, TypedTexts::new()),
            Decision::Agreed => (Some("agreed".to_string()), TypedTexts::new()),
            Decision::Entered(typed) => (Some("entered".to_string()), typed.to_texts()),
        };
        StoredItem { decision, typed, comment: work.comment.clone() }
    }

    pub fn work(&self) -> ItemWork {
        let decision = match self.decision.as_deref() {
            Some("agreed") => Decision::Agreed,
            Some("entered") => Decision::Entered(TypedAnswer::from_texts(&self.typed)),
            _ => Decision::Pending,
        };
        ItemWork { decision, comment: self.comment.clone() }
    }
}
