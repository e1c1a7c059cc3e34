//! One agency's round: the appraisal in progress, the signed appraisal file, the agency's
//! explanation file checked against it, and the final appraisal of the disputed items.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::work::{answer_of, file_items, scorecards, Decision, ItemWork, StoredItem, Subject};
use crate::answers::InputField;
use crate::app::signing_key::StoredKey;
use crate::app::typed::TypedAnswer;
use crate::appraisal::document::{self, file_sha256, AppraisalDocument, AppraisedItem, BuildError, Stage};
use crate::appraisal::{verify_explanation, Check, ExplanationDocument, Trust};
use crate::criteria::CriteriaSet;
use crate::scorefile::keys::{KeyError, Keyring};
use crate::scorefile::Timestamp;
use crate::scoring::AnswerProblem;
use crate::Lang;

/// Which decision an action is about: the first appraisal, or the final one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Round {
    Appraisal,
    Final,
}

/// The agency's explanation file, as read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub file_name: String,
    pub text: Rc<str>,
    pub check: Rc<Check<ExplanationDocument>>,
}

impl Explanation {
    /// The items the agency disputes, when the file can be used (not invalid).
    pub fn disputed(&self) -> Vec<String> {
        match (&self.check.document, self.check.trust()) {
            (Some(document), Trust::Verified | Trust::SignatureOnly) => document.items.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }
}

/// Why signing did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignProblem {
    /// The passphrase does not open the key (or the stored key is damaged).
    Key(KeyError),
    /// Some appraised answers cannot be scored by their rule.
    Unscorable(Vec<AnswerProblem>),
    /// The computer's clock gives no usable time.
    Clock,
    /// The final appraisal needs the appraisal signed first.
    NotSignedYet,
    /// Anything else the profile refuses (its message).
    Refused(String),
}

/// One agency's appraisal round.
#[derive(Clone, Debug, PartialEq)]
pub struct Appraisal {
    pub subject: Subject,
    pub items: BTreeMap<String, ItemWork>,
    /// The signed appraisal file, once the council has signed it.
    pub signed: Option<Rc<str>>,
    pub explanation: Option<Explanation>,
    /// The final decisions on disputed items: `Pending` keeps the appraisal, `Agreed` accepts
    /// the agency's own answer, `Entered` is a new appraised answer.
    pub finals: BTreeMap<String, ItemWork>,
    pub final_signed: Option<Rc<str>>,
}

impl Appraisal {
    pub fn new(subject: Subject) -> Appraisal {
        Appraisal {
            subject,
            items: BTreeMap::new(),
            signed: None,
            explanation: None,
            finals: BTreeMap::new(),
            final_signed: None,
        }
    }

    fn work_mut(&mut self, round: Round, code: &str) -> &mut ItemWork {
        match round {
            Round::Appraisal => self.items.entry(code.to_string()).or_default(),
            Round::Final => self.finals.entry(code.to_string()).or_default(),
        }
    }

    pub fn decide(&mut self, round: Round, code: &str, decision: Decision) {
        self.work_mut(round, code).decision = decision;
    }

    /// Records a typed input; the first one starts from the agency's answer, so that the
    /// council changes only what it disagrees with.
    pub fn type_input(&mut self, round: Round, code: &str, field: InputField, text: String, lang: Lang) {
        let start = self.subject.self_answer(code).map(|a| TypedAnswer::from_answer(a, lang)).unwrap_or_default();
        let work = self.work_mut(round, code);
        if !matches!(work.decision, Decision::Entered(_)) {
            work.decision = Decision::Entered(start);
        }
        if let Decision::Entered(typed) = &mut work.decision {
            typed.set(field, text);
        }
    }

    pub fn comment(&mut self, round: Round, code: &str, text: String) {
        self.work_mut(round, code).comment = text;
    }

    /// "Agree with all remaining": every self-assessed item still pending becomes agreed.
    pub fn agree_remaining(&mut self, criteria: &CriteriaSet) {
        for code in appraisable(criteria) {
            let work = self.items.entry(code).or_default();
            if work.decision == Decision::Pending {
                work.decision = Decision::Agreed;
            }
        }
    }

    /// Reads and checks the agency's explanation against the signed appraisal and the agencies'
    /// keyring. Without a signed appraisal there is nothing it can answer: refused.
    pub fn read_explanation(&mut self, file_name: &str, text: &str, agencies: &Keyring) -> bool {
        let Some(signed) = &self.signed else { return false };
        let check = verify_explanation(text.as_bytes(), signed.as_bytes(), Some(agencies));
        self.explanation =
            Some(Explanation { file_name: file_name.to_string(), text: text.into(), check: Rc::new(check) });
        true
    }

    /// The appraisal file's items for the final appraisal: the appraisal's, with the final
    /// decisions on the disputed items put in their place.
    pub fn final_items(&self, criteria: &CriteriaSet) -> BTreeMap<String, AppraisedItem> {
        let mut items = file_items(criteria, &self.items);
        let disputed = self.explanation.as_ref().map(Explanation::disputed).unwrap_or_default();
        for code in disputed {
            let Some(work) = self.finals.get(&code) else { continue };
            let kept = items.remove(&code).unwrap_or_default();
            let answer = match &work.decision {
                Decision::Pending => kept.answer,
                Decision::Agreed => None,
                Decision::Entered(typed) => Some(answer_of(criteria, &code, typed)),
            };
            let comment = Some(work.comment.trim()).filter(|c| !c.is_empty()).map(str::to_string).or(kept.comment);
            if answer.is_some() || comment.is_some() {
                items.insert(code, AppraisedItem { answer, comment });
            }
        }
        items
    }

    /// Signs the appraisal (or, for `Round::Final`, the final appraisal) with the council's
    /// key: the file's text, bound to the score file (and the final one to the explanation).
    pub fn sign(
        &self,
        round: Round,
        criteria: &CriteriaSet,
        key: &StoredKey,
        passphrase: &str,
        now: i64,
    ) -> Result<String, SignProblem> {
        let created = Timestamp::from_unix(now).ok_or(SignProblem::Clock)?;
        let (stage, items) = match round {
            Round::Appraisal => (Stage::Appraisal, file_items(criteria, &self.items)),
            Round::Final if self.signed.is_none() => return Err(SignProblem::NotSignedYet),
            Round::Final => (Stage::Final, self.final_items(criteria)),
        };
        let appraiser = key.public.agency.clone();
        let build = AppraisalDocument::build(
            criteria,
            &self.subject.score,
            self.subject.hash.clone(),
            appraiser,
            stage,
            items,
            created,
        );
        let mut document = build.map_err(refusal)?;
        if round == Round::Final {
            document.explanation = self.explanation.as_ref().and_then(|e| file_sha256(e.text.as_bytes()).ok());
        }
        let signing_key = key.unlock(passphrase).map_err(SignProblem::Key)?;
        document::sign(&document, &signing_key, created).map_err(refusal)
    }

    /// Self and appraised scorecards of the round now shown (the final one once explained).
    pub fn figures(&self, criteria: &CriteriaSet) -> (crate::scoring::Scorecard, crate::scoring::Scorecard) {
        scorecards(criteria, &self.subject, &self.items)
    }
}

fn refusal(error: BuildError) -> SignProblem {
    match error {
        BuildError::Problems(problems) => SignProblem::Unscorable(problems),
        other => SignProblem::Refused(other.to_string()),
    }
}

/// The codes of the items an agency scores itself (survey items are the authority's, later).
pub fn appraisable(criteria: &CriteriaSet) -> Vec<String> {
    criteria
        .nodes
        .iter()
        .filter(|node| node.leaf().is_some_and(|leaf| leaf.rule.is_self_assessed()))
        .map(|node| node.code.clone())
        .collect()
}

/// The round as the store keeps it: the score file's text and the decisions, so that a reload
/// finds the work even though received files are not kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRound {
    pub file_name: String,
    pub score_file: String,
    #[serde(default)]
    pub items: BTreeMap<String, StoredItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<(String, String)>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub finals: BTreeMap<String, StoredItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_signed: Option<String>,
}

impl StoredRound {
    pub fn of(round: &Appraisal) -> StoredRound {
        let stored =
            |items: &BTreeMap<String, ItemWork>| items.iter().map(|(c, w)| (c.clone(), StoredItem::of(w))).collect();
        StoredRound {
            file_name: round.subject.file_name.clone(),
            score_file: round.subject.text.to_string(),
            items: stored(&round.items),
            signed: round.signed.as_deref().map(str::to_string),
            explanation: round.explanation.as_ref().map(|e| (e.file_name.clone(), e.text.to_string())),
            finals: stored(&round.finals),
            final_signed: round.final_signed.as_deref().map(str::to_string),
        }
    }

    /// The round again; `None` when the kept score file no longer reads. The explanation is
    /// checked again against today's keyring.
    pub fn restore(&self, agencies: &Keyring) -> Option<Appraisal> {
        let subject = Subject::read(&self.file_name, &self.score_file)?;
        let work = |items: &BTreeMap<String, StoredItem>| items.iter().map(|(c, s)| (c.clone(), s.work())).collect();
        let mut round = Appraisal::new(subject);
        round.items = work(&self.items);
        round.finals = work(&self.finals);
        round.signed = self.signed.as_deref().map(Rc::from);
        round.final_signed = self.final_signed.as_deref().map(Rc::from);
        if let Some((name, text)) = &self.explanation {
            round.read_explanation(name, text, agencies);
        }
        Some(round)
    }
}
