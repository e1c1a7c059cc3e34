//! Where a page checks a signed criteria set's signature. Pages that carry the verifier check on
//! the spot ([`SetChecks::Here`]). The agency's form does not carry it (Ed25519, SHA-512 and the
//! proof's reader weigh on its first load). It loads an unsigned set at once, and a signed one
//! when the verifier worker said its signature holds for that exact text: the SHA-256s of such
//! texts are kept in the store ([`VERDICTS_KEY`]), and the verdict is built from the set
//! ([`signedset::held_trust`]). A text not judged yet waits ([`Unchecked`]) while the web layer
//! asks the worker, then [`AppState::sets_checked`] goes on with what waited.

use sha2::{Digest, Sha256};

use super::*;
use crate::signedset::SignatureVerdict;

/// Where this page checks a criteria file's signature.
#[derive(Clone, Copy)]
pub enum SetChecks {
    /// On the page, at once ([`signedset::verify_set`] on the pages that carry it).
    Here(fn(&str, Option<&crate::scorefile::Keyring>) -> SetTrust),
    /// By the verifier worker, once per text; the verdicts are kept in the store.
    Worker,
}

impl PartialEq for SetChecks {
    fn eq(&self, other: &Self) -> bool {
        matches!((self, other), (SetChecks::Worker, SetChecks::Worker) | (SetChecks::Here(_), SetChecks::Here(_)))
    }
}

impl std::fmt::Debug for SetChecks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if matches!(self, SetChecks::Worker) { "Worker" } else { "Here" })
    }
}

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
pub(super) fn keep_held(store: &dyn Store, text: &str) -> Result<(), StoreError> {
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
            SetChecks::Worker if waits_for_worker(text, store) => Err(LoadFailure::Unchecked),
            // Unsigned, or signed with a signature the worker found to hold.
            SetChecks::Worker => SharedSet::held(text),
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

    /// A criteria text loaded as this page checks signatures.
    pub(super) fn load_set(&self, text: &str) -> Result<SharedSet, LoadFailure> {
        SharedSet::load_checked(text, self.checks, self.store())
    }

    /// Waits for the worker's verdict on `text`, for `purpose`.
    pub(super) fn wait_for_check(&mut self, text: &str, purpose: Purpose) {
        let unchecked = Unchecked { text: text.into(), purpose };
        if !self.unchecked.contains(&unchecked) {
            self.unchecked.push(unchecked);
        }
    }

    /// The kept texts (added sets, drafts' sets) that claim a signature and have no verdict: the
    /// worker is asked about them when the page starts, so that their drafts open.
    pub(super) fn ask_about_kept(&mut self) {
        let keys: Vec<String> = self.store().keys().into_iter().filter(|k| k.starts_with(drafts::SET_PREFIX)).collect();
        for key in keys {
            // Whether it waits, without reading the set itself (that is done when it is used).
            let Some(text) = self.store().get(&key).filter(|text| waits_for_worker(text, self.store())) else {
                continue;
            };
            self.wait_for_check(&text, Purpose::Kept);
        }
    }

    /// The worker's verdicts on `texts`, in order: a signature that holds is kept, and what
    /// waited on each text goes on.
    pub(super) fn sets_checked(&mut self, texts: Vec<String>, verdicts: Vec<SignatureVerdict>) {
        for (text, verdict) in texts.iter().zip(verdicts) {
            let loaded = match verdict {
                SignatureVerdict::Holds => {
                    self.ask(Effect::KeepHeld(text.as_str().into()));
                    SharedSet::held(text)
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
    pub(super) fn sets_uncheckable(&mut self, reason: String) {
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
