//! The app's one state and the actions that change it, named for what the user did.
//!
//! The reducer is the only place in the app that calls the core's [`score`]: every change to an
//! answer rescores the draft and keeps the new [`Scorecard`], so components only read it.
//! Everything worth saving lives in [`Session`] (`draft` and `typed`), so that persisting a draft
//! is one `use_effect_with` on it.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::answers::{Agency, Answer, Draft};
use crate::criteria::{self, CriteriaError, CriteriaSet};
use crate::scoring::{score, Scorecard};
use crate::Lang;

use super::library::BUILT_IN;
use super::sections::Section;
use super::typed::{Field, TypedAnswer};

/// A validated criteria set shared between the state and the views. Two handles are equal when
/// they point to the same set, which keeps comparing props cheap.
#[derive(Clone, Debug)]
pub struct SharedSet(pub Rc<CriteriaSet>);

impl PartialEq for SharedSet {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedSet {
    type Target = CriteriaSet;
    fn deref(&self) -> &CriteriaSet {
        &self.0
    }
}

/// Why a criteria file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// It could not be fetched or read (the text says why).
    Unreadable(String),
    /// It was read, and validation found these located problems.
    Invalid(Vec<CriteriaError>),
}

/// One built-in criteria file and how far loading it got.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryEntry {
    pub file: &'static str,
    pub status: LibraryStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LibraryStatus {
    Loading,
    Ready(SharedSet),
    Failed(LoadFailure),
}

/// A file the user opened from disk that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedFile {
    pub name: String,
    pub failure: LoadFailure,
}

/// The assessment being filled in: one set, one draft, and its current scorecard.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub set: SharedSet,
    pub draft: Draft,
    /// The texts behind the draft's answers, aligned with the set's nodes like the scorecard
    /// (see [`super::typed`]).
    pub typed: Rc<Vec<TypedAnswer>>,
    /// Always `score(&set, &draft)`.
    pub card: Rc<Scorecard>,
    pub section: Section,
}

impl Session {
    pub fn new(set: SharedSet) -> Session {
        // Agency details are asked for with drafts management (next round); the level is the set's.
        let agency = Agency { name: String::new(), code: String::new(), level: set.level };
        let draft = Draft::new(&set, agency, set.year);
        let card = Rc::new(score(&set, &draft));
        // Validation guarantees at least one area.
        let section = set.roots.first().map_or(Section::Bonus, |&id| Section::Area(id));
        let typed = Rc::new(vec![TypedAnswer::default(); set.nodes.len()]);
        Session { set, draft, typed, card, section }
    }

    /// What was typed for `code` (blank when nothing was, or for an unknown code).
    pub fn typed(&self, code: &str) -> TypedAnswer {
        self.set.find(code).and_then(|id| self.typed.get(id)).cloned().unwrap_or_default()
    }

    /// Records a typed text, rebuilds the item's answer from its texts and rescores.
    fn change_answer(&mut self, code: &str, field: Field, text: String) {
        let Some(id) = self.set.find(code) else { return };
        let Some(rule) = self.set.node(id).leaf().map(|leaf| &leaf.rule) else { return };
        // Survey points are entered by the authority, never in this form.
        if !rule.is_self_assessed() {
            return;
        }
        let fields = Field::of_rule(rule);
        if !fields.contains(&field) {
            return;
        }
        let Some(typed) = Rc::make_mut(&mut self.typed).get_mut(id) else { return };
        typed.set(field, text);
        let mut answer = self.draft.answers.remove(code).unwrap_or_default();
        typed.write_into(&fields, &mut answer);
        // A blank item has no answer at all, so it counts as unanswered rather than as 0.
        if !answer.filled_inputs().is_empty() || answer.has_evidence() || answer.has_note() {
            self.draft.answers.insert(code.to_string(), answer);
        }
        self.rescore();
    }

    fn clear_answer(&mut self, code: &str) {
        if let Some(typed) = self.set.find(code).and_then(|id| Rc::make_mut(&mut self.typed).get_mut(id)) {
            *typed = TypedAnswer::default();
        }
        if let Some(answer) = self.draft.answers.remove(code) {
            // Evidence and notes are not inputs: clearing the answer keeps them.
            let kept = Answer { evidence: answer.evidence, note: answer.note, ..Answer::default() };
            if kept.has_evidence() || kept.has_note() {
                self.draft.answers.insert(code.to_string(), kept);
            }
        }
        self.rescore();
    }

    fn rescore(&mut self) {
        self.card = Rc::new(score(&self.set, &self.draft));
    }
}

/// Everything the app shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// The built-in sets, in the order of [`BUILT_IN`].
    pub library: Vec<LibraryEntry>,
    /// The last file opened from disk, when it could not be used.
    pub rejected_file: Option<RejectedFile>,
    /// The assessment in progress; kept while the user looks at the set picker again.
    pub session: Option<Session>,
    /// Whether the set picker is shown (always, until a set is chosen).
    pub picking: bool,
}

/// What the user (or the page, for loading) did.
#[derive(Clone, Debug)]
pub enum Action {
    LanguageSwitched(Lang),
    /// A built-in file was fetched: its text, or why it could not be.
    BuiltInFetched {
        file: &'static str,
        text: Result<String, String>,
    },
    /// The user chose a set from the library.
    SetChosen(SharedSet),
    /// The user opened a criteria file from disk and it was read.
    FileOpened {
        name: String,
        text: String,
    },
    /// The user opened a file that the browser could not read.
    FileUnreadable {
        name: String,
        reason: String,
    },
    /// The user went back to the set picker…
    PickerOpened,
    /// …and returned to the set in progress without choosing another.
    PickerClosed,
    SectionOpened(Section),
    /// The user typed or chose something in one of an item's inputs.
    AnswerChanged {
        code: String,
        field: Field,
        text: String,
    },
    /// The user cleared an item's answer.
    AnswerCleared {
        code: String,
    },
}

impl AppState {
    pub fn new(lang: Lang) -> AppState {
        let library = BUILT_IN.iter().map(|&file| LibraryEntry { file, status: LibraryStatus::Loading }).collect();
        AppState { lang, library, rejected_file: None, session: None, picking: true }
    }

    /// The set being scored and its session, when the scoring screen is shown.
    pub fn scoring(&self) -> Option<&Session> {
        self.session.as_ref().filter(|_| !self.picking)
    }

    fn choose(&mut self, set: SharedSet) {
        // Choosing the set already in progress resumes it instead of starting over.
        let same = self.session.as_ref().is_some_and(|s| s.set.sha256 == set.sha256);
        if !same {
            self.session = Some(Session::new(set));
        }
        self.rejected_file = None;
        self.picking = false;
    }
}

/// Parses and validates a criteria file's text.
fn load_set(text: &str) -> Result<SharedSet, LoadFailure> {
    criteria::load(text).map(|set| SharedSet(Rc::new(set))).map_err(LoadFailure::Invalid)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::LanguageSwitched(lang) => next.lang = lang,
            Action::BuiltInFetched { file, text } => {
                let status = match text.map_err(LoadFailure::Unreadable).and_then(|t| load_set(&t)) {
                    Ok(set) => LibraryStatus::Ready(set),
                    Err(failure) => LibraryStatus::Failed(failure),
                };
                if let Some(entry) = next.library.iter_mut().find(|e| e.file == file) {
                    entry.status = status;
                }
            }
            Action::SetChosen(set) => next.choose(set),
            Action::FileOpened { name, text } => match load_set(&text) {
                Ok(set) => next.choose(set),
                Err(failure) => next.rejected_file = Some(RejectedFile { name, failure }),
            },
            Action::FileUnreadable { name, reason } => {
                next.rejected_file = Some(RejectedFile { name, failure: LoadFailure::Unreadable(reason) })
            }
            Action::PickerOpened => next.picking = true,
            Action::PickerClosed => next.picking = next.session.is_none(),
            Action::SectionOpened(section) => {
                if let Some(session) = next.session.as_mut() {
                    session.section = section;
                }
            }
            Action::AnswerChanged { code, field, text } => {
                if let Some(session) = next.session.as_mut() {
                    session.change_answer(&code, field, text);
                }
            }
            Action::AnswerCleared { code } => {
                if let Some(session) = next.session.as_mut() {
                    session.clear_answer(&code);
                }
            }
        }
        Rc::new(next)
    }
}
