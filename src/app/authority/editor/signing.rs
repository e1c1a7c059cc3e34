//! The edited set signed by the authority with its own key (kept in this browser under
//! [`AUTHORITY_KEY_ENTRY`], encrypted as the agency's key is): only a valid set is signed, and
//! the signed set names its publisher, the key's owner.

use super::state::EditorState;
use crate::app::signing_key::StoredKey;
use crate::scorefile::{KeyError, Timestamp};
use crate::signedset::{sign_set, SignSetError};
use crate::Lang;

pub use crate::app::signing_key::AUTHORITY_KEY_ENTRY;

/// Why the set was not signed.
#[derive(Clone, Debug, PartialEq)]
pub enum SignProblem {
    NothingToSign,
    /// The set still has this many problems.
    NotValid(usize),
    NoKey,
    Key(KeyError),
    /// The computer's clock gives no usable time.
    Clock,
    Refused(SignSetError),
}

/// A signed criteria file, ready to download.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedSet {
    pub file_name: String,
    pub text: String,
}

/// Signs the set being edited at `now` (seconds since 1970) with the key `passphrase` opens.
pub fn sign_edited(editor: &EditorState, passphrase: &str, now: i64) -> Result<SignedSet, SignProblem> {
    let doc = editor.doc.as_ref().ok_or(SignProblem::NothingToSign)?;
    if editor.valid.is_none() {
        return Err(SignProblem::NotValid(editor.problems.len().max(1)));
    }
    let stored: &StoredKey = editor.key.as_ref().ok_or(SignProblem::NoKey)?;
    let key = stored.unlock(passphrase).map_err(SignProblem::Key)?;
    let created = Timestamp::from_unix(now).ok_or(SignProblem::Clock)?;
    let owner = &stored.public.agency;
    let text = editor.json().unwrap_or_default();
    let signed = sign_set(&text, &key, &owner.name, &owner.code, created).map_err(SignProblem::Refused)?;
    let stem = if doc.raw.id.is_empty() { "bo-tieu-chi" } else { doc.raw.id.as_str() };
    Ok(SignedSet { file_name: format!("{stem}-{}.signed.json", doc.raw.version), text: signed })
}

impl SignProblem {
    pub fn text(&self, lang: Lang) -> String {
        use super::messages::EditorMsg as M;
        match self {
            SignProblem::NothingToSign => M::NothingEdited.text(lang),
            SignProblem::NotValid(n) => M::SetProblems(*n).text(lang),
            SignProblem::NoKey => M::NoKeyYet.text(lang),
            SignProblem::Key(KeyError::WrongPassphrase) => M::WrongPassphrase.text(lang),
            SignProblem::Key(other) => M::KeyFailed { reason: &other.to_string() }.text(lang),
            SignProblem::Clock => M::Clock.text(lang),
            SignProblem::Refused(e) => M::KeyFailed { reason: &e.lines(lang).join("; ") }.text(lang),
        }
    }
}
