//! The round (đợt đánh giá) on the authority's page: the roster, the submission deadline, the
//! intake register of the files received, the survey results, last year's results and the
//! ranking per group, all as the core computes them (`authority`).
//!
//! [`RoundState::reduce`] takes a [`RoundAction`] and returns which inputs to keep ([`Saved`]);
//! [`RoundState::refresh`] recomputes the register and the ranking from the page's files and
//! keyring (the page calls it after every action, since a key added changes who is verified).

pub mod appraised;
mod appraised_msg;
mod derive;
pub mod messages;
pub mod stored;
pub mod view;

use std::rc::Rc;

pub use appraised::{AppraisalOutcome, PageAppraisals};
pub use derive::NoRanking;
use derive::{Converted, Participant};
pub use messages::RoundMsg;

use crate::app::authority::keyring::KeyBook;
use crate::app::authority::received::ReceivedFile;
use crate::app::store::{Store, StoreError};
use crate::authority::intake::{parse_deadline, Register};
use crate::authority::roster::Roster;
use crate::authority::table::Table;
use crate::authority::{Message, Ranking, ResultsFile, SurveyResults, TableError};
use crate::criteria::CriteriaSet;
use crate::scorefile::Timestamp;

/// A table file as read by the browser: its name and its bytes (CSV or XLSX), or why not.
pub type TableFile = (String, Result<Vec<u8>, String>);

#[derive(Clone, Debug, PartialEq)]
pub enum RoundAction {
    RosterRead(TableFile),
    /// A roster workbook's first worksheet, read by the spreadsheet worker.
    RosterTableRead {
        file: String,
        table: Result<Table, TableError>,
    },
    RosterCleared,
    /// The deadline typed (a date, or a full UTC time); empty clears it.
    DeadlineTyped(String),
    SurveyRead(TableFile),
    /// A survey workbook's first worksheet, read by the spreadsheet worker.
    SurveyTableRead {
        file: String,
        table: Result<Table, TableError>,
    },
    SurveyCleared,
    PreviousRead {
        file: String,
        text: Result<String, String>,
    },
    PreviousCleared,
    /// The decision line printed under the results' title ("Kèm theo Quyết định số …").
    DecisionTyped(String),
    /// Final appraisal files received from elsewhere (signed on another machine), for the
    /// ranking; the browser's reason for a file it could not read.
    AppraisalFilesRead(Vec<(String, Result<String, String>)>),
    AppraisalFilesCleared,
}

/// Which input to keep in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Roster,
    Deadline,
    Survey,
    Previous,
    Decision,
}

/// What went wrong with an input file, said on the page next to it.
#[derive(Clone, Debug, PartialEq)]
pub enum InputProblem {
    /// Located errors of a table (row, column, what).
    Table(Vec<TableError>),
    /// The results file, or the deadline, refused by the core.
    Core(Message),
    /// The browser could not read the file.
    Unreadable(String),
    /// Survey results need the roster and the received files first (their criteria sets).
    SurveyNeedsFiles,
    /// An XLSX table in the browser: the page reads CSV (the command line reads both).
    XlsxNotRead,
}

/// An input that loaded, with the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<T> {
    pub file: String,
    pub value: T,
}

impl<T> From<(String, T)> for Loaded<T> {
    fn from((file, value): (String, T)) -> Loaded<T> {
        Loaded { file, value }
    }
}

#[derive(Clone, Debug, Default)]
pub struct RoundState {
    pub roster: Option<Loaded<Roster>>,
    pub roster_problem: Option<InputProblem>,
    pub deadline: Option<Timestamp>,
    pub deadline_text: String,
    pub deadline_problem: Option<Message>,
    pub survey: Option<Loaded<SurveyResults>>,
    pub survey_problem: Option<InputProblem>,
    pub previous: Option<Loaded<ResultsFile>>,
    pub previous_problem: Option<InputProblem>,
    pub decision: String,
    /// The inputs the store refused to keep: they last until the page closes.
    pub not_kept: Vec<(Saved, StoreError)>,
    /// Appraisal files loaded (not kept: like received files, they are loaded again).
    pub appraisal_files: Vec<(String, Rc<str>)>,
    /// Appraisal files the browser could not read: name and reason.
    pub appraisal_unread: Vec<(String, String)>,
    /// What the final appraisals did to the ranking.
    pub appraised: Rc<AppraisalOutcome>,

    converted: Rc<Vec<Converted>>,
    participants: Rc<Vec<Participant>>,
    known: Rc<Vec<CriteriaSet>>,
    /// The register, once a roster is loaded.
    pub register: Option<Rc<Register>>,
    /// The ranking, or why there is none (absent without a roster).
    pub ranking: Option<Result<Rc<Ranking>, NoRanking>>,
}

impl RoundState {
    /// The inputs kept on an earlier visit (an unreadable entry is left out).
    pub fn restore(store: &dyn Store) -> RoundState {
        let kept = |key: &str| store.get(key);
        let deadline_text = kept(stored::DEADLINE_KEY).unwrap_or_default();
        RoundState {
            roster: kept(stored::ROSTER_KEY).and_then(|t| stored::roster_from_json(&t)).map(Loaded::from),
            survey: kept(stored::SURVEY_KEY).and_then(|t| stored::survey_from_json(&t)).map(Loaded::from),
            previous: kept(stored::PREVIOUS_KEY).and_then(|t| stored::previous_from_json(&t)).map(Loaded::from),
            deadline: parse_deadline(&deadline_text).ok(),
            deadline_text,
            decision: kept(stored::DECISION_KEY).unwrap_or_default(),
            ..RoundState::default()
        }
    }

    pub fn reduce(&mut self, action: RoundAction) -> Vec<Saved> {
        match action {
            RoundAction::RosterRead((file, bytes)) => {
                let read = bytes.map_err(InputProblem::Unreadable).and_then(|bytes| {
                    if is_xlsx(&file) {
                        roster_from_xlsx(&bytes)
                    } else {
                        Roster::from_csv(&bytes).map_err(InputProblem::Table)
                    }
                });
                return self.roster_read(file, read);
            }
            RoundAction::RosterTableRead { file, table } => {
                let read = table.map_err(|e| vec![e]).and_then(|t| Roster::from_table(&t)).map_err(InputProblem::Table);
                return self.roster_read(file, read);
            }
            RoundAction::RosterCleared => {
                (self.roster, self.roster_problem) = (None, None);
                return vec![Saved::Roster];
            }
            RoundAction::DeadlineTyped(text) => {
                let text = text.trim().to_string();
                match parse_deadline(&text) {
                    _ if text.is_empty() => (self.deadline, self.deadline_problem) = (None, None),
                    Ok(deadline) => (self.deadline, self.deadline_problem) = (Some(deadline), None),
                    Err(message) => {
                        self.deadline_problem = Some(message);
                        return Vec::new();
                    }
                }
                self.deadline_text = text;
                return vec![Saved::Deadline];
            }
            RoundAction::SurveyRead((file, bytes)) => {
                let read = self.read_survey(&file, bytes);
                return self.survey_read(file, read);
            }
            RoundAction::SurveyTableRead { file, table } => {
                let read = self.survey_from_table(table);
                return self.survey_read(file, read);
            }
            RoundAction::SurveyCleared => {
                (self.survey, self.survey_problem) = (None, None);
                return vec![Saved::Survey];
            }
            RoundAction::PreviousRead { file, text } => {
                let read = text
                    .map_err(InputProblem::Unreadable)
                    .and_then(|text| ResultsFile::from_json(&text).map_err(InputProblem::Core));
                match read {
                    Ok(value) => {
                        self.previous = Some(Loaded { file, value });
                        self.previous_problem = None;
                        return vec![Saved::Previous];
                    }
                    Err(problem) => self.previous_problem = Some(problem),
                }
            }
            RoundAction::PreviousCleared => {
                (self.previous, self.previous_problem) = (None, None);
                return vec![Saved::Previous];
            }
            RoundAction::DecisionTyped(text) => {
                self.decision = text;
                return vec![Saved::Decision];
            }
            RoundAction::AppraisalFilesRead(read) => {
                for (file, text) in read {
                    match text {
                        Ok(text) => {
                            self.appraisal_files.retain(|(name, _)| *name != file);
                            self.appraisal_files.push((file, text.into()));
                        }
                        Err(reason) => self.appraisal_unread.push((file, reason)),
                    }
                }
            }
            RoundAction::AppraisalFilesCleared => {
                (self.appraisal_files, self.appraisal_unread) = (Vec::new(), Vec::new())
            }
        }
        Vec::new()
    }

    fn roster_read(&mut self, file: String, read: Result<Roster, InputProblem>) -> Vec<Saved> {
        match read {
            Ok(value) => {
                (self.roster, self.roster_problem) = (Some(Loaded { file, value }), None);
                vec![Saved::Roster]
            }
            Err(problem) => {
                self.roster_problem = Some(problem);
                Vec::new()
            }
        }
    }

    fn survey_read(&mut self, file: String, read: Result<SurveyResults, InputProblem>) -> Vec<Saved> {
        match read {
            Ok(value) => {
                (self.survey, self.survey_problem) = (Some(Loaded { file, value }), None);
                vec![Saved::Survey]
            }
            Err(problem) => {
                self.survey_problem = Some(problem);
                Vec::new()
            }
        }
    }

    /// A survey workbook's table, checked like a CSV one.
    fn survey_from_table(&self, table: Result<Table, TableError>) -> Result<SurveyResults, InputProblem> {
        let roster = self.roster.as_ref().map(|r| &r.value).ok_or(InputProblem::SurveyNeedsFiles)?;
        if self.participants.is_empty() {
            return Err(InputProblem::SurveyNeedsFiles);
        }
        let table = table.map_err(|e| InputProblem::Table(vec![e]))?;
        let criteria_of = |code: &str| derive::survey_set(code, roster, &self.participants, &self.known);
        SurveyResults::from_table(&table, criteria_of).map_err(InputProblem::Table)
    }

    /// Survey values are checked against each agency's criteria set: known once the roster and
    /// the received files are.
    fn read_survey(&self, file: &str, bytes: Result<Vec<u8>, String>) -> Result<SurveyResults, InputProblem> {
        let bytes = bytes.map_err(InputProblem::Unreadable)?;
        let roster = self.roster.as_ref().map(|r| &r.value).ok_or(InputProblem::SurveyNeedsFiles)?;
        if self.participants.is_empty() {
            return Err(InputProblem::SurveyNeedsFiles);
        }
        let criteria_of = |code: &str| derive::survey_set(code, roster, &self.participants, &self.known);
        if is_xlsx(file) {
            survey_from_xlsx(&bytes, criteria_of)
        } else {
            SurveyResults::from_csv(&bytes, criteria_of).map_err(InputProblem::Table)
        }
    }

    /// Writes the inputs `saved` names; what the store refuses is remembered for the page to say.
    pub fn persist(&mut self, saved: &[Saved], store: &dyn Store) {
        for &what in saved {
            let (key, value) = match what {
                Saved::Roster => {
                    (stored::ROSTER_KEY, self.roster.as_ref().map(|r| stored::roster_to_json(&r.file, &r.value)))
                }
                Saved::Survey => {
                    (stored::SURVEY_KEY, self.survey.as_ref().map(|s| stored::survey_to_json(&s.file, &s.value)))
                }
                Saved::Previous => {
                    (stored::PREVIOUS_KEY, self.previous.as_ref().map(|p| stored::previous_to_json(&p.file, &p.value)))
                }
                Saved::Deadline => (stored::DEADLINE_KEY, self.deadline.map(|_| self.deadline_text.clone())),
                Saved::Decision => (stored::DECISION_KEY, Some(self.decision.clone()).filter(|d| !d.is_empty())),
            };
            self.not_kept.retain(|(kept, _)| *kept != what);
            match value {
                Some(value) => {
                    if let Err(error) = store.set(key, &value) {
                        self.not_kept.push((what, error));
                    }
                }
                None => store.remove(key),
            }
        }
    }

    /// Recomputes the register and the ranking from the page's received files, its keyring, the
    /// known criteria sets and the final appraisals (signed on the page, or loaded). Cheap when
    /// nothing changed but the keyring: each file's signed document is parsed once.
    pub fn refresh(
        &mut self,
        files: &[Rc<ReceivedFile>],
        keys: &KeyBook,
        known: &Rc<Vec<CriteriaSet>>,
        appraisals: &PageAppraisals,
    ) {
        self.converted = Rc::new(derive::convert(files, keys, &self.converted));
        self.known = known.clone();
        let Some(roster) = self.roster.as_ref().map(|r| &r.value) else {
            (self.register, self.ranking, self.participants) = (None, None, Rc::new(Vec::new()));
            self.appraised = Rc::default();
            return;
        };
        let (mut register, participants) = derive::register(roster, &self.converted, known, self.deadline);
        let survey = self.survey.as_ref().map(|s| &s.value);
        derive::mark_survey(&mut register, &participants, known, survey);
        let previous = self.previous.as_ref().map(|p| &p.value);
        let every: Vec<(String, Rc<str>)> = appraisals.signed.iter().chain(&self.appraisal_files).cloned().collect();
        let trusted = (keys.keyring(), appraisals.own_key.as_ref());
        let (ranking, appraised) =
            derive::ranking(roster, &self.converted, &participants, known, (survey, previous), (&every, trusted));
        self.register = Some(Rc::new(register));
        self.ranking = Some(ranking.map(Rc::new));
        self.appraised = Rc::new(appraised);
        self.participants = Rc::new(participants);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn roster_from_xlsx(bytes: &[u8]) -> Result<Roster, InputProblem> {
    Roster::from_xlsx(bytes).map_err(InputProblem::Table)
}

#[cfg(not(target_arch = "wasm32"))]
fn survey_from_xlsx<'a>(
    bytes: &[u8],
    criteria_of: impl Fn(&str) -> Option<&'a CriteriaSet>,
) -> Result<SurveyResults, InputProblem> {
    SurveyResults::from_xlsx(bytes, criteria_of).map_err(InputProblem::Table)
}

// The page's wasm leaves the XLSX reader to the spreadsheet worker: the page's model sends it
// every .xlsx table first (`sheets::through_sheets`), so these are not reached there.
#[cfg(target_arch = "wasm32")]
fn roster_from_xlsx(_: &[u8]) -> Result<Roster, InputProblem> {
    Err(InputProblem::XlsxNotRead)
}

#[cfg(target_arch = "wasm32")]
fn survey_from_xlsx<'a>(_: &[u8], _: impl Fn(&str) -> Option<&'a CriteriaSet>) -> Result<SurveyResults, InputProblem> {
    Err(InputProblem::XlsxNotRead)
}

/// Tables named .xlsx are workbooks; anything else is read as CSV.
fn is_xlsx(file: &str) -> bool {
    crate::file_name::has_extension(file, ".xlsx")
}
