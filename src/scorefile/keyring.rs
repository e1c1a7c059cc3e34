//! The authority's keyring: the agencies' registered keys, each with the date it was added.
//!
//! A keyring file is read in three forms (docs/keyring.md):
//! - a keyring object, `{"format": "parscore-keyring/1", "keys": [entry…]}`, the form written;
//! - a JSON array of public key files (`parscore-public-key/1`), the first form, still accepted;
//! - a single public key file, a keyring of one.
//!
//! One did:key belongs to one agency code; an agency may register several keys (a new key
//! after a lost one). The dates are passed in by the caller: the core reads no clock.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::keys::{DidKey, KeyError, KeyOwner, PublicKeyFile, PUBLIC_KEY_FORMAT};
use super::time::Timestamp;
use super::trust_text::TrustText;

/// The format tag of keyring objects.
pub const KEYRING_FORMAT: &str = "parscore-keyring/1";

/// One registered key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyringEntry {
    pub did: String,
    pub fingerprint: String,
    pub agency: KeyOwner,
    /// When the authority added the key; unknown for keys read from the older forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
}

impl KeyringEntry {
    pub fn of(key: &PublicKeyFile, added: Option<Timestamp>) -> KeyringEntry {
        KeyringEntry { did: key.did.clone(), fingerprint: key.fingerprint.clone(), agency: key.agency.clone(), added }
    }

    /// The entry's line in a listing.
    /// The entry as the public key file the agency sent.
    pub fn public_key_file(&self) -> PublicKeyFile {
        PublicKeyFile {
            format: PUBLIC_KEY_FORMAT.into(),
            did: self.did.clone(),
            fingerprint: self.fingerprint.clone(),
            agency: self.agency.clone(),
        }
    }

    pub fn listing(&self) -> TrustText {
        TrustText::KeyringEntry {
            code: self.agency.code.clone(),
            name: self.agency.name.clone(),
            fingerprint: self.fingerprint.clone(),
            did: self.did.clone(),
            added: self.added.map(|t| t.rfc3339()).unwrap_or_default(),
        }
    }
}

/// The public keys an authority has registered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keyring {
    pub entries: Vec<KeyringEntry>,
    /// The registered keys as read when the keyring was checked: a file signed by one of them
    /// is verified without reading its did:key again (reading one decompresses a curve point,
    /// 4 µs of a file's 80 natively).
    read: ReadKeys,
}

/// A did's key, read once. Only a memo of [`DidKey::parse`]: a did reads to the same key
/// whoever asks, so keyrings are equal by their entries alone, and an entry pushed later is
/// simply read when used.
#[derive(Debug, Clone, Default)]
struct ReadKeys(BTreeMap<String, DidKey>);

impl PartialEq for ReadKeys {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ReadKeys {}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyringFile {
    format: String,
    keys: Vec<KeyringEntry>,
}

/// Only the format tag of an object, to tell a keyring object from a public key file.
#[derive(Deserialize)]
struct FormatTag {
    format: Option<String>,
}

/// What [`Keyring::add`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddSummary {
    /// One line per key given, in order: added, or already present.
    pub lines: Vec<TrustText>,
    pub added: usize,
}

impl Keyring {
    /// A keyring of these public key files, their dates unknown.
    /// Each did is read once here; one that does not read fails where it is used.
    pub fn from_keys(keys: Vec<PublicKeyFile>) -> Keyring {
        let read = keys.iter().filter_map(|k| Some((k.did.clone(), DidKey::parse(&k.did).ok()?))).collect();
        Keyring::with_read(&keys, read)
    }

    fn with_read(keys: &[PublicKeyFile], read: BTreeMap<String, DidKey>) -> Keyring {
        Keyring { entries: keys.iter().map(|k| KeyringEntry::of(k, None)).collect(), read: ReadKeys(read) }
    }

    /// A keyring of these entries whose keys are read when a file uses them (a keyring made for
    /// one check, which reading every key first would slow).
    pub fn of_entries(entries: Vec<KeyringEntry>) -> Keyring {
        Keyring { entries, read: ReadKeys::default() }
    }

    /// The key of a registered `did`, as read when the keyring was made.
    pub(crate) fn read_key(&self, did: &str) -> Option<DidKey> {
        self.read.0.get(did).copied()
    }

    /// Reads a keyring file in any of its three forms; every key's fingerprint is checked
    /// against its did:key, and a did:key may belong to one agency code only.
    pub fn from_json(text: &str) -> Result<Keyring, KeyError> {
        let located =
            |e: crate::json_error::JsonError| KeyError::BadPublicKeyFile { location: e.location, message: e.message };
        let ring = if text.trim_start().starts_with('[') {
            let keys: Vec<PublicKeyFile> = crate::json_error::parse(text, None).map_err(located)?;
            let mut read = BTreeMap::new();
            for (i, key) in keys.iter().enumerate() {
                read.insert(key.did.clone(), key.check(&format!("[{i}]."))?);
            }
            Keyring::with_read(&keys, read)
        } else {
            let tag: FormatTag = crate::json_error::parse(text, None).map_err(located)?;
            match tag.format.as_deref() {
                Some(KEYRING_FORMAT) => {
                    let file: KeyringFile = crate::json_error::parse(text, None).map_err(located)?;
                    let mut read = BTreeMap::new();
                    for (i, entry) in file.keys.iter().enumerate() {
                        let key = PublicKeyFile {
                            format: PUBLIC_KEY_FORMAT.into(),
                            did: entry.did.clone(),
                            fingerprint: entry.fingerprint.clone(),
                            agency: entry.agency.clone(),
                        };
                        read.insert(entry.did.clone(), key.check(&format!("keys[{i}]."))?);
                    }
                    Keyring { entries: file.keys, read: ReadKeys(read) }
                }
                Some(PUBLIC_KEY_FORMAT) => Keyring::from_keys(vec![PublicKeyFile::from_json(text)?]),
                other => {
                    return Err(KeyError::BadPublicKeyFile {
                        location: "format".into(),
                        message: format!(
                            "expected \"{KEYRING_FORMAT}\" or \"{PUBLIC_KEY_FORMAT}\", found {}",
                            other.map_or("nothing".to_string(), |f| format!("\"{f}\""))
                        ),
                    })
                }
            }
        };
        let prefix = if text.trim_start().starts_with('[') { "" } else { "keys" };
        ring.check_one_code_per_did(prefix)?;
        Ok(ring)
    }

    fn check_one_code_per_did(&self, prefix: &str) -> Result<(), KeyError> {
        for (i, entry) in self.entries.iter().enumerate() {
            let earlier = self.entries[..i].iter().find(|e| e.did == entry.did && e.agency.code != entry.agency.code);
            if let Some(earlier) = earlier {
                return Err(KeyError::BadPublicKeyFile {
                    location: format!("{prefix}[{i}].agency.code"),
                    message: format!(
                        "the key {} is registered for {} and for {}: a key belongs to one agency",
                        entry.did, earlier.agency.code, entry.agency.code
                    ),
                });
            }
        }
        Ok(())
    }

    /// The keyring object's JSON, the form a keyring is written in.
    pub fn to_json_pretty(&self) -> String {
        let file = KeyringFile { format: KEYRING_FORMAT.into(), keys: self.entries.clone() };
        // Strings and timestamps only: serializing cannot fail.
        serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
    }

    /// The registration of `did`, if any.
    pub fn find(&self, did: &str) -> Option<&KeyringEntry> {
        self.entries.iter().find(|k| k.did == did)
    }

    /// Whether `did` is registered for the agency `code`.
    pub fn is_registered(&self, did: &str, code: &str) -> bool {
        self.entries.iter().any(|k| k.did == did && k.agency.code == code)
    }

    /// Adds public key files (each named by its source, for messages), dated `added`. A key
    /// already registered for the same code is not added again; a key registered for another
    /// agency code refuses the whole addition, so a keyring is never half updated.
    pub fn add(&mut self, keys: &[(String, PublicKeyFile)], added: Timestamp) -> Result<AddSummary, Vec<TrustText>> {
        let mut next = self.clone();
        let mut summary = AddSummary::default();
        let mut refused = Vec::new();
        for (source, key) in keys {
            let (name, code, fingerprint) = (key.agency.name.clone(), key.agency.code.clone(), key.fingerprint.clone());
            match next.find(&key.did) {
                Some(entry) if entry.agency.code == key.agency.code => {
                    summary.lines.push(TrustText::KeyAlreadyPresent {
                        source: source.clone(),
                        name,
                        code,
                        fingerprint,
                    });
                }
                Some(entry) => refused.push(TrustText::DidRegisteredElsewhere {
                    source: source.clone(),
                    did: key.did.clone(),
                    registered_code: entry.agency.code.clone(),
                    wanted_code: code,
                }),
                None => {
                    next.entries.push(KeyringEntry::of(key, Some(added)));
                    summary.added += 1;
                    summary.lines.push(TrustText::KeyAdded { source: source.clone(), name, code, fingerprint });
                }
            }
        }
        if !refused.is_empty() {
            return Err(refused);
        }
        *self = next;
        Ok(summary)
    }
}
