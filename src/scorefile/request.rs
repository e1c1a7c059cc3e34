//! Verifying as the web app's verifier worker does: one JSON request in, one JSON reply out.
//!
//! The request carries every text the checks need (the score files, the keyring, the known
//! criteria sets), so the worker keeps no state, and the app itself never parses a score file:
//! the verifier's code is only downloaded by those who open the Verify page.

use serde::{Deserialize, Serialize};

use super::keyring::Keyring;
use super::keys::KeyError;
use super::verify::{verify, Report};
use crate::criteria::{self, CriteriaSet};
use crate::signedset::{verify_set, SignatureVerdict};

/// Files to verify, with what to verify them against.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyRequest {
    /// The caller's number for this request, given back with the reports.
    pub id: u32,
    /// The score files' texts; the reports come back in the same order.
    pub files: Vec<String>,
    /// A keyring in any of its forms (docs/keyring.md): a keyring object, a JSON array of public
    /// key files, or a single public key file.
    pub keyring: Option<String>,
    /// The texts of the known criteria sets; a text that is not a valid set is ignored.
    pub criteria: Vec<String>,
    /// Criteria files whose signature to check instead ([`crate::signedset::verify_set`], no
    /// list of publishers): the agency's form asks this, as it carries no verifier of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<String>,
}

/// What the worker posts. Externally tagged (`"ready"`, `{"verified": …}`): unlike a tag inside
/// the object, reading it needs no buffering, which keeps the app's reader small.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyReply {
    /// Posted once, when the worker listens: requests sent before it would be lost.
    Ready,
    /// One report per file, in order; the page derives each verdict ([`Report::verdict`]) and the
    /// duplicates ([`super::find_duplicates`]) from them, `created` included.
    Verified { id: u32, keyring: KeyringStatus, reports: Vec<Report> },
    /// The message was not a request (a caller's bug, never the user's files).
    BadRequest { message: String },
}

/// What became of the request's keyring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyringStatus {
    NotGiven,
    Loaded {
        keys: usize,
    },
    /// The keyring cannot be read: the files were verified as if none had been given.
    Invalid {
        location: String,
        message: String,
    },
}

/// What the worker posts for a request with `sets`: a reply of its own, so that the form, which
/// only asks about sets, reads no score file reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetCheckReply {
    /// The worker listens (the same `"ready"` as [`VerifyReply::Ready`]).
    Ready,
    /// Each set's verdict, in the order of the request's `sets`.
    SetsChecked { id: u32, verdicts: Vec<SignatureVerdict> },
}

/// Answers a request's JSON text with the reply's JSON text. Never panics, whatever the text.
pub fn answer(request: &str) -> String {
    let reply = match serde_json::from_str::<VerifyRequest>(request) {
        Ok(request) if !request.sets.is_empty() => {
            let verdicts = request.sets.iter().map(|text| SignatureVerdict::of(&verify_set(text, None))).collect();
            // Strings only: serializing cannot fail.
            return serde_json::to_string(&SetCheckReply::SetsChecked { id: request.id, verdicts }).unwrap_or_default();
        }
        Ok(request) => handle(&request),
        Err(e) => VerifyReply::BadRequest { message: e.to_string() },
    };
    reply_json(&reply)
}

/// The JSON text of a reply.
pub fn reply_json(reply: &VerifyReply) -> String {
    // Strings, numbers and string-keyed maps only: serializing cannot fail.
    serde_json::to_string(reply).unwrap_or_default()
}

/// Verifies every file of the request against its keyring and criteria sets.
pub fn handle(request: &VerifyRequest) -> VerifyReply {
    let known: Vec<CriteriaSet> = request.criteria.iter().filter_map(|text| criteria::load(text).ok()).collect();
    let (keyring, status) = match request.keyring.as_deref().map(read_keyring) {
        None => (None, KeyringStatus::NotGiven),
        Some(Ok(ring)) => {
            let keys = ring.entries.len();
            (Some(ring), KeyringStatus::Loaded { keys })
        }
        Some(Err(error)) => (None, invalid(error)),
    };
    let reports = request.files.iter().map(|file| verify(file.as_bytes(), &known, keyring.as_ref())).collect();
    VerifyReply::Verified { id: request.id, keyring: status, reports }
}

/// Reads a keyring in any of its forms, a single public key file included.
pub fn read_keyring(text: &str) -> Result<Keyring, KeyError> {
    Keyring::from_json(text)
}

fn invalid(error: KeyError) -> KeyringStatus {
    match error {
        KeyError::BadPublicKeyFile { location, message } => KeyringStatus::Invalid { location, message },
        other => KeyringStatus::Invalid { location: String::new(), message: other.to_string() },
    }
}
