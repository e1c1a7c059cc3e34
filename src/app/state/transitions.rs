//! The state's own steps: starting, restoring, opening, duplicating, renaming and deleting
//! drafts, and saving what changed.

use super::*;

impl AppState {
    /// A fresh state over an empty in-memory store.
    pub fn new(lang: Lang) -> AppState {
        let store: Rc<dyn Store> = Rc::new(MemoryStore::default());
        let mut state = AppState::restore(store);
        state.lang = lang;
        state
    }

    /// The state a visit starts with: the saved language and drafts, and the draft that was
    /// open at the last change, on the section that was open. Signatures are checked on the page.
    pub fn restore(store: Rc<dyn Store>) -> AppState {
        AppState::restore_with(store, SetChecks::Here(|text| signedset::verify_set(text, None)))
    }

    /// [`AppState::restore`] on a page that checks signatures as `checks` says: the agency's form
    /// asks the verifier worker about the kept signed texts it has no verdict on.
    pub fn restore_with(store: Rc<dyn Store>, checks: SetChecks) -> AppState {
        let library = BUILT_IN.iter().map(|&file| LibraryEntry { file, status: LibraryStatus::Loading }).collect();
        let key = StoredKey::load(&*store);
        let added = AppState::load_added(&*store, checks);
        let mut state = AppState {
            lang: drafts::load_lang(&*store),
            storage: (!store.available()).then_some(StoreError::Unavailable),
            drafts: drafts::list(&*store),
            store: StoreHandle(store),
            added,
            library,
            rejected_file: None,
            draft_problem: None,
            session: None,
            screen: Screen::Drafts,
            key,
            damaged: Vec::new(),
            storage_used: 0,
            checks,
            unchecked: Vec::new(),
            pending: Vec::new(),
        };
        state.ask_about_kept_texts();
        state.damaged = state.scan_damaged();
        state.storage_used = drafts::bytes_used(state.store());
        if let Some(id) = drafts::current(&*state.store.0) {
            state.open(&id);
            // A draft that cannot be opened yet (its set is not saved) waits in the list.
            state.draft_problem = None;
            // It is the current draft already: nothing to write.
            state.pending.clear();
        }
        state
    }

    /// The open draft, when it is shown.
    pub fn scoring(&self) -> Option<&Session> {
        self.session.as_ref().filter(|_| self.screen == Screen::Draft)
    }

    pub(super) fn store(&self) -> &dyn Store {
        &*self.store.0
    }

    /// Every set the app knows: the built-in ones, the added ones and the open draft's.
    pub(super) fn known_sets(&self) -> impl Iterator<Item = &SharedSet> {
        self.listed_sets().chain(self.session.as_ref().map(|s| &s.set))
    }

    pub(super) fn open(&mut self, id: &str) {
        if self.session.as_ref().is_some_and(|s| s.id == id) {
            self.notice_set_change();
            self.screen = Screen::Draft;
            self.ask(Effect::RememberCurrent);
            return;
        }
        let Some(record) = drafts::load(self.store(), id) else { return };
        let Some(set) = self.set_for(&record.draft.criteria) else {
            let CriteriaRef { id, version, .. } = record.draft.criteria;
            self.draft_problem = Some(DraftProblem::SetMissing { id, version });
            return;
        };
        let set_change = self.change_for(&record.draft.criteria, &set);
        let base = Rc::new(record.clone());
        let mut session = Session::from_record(id.to_string(), set, record, self.lang);
        session.set_change = set_change;
        session.base = Some(base);
        self.session = Some(session);
        self.screen = Screen::Draft;
        self.draft_problem = None;
        self.ask(Effect::RememberCurrent);
    }

    pub(super) fn remember_current(&self) {
        let id = self.session.as_ref().filter(|s| self.screen == Screen::Draft && !s.read_only).map(|s| s.id.clone());
        // Best effort: without it a reload shows the list of drafts instead of this one.
        let _ = drafts::set_current(self.store(), id.as_deref());
    }

    /// Opens a new draft and saves it.
    pub(super) fn start(&mut self, session: Session) {
        self.session = Some(session);
        self.screen = Screen::Draft;
        self.ask(Effect::SaveOpenDraft);
    }

    /// The store is close to its limit: the user is warned while a save still fits.
    pub fn storage_filling(&self) -> Option<crate::app::quota::Filling> {
        crate::app::quota::filling(self.storage_used)
    }

    pub(super) fn note_save(&mut self, result: Result<(), StoreError>) {
        self.storage = result.err();
    }

    pub(super) fn next_id(&self) -> String {
        drafts::next_id(self.store(), &self.drafts)
    }

    pub(super) fn duplicate(&mut self, id: &str) {
        let record = match self.session.as_ref().filter(|s| s.id == id) {
            Some(session) => Some(session.record()),
            None => drafts::load(self.store(), id),
        };
        let Some(mut record) = record else { return };
        let copy = self.next_id();
        record.name = format!("{} ({})", record.name, crate::i18n::t(self.lang, crate::i18n::Msg::CopySuffix));
        self.drafts.push(DraftSummary::of(&copy, &record));
        self.ask(Effect::SaveRecord { id: copy, record: Box::new(record) });
    }

    pub(super) fn rename(&mut self, id: &str, name: String) {
        if let Some(session) = self.session.as_mut().filter(|s| s.id == id) {
            session.name = name;
            self.ask(Effect::SaveOpenDraft);
        } else if let Some(mut record) = drafts::load(self.store(), id) {
            record.name = name;
            record.revision += 1;
            if let Some(listed) = self.drafts.iter_mut().find(|d| d.id == id) {
                *listed = DraftSummary::of(id, &record);
            }
            self.ask(Effect::SaveRecord { id: id.to_string(), record: Box::new(record) });
        }
    }

    pub(super) fn delete(&mut self, id: &str) {
        self.ask(Effect::DeleteDraft(id.to_string()));
        self.drafts.retain(|d| d.id != id);
        if self.session.as_ref().is_some_and(|s| s.id == id) {
            self.session = None;
            self.screen = Screen::Drafts;
        }
    }

    /// Imports a draft file: onto the exact set it was made for when the app has it, else onto
    /// the app's version of a set with the same id, with a report of what no longer matches.
    pub(super) fn import(&mut self, name: String, text: &str) {
        if let Some(session) = self.session_of(name, text) {
            self.start(session);
        }
    }

    /// Opens a demo draft file read-only: never saved, never listed.
    pub(super) fn open_demo(&mut self, name: String, text: &str) {
        if let Some(mut session) = self.session_of(name, text) {
            session.id = DEMO_ID.to_string();
            session.read_only = true;
            self.session = Some(session);
            self.screen = Screen::Draft;
        }
    }

    /// Copies the open demo into a new draft, saved and listed like any other.
    pub(super) fn copy_demo(&mut self) {
        let Some(demo) = self.session.as_ref().filter(|s| s.read_only) else { return };
        let mut record = demo.record();
        record.name = format!("{} ({})", record.name, crate::i18n::t(self.lang, crate::i18n::Msg::CopySuffix));
        let mut session = Session::from_record(self.next_id(), demo.set.clone(), record, self.lang);
        // The demo agency's name and code are not the user's: the form asks for the real ones.
        session.details_needed = true;
        self.start(session);
    }

    /// A session over a draft file's text, or why there cannot be one (in `draft_problem`).
    pub(super) fn session_of(&mut self, name: String, text: &str) -> Option<Session> {
        let mut draft = match drafts::parse_draft(text) {
            Ok(draft) => draft,
            Err(error) => {
                self.draft_problem = Some(DraftProblem::NotADraft { name, error });
                return None;
            }
        };
        let exact = self.set_for(&draft.criteria);
        let Some(set) = exact.clone().or_else(|| self.known_sets().find(|s| s.id == draft.criteria.id).cloned()) else {
            let CriteriaRef { id, version, .. } = draft.criteria;
            self.draft_problem = Some(DraftProblem::SetMissing { id, version });
            return None;
        };
        let set_change = self.change_for(&draft.criteria, &set);
        // Never rescored silently with another content under the same version.
        if let Some(change) = set_change.clone().filter(|_| exact.is_none()) {
            self.draft_problem = Some(DraftProblem::SetReplaced { name, change });
            return None;
        }
        // The exact set keeps the reference the draft remembers (its publisher included).
        let to = if exact.is_some() { draft.criteria.clone() } else { CriteriaRef::for_draft(&set) };
        let from = std::mem::replace(&mut draft.criteria, to);
        let name = format!("{} {}", draft.agency.name, draft.year).trim().to_string();
        let record = Record::new(draft, set.title.clone(), name);
        let mut session = Session::from_record(self.next_id(), set, record, self.lang);
        session.set_change = set_change;
        if exact.is_none() {
            let problems = session.card.problems.clone();
            session.import_report = Some(ImportReport { from, to: session.draft.criteria.clone(), problems });
        }
        self.draft_problem = None;
        Some(session)
    }

    /// Opens a section of the form (saved with the draft, unless it is a demo), focusing `focus`.
    pub(super) fn show(&mut self, section: Section, focus: Option<String>) {
        let Some(session) = self.session.as_mut() else { return };
        session.section = section;
        session.focus = focus;
        session.view = View::Form;
        if !session.read_only {
            self.ask(Effect::SaveOpenDraft);
        }
    }

    /// Applies a change to the open draft, then saves it (a demo opened read-only takes none).
    pub(super) fn edit(&mut self, change: impl FnOnce(&mut Session)) {
        // A scenario can be tried on a demo too: it is never saved.
        if let Some(session) = self.session.as_mut().filter(|s| !s.read_only || s.baseline.is_some()) {
            change(session);
            self.ask(Effect::SaveOpenDraft);
        }
    }
}
