//! A received score file as the authority's registers see it: who it is from, when it was
//! signed, and one verdict. The verdict comes from [`scorefile::verify`]'s report through
//! [`verdict_of`], the one adapter to change when the report grows a verdict of its own.

use serde_json::Value;

use super::messages::Message;
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scorefile::profile::Malformed;
use crate::scorefile::{self, Failure, Keyring, Report, ScoreDocument, Timestamp};

/// What the authority may do with a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signature, registered signer, criteria set and recomputed scores all check out.
    Verified,
    /// Everything checks out but the signer is not registered for the agency (or no keyring
    /// was given): never shown as verified, never ranked.
    SignatureOnly { fingerprint: String },
    /// Why the file cannot be accepted (its first reason).
    Invalid(Message),
}

/// One received file.
#[derive(Debug, Clone)]
pub struct ReceivedFile {
    /// The file's name, as the user gave it.
    pub file: String,
    pub verdict: Verdict,
    /// What the file says, where it can be read.
    pub agency_code: Option<String>,
    pub agency_name: Option<String>,
    pub year: Option<u16>,
    /// The signing time the signed document states (`created`).
    pub signed_at: Option<Timestamp>,
    pub index: Option<Decimal>,
    /// The signed document, for scoring; present whenever the file could be read.
    pub document: Option<ScoreDocument>,
}

impl ReceivedFile {
    /// Verifies `bytes` and keeps what the registers need.
    pub fn read(file: &str, bytes: &[u8], known: &[CriteriaSet], keyring: Option<&Keyring>) -> ReceivedFile {
        let report = scorefile::verify(bytes, known, keyring);
        ReceivedFile::checked(file, bytes, &report, verdict_of(&report))
    }

    /// A file already verified elsewhere (the authority's page checks once, then judges trust
    /// against its own keyring): its `report` and the `verdict` it came to.
    pub fn checked(file: &str, bytes: &[u8], report: &Report, verdict: Verdict) -> ReceivedFile {
        let document = report.agency.as_ref().and_then(|_| document_of(bytes));
        ReceivedFile {
            file: file.to_string(),
            verdict,
            agency_code: report.agency.as_ref().map(|a| a.code.clone()),
            agency_name: report.agency.as_ref().map(|a| a.name.clone()),
            year: report.year,
            signed_at: document.as_ref().map(|d| d.created),
            index: report.index,
            document,
        }
    }

    /// A file that could not even be read from disk.
    pub fn unreadable(file: &str, detail: &str) -> ReceivedFile {
        ReceivedFile {
            file: file.to_string(),
            verdict: Verdict::Invalid(Message::Unreadable { detail: detail.to_string() }),
            agency_code: None,
            agency_name: None,
            year: None,
            signed_at: None,
            index: None,
            document: None,
        }
    }

    pub fn is_verified(&self) -> bool {
        self.verdict == Verdict::Verified
    }
}

/// The verdict a report amounts to: valid with a registered signer is verified; a valid file
/// whose only fault is a key absent from the keyring (or no keyring at all) has a signature and
/// nothing more; anything else is invalid for its first reason.
pub fn verdict_of(report: &Report) -> Verdict {
    let fingerprint = report.signer.as_ref().map(|s| s.fingerprint.clone()).unwrap_or_default();
    // The trust itself is the core's (`Report::verdict`); this adds the reason the register shows.
    match report.verdict() {
        crate::scorefile::Verdict::Verified => Verdict::Verified,
        crate::scorefile::Verdict::SignatureOnly => Verdict::SignatureOnly { fingerprint },
        crate::scorefile::Verdict::Invalid => {
            match report.failures.iter().find(|f| !matches!(f, Failure::UnknownKey { .. })) {
                Some(first) => Verdict::Invalid(reason(first)),
                None => Verdict::Invalid(Message::Unreadable { detail: String::new() }),
            }
        }
    }
}

/// One failure in words, with what it names (where a file is malformed, which figure differs).
pub fn reason(failure: &Failure) -> Message {
    match failure {
        Failure::Malformed { location, message } => {
            Message::Malformed(Box::new(Malformed { location: location.clone(), message: message.clone() }))
        }
        Failure::BadSignature { .. } => Message::BadSignature,
        Failure::UnknownKey { registered_to: Some(owner), .. } => {
            Message::KeyOfAnotherAgency { owner: format!("{} ({})", owner.name, owner.code) }
        }
        Failure::UnknownKey { fingerprint, .. } => Message::SignerNotRegistered { fingerprint: fingerprint.clone() },
        Failure::CriteriaMismatch { claimed, .. } => {
            Message::CriteriaUnknown { id: claimed.id.clone(), version: claimed.version.clone() }
        }
        Failure::ScoreDiffers { differences } => Message::ScoreDiffers {
            count: differences.len(),
            first: differences.first().map(|d| d.location.clone()).unwrap_or_default(),
        },
    }
}

/// The signed document of a file that verification could read (the proof set aside).
fn document_of(bytes: &[u8]) -> Option<ScoreDocument> {
    let mut value: Value = serde_json::from_slice(bytes).ok()?;
    value.as_object_mut()?.remove("proof");
    // Through the reader verification uses: one copy of the document's reading code.
    crate::scorefile::document::from_value_located(&value, "").ok()
}
