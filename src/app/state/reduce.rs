//! The reducer: each [`Action`] applied to the state.

use super::*;

impl AppState {
    /// The state after `action`, its writes performed: every change to the open draft is saved
    /// to the store before this returns.
    pub fn reduce(self, action: Action) -> AppState {
        let (mut next, effects) = self.transition(action);
        next.perform(effects);
        next
    }

    /// Changes the state for `action`; the writes it needs are asked for ([`Effect`]). Called
    /// through [`AppState::apply`], which keeps what undo needs (`undo.rs`).
    pub(super) fn apply_action(&mut self, action: Action) {
        let next = self;
        let elsewhere = matches!(action, Action::StoreChangedElsewhere);
        if let (Some(code), Some(session)) = (action.touched_item(), next.session.as_mut()) {
            session.touched.insert(code.to_string());
        }
        match action {
            Action::LanguageSwitched(lang) => {
                next.lang = lang;
                next.damaged = next.scan_damaged();
                next.ask(Effect::SaveLang(lang));
            }
            Action::BuiltInFetched { file, text } => match text {
                // Signed, on the form: it stays "loading" until the verifier worker answers.
                Ok(text) => {
                    if let Some(loaded) = next.load_or_wait(&text, Purpose::BuiltIn(file)) {
                        next.built_in_loaded(file, loaded);
                    }
                }
                Err(reason) => next.built_in_loaded(file, Err(LoadFailure::Unreadable(reason))),
            },
            Action::SetsChecked { texts, verdicts } => next.take_verdicts(texts, verdicts),
            Action::SetsUncheckable { reason } => next.worker_failed(reason),
            Action::SetChosen(set) => {
                next.rejected_file = None;
                next.screen = Screen::NewDraft(set);
            }
            Action::FileOpened { name, text } => next.open_criteria_file(name, &text),
            Action::AddedSetRemoved(sha256) => next.remove_added_set(&sha256),
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
            Action::DetailsChanged { agency, year } => next.edit(|s| s.change_details(agency, year)),
            Action::SignTried => {
                if let Some(session) = next.session.as_mut() {
                    session.sign_tried = true;
                }
            }
            Action::KeyScreenOpened => next.screen = Screen::Key,
            Action::KeyRestoreOpened => next.screen = Screen::KeyRestore,
            Action::StorageScreenOpened => next.screen = Screen::Storage,
            Action::KeySaved(key) => {
                next.ask(Effect::SaveKey(key.clone()));
                next.key = Some(key);
            }
            Action::StoreChangedElsewhere => next.take_changes_from_store(),
            Action::ConflictResolved { key, use_other } => next.resolve_conflict(&key, use_other),
            Action::DamagedEntryImported(key) => next.import_damaged(&key),
            Action::DamagedEntryDeleted(key) => next.delete_damaged(&key),
            Action::DraftsListOpened => {
                next.screen = Screen::Drafts;
                next.ask(Effect::RememberCurrent);
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
            Action::PlaceChanged(place) => next.go_to(place),
            Action::ViewOpened(view) => {
                if let Some(session) = next.session.as_mut() {
                    session.view = view;
                }
            }
            Action::AnswerChanged { code, field, text } => next.edit(|s| s.change_answer(&code, field, text)),
            Action::AnswerCleared { code } => next.edit(|s| s.clear_answer(&code)),
            Action::Undone => next.edit(Session::undo_last),
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
        // Another tab wrote: what the store holds is counted again.
        if elsewhere {
            next.storage_used = drafts::bytes_used(next.store());
        }
    }
}
