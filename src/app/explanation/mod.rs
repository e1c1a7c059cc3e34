//! The agency's side of the explanation round (giải trình), without the page: it opens the
//! council's appraisal file with its own score file, sees self against appraised per item with
//! the council's comments ([`view`]), answers the items it disputes with text and evidence, and
//! signs an explanation file bound to that appraisal with its own key.
//!
//! The appraisal is checked by the core (`appraisal::verify_appraisal`) without a keyring: the
//! agency has none of the council's keys, so a sound file is shown with its signer's name and
//! fingerprint, for the agency to compare with what the council published.

pub mod messages;
pub mod view;

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::answers::Evidence;
use crate::app::signing_key::StoredKey;
use crate::appraisal::document::{
    self, file_sha256, AppraisalDocument, ExplainedItem, ExplanationDocument, EXPLANATION_FORMAT,
};
use crate::appraisal::{verify_appraisal, Check, Trust};
use crate::criteria::CriteriaSet;
use crate::scorefile::keys::KeyError;
use crate::scorefile::Timestamp;

pub use messages::ExplanationText;

/// A file the agency opened: its name and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub name: String,
    pub text: Rc<str>,
}

/// What the agency writes on one disputed item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemAnswer {
    pub text: String,
    /// One supporting document: number, date, title.
    pub evidence: Evidence,
}

/// Which part of the evidence was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidencePart {
    Number,
    Date,
    Title,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExplanationAction {
    AppraisalOpened { name: String, text: Result<String, String> },
    ScoreFileOpened { name: String, text: Result<String, String> },
    TextChanged { code: String, text: String },
    EvidenceChanged { code: String, part: EvidencePart, text: String },
    Signed { name: String },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExplanationState {
    pub appraisal: Option<Opened>,
    pub score: Option<Opened>,
    /// What the core found checking the appraisal against the score file.
    pub check: Option<Rc<Check<AppraisalDocument>>>,
    pub answers: BTreeMap<String, ItemAnswer>,
    /// A file the browser could not read: its name and why.
    pub unreadable: Option<(String, String)>,
    /// The explanation file last signed and downloaded.
    pub signed: Option<String>,
}

/// Why the explanation was not signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplainProblem {
    /// The appraisal (with the score file) is not open or not sound.
    NoSoundAppraisal,
    /// Nothing is explained.
    Empty,
    Key(KeyError),
    Clock,
    Refused(String),
}

impl ExplanationState {
    pub fn reduce(&mut self, action: ExplanationAction, known: &[CriteriaSet]) {
        self.unreadable = None;
        match action {
            ExplanationAction::AppraisalOpened { name, text } | ExplanationAction::ScoreFileOpened { name, text }
                if text.is_err() =>
            {
                self.unreadable = Some((name, text.err().unwrap_or_default()));
            }
            ExplanationAction::AppraisalOpened { name, text } => {
                self.appraisal = Some(Opened { name, text: text.unwrap_or_default().into() });
                self.answers.clear();
                self.signed = None;
                self.recheck(known);
            }
            ExplanationAction::ScoreFileOpened { name, text } => {
                self.score = Some(Opened { name, text: text.unwrap_or_default().into() });
                self.recheck(known);
            }
            ExplanationAction::TextChanged { code, text } => self.answers.entry(code).or_default().text = text,
            ExplanationAction::EvidenceChanged { code, part, text } => {
                let evidence = &mut self.answers.entry(code).or_default().evidence;
                match part {
                    EvidencePart::Number => evidence.number = text,
                    EvidencePart::Date => evidence.date = text,
                    EvidencePart::Title => evidence.title = text,
                }
            }
            ExplanationAction::Signed { name } => self.signed = Some(name),
        }
    }

    /// The sets known changed (the built-in ones are fetched after the page opens): files opened
    /// before their set arrived are checked again, or they would stay "unknown set" for good.
    pub fn sets_changed(&mut self, known: &[CriteriaSet]) {
        self.recheck(known);
    }

    fn recheck(&mut self, known: &[CriteriaSet]) {
        self.check = match (&self.appraisal, &self.score) {
            (Some(appraisal), Some(score)) => {
                Some(Rc::new(verify_appraisal(appraisal.text.as_bytes(), score.text.as_bytes(), known, None)))
            }
            _ => None,
        };
    }

    /// The appraisal, when it is sound (its signature holds and it is bound to this score file).
    pub fn sound(&self) -> Option<&AppraisalDocument> {
        let check = self.check.as_ref()?;
        (check.trust() != Trust::Invalid).then_some(check.document.as_ref()?)
    }

    /// The explanation items: the disputed items with text, evidence only when it names a document.
    pub fn items(&self, appraisal: &AppraisalDocument) -> BTreeMap<String, ExplainedItem> {
        self.answers
            .iter()
            .filter(|(code, answer)| appraisal.items.contains_key(*code) && !answer.text.trim().is_empty())
            .map(|(code, answer)| {
                let evidence = Some(answer.evidence.clone()).filter(Evidence::names_a_document).into_iter().collect();
                (code.clone(), ExplainedItem { text: answer.text.trim().to_string(), evidence })
            })
            .collect()
    }

    /// Signs the explanation with the agency's key: the file's name and text.
    pub fn sign(&self, key: &StoredKey, passphrase: &str, now: i64) -> Result<(String, String), ExplainProblem> {
        let (Some(appraisal), Some(opened)) = (self.sound(), &self.appraisal) else {
            return Err(ExplainProblem::NoSoundAppraisal);
        };
        let items = self.items(appraisal);
        if items.is_empty() {
            return Err(ExplainProblem::Empty);
        }
        let created = Timestamp::from_unix(now).ok_or(ExplainProblem::Clock)?;
        let document = ExplanationDocument {
            format: EXPLANATION_FORMAT.to_string(),
            appraisal: file_sha256(opened.text.as_bytes()).map_err(|e| ExplainProblem::Refused(e.to_string()))?,
            score_file: appraisal.score_file.clone(),
            agency: appraisal.agency.clone(),
            year: appraisal.year,
            created,
            items,
        };
        let signing_key = key.unlock(passphrase).map_err(ExplainProblem::Key)?;
        let text =
            document::sign(&document, &signing_key, created).map_err(|e| ExplainProblem::Refused(e.to_string()))?;
        let stem = format!("{}-{}", appraisal.agency.code.trim(), appraisal.year);
        Ok((crate::file_name::file_name(&stem, ".explanation.json"), text))
    }
}
