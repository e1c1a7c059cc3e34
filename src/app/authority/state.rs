//! The authority page's state and the actions that change it, named for what the user did.
//! [`AuthorityState::reduce`] changes the state and returns what must be kept ([`Effect`]);
//! [`AuthorityState::persist`] writes it to the store at once, so a reload right after finds
//! it. No clock is read here: actions carry the time.

use std::rc::Rc;

use super::appraisal::{AppraisalAction, AppraisalState, Round};
use super::editor::{EditorAction, EditorState};
use super::intake::{IntakeAction, IntakeState};
use super::keyring::{KeyBook, KeyOutcome};
use super::received::{ReadProblem, ReceivedFile};
use super::round::{PageAppraisals, RoundAction, RoundState, Saved};
use super::sheets::{SheetsAction, SheetsState};
use crate::app::store::{load_lang, save_lang, Store, StoreError};
use crate::criteria::{self, CriteriaSet};
use crate::scorefile::Timestamp;
use crate::Lang;

/// Where the keyring is kept in the browser.
pub const KEYRING_KEY: &str = "parscore.authority.keyring";

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    LanguageSwitched(Lang),
    /// Public key files or keyrings read from disk (picked, dropped or imported), with when.
    KeyFilesRead {
        files: Vec<(String, Result<String, String>)>,
        now: Timestamp,
    },
    KeyRemovalAsked {
        did: String,
    },
    KeyRemovalCancelled,
    KeyRemovalConfirmed,
    KeyNoticesDismissed,
    /// Score files read from disk, one or hundreds at once.
    ScoreFilesRead(Vec<(String, Result<String, ReadProblem>)>),
    ScoreFilesCleared,
    /// A built-in criteria file arrived (or could not be fetched).
    BuiltInFetched {
        file: String,
        text: Result<String, String>,
    },
    /// Something done in the appraisal round (thẩm định, giải trình).
    Appraisal(AppraisalAction),
    /// Something done in the criteria-set editor.
    Editor(EditorAction),
    /// The round: roster, deadline, survey results, last year's results.
    Round(RoundAction),
    /// Workbooks read and written by the spreadsheet worker.
    Sheets(SheetsAction),
    /// The verifier workers that check received files.
    Intake(IntakeAction),
}

/// What a change asks to be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    SaveLang,
    SaveKeyring,
    /// The open appraisal round changed.
    SaveAppraisal,
    SaveEditor,
    SaveRound(Saved),
    /// Requests wait for the spreadsheet worker (`sheets.take_outbox()`).
    SendSheets,
}

/// A built-in criteria file that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetProblem {
    /// It could not be fetched (the browser's reason).
    Unreachable { file: String, reason: String },
    /// It is not a valid criteria set (how many problems).
    Invalid { file: String, problems: usize },
}

#[derive(Clone, Debug)]
pub struct AuthorityState {
    pub lang: Lang,
    pub keys: KeyBook,
    /// What became of the last keys offered, file by file.
    pub key_notices: Vec<KeyOutcome>,
    /// The key whose removal waits for confirmation.
    pub removing: Option<String>,
    /// The built-in criteria sets loaded so far; files are checked against them.
    pub known: Rc<Vec<CriteriaSet>>,
    /// How many built-in files have answered (loaded or not).
    pub sets_answered: usize,
    pub set_problems: Vec<SetProblem>,
    /// Shared, so that a new state (one per action) does not copy hundreds of files' texts.
    pub files: Vec<Rc<ReceivedFile>>,
    /// Set when the store refused the last write: the keyring then lives until the page closes.
    pub storage: Option<StoreError>,
    /// Every agency's appraisal round, kept in the store.
    pub appraisal: AppraisalState,
    /// The criteria set being edited, saved as it changes.
    pub editor: EditorState,
    /// The intake register, the survey results and the ranking.
    pub round: RoundState,
    /// Workbooks on their way to or from the spreadsheet worker.
    pub sheets: SheetsState,
    /// The received files' checks in verifier workers.
    pub intake: IntakeState,
}

impl AuthorityState {
    /// The state of a new visit: the language and keyring kept in `store`.
    pub fn restore(store: &dyn Store) -> AuthorityState {
        let keys: KeyBook = store.get(KEYRING_KEY).map(|text| KeyBook::from_stored_json(&text)).unwrap_or_default();
        let mut state = AuthorityState {
            lang: load_lang(store),
            appraisal: AppraisalState::restore(store, &keys),
            keys,
            key_notices: Vec::new(),
            removing: None,
            known: Rc::new(Vec::new()),
            sets_answered: 0,
            set_problems: Vec::new(),
            files: Vec::new(),
            storage: (!store.available()).then_some(StoreError::Unavailable),
            editor: EditorState::restore(store),
            round: RoundState::restore(store),
            sheets: SheetsState::default(),
            intake: IntakeState::default(),
        };
        let appraisals = state.page_appraisals();
        state.round.refresh(&state.files, &state.keys, &state.known, &appraisals);
        state
    }

    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        // The register and ranking follow the files, the keyring and the sets as well; they are
        // derived again only when one of those may have changed, not at each keystroke of the
        // editor or the appraisal (a ranking scores every agency).
        let inputs_change = matches!(
            action,
            Action::Round(_)
                | Action::Sheets(_)
                | Action::KeyFilesRead { .. }
                | Action::KeyRemovalConfirmed
                | Action::ScoreFilesRead(_)
                | Action::ScoreFilesCleared
                | Action::BuiltInFetched { .. }
                | Action::Appraisal(AppraisalAction::Signed { round: Round::Final, .. })
                | Action::Intake(_)
        );
        let own_key = self.editor.key.as_ref().map(|k| k.public.did.clone());
        let effects = self.reduce_page(action);
        // While workers check files the register would list them unchecked: it waits for them.
        let own_key_changed = own_key != self.editor.key.as_ref().map(|k| k.public.did.clone());
        if (inputs_change || own_key_changed) && self.intake.checking() == 0 {
            let appraisals = self.page_appraisals();
            self.round.refresh(&self.files, &self.keys, &self.known, &appraisals);
        }
        effects
    }

    /// The final appraisals signed on this page and the key they were signed with, for the
    /// ranking.
    fn page_appraisals(&self) -> PageAppraisals {
        PageAppraisals {
            signed: self.appraisal.final_files(),
            own_key: self.editor.key.as_ref().map(|k| k.public.clone()),
        }
    }

    fn reduce_page(&mut self, action: Action) -> Vec<Effect> {
        let action = match self.through_sheets(action) {
            Ok(action) => action,
            Err(effects) => return effects,
        };
        match action {
            Action::Round(action) => return self.round.reduce(action).into_iter().map(Effect::SaveRound).collect(),
            Action::LanguageSwitched(lang) => {
                self.lang = lang;
                return vec![Effect::SaveLang];
            }
            Action::KeyFilesRead { files, now } => {
                self.key_notices = files
                    .into_iter()
                    .flat_map(|(file, text)| match text {
                        Ok(text) => self.keys.add_text(&file, &text, now),
                        Err(reason) => vec![KeyOutcome::Unreadable { file, reason }],
                    })
                    .collect();
                return vec![Effect::SaveKeyring];
            }
            Action::KeyRemovalAsked { did } => self.removing = Some(did),
            Action::KeyRemovalCancelled => self.removing = None,
            Action::KeyRemovalConfirmed => {
                if let Some(did) = self.removing.take() {
                    self.keys.remove(&did);
                    return vec![Effect::SaveKeyring];
                }
            }
            Action::KeyNoticesDismissed => self.key_notices.clear(),
            Action::ScoreFilesRead(read) => {
                let known = self.known.clone();
                let received: Vec<_> = read
                    .into_iter()
                    .map(|(name, content)| Rc::new(self.intake.receive(name, content, &known)))
                    .collect();
                self.files.extend(received);
                self.intake.deal(&mut self.files, &known);
            }
            Action::Intake(action) => {
                let known = self.known.clone();
                self.intake.reduce(action, &mut self.files, &known);
            }
            Action::ScoreFilesCleared => {
                self.files.clear();
                self.intake.forget_all();
            }
            Action::Appraisal(action) => {
                if self.appraisal.reduce(action, &self.known, &self.files, &self.keys, self.lang) {
                    return vec![Effect::SaveAppraisal];
                }
            }
            Action::BuiltInFetched { file, text } => {
                self.sets_answered += 1;
                if let Ok(text) = &text {
                    self.editor.built_in_arrived(text);
                }
                let loaded = match text {
                    Ok(text) => criteria::load(&text)
                        .inspect(|_| self.intake.set_known(&text))
                        .map_err(|errors| SetProblem::Invalid { file, problems: errors.len() }),
                    Err(reason) => Err(SetProblem::Unreachable { file, reason }),
                };
                match loaded {
                    Ok(set) => {
                        Rc::make_mut(&mut self.known).push(set);
                        let known = self.known.clone();
                        // Files still with a worker are checked again when it answers.
                        self.files.iter_mut().filter(|f| !f.is_checking()).for_each(|f| Rc::make_mut(f).check(&known));
                    }
                    Err(problem) => self.set_problems.push(problem),
                }
            }
            Action::Editor(action) => {
                if self.editor.reduce(action) {
                    return vec![Effect::SaveEditor];
                }
            }
            // Answered by `through_sheets`.
            Action::Sheets(_) => {}
        }
        Vec::new()
    }

    /// Writes what `effects` ask for; a refused write is remembered for the page to say.
    pub fn persist(&mut self, effects: &[Effect], store: &dyn Store) {
        for effect in effects {
            match effect {
                Effect::SaveLang => save_lang(store, self.lang),
                Effect::SaveKeyring => {
                    self.storage = store.set(KEYRING_KEY, &self.keys.to_stored_json()).err();
                }
                Effect::SaveAppraisal => self.storage = self.appraisal.save_open(store).err(),
                Effect::SaveEditor => self.storage = self.editor.save(store).err(),
                Effect::SaveRound(saved) => self.round.persist(&[*saved], store),
                // The page sends them: nothing to keep.
                Effect::SendSheets => {}
            }
        }
    }
}
