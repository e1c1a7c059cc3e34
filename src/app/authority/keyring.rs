//! The authority's keyring as its page keeps it: every registered agency's public key file with
//! the day it was added. Adding is refused, file by file, when a key is already registered to
//! another agency code: one key signs for one agency.
//!
//! The time is always passed in (the core reads no clock). The exported keyring is the core's
//! `parscore-keyring/1`, with each key's date.

use serde::{Deserialize, Serialize};

use crate::scorefile::keyring::KeyringEntry;
use crate::scorefile::keys::{KeyError, Keyring, PublicKeyFile};
use crate::scorefile::request::read_keyring;
use crate::scorefile::Timestamp;

/// One registered key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyEntry {
    pub key: PublicKeyFile,
    pub added: Timestamp,
}

/// What became of one key (or one file) offered to the keyring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyOutcome {
    Added {
        file: String,
        code: String,
        name: String,
    },
    /// The same key for the same agency is there already: nothing changes.
    AlreadyPresent {
        file: String,
        code: String,
    },
    /// The key is registered to another agency code: refused.
    OtherAgency {
        file: String,
        code: String,
        fingerprint: String,
        registered_code: String,
        registered_name: String,
    },
    /// Not a public key file nor a keyring (where and why).
    Invalid {
        file: String,
        location: String,
        message: String,
    },
    /// The browser could not read the file.
    Unreadable {
        file: String,
        reason: String,
    },
}

impl KeyOutcome {
    /// Whether the keyring refused what was offered (or could not read it).
    pub fn is_refusal(&self) -> bool {
        !matches!(self, KeyOutcome::Added { .. } | KeyOutcome::AlreadyPresent { .. })
    }
}

/// The registered keys, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyBook {
    entries: Vec<KeyEntry>,
}

impl KeyBook {
    pub fn entries(&self) -> &[KeyEntry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds every key of a file's text: a single public key file or a keyring (a JSON array of
    /// them). Each key gets its outcome; a file that is neither gets one `Invalid`.
    pub fn add_text(&mut self, file: &str, text: &str, now: Timestamp) -> Vec<KeyOutcome> {
        match read_keyring(text) {
            // A keyring exported with dates keeps them; a key without one is added now.
            Ok(ring) => ring
                .entries
                .iter()
                .map(|entry| self.add(file, entry.public_key_file(), entry.added.unwrap_or(now)))
                .collect(),
            Err(error) => vec![invalid(file, error)],
        }
    }

    fn add(&mut self, file: &str, key: PublicKeyFile, now: Timestamp) -> KeyOutcome {
        let file = file.to_string();
        match self.entries.iter().find(|entry| entry.key.did == key.did) {
            Some(entry) if entry.key.agency.code == key.agency.code => {
                KeyOutcome::AlreadyPresent { file, code: key.agency.code }
            }
            Some(entry) => KeyOutcome::OtherAgency {
                file,
                code: key.agency.code,
                fingerprint: key.fingerprint,
                registered_code: entry.key.agency.code.clone(),
                registered_name: entry.key.agency.name.clone(),
            },
            None => {
                let outcome = KeyOutcome::Added { file, code: key.agency.code.clone(), name: key.agency.name.clone() };
                self.entries.push(KeyEntry { key, added: now });
                outcome
            }
        }
    }

    /// Takes the key `did` out; the entry taken, if there was one.
    pub fn remove(&mut self, did: &str) -> Option<KeyEntry> {
        let at = self.entries.iter().position(|entry| entry.key.did == did)?;
        Some(self.entries.remove(at))
    }

    pub fn find(&self, did: &str) -> Option<&KeyEntry> {
        self.entries.iter().find(|entry| entry.key.did == did)
    }

    /// The core's keyring of these keys, with their dates (what `scorefile::verify` and `parscore
    /// verify` read).
    pub fn keyring(&self) -> Keyring {
        Keyring::of_entries(self.entries.iter().map(|entry| KeyringEntry::of(&entry.key, Some(entry.added))).collect())
    }

    /// The keyring file to export: the core's `parscore-keyring/1`.
    pub fn export_json(&self) -> String {
        self.keyring().to_json_pretty()
    }

    /// What the page stores: the entries with their dates.
    pub fn to_stored_json(&self) -> String {
        // Strings and timestamps only: serializing cannot fail.
        serde_json::to_string(&self.entries).unwrap_or_default()
    }

    /// Reads what [`Self::to_stored_json`] wrote. Entries whose key no longer checks (a stored
    /// text changed by hand) are dropped rather than trusted.
    pub fn from_stored_json(text: &str) -> KeyBook {
        let entries: Vec<KeyEntry> = crate::json_error::parse(text, None).unwrap_or_default();
        let entries =
            entries.into_iter().filter(|entry| PublicKeyFile::from_json(&entry.key.to_json_pretty()).is_ok()).collect();
        KeyBook { entries }
    }
}

fn invalid(file: &str, error: KeyError) -> KeyOutcome {
    let (location, message) = match error {
        KeyError::BadPublicKeyFile { location, message } => (location, message),
        other => (String::new(), other.to_string()),
    };
    KeyOutcome::Invalid { file: file.to_string(), location, message }
}
