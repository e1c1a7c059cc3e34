//! What a transition asks of the store. [`AppState::transition`] changes the state and lists its
//! writes as [`Effect`]s without performing any; [`AppState::perform`] then writes them, at once
//! and in order, and folds what the store answered (a refusal, the bytes used) back into the
//! state. [`AppState::reduce`] does both, so a reload right after a keystroke still finds it.

use super::*;
use crate::app::added_sets;

/// One write to the store.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The open draft saved: merged first with what another tab saved since, then listed and
    /// remembered as the draft a reload opens (`sync.rs`).
    SaveOpenDraft,
    /// The draft a reload opens: the open one when the form shows it, else none (the list).
    RememberCurrent,
    /// A draft that is not open saved as it is (a copy, a rename from the list).
    SaveRecord {
        id: String,
        record: Box<Record>,
    },
    DeleteDraft(String),
    SaveLang(Lang),
    SaveKey(StoredKey),
    /// A set opened from a file kept beside the built-in ones.
    KeepAddedSet(SharedSet),
    ForgetAddedSet(String),
    /// A damaged entry the user confirmed deleting.
    DeleteEntry(String),
    /// A criteria text whose signature the verifier worker found to hold, kept so that it is
    /// asked once.
    KeepHeld(Rc<str>),
}

impl AppState {
    /// The state after `action` with the writes it asks for, none of them performed yet.
    pub fn transition(mut self, action: Action) -> (AppState, Vec<Effect>) {
        self.apply(action);
        let effects = std::mem::take(&mut self.pending);
        (self, effects)
    }

    /// Writes `effects` to the store in order. A refused save keeps the draft in memory and
    /// says why in [`AppState::storage`].
    pub fn perform(&mut self, effects: Vec<Effect>) {
        let mut recount = false;
        for effect in effects {
            recount |= effect != Effect::SaveOpenDraft;
            match effect {
                Effect::SaveOpenDraft => self.save(),
                Effect::RememberCurrent => self.remember_current(),
                Effect::SaveRecord { id, mut record } => {
                    let saved = drafts::save(self.store(), &id, &mut record);
                    if let Some(listed) = self.drafts.iter_mut().find(|d| d.id == id) {
                        *listed = DraftSummary::of(&id, &record);
                    }
                    self.note_save(saved.map(drop));
                }
                Effect::DeleteDraft(id) => drafts::delete(self.store(), &id),
                Effect::SaveLang(lang) => drafts::save_lang(self.store(), lang),
                // The key stays in memory even when the store refuses: the user has just
                // downloaded its backup, and the banner says this browser will not remember it.
                Effect::SaveKey(key) => self.storage = key.save(self.store()).err(),
                Effect::KeepAddedSet(set) => {
                    let saved = added_sets::add(self.store(), &set.sha256, &set.source);
                    self.note_save(saved);
                }
                Effect::ForgetAddedSet(sha256) => added_sets::remove(self.store(), &sha256),
                Effect::DeleteEntry(key) => {
                    self.store().remove(&key);
                    self.damaged = self.scan_damaged();
                }
                Effect::KeepHeld(text) => {
                    let kept = self.keep_verdict(&text);
                    self.note_save(kept);
                }
            }
        }
        // A save of the open draft counts its own entry; any other write counts the store again.
        if recount {
            self.storage_used = drafts::bytes_used(self.store());
        }
    }

    /// Asks for `effect` once this transition is over.
    pub(super) fn ask(&mut self, effect: Effect) {
        self.pending.push(effect);
    }
}
