//! The app's one state and the actions that change it, named for what the user did.
//!
//! The reducer is the only place in the app that calls the core's [`score`]: every change to an
//! answer rescores the draft and keeps the new [`Scorecard`], so components only read it. It is
//! also where drafts are saved: every change to the open draft is written to the [`Store`] before
//! the reducer returns, so a reload right after a keystroke finds it. When the store refuses, the
//! draft stays in memory and [`AppState::storage`] says why (the app then offers a download).

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use super::drafts::{self, DraftSummary, Record};
use super::library::BUILT_IN;
use super::sections::{section_of, Section};
use super::signing_key::StoredKey;
use super::storage::{MemoryStore, Store, StoreError};
use super::typed::{Field, TypedAnswer};
use crate::answers::{Agency, Answer, CriteriaRef, Draft, DraftError, Evidence, FileRef};
use crate::criteria::{self, CriteriaError, CriteriaSet};
use crate::scoring::{score, AnswerProblem, Scorecard};
use crate::Lang;

/// A validated criteria set shared between the state and the views, with the text it was read
/// from (saved beside the drafts that use it). Two handles are equal when they point to the
/// same set, which keeps comparing props cheap.
#[derive(Clone, Debug)]
pub struct SharedSet {
    set: Rc<CriteriaSet>,
    pub source: Rc<str>,
}

impl SharedSet {
    /// Parses and validates a criteria file's text.
    pub fn load(text: &str) -> Result<SharedSet, Vec<CriteriaError>> {
        criteria::load(text).map(|set| SharedSet { set: Rc::new(set), source: text.into() })
    }
}

impl PartialEq for SharedSet {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.set, &other.set)
    }
}

impl Deref for SharedSet {
    type Target = CriteriaSet;
    fn deref(&self) -> &CriteriaSet {
        &self.set
    }
}

/// The store the state saves to; equal when it is the same store.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for StoreHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreHandle")
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

/// Why a draft could not be opened or imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// The draft file could not be read by the browser.
    Unreadable { name: String, reason: String },
    /// The file is not a draft file (the location says where it went wrong).
    NotADraft { name: String, error: DraftError },
    /// The draft's criteria set is neither built in nor saved in this browser.
    SetMissing { id: String, version: String },
}

/// What changed when a draft made for another version of its criteria set was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// The version the draft was made for, and the version it now uses.
    pub from: CriteriaRef,
    pub to: CriteriaRef,
    /// The answers that no longer fit (codes the set lacks, values its rules do not take).
    pub problems: Vec<AnswerProblem>,
}

/// What the open draft shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The form, one section at a time.
    #[default]
    Form,
    /// The official table, for printing and CSV.
    Report,
    /// The component index of each area as a chart.
    Chart,
    /// The items ranked by the points they miss, each with the next step that gains some.
    Losses,
    /// The range of the final index while survey points are unknown.
    Projection,
    /// One item per screen in large type, for a projector.
    Presentation,
    /// What will be signed, and "Sign and export".
    Sign,
}

/// Which part of an evidence entry the user typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceField {
    Number,
    Date,
    Title,
}

/// The draft being filled in: one set, one draft, and its current scorecard.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The draft's key in the store.
    pub id: String,
    /// What the list of drafts calls it.
    pub name: String,
    pub set: SharedSet,
    pub draft: Rc<Draft>,
    /// The texts behind the draft's answers, aligned with the set's nodes like the scorecard
    /// (see [`super::typed`]).
    pub typed: Rc<Vec<TypedAnswer>>,
    /// Always `score(&set, &draft)`.
    pub card: Rc<Scorecard>,
    pub section: Section,
    /// The item to bring into view and focus in the form (chosen from another view).
    pub focus: Option<String>,
    pub view: View,
    /// Shown after importing a draft made for another version of the set.
    pub import_report: Option<ImportReport>,
    /// While the user tries a scenario (thử tình huống): the draft as it was, which is what is
    /// saved; `draft`, `typed` and `card` are then the scenario's.
    pub baseline: Option<Baseline>,
    /// A built-in demo agency opened to look at: nothing changes it and nothing saves it.
    pub read_only: bool,
    /// Whether the set's text is known to be in the store.
    set_saved: bool,
}

impl Session {
    /// A new, empty draft.
    pub fn new(id: String, name: String, set: SharedSet, agency: Agency, year: u16) -> Session {
        let draft = Draft::new(&set, agency, year);
        let record =
            Record { draft, typed: Default::default(), section: String::new(), title: set.title.clone(), name };
        Session::from_record(id, set, record, Lang::Vi)
    }

    /// A saved draft. Answers without saved texts (a draft file) are shown written the `lang` way.
    pub fn from_record(id: String, set: SharedSet, record: Record, lang: Lang) -> Session {
        let typed = set
            .nodes
            .iter()
            .map(|node| match (record.typed.get(&node.code), record.draft.answer(&node.code)) {
                (Some(texts), _) => TypedAnswer::from_texts(texts),
                (None, Some(answer)) => TypedAnswer::from_answer(answer, lang),
                (None, None) => TypedAnswer::default(),
            })
            .collect();
        let card = Rc::new(score(&set, &record.draft));
        // Validation guarantees at least one area.
        let first = set.roots.first().map_or(Section::Bonus, |&id| Section::Area(id));
        let section = Section::from_code(&set, &record.section).unwrap_or(first);
        Session {
            id,
            name: record.name,
            set,
            draft: Rc::new(record.draft),
            typed: Rc::new(typed),
            card,
            section,
            focus: None,
            view: View::Form,
            import_report: None,
            baseline: None,
            read_only: false,
            set_saved: false,
        }
    }

    /// The draft itself: the baseline while a scenario is tried.
    pub fn saved_draft(&self) -> &Rc<Draft> {
        self.baseline.as_ref().map_or(&self.draft, |b| &b.draft)
    }

    /// The scorecard of the draft itself: the baseline's while a scenario is tried.
    pub fn saved_card(&self) -> &Rc<Scorecard> {
        self.baseline.as_ref().map_or(&self.card, |b| &b.card)
    }

    /// What is saved of this draft (never a scenario).
    pub fn record(&self) -> Record {
        let mut typed = std::collections::BTreeMap::new();
        let texts = self.baseline.as_ref().map_or(&self.typed, |b| &b.typed);
        for (node, texts) in self.set.nodes.iter().zip(texts.iter()) {
            let texts = texts.to_texts();
            if !texts.is_empty() {
                typed.insert(node.code.clone(), texts);
            }
        }
        Record {
            draft: (**self.saved_draft()).clone(),
            typed,
            section: self.section.code(&self.set),
            title: self.set.title.clone(),
            name: self.name.clone(),
        }
    }

    /// What was typed for `code` (blank when nothing was, or for an unknown code).
    pub fn typed(&self, code: &str) -> TypedAnswer {
        self.set.find(code).and_then(|id| self.typed.get(id)).cloned().unwrap_or_default()
    }

    /// Whether the agency answers `code` in this form (an item of the set, not a survey item).
    fn answerable(&self, code: &str) -> bool {
        self.set.find(code).and_then(|id| self.set.node(id).leaf()).is_some_and(|leaf| leaf.rule.is_self_assessed())
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
        let mut answer = Rc::make_mut(&mut self.draft).answers.remove(code).unwrap_or_default();
        typed.write_into(&fields, &mut answer);
        self.put_back(code, answer);
    }

    fn clear_answer(&mut self, code: &str) {
        if let Some(typed) = self.set.find(code).and_then(|id| Rc::make_mut(&mut self.typed).get_mut(id)) {
            *typed = TypedAnswer::default();
        }
        if let Some(answer) = Rc::make_mut(&mut self.draft).answers.remove(code) {
            // Evidence and notes are not inputs: clearing the answer keeps them.
            self.put_back(code, Answer { evidence: answer.evidence, note: answer.note, ..Answer::default() });
        } else {
            self.rescore();
        }
    }

    /// Changes the evidence or note of `code` (an item the agency answers) and rescores.
    fn change_extras(&mut self, code: &str, change: impl FnOnce(&mut Answer)) {
        if !self.answerable(code) {
            return;
        }
        let mut answer = Rc::make_mut(&mut self.draft).answers.remove(code).unwrap_or_default();
        change(&mut answer);
        self.put_back(code, answer);
    }

    /// Keeps `answer` unless it is blank: a blank item has no answer at all, so it counts as
    /// unanswered rather than as 0.
    fn put_back(&mut self, code: &str, answer: Answer) {
        if !answer.filled_inputs().is_empty() || !answer.evidence.is_empty() || answer.note.is_some() {
            Rc::make_mut(&mut self.draft).answers.insert(code.to_string(), answer);
        }
        self.rescore();
    }

    fn rescore(&mut self) {
        self.card = Rc::new(score(&self.set, &self.draft));
    }

    /// Copies the draft's answers into a scenario, or resets the scenario to them.
    fn start_scenario(&mut self) {
        let baseline = self.baseline.take().unwrap_or_else(|| Baseline {
            draft: self.draft.clone(),
            typed: self.typed.clone(),
            card: self.card.clone(),
        });
        (self.draft, self.typed, self.card) = (baseline.draft.clone(), baseline.typed.clone(), baseline.card.clone());
        self.baseline = Some(baseline);
    }

    /// Leaves the scenario: the draft is back as it was.
    fn leave_scenario(&mut self) {
        if let Some(b) = self.baseline.take() {
            (self.draft, self.typed, self.card) = (b.draft, b.typed, b.card);
        }
    }
}

/// The draft as it was when a scenario started.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    pub draft: Rc<Draft>,
    pub typed: Rc<Vec<TypedAnswer>>,
    pub card: Rc<Scorecard>,
}

/// The key of a demo opened read-only; never a key in the store.
pub const DEMO_ID: &str = "demo";

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// The list of drafts, and the criteria sets a new one can use.
    Drafts,
    /// The agency details of a new draft on this set.
    NewDraft(SharedSet),
    /// The open draft ([`AppState::session`]).
    Draft,
    /// The agency's signing key: what it is, its files, a new one.
    Key,
    /// Restoring the signing key from its backup file.
    KeyRestore,
    /// What this browser keeps for parscore and how safe it is there.
    Storage,
    /// Verifying signed score files, for the authority that receives them.
    Verify,
}

/// Everything the app shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub store: StoreHandle,
    /// Why the last save failed, until a save succeeds again.
    pub storage: Option<StoreError>,
    /// The built-in sets, in the order of [`BUILT_IN`].
    pub library: Vec<LibraryEntry>,
    /// The saved drafts, oldest first.
    pub drafts: Vec<DraftSummary>,
    /// The last criteria file opened from disk, when it could not be used.
    pub rejected_file: Option<RejectedFile>,
    /// The last draft that could not be opened or imported.
    pub draft_problem: Option<DraftProblem>,
    /// The open draft; kept while the user looks at the list of drafts.
    pub session: Option<Session>,
    pub screen: Screen,
    /// The agency's signing key in this browser (encrypted).
    pub key: Option<StoredKey>,
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
    /// The user chose a set from the library for a new draft.
    SetChosen(SharedSet),
    /// The user opened a criteria file from disk for a new draft, and it was read.
    FileOpened {
        name: String,
        text: String,
    },
    /// The user opened a file that the browser could not read.
    FileUnreadable {
        name: String,
        reason: String,
    },
    /// The user filled in the new draft's details.
    DraftCreated {
        agency: Agency,
        year: u16,
    },
    /// The user went back to the list of drafts.
    DraftsListOpened,
    DraftOpened(String),
    DraftDuplicated(String),
    DraftRenamed {
        id: String,
        name: String,
    },
    /// The user confirmed deleting a draft.
    DraftDeleted(String),
    /// The user opened a built-in set's demo agency (its draft file's text) to look at.
    DemoOpened {
        name: String,
        text: String,
    },
    /// The user copied the open demo agency into a new draft of their own.
    DemoCopied,
    /// The user imported a draft file, and it was read.
    DraftFileImported {
        name: String,
        text: String,
    },
    DraftFileUnreadable {
        name: String,
        reason: String,
    },
    ImportReportDismissed,
    SectionOpened(Section),
    ViewOpened(View),
    /// The user started trying a scenario on the open draft, or reset it to the draft.
    ScenarioStarted,
    /// The user left the scenario; the draft is as it was.
    ScenarioLeft,
    /// The user followed a link to an item from another view: the form opens on its section.
    ItemOpened(String),
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
    EvidenceAdded {
        code: String,
    },
    EvidenceChanged {
        code: String,
        index: usize,
        field: EvidenceField,
        text: String,
    },
    EvidenceRemoved {
        code: String,
        index: usize,
    },
    /// A file chosen for an evidence entry was hashed (the file itself is not kept).
    EvidenceFileAttached {
        code: String,
        index: usize,
        file: FileRef,
    },
    EvidenceFileRemoved {
        code: String,
        index: usize,
    },
    /// The user typed in an item's explanation / remark.
    NoteChanged {
        code: String,
        text: String,
    },
    KeyScreenOpened,
    KeyRestoreOpened,
    StorageScreenOpened,
    VerifyScreenOpened,
    /// The user created a signing key or restored one from its backup (it replaces any other).
    KeySaved(StoredKey),
}

impl AppState {
    /// A fresh state over an empty in-memory store.
    pub fn new(lang: Lang) -> AppState {
        let store: Rc<dyn Store> = Rc::new(MemoryStore::default());
        let mut state = AppState::restore(store);
        state.lang = lang;
        state
    }

    /// The state a visit starts with: the saved language and drafts, and the draft that was
    /// open at the last change, on the section that was open.
    pub fn restore(store: Rc<dyn Store>) -> AppState {
        let library = BUILT_IN.iter().map(|&file| LibraryEntry { file, status: LibraryStatus::Loading }).collect();
        let key = StoredKey::load(&*store);
        let mut state = AppState {
            lang: drafts::load_lang(&*store),
            storage: (!store.available()).then_some(StoreError::Unavailable),
            drafts: drafts::list(&*store),
            store: StoreHandle(store),
            library,
            rejected_file: None,
            draft_problem: None,
            session: None,
            screen: Screen::Drafts,
            key,
        };
        if let Some(id) = drafts::current(&*state.store.0) {
            state.open(&id);
            // A draft that cannot be opened yet (its set is not saved) waits in the list.
            state.draft_problem = None;
        }
        state
    }

    /// The open draft, when it is shown.
    pub fn scoring(&self) -> Option<&Session> {
        self.session.as_ref().filter(|_| self.screen == Screen::Draft)
    }

    fn store(&self) -> &dyn Store {
        &*self.store.0
    }

    /// Every set the app knows: the built-in ones and the open draft's.
    fn known_sets(&self) -> impl Iterator<Item = &SharedSet> {
        let built_in = self.library.iter().filter_map(|e| match &e.status {
            LibraryStatus::Ready(set) => Some(set),
            _ => None,
        });
        built_in.chain(self.session.as_ref().map(|s| &s.set))
    }

    /// The set with this exact content: known, or saved beside a draft.
    fn set_by_sha(&self, sha256: &str) -> Option<SharedSet> {
        self.known_sets()
            .find(|s| s.sha256 == sha256)
            .cloned()
            .or_else(|| drafts::load_set(self.store(), sha256).and_then(|text| SharedSet::load(&text).ok()))
    }

    fn open(&mut self, id: &str) {
        if self.session.as_ref().is_some_and(|s| s.id == id) {
            self.screen = Screen::Draft;
            self.remember_current();
            return;
        }
        let Some(record) = drafts::load(self.store(), id) else { return };
        let Some(set) = self.set_by_sha(&record.draft.criteria.sha256) else {
            let CriteriaRef { id, version, .. } = record.draft.criteria;
            self.draft_problem = Some(DraftProblem::SetMissing { id, version });
            return;
        };
        self.session = Some(Session::from_record(id.to_string(), set, record, self.lang));
        self.screen = Screen::Draft;
        self.draft_problem = None;
        self.remember_current();
    }

    fn remember_current(&self) {
        let id = self.session.as_ref().filter(|s| self.screen == Screen::Draft && !s.read_only).map(|s| s.id.clone());
        // Best effort: without it a reload shows the list of drafts instead of this one.
        let _ = drafts::set_current(self.store(), id.as_deref());
    }

    /// Opens a new draft and saves it.
    fn start(&mut self, session: Session) {
        self.session = Some(session);
        self.screen = Screen::Draft;
        self.save();
    }

    /// Saves the open draft (and, until it is saved, its criteria text: without it the draft
    /// cannot open after a reload), and shows it in the list, saved or not.
    fn save(&mut self) {
        let store = self.store.0.clone();
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else { return };
        let set_saved = match session.set_saved {
            true => Ok(()),
            false => drafts::save_set(&*store, &session.set.sha256, &session.set.source),
        };
        session.set_saved = set_saved.is_ok();
        let record = session.record();
        let saved = set_saved.and(drafts::save(&*store, &session.id, &record));
        let summary = DraftSummary::of(&session.id, &record);
        match self.drafts.iter_mut().find(|d| d.id == summary.id) {
            Some(listed) => *listed = summary,
            None => self.drafts.push(summary),
        }
        self.note_save(saved);
        if saved.is_ok() {
            self.remember_current();
        }
    }

    fn note_save(&mut self, result: Result<(), StoreError>) {
        self.storage = result.err();
    }

    fn next_id(&self) -> String {
        drafts::next_id(self.store(), &self.drafts)
    }

    fn duplicate(&mut self, id: &str) {
        let record = match self.session.as_ref().filter(|s| s.id == id) {
            Some(session) => Some(session.record()),
            None => drafts::load(self.store(), id),
        };
        let Some(mut record) = record else { return };
        let copy = self.next_id();
        record.name = format!("{} ({})", record.name, super::i18n::t(self.lang, super::i18n::Msg::CopySuffix));
        self.drafts.push(DraftSummary::of(&copy, &record));
        let saved = drafts::save(self.store(), &copy, &record);
        self.note_save(saved);
    }

    fn rename(&mut self, id: &str, name: String) {
        if let Some(session) = self.session.as_mut().filter(|s| s.id == id) {
            session.name = name;
            self.save();
        } else if let Some(mut record) = drafts::load(self.store(), id) {
            record.name = name;
            if let Some(listed) = self.drafts.iter_mut().find(|d| d.id == id) {
                *listed = DraftSummary::of(id, &record);
            }
            let saved = drafts::save(self.store(), id, &record);
            self.note_save(saved);
        }
    }

    fn delete(&mut self, id: &str) {
        drafts::delete(self.store(), id);
        self.drafts.retain(|d| d.id != id);
        if self.session.as_ref().is_some_and(|s| s.id == id) {
            self.session = None;
            self.screen = Screen::Drafts;
        }
    }

    /// Imports a draft file: onto the exact set it was made for when the app has it, else onto
    /// the app's version of a set with the same id, with a report of what no longer matches.
    fn import(&mut self, name: String, text: &str) {
        if let Some(session) = self.session_of(name, text) {
            self.start(session);
        }
    }

    /// Opens a demo draft file read-only: never saved, never listed.
    fn open_demo(&mut self, name: String, text: &str) {
        if let Some(mut session) = self.session_of(name, text) {
            session.id = DEMO_ID.to_string();
            session.read_only = true;
            self.session = Some(session);
            self.screen = Screen::Draft;
        }
    }

    /// Copies the open demo into a new draft, saved and listed like any other.
    fn copy_demo(&mut self) {
        let Some(demo) = self.session.as_ref().filter(|s| s.read_only) else { return };
        let mut record = demo.record();
        record.name = format!("{} ({})", record.name, super::i18n::t(self.lang, super::i18n::Msg::CopySuffix));
        let session = Session::from_record(self.next_id(), demo.set.clone(), record, self.lang);
        self.start(session);
    }

    /// A session over a draft file's text, or why there cannot be one (in `draft_problem`).
    fn session_of(&mut self, name: String, text: &str) -> Option<Session> {
        let mut draft = match drafts::parse_draft(text) {
            Ok(draft) => draft,
            Err(error) => {
                self.draft_problem = Some(DraftProblem::NotADraft { name, error });
                return None;
            }
        };
        let exact = self.set_by_sha(&draft.criteria.sha256);
        let Some(set) = exact.clone().or_else(|| self.known_sets().find(|s| s.id == draft.criteria.id).cloned()) else {
            let CriteriaRef { id, version, .. } = draft.criteria;
            self.draft_problem = Some(DraftProblem::SetMissing { id, version });
            return None;
        };
        let from = std::mem::replace(&mut draft.criteria, CriteriaRef::for_draft(&set));
        let name = format!("{} {}", draft.agency.name, draft.year).trim().to_string();
        let record =
            Record { draft, typed: Default::default(), section: String::new(), title: set.title.clone(), name };
        let mut session = Session::from_record(self.next_id(), set, record, self.lang);
        if exact.is_none() {
            let problems = session.card.problems.clone();
            session.import_report = Some(ImportReport { from, to: session.draft.criteria.clone(), problems });
        }
        self.draft_problem = None;
        Some(session)
    }

    /// Opens a section of the form (saved with the draft, unless it is a demo), focusing `focus`.
    fn show(&mut self, section: Section, focus: Option<String>) {
        let Some(session) = self.session.as_mut() else { return };
        session.section = section;
        session.focus = focus;
        session.view = View::Form;
        if !session.read_only {
            self.save();
        }
    }

    /// Applies a change to the open draft, then saves it (a demo opened read-only takes none).
    fn edit(&mut self, change: impl FnOnce(&mut Session)) {
        // A scenario can be tried on a demo too: it is never saved.
        if let Some(session) = self.session.as_mut().filter(|s| !s.read_only || s.baseline.is_some()) {
            change(session);
            self.save();
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::LanguageSwitched(lang) => {
                next.lang = lang;
                drafts::save_lang(next.store(), lang);
            }
            Action::BuiltInFetched { file, text } => {
                let loaded = text
                    .map_err(LoadFailure::Unreadable)
                    .and_then(|t| SharedSet::load(&t).map_err(LoadFailure::Invalid));
                let status = match loaded {
                    Ok(set) => LibraryStatus::Ready(set),
                    Err(failure) => LibraryStatus::Failed(failure),
                };
                if let Some(entry) = next.library.iter_mut().find(|e| e.file == file) {
                    entry.status = status;
                }
            }
            Action::SetChosen(set) => {
                next.rejected_file = None;
                next.screen = Screen::NewDraft(set);
            }
            Action::FileOpened { name, text } => match SharedSet::load(&text) {
                Ok(set) => {
                    next.rejected_file = None;
                    next.screen = Screen::NewDraft(set);
                }
                Err(errors) => next.rejected_file = Some(RejectedFile { name, failure: LoadFailure::Invalid(errors) }),
            },
            Action::FileUnreadable { name, reason } => {
                next.rejected_file = Some(RejectedFile { name, failure: LoadFailure::Unreadable(reason) })
            }
            Action::DraftCreated { agency, year } => {
                if let Screen::NewDraft(set) = &next.screen {
                    let name = format!("{} {}", agency.name, year).trim().to_string();
                    let session = Session::new(next.next_id(), name, set.clone(), agency, year);
                    next.start(session);
                }
            }
            Action::KeyScreenOpened => next.screen = Screen::Key,
            Action::KeyRestoreOpened => next.screen = Screen::KeyRestore,
            Action::StorageScreenOpened => next.screen = Screen::Storage,
            Action::VerifyScreenOpened => next.screen = Screen::Verify,
            Action::KeySaved(key) => {
                // Kept in memory even when the store refuses: the user has just downloaded the
                // backup, and the banner says that this browser will not remember the key.
                next.storage = key.save(next.store()).err();
                next.key = Some(key);
            }
            Action::DraftsListOpened => {
                next.screen = Screen::Drafts;
                next.remember_current();
            }
            Action::DraftOpened(id) => next.open(&id),
            Action::DraftDuplicated(id) => next.duplicate(&id),
            Action::DraftRenamed { id, name } => next.rename(&id, name),
            Action::DraftDeleted(id) => next.delete(&id),
            Action::DemoOpened { name, text } => next.open_demo(name, &text),
            Action::DemoCopied => next.copy_demo(),
            Action::DraftFileImported { name, text } => next.import(name, &text),
            Action::DraftFileUnreadable { name, reason } => {
                next.draft_problem = Some(DraftProblem::Unreadable { name, reason })
            }
            Action::ImportReportDismissed => {
                if let Some(session) = next.session.as_mut() {
                    session.import_report = None;
                }
            }
            Action::SectionOpened(section) => next.show(section, None),
            Action::ScenarioStarted => {
                if let Some(session) = next.session.as_mut() {
                    session.start_scenario();
                }
            }
            Action::ScenarioLeft => {
                if let Some(session) = next.session.as_mut() {
                    session.leave_scenario();
                }
            }
            Action::ItemOpened(code) => {
                let section = next.session.as_ref().and_then(|s| Some(section_of(&s.set, s.set.find(&code)?)));
                if let Some(section) = section {
                    next.show(section, Some(code));
                }
            }
            Action::ViewOpened(view) => {
                if let Some(session) = next.session.as_mut() {
                    session.view = view;
                }
            }
            Action::AnswerChanged { code, field, text } => next.edit(|s| s.change_answer(&code, field, text)),
            Action::AnswerCleared { code } => next.edit(|s| s.clear_answer(&code)),
            Action::EvidenceAdded { code } => {
                next.edit(|s| s.change_extras(&code, |a| a.evidence.push(Evidence::default())))
            }
            Action::EvidenceChanged { code, index, field, text } => next.edit(|s| {
                s.change_extras(&code, |a| {
                    if let Some(entry) = a.evidence.get_mut(index) {
                        match field {
                            EvidenceField::Number => entry.number = text,
                            EvidenceField::Date => entry.date = text,
                            EvidenceField::Title => entry.title = text,
                        }
                    }
                })
            }),
            Action::EvidenceRemoved { code, index } => next.edit(|s| {
                s.change_extras(&code, |a| {
                    if index < a.evidence.len() {
                        a.evidence.remove(index);
                    }
                })
            }),
            Action::EvidenceFileAttached { code, index, file } => next.edit(|s| {
                s.change_extras(&code, |a| {
                    if let Some(entry) = a.evidence.get_mut(index) {
                        entry.file = Some(file);
                    }
                })
            }),
            Action::EvidenceFileRemoved { code, index } => next.edit(|s| {
                s.change_extras(&code, |a| {
                    if let Some(entry) = a.evidence.get_mut(index) {
                        entry.file = None;
                    }
                })
            }),
            Action::NoteChanged { code, text } => next.edit(|s| {
                // Kept exactly as typed; an emptied note is no note.
                s.change_extras(&code, |a| a.note = (!text.is_empty()).then_some(text))
            }),
        }
        Rc::new(next)
    }
}
