//! The sets the user added from files, and noticing a set replaced under a draft.

use super::*;
use crate::app::added_sets;

impl AppState {
    /// The added sets kept in the store. A kept text that no longer loads (changed in the
    /// store, or a tampered signature) is left out: it was verified when it was added.
    /// One whose signature the verifier worker has not judged yet waits for it (`signatures.rs`).
    pub(super) fn load_added(store: &dyn Store, checks: SetChecks) -> Vec<SharedSet> {
        let texts = added_sets::list(store).into_iter().filter_map(|sha| drafts::load_set(store, &sha));
        texts.filter_map(|text| SharedSet::load_checked(&text, checks, store).ok()).collect()
    }

    /// A criteria file opened from disk: added to the picker and a new draft's details asked,
    /// or refused with its problems; a signed one waits for the verifier worker on the form.
    pub(super) fn open_criteria_file(&mut self, name: String, text: &str) {
        match self.load_or_wait(text, Purpose::Opened(name.clone())) {
            None => self.rejected_file = None,
            Some(loaded) => self.opened_loaded(name, loaded),
        }
    }

    pub(super) fn opened_loaded(&mut self, name: String, loaded: Result<SharedSet, LoadFailure>) {
        match loaded {
            Ok(set) => {
                self.rejected_file = None;
                let set = self.add_set(set);
                self.screen = Screen::NewDraft(set);
            }
            Err(failure) => self.rejected_file = Some(RejectedFile { name, failure }),
        }
    }

    /// A built-in file read (or not): ready, or failed with why.
    pub(super) fn built_in_loaded(&mut self, file: &'static str, loaded: Result<SharedSet, LoadFailure>) {
        let status = match loaded {
            Ok(set) => LibraryStatus::Ready(set),
            Err(failure) => LibraryStatus::Failed(failure),
        };
        if let Some(entry) = self.library.iter_mut().find(|e| e.file == file) {
            entry.status = status;
        }
        self.notice_set_change();
    }

    /// Keeps a set opened from a file beside the built-in ones, and returns the handle to use.
    /// The same file opened again is not listed twice.
    pub(super) fn add_set(&mut self, set: SharedSet) -> SharedSet {
        if let Some(same) = self.added.iter().find(|s| s.sha256 == set.sha256 && s.source == set.source) {
            return same.clone();
        }
        self.ask(Effect::KeepAddedSet(set.clone()));
        match self.added.iter_mut().find(|s| s.sha256 == set.sha256) {
            Some(listed) => *listed = set.clone(),
            None => self.added.push(set.clone()),
        }
        set
    }

    /// Takes an added set off the picker. A draft that uses it keeps its own copy.
    pub(super) fn remove_added_set(&mut self, sha256: &str) {
        self.ask(Effect::ForgetAddedSet(sha256.to_string()));
        self.added.retain(|s| s.sha256 != sha256);
    }

    /// The stored entries the app cannot use ([`damaged_entries`]); the texts of the sets already
    /// loaded are not read again.
    pub(super) fn scan_damaged(&self) -> Vec<DamagedEntry> {
        let loaded: Vec<&str> = self.known_sets().map(|set| &*set.source).collect();
        damaged_entries(self.store(), self.lang, self.checks, &loaded)
    }

    /// The sets the picker lists: the built-in ones that loaded, then the added ones.
    pub(super) fn listed_sets(&self) -> impl Iterator<Item = &SharedSet> {
        let built_in = self.library.iter().filter_map(|e| match &e.status {
            LibraryStatus::Ready(set) => Some(set),
            _ => None,
        });
        built_in.chain(&self.added)
    }

    /// The set a draft was made for: the exact content by the publisher it remembers, kept
    /// beside the draft or known; else the same content however signed (then noticed), the
    /// text kept beside the draft first.
    pub(super) fn set_for(&self, remembered: &CriteriaRef) -> Option<SharedSet> {
        let kept = drafts::load_set(self.store(), &remembered.sha256).and_then(|text| self.load_set(&text).ok());
        let known = self.known_sets().filter(|s| s.sha256 == remembered.sha256).cloned();
        let same_content: Vec<SharedSet> = kept.into_iter().chain(known).collect();
        let exact = same_content.iter().find(|s| SetChange::between(remembered, s).is_none());
        exact.or(same_content.first()).cloned()
    }

    /// Whether the draft's set is suspiciously not the one it was made for: its own set signed
    /// by another key (or no longer signed), or a set listed in the app under the same id and
    /// version with other content or signed by another key. An unsigned copy in the list (a
    /// built-in set, say) claims no publisher, so it is no replacement.
    pub(super) fn change_for(&self, remembered: &CriteriaRef, set: &SharedSet) -> Option<SetChange> {
        let replacing = |change: &SetChange| {
            matches!(change, SetChange::Replaced { .. } | SetChange::OtherPublisher { found: Some(_), .. })
        };
        SetChange::between(remembered, set).filter(SetChange::is_suspicious).or_else(|| {
            self.listed_sets()
                .filter(|s| s.id == remembered.id && s.version == remembered.version)
                .find_map(|s| SetChange::between(remembered, s).filter(replacing))
        })
    }

    /// Looks again at the open draft's set once the sets the app knows changed (a built-in one
    /// fetched, a file added) and when the draft kept in memory is shown again.
    pub(super) fn notice_set_change(&mut self) {
        let Some(session) = self.session.as_ref().filter(|s| !s.read_only) else {
            return;
        };
        let change = self.change_for(&session.saved_draft().criteria, &session.set);
        if let Some(session) = self.session.as_mut() {
            session.set_change = change;
        }
    }
}
