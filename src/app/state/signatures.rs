//! Where a page checks a signed criteria set's signature. Pages that carry the verifier check on
//! the spot ([`SetChecks::Here`]). The agency's form does not carry it (Ed25519, SHA-512 and the
//! proof's reader weigh on its first load). It loads an unsigned set at once, and a signed one
//! when the verifier worker said its signature holds for that exact text: the SHA-256s of such
//! texts are kept in the store ([`VERDICTS_KEY`]), and the verdict is built from the set
//! ([`signedset::held_trust`]). A text not judged yet waits ([`Unchecked`]) while the web layer
//! asks the worker, then [`AppState::sets_checked`] goes on with what waited.
//!
//! The worker's steps are reached through [`WORKER`], a table only the form names: the pages that
//! check on the spot link none of them (about 2 kB of brotli each, measured on the explain page).

use sha2::{Digest, Sha256};

use super::*;
use crate::signedset::SignatureVerdict;

/// Where this page checks a criteria file's signature.
#[derive(Clone, Copy)]
pub enum SetChecks {
    /// On the page, at once ([`signedset::verify_set`] without a list of known publishers, on the
    /// pages that carry it; the list's own checks stay out of those that never pass one).
    Here(fn(&str) -> SetTrust),
    /// By the verifier worker, once per text; the verdicts are kept in the store. Always
    /// [`WORKER`].
    Worker(&'static WorkerChecks),
}

impl PartialEq for SetChecks {
    fn eq(&self, other: &Self) -> bool {
        matches!((self, other), (SetChecks::Worker(_), SetChecks::Worker(_)) | (SetChecks::Here(_), SetChecks::Here(_)))
    }
}

impl std::fmt::Debug for SetChecks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if matches!(self, SetChecks::Worker(_)) { "Worker" } else { "Here" })
    }
}

/// The steps of checking through the worker, as plain function pointers: a page that never names
/// [`WORKER`] (every page but the form) leaves them all out of its wasm, which a `match` on
/// [`SetChecks`] could not do.
pub struct WorkerChecks {
    waits: fn(&str, &dyn Store) -> bool,
    held: fn(&str) -> Result<SharedSet, LoadFailure>,
    keep_held: fn(&dyn Store, &str) -> Result<(), StoreError>,
    load_or_wait: fn(&mut AppState, &str, Purpose) -> Option<Result<SharedSet, LoadFailure>>,
    ask_about_kept: fn(&mut AppState, &WorkerChecks),
    sets_checked: fn(&mut AppState, &WorkerChecks, Vec<String>, Vec<SignatureVerdict>),
    sets_uncheckable: fn(&mut AppState, String),
}

/// How the agency's form checks signed sets: [`SetChecks::Worker`]`(&WORKER)`.
pub static WORKER: WorkerChecks = WorkerChecks {
    waits: waits_for_worker,
    held: SharedSet::held,
    keep_held,
    load_or_wait: AppState::load_or_wait_for,
    ask_about_kept: AppState::ask_about_kept,
    sets_checked: AppState::sets_checked,
    sets_uncheckable: AppState::sets_uncheckable,
};

/// The SHA-256s of the criteria texts whose signature the verifier worker found to hold, one hex
/// digest a line (plain lines rather than JSON: no reader of its own on the form's first load).
/// A cache: a line that does not match only means asking the worker again.
pub const VERDICTS_KEY: &str = "parscore.set-verdicts";

/// A criteria text that waits for the verifier worker's verdict, and what waits on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unchecked {
    pub text: Rc<str>,
    pub purpose: Purpose,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A file the user opened, by its name.
    Opened(String),
    /// A built-in file.
    BuiltIn(&'static str),
    /// A text kept in the store (an added set, a draft's set) that has no verdict yet.
    Kept,
}

fn text_sha256(text: &str) -> String {
    crate::canonical::hex(&Sha256::digest(text.as_bytes()))
}

fn is_held(store: &dyn Store, text: &str) -> bool {
    let sha = text_sha256(text);
    store.get(VERDICTS_KEY).is_some_and(|lines| lines.lines().any(|line| line == sha))
}

/// Keeps that `text`'s signature holds (a refusal is not kept: it is rare, and asked again).
fn keep_held(store: &dyn Store, text: &str) -> Result<(), StoreError> {
    if is_held(store, text) {
        return Ok(());
    }
    let mut lines = store.get(VERDICTS_KEY).unwrap_or_default();
    lines.push_str(&text_sha256(text));
    lines.push('\n');
    store.set(VERDICTS_KEY, &lines)
}

/// Whether `text` claims a signature the verifier worker has not judged yet. Not JSON: no
/// signature to ask about, and the reader locates the syntax error.
fn waits_for_worker(text: &str, store: &dyn Store) -> bool {
    let claims = crate::json_error::parse_value(text).is_ok_and(|v| signedset::claims_signature(&v));
    claims && !is_held(store, text)
}

impl SharedSet {
    /// A criteria file whose signature the verifier worker found to hold (or which has none).
    pub fn held(text: &str) -> Result<SharedSet, LoadFailure> {
        let set = criteria::load(text).map_err(LoadFailure::Invalid)?;
        let trust = signedset::held_trust(&set);
        Ok(SharedSet { set: Rc::new(set), source: text.into(), trust: Rc::new(trust) })
    }

    /// A criteria file's text with the verdict on its signature: refused when tampered, else
    /// parsed and validated.
    pub fn with_verdict(text: &str, trust: SetTrust) -> Result<SharedSet, LoadFailure> {
        if let SetTrust::Tampered(broken) = trust {
            return Err(LoadFailure::Tampered(broken));
        }
        let set = criteria::load(text).map_err(LoadFailure::Invalid)?;
        Ok(SharedSet { set: Rc::new(set), source: text.into(), trust: Rc::new(trust) })
    }

    /// Loads a criteria file as this page checks signatures: `Err(LoadFailure::Unchecked)` for
    /// a signed text the worker has not judged yet.
    pub fn load_checked(text: &str, checks: SetChecks, store: &dyn Store) -> Result<SharedSet, LoadFailure> {
        match checks {
            SetChecks::Here(verify) => SharedSet::load_with(text, verify),
            SetChecks::Worker(worker) if (worker.waits)(text, store) => Err(LoadFailure::Unchecked),
            // Unsigned, or signed with a signature the worker found to hold.
            SetChecks::Worker(worker) => (worker.held)(text),
        }
    }
}

impl AppState {
    /// The name of the file the user opened whose signature is being checked, if any.
    pub fn checking_file(&self) -> Option<String> {
        self.unchecked.iter().find_map(|u| match &u.purpose {
            Purpose::Opened(name) => Some(name.clone()),
            _ => None,
        })
    }

    /// A criteria text loaded as this page checks signatures (one the worker has not judged is
    /// `Err(LoadFailure::Unchecked)`).
    pub(super) fn load_set(&self, text: &str) -> Result<SharedSet, LoadFailure> {
        SharedSet::load_checked(text, self.checks, self.store())
    }

    /// A criteria text loaded as this page checks signatures, or `None` when it waits for the
    /// worker's verdict for `purpose` (then [`AppState::take_verdicts`] goes on with it).
    pub(super) fn load_or_wait(&mut self, text: &str, purpose: Purpose) -> Option<Result<SharedSet, LoadFailure>> {
        match self.checks {
            SetChecks::Here(verify) => Some(SharedSet::load_with(text, verify)),
            SetChecks::Worker(worker) => (worker.load_or_wait)(self, text, purpose),
        }
    }

    fn load_or_wait_for(&mut self, text: &str, purpose: Purpose) -> Option<Result<SharedSet, LoadFailure>> {
        match self.load_set(text) {
            Err(LoadFailure::Unchecked) => {
                self.wait_for_check(text, purpose);
                None
            }
            loaded => Some(loaded),
        }
    }

    /// Waits for the worker's verdict on `text`, for `purpose`.
    fn wait_for_check(&mut self, text: &str, purpose: Purpose) {
        let unchecked = Unchecked { text: text.into(), purpose };
        if !self.unchecked.contains(&unchecked) {
            self.unchecked.push(unchecked);
        }
    }

    /// On a page that asks the worker, the kept texts (added sets, drafts' sets) that claim a
    /// signature and have no verdict: the worker is asked about them when the page starts, so
    /// that their drafts open.
    pub(super) fn ask_about_kept_texts(&mut self) {
        if let SetChecks::Worker(worker) = self.checks {
            (worker.ask_about_kept)(self, worker);
        }
    }

    fn ask_about_kept(&mut self, worker: &WorkerChecks) {
        let keys: Vec<String> = self.store().keys().into_iter().filter(|k| k.starts_with(drafts::SET_PREFIX)).collect();
        for key in keys {
            // Whether it waits, without reading the set itself (that is done when it is used).
            let Some(text) = self.store().get(&key).filter(|text| (worker.waits)(text, self.store())) else {
                continue;
            };
            self.wait_for_check(&text, Purpose::Kept);
        }
    }

    /// The worker's verdicts on `texts`, in order: a signature that holds is kept, and what
    /// waited on each text goes on. Only a page that asks the worker gets them.
    pub(super) fn take_verdicts(&mut self, texts: Vec<String>, verdicts: Vec<SignatureVerdict>) {
        if let SetChecks::Worker(worker) = self.checks {
            (worker.sets_checked)(self, worker, texts, verdicts);
        }
    }

    /// Keeps that `text`'s signature holds, on a page that asks the worker.
    pub(super) fn keep_verdict(&self, text: &str) -> Result<(), StoreError> {
        match self.checks {
            SetChecks::Worker(worker) => (worker.keep_held)(self.store(), text),
            SetChecks::Here(_) => Ok(()),
        }
    }

    fn sets_checked(&mut self, worker: &WorkerChecks, texts: Vec<String>, verdicts: Vec<SignatureVerdict>) {
        for (text, verdict) in texts.iter().zip(verdicts) {
            let loaded = match verdict {
                SignatureVerdict::Holds => {
                    self.ask(Effect::KeepHeld(text.as_str().into()));
                    (worker.held)(text)
                }
                SignatureVerdict::Refused(why) => Err(LoadFailure::Refused(why)),
            };
            let (waiting, rest) = std::mem::take(&mut self.unchecked).into_iter().partition(|u| &*u.text == text);
            self.unchecked = rest;
            for Unchecked { purpose, .. } in waiting {
                self.go_on(purpose, text, loaded.clone());
            }
        }
        self.notice_set_change();
    }

    /// The worker could not run: what waited says why, in the user's words (`reason`).
    pub(super) fn worker_failed(&mut self, reason: String) {
        if let SetChecks::Worker(worker) = self.checks {
            (worker.sets_uncheckable)(self, reason);
        }
    }

    fn sets_uncheckable(&mut self, reason: String) {
        for Unchecked { text, purpose } in std::mem::take(&mut self.unchecked) {
            self.go_on(purpose, &text, Err(LoadFailure::Unreadable(reason.clone())));
        }
    }

    fn go_on(&mut self, purpose: Purpose, text: &str, loaded: Result<SharedSet, LoadFailure>) {
        match purpose {
            Purpose::Opened(name) => self.opened_loaded(name, loaded),
            Purpose::BuiltIn(file) => self.built_in_loaded(file, loaded),
            Purpose::Kept => {
                let listed = super::super::added_sets::list(self.store());
                let new = loaded
                    .ok()
                    .filter(|s| listed.contains(&s.sha256) && !self.added.iter().any(|a| *a.source == *text));
                self.added.extend(new);
            }
        }
    }
}
