//! The open draft kept in step with other tabs and windows on the same store (see
//! [`crate::app::merge`]): saving merges what another tab saved since, a change announced by
//! the browser is merged at once, and conflicts wait for the user.

use super::*;

impl AppState {
    /// Saves the open draft (and, until it is saved, its criteria text: without it the draft
    /// cannot open after a reload), and shows it in the list, saved or not. When another tab
    /// saved it since this one last read it, the two are merged first.
    pub(super) fn save(&mut self) {
        let store = self.store.0.clone();
        let lang = self.lang;
        let fresh_id = self.next_id();
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else { return };
        let set_was_saved = session.set_saved;
        let set_saved = match session.set_saved {
            true => Ok(()),
            false => drafts::save_set(&*store, &session.set.sha256, &session.set.source),
        };
        session.set_saved = set_saved.is_ok();
        let key = drafts::draft_key(&session.id);
        let stored_text = store.get(&key);
        // The store still holds what this tab last wrote: no other tab saved since, so there is
        // nothing to read back or merge (each keystroke used to parse the whole record again).
        let unchanged = session.base_text.as_deref().is_some_and(|ours| stored_text.as_deref() == Some(ours));
        let mut stored = stored_text.as_deref().filter(|_| !unchanged).and_then(drafts::read);
        if session.base.is_none() && stored.is_some() {
            // Another tab created a draft under the same new id at the same moment: both keep.
            session.id = fresh_id;
            stored = None;
        }
        let mut record = match (&session.base, &stored) {
            (Some(base), Some(stored)) if stored.revision != base.revision => {
                let merged = draft_merge::merge(base, &session.record(), stored);
                session.adopt(merged.clone(), lang);
                merged
            }
            _ => session.record(),
        };
        // A merge brings the other tab's figures: the list shows the merged draft's.
        record.figures = Some(session.figures());
        record.revision = stored.as_ref().map_or(0, |s| s.revision).max(record.revision) + 1;
        // A new id (above) names another entry than the one read.
        let key_now = drafts::draft_key(&session.id);
        let before = match key_now == key {
            true => drafts::text_bytes(&key, stored_text.as_deref()),
            false => drafts::entry_bytes(&*store, &key_now),
        };
        let draft_saved = drafts::save(&*store, &session.id, &mut record);
        let written = match &draft_saved {
            Ok(text) => drafts::text_bytes(&key_now, Some(text)),
            Err(_) => before,
        };
        let saved = set_saved.and(draft_saved);
        let summary = DraftSummary::of(&session.id, &record);
        if let Ok(text) = &saved {
            session.base = Some(Rc::new(record));
            session.base_text = Some(Rc::from(text.as_str()));
        }
        match self.drafts.iter_mut().find(|d| d.id == summary.id) {
            Some(listed) => *listed = summary,
            None => self.drafts.push(summary),
        }
        let saved = saved.map(drop);
        self.note_save(saved);
        if saved.is_ok() {
            self.remember_current();
        }
        // Counted after every write of this save: the entry naming the current draft included.
        self.storage_used = match set_was_saved {
            true => self.storage_used.saturating_sub(before) + written,
            false => drafts::bytes_used(&*store),
        };
    }

    /// Another tab or window changed the store: the list of drafts is read again, and the open
    /// draft takes what the other tab saved (merged with anything this tab has not saved).
    pub(super) fn take_changes_from_store(&mut self) {
        let mut listed = drafts::list(self.store());
        let unsaved = self.session.as_ref().filter(|s| !s.read_only && !listed.iter().any(|d| d.id == s.id));
        if let Some(summary) = unsaved.and_then(|s| self.drafts.iter().find(|d| d.id == s.id)) {
            listed.push(summary.clone());
        }
        self.drafts = listed;
        self.damaged = self.scan_damaged();
        let lang = self.lang;
        let store = self.store.0.clone();
        let Some(session) = self.session.as_mut().filter(|s| !s.read_only) else { return };
        let Some(base) = session.base.clone() else { return };
        let Some(stored) = drafts::load(&*store, &session.id) else { return };
        if stored.revision == base.revision {
            return;
        }
        let merged = draft_merge::merge(&base, &session.record(), &stored);
        let unsaved_here = !draft_merge::same_content(&merged, &stored);
        session.adopt(merged, lang);
        session.base = Some(Rc::new(stored));
        session.base_text = None;
        if unsaved_here {
            self.ask(Effect::SaveOpenDraft);
        }
    }

    /// The user chose a version of a field two tabs changed differently.
    pub(super) fn resolve_conflict(&mut self, key: &FieldKey, use_other: bool) {
        let lang = self.lang;
        self.edit(|session| {
            let record = draft_merge::resolve(&session.record(), key, use_other);
            session.adopt(record, lang);
        });
    }

    /// Tries a damaged entry as the file it holds: a draft record's draft as a draft file, a
    /// criteria text as a criteria file. The entry stays until the user deletes it.
    pub(super) fn import_damaged(&mut self, key: &str) {
        let Some(entry) = self.damaged.iter().find(|e| e.key == key).cloned() else { return };
        let Some(text) = entry.importable() else { return };
        let name = entry.file_name();
        match entry.kind {
            EntryKind::CriteriaText => self.open_criteria_file(name, &text),
            _ => self.import(name, &text),
        }
    }

    /// Deletes a damaged entry the user confirmed deleting (only an entry listed as damaged).
    pub(super) fn delete_damaged(&mut self, key: &str) {
        if self.damaged.iter().any(|e| e.key == key) {
            self.ask(Effect::DeleteEntry(key.to_string()));
        }
    }
}
