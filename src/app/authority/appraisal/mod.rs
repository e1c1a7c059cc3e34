//! The council's appraisal and the final appraisal on the authority's page, without the page.
//!
//! [`AppraisalState`] holds every round started ([`round::Appraisal`]), one open at a time;
//! [`AppraisalAction`]s change it. Every change to a round asks to be saved (the caller's
//! `Effect`), and [`AppraisalState::save_open`] writes that round to the store under its score
//! file's SHA-256, so a reload keeps the work. Points come from `scoring::score` only, through
//! [`work::scorecards`] and the core's appraisal documents.

pub mod messages;
pub mod round;
pub mod view;
pub mod work;

use std::rc::Rc;

use super::keyring::KeyBook;
use super::received::{ReceivedFile, Verdict};
use crate::answers::InputField;
use crate::app::store::{Store, StoreError};
use crate::criteria::CriteriaSet;
use crate::Lang;

pub use messages::AppraisalText;
pub use round::{Appraisal, Round, SignProblem};
pub use work::{Decision, ItemWork, Subject};

/// Where each round is kept: this prefix and the score file's SHA-256.
pub const ROUND_KEY_PREFIX: &str = "parscore.authority.appraisal.";

#[derive(Clone, Debug, PartialEq)]
pub enum AppraisalAction {
    /// The council picked a received file to appraise (by its name); only a valid file starts.
    Started {
        file: String,
    },
    /// The council went back to a round already started (by its score file's SHA-256).
    Reopened {
        hash: String,
    },
    Closed,
    Agreed {
        round: Round,
        code: String,
    },
    /// Back to the agency's answer (first round) or the appraisal's (final round).
    Reset {
        round: Round,
        code: String,
    },
    AllRemainingAgreed,
    InputChanged {
        round: Round,
        code: String,
        field: InputField,
        text: String,
    },
    CommentChanged {
        round: Round,
        code: String,
        text: String,
    },
    /// The page signed the open round's file (text) and offered it for download.
    Signed {
        round: Round,
        text: String,
    },
    /// The agency's explanation file, read from disk (or why the browser could not).
    ExplanationRead {
        file: String,
        text: Result<String, String>,
    },
}

/// What the page says about the last thing tried on a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The chosen file is not a valid, verified score file of a known set.
    NotAppraisable {
        file: String,
    },
    /// An explanation was given before the appraisal was signed.
    SignFirst,
    ExplanationUnreadable {
        file: String,
        reason: String,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppraisalState {
    /// Every round started, oldest first.
    pub rounds: Vec<Rc<Appraisal>>,
    /// The SHA-256 of the open round's score file.
    pub open: Option<String>,
    pub notice: Option<Notice>,
}

impl AppraisalState {
    /// The rounds kept in `store` (a damaged one is skipped).
    pub fn restore(store: &dyn Store, keys: &KeyBook) -> AppraisalState {
        let ring = keys.keyring();
        let mut keys: Vec<String> = store.keys().into_iter().filter(|k| k.starts_with(ROUND_KEY_PREFIX)).collect();
        keys.sort();
        let rounds = keys
            .iter()
            .filter_map(|key| store.get(key))
            .filter_map(|text| crate::json_error::parse::<round::StoredRound>(&text, None).ok())
            .filter_map(|stored| stored.restore(&ring))
            .map(Rc::new)
            .collect();
        AppraisalState { rounds, open: None, notice: None }
    }

    pub fn open_round(&self) -> Option<&Appraisal> {
        let open = self.open.as_ref()?;
        self.rounds.iter().find(|r| &r.subject.hash == open).map(|r| &**r)
    }

    fn open_mut(&mut self) -> Option<&mut Appraisal> {
        let open = self.open.clone()?;
        self.rounds.iter_mut().find(|r| r.subject.hash == open).map(Rc::make_mut)
    }

    /// Applies `action`; true when the open round changed and must be saved.
    pub fn reduce(
        &mut self,
        action: AppraisalAction,
        known: &[CriteriaSet],
        files: &[Rc<ReceivedFile>],
        keys: &KeyBook,
        lang: Lang,
    ) -> bool {
        self.notice = None;
        let set_of = |round: &Appraisal| round.subject.set(known).cloned();
        match action {
            AppraisalAction::Started { file } => {
                let subject = files
                    .iter()
                    .filter(|f| f.name == file && matches!(f.verdict(keys), Verdict::Valid { .. }))
                    .find_map(|f| f.text().and_then(|text| Subject::read(&f.name, text)))
                    .filter(|subject| subject.set(known).is_some());
                let Some(subject) = subject else {
                    self.notice = Some(Notice::NotAppraisable { file });
                    return false;
                };
                let hash = subject.hash.clone();
                if !self.rounds.iter().any(|r| r.subject.hash == hash) {
                    self.rounds.push(Rc::new(Appraisal::new(subject)));
                }
                self.open = Some(hash);
                return true;
            }
            AppraisalAction::Reopened { hash } => {
                self.open = self.rounds.iter().any(|r| r.subject.hash == hash).then_some(hash);
                return false;
            }
            AppraisalAction::Closed => {
                self.open = None;
                return false;
            }
            _ => {}
        }
        let Some(round) = self.open_mut() else { return false };
        match action {
            AppraisalAction::Agreed { round: r, code } => round.decide(r, &code, Decision::Agreed),
            AppraisalAction::Reset { round: r, code } => round.decide(r, &code, Decision::Pending),
            AppraisalAction::AllRemainingAgreed => match set_of(round) {
                Some(set) => round.agree_remaining(&set),
                None => return false,
            },
            AppraisalAction::InputChanged { round: r, code, field, text } => {
                round.type_input(r, &code, field, text, lang)
            }
            AppraisalAction::CommentChanged { round: r, code, text } => round.comment(r, &code, text),
            AppraisalAction::Signed { round: Round::Appraisal, text } => round.signed = Some(text.into()),
            AppraisalAction::Signed { round: Round::Final, text } => round.final_signed = Some(text.into()),
            AppraisalAction::ExplanationRead { file, text: Err(reason) } => {
                self.notice = Some(Notice::ExplanationUnreadable { file, reason });
                return false;
            }
            AppraisalAction::ExplanationRead { file, text: Ok(text) } => {
                if !round.read_explanation(&file, &text, &keys.keyring()) {
                    self.notice = Some(Notice::SignFirst);
                    return false;
                }
            }
            AppraisalAction::Started { .. } | AppraisalAction::Reopened { .. } | AppraisalAction::Closed => {}
        }
        true
    }

    /// The final appraisals signed on this page, with the names they were downloaded under.
    pub fn final_files(&self) -> Vec<(String, Rc<str>)> {
        let signed = self.rounds.iter().filter_map(|r| Some((view::final_file_name(r), r.final_signed.clone()?)));
        signed.collect()
    }

    /// Writes the open round to `store` at once.
    pub fn save_open(&self, store: &dyn Store) -> Result<(), StoreError> {
        let Some(round) = self.open_round() else { return Ok(()) };
        let text = serde_json::to_string(&round::StoredRound::of(round)).unwrap_or_default();
        store.set(&format!("{ROUND_KEY_PREFIX}{}", round.subject.hash), &text)
    }
}
