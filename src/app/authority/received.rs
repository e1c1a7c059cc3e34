//! Score files received by the authority, each checked in the page with `scorefile::verify`
//! against the built-in criteria sets, then judged against the stored keyring:
//!
//! - [`Verdict::Valid`] only when every check passes AND the signer is registered for the
//!   file's own agency code;
//! - [`Verdict::SignerUnverified`] when the file is sound but its signer is not registered for
//!   that code (or the keyring is empty): a warning, never the green of a verified file;
//! - [`Verdict::Invalid`] with the core's failures otherwise.
//!
//! The checks that do not depend on the keyring (strict JSON, signature, criteria, recomputed
//! score) run once per file; trust is decided again, cheaply, whenever the keyring changes, by
//! the same rule as the core's keyring check (the tests hold the two together).

use std::borrow::Borrow;
use std::collections::BTreeMap;

use serde_json::Value;

use super::keyring::KeyBook;
use crate::criteria::CriteriaSet;
use crate::scorefile::keys::KeyOwner;
use crate::scorefile::{verify, Failure, Report, Timestamp};

/// Why the browser could not give a file's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadProblem {
    /// The bytes stop being UTF-8 at this offset: a signed file is never decoded lossily.
    NotUtf8 { at: usize },
    /// The browser's own reason.
    Browser(String),
}

/// One received file and what its checks found.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceivedFile {
    pub name: String,
    content: Result<String, ReadProblem>,
    /// The checks that do not depend on the keyring; `None` when the file could not be read.
    pub report: Option<Report>,
    /// When the file was signed (its `created`), to tell which of two files is the later.
    pub created: Option<Timestamp>,
    /// The number a verifier worker's reply finds it by; 0 for a file checked in the page.
    id: u64,
}

impl ReceivedFile {
    pub fn new(name: String, content: Result<String, ReadProblem>, known: &[CriteriaSet]) -> ReceivedFile {
        let mut file = ReceivedFile { name, content, report: None, created: None, id: 0 };
        file.check(known);
        file
    }

    /// A readable file whose checks a verifier worker will run: [`Verdict::Checking`] until
    /// [`ReceivedFile::checked`] gives their report.
    pub fn pending(id: u64, name: String, text: String) -> ReceivedFile {
        ReceivedFile { name, content: Ok(text), report: None, created: None, id }
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    /// Waiting for a worker's report.
    pub fn is_checking(&self) -> bool {
        self.report.is_none() && self.content.is_ok()
    }

    /// The report a worker made of this file (the same checks as [`ReceivedFile::check`]).
    pub fn checked(&mut self, report: Report) {
        self.report = Some(report);
        self.created = self.text().and_then(created);
    }

    /// Runs the checks again (the known criteria sets changed).
    pub fn check(&mut self, known: &[CriteriaSet]) {
        if let Ok(text) = &self.content {
            self.report = Some(verify(text.as_bytes(), known, None));
            self.created = created(text);
        }
    }

    /// The file's text, when the browser could read it (what an appraisal binds to, and where
    /// the intake register reads the signed document).
    pub fn text(&self) -> Option<&str> {
        self.content.as_deref().ok()
    }

    pub fn read_problem(&self) -> Option<&ReadProblem> {
        self.content.as_ref().err()
    }

    /// The verdict against `keys`.
    pub fn verdict(&self, keys: &KeyBook) -> Verdict {
        let Some(report) = &self.report else {
            if self.content.is_ok() {
                return Verdict::Checking;
            }
            return Verdict::Unreadable(self.read_problem().cloned().unwrap_or(ReadProblem::Browser(String::new())));
        };
        // Checked without a keyring (so that a change of keys needs no second verification):
        // no failure means everything but the signer holds, which the key book decides here.
        if !report.failures.is_empty() {
            return Verdict::Invalid(report.failures.clone());
        }
        let (Some(signer), Some(agency)) = (&report.signer, &report.agency) else {
            // A report without failures always names its signer and agency.
            return Verdict::Invalid(report.failures.clone());
        };
        match keys.find(&signer.did) {
            Some(entry) if entry.key.agency.code == agency.code => {
                Verdict::Valid { registered: entry.key.agency.clone() }
            }
            Some(entry) => Verdict::SignerUnverified(Unverified::RegisteredToOther(entry.key.agency.clone())),
            None if keys.is_empty() => Verdict::SignerUnverified(Unverified::NoKeyring),
            None => Verdict::SignerUnverified(Unverified::NotRegistered),
        }
    }

    /// The agency code and year the file claims, when its signature holds: the key under which
    /// two files are the same agency's submission.
    fn submission(&self) -> Option<(&str, u16, &str)> {
        let report = self.report.as_ref()?;
        let signature_holds =
            !report.failures.iter().any(|f| matches!(f, Failure::Malformed { .. } | Failure::BadSignature { .. }));
        let signer = report.signer.as_ref().filter(|_| signature_holds)?;
        Some((report.agency.as_ref()?.code.as_str(), report.year?, signer.did.as_str()))
    }
}

/// What the page says about one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every check passes and the signer is registered for the file's agency code.
    Valid {
        registered: KeyOwner,
    },
    /// Every check passes but the signer is not registered for that agency code.
    SignerUnverified(Unverified),
    /// At least one check fails (the core's failures, in the order found).
    Invalid(Vec<Failure>),
    Unreadable(ReadProblem),
    /// A verifier worker has not answered yet.
    Checking,
}

/// Why a sound signature is still not a verified signer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unverified {
    /// The keyring is empty: no signer can be verified.
    NoKeyring,
    /// The key is not in the keyring.
    NotRegistered,
    /// The key is registered, to another agency.
    RegisteredToOther(KeyOwner),
}

/// Two or more files for the same agency code and year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// Same key: a later file (signed later) replaces this one.
    SupersededBy { file: String },
    /// Same key: this is the latest, and replaces these.
    Supersedes { files: Vec<String> },
    /// Different keys signed for the same agency and year: at most one of them is the agency's.
    ConflictingKeys { files: Vec<String> },
}

/// The duplicate flag of each file (same order as `files`), among the files whose signature
/// holds: a file that fails its signature is flagged as invalid already.
pub fn duplicates<F: Borrow<ReceivedFile>>(files: &[F]) -> Vec<Option<Duplicate>> {
    let files: Vec<&ReceivedFile> = files.iter().map(Borrow::borrow).collect();
    let mut groups: BTreeMap<(&str, u16), Vec<usize>> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        if let Some((code, year, _)) = file.submission() {
            groups.entry((code, year)).or_default().push(i);
        }
    }
    let mut flags = vec![None; files.len()];
    for members in groups.values().filter(|members| members.len() > 1) {
        let did_of = |i: usize| files.get(i).and_then(|f| f.submission()).map(|(_, _, did)| did);
        let first_did = did_of(members[0]);
        let names = |except: usize| -> Vec<String> {
            members.iter().filter(|&&j| j != except).filter_map(|&j| files.get(j)).map(|f| f.name.clone()).collect()
        };
        if members.iter().any(|&i| did_of(i) != first_did) {
            for &i in members {
                flags[i] = Some(Duplicate::ConflictingKeys { files: names(i) });
            }
            continue;
        }
        // Latest by signing time; of two signed at the same second, the one received last.
        let latest = members.iter().copied().max_by_key(|&i| (files[i].created, i)).unwrap_or(members[0]);
        for &i in members {
            flags[i] = Some(if i == latest {
                Duplicate::Supersedes { files: names(i) }
            } else {
                Duplicate::SupersededBy { file: files[latest].name.clone() }
            });
        }
    }
    flags
}

/// The file's `created` time, read leniently: the checks have said whether the file is sound.
fn created(text: &str) -> Option<Timestamp> {
    let value: Value = serde_json::from_str(text).ok()?;
    Timestamp::parse(value.get("created")?.as_str()?).ok()
}
