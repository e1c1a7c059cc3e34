//! The last score file the signing page signed and downloaded for a draft: its SHA-256 (of the
//! file's bytes as downloaded) and when it was signed, so that the printed report names the file
//! it goes with. A small entry per draft, `parscore.signed.<draft id>`; a newer signature
//! replaces it. An entry that cannot be read counts as none: the report then names no file.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::app::store::{Store, StoreError};
use crate::canonical::hex;

pub const SIGNED_PREFIX: &str = "parscore.signed.";
pub const FORMAT: &str = "parscore-signed-record/1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedRecord {
    pub format: String,
    /// The SHA-256 of the downloaded file's bytes, in lowercase hex (what `sha256sum` prints).
    pub sha256: String,
    /// The file's name, as downloaded.
    pub file: String,
    /// When it was signed (the file's own `created`, RFC 3339).
    pub signed_at: String,
}

impl SignedRecord {
    /// The record of the file `name` with the text `bytes`, signed at `signed_at`.
    pub fn of(name: &str, bytes: &[u8], signed_at: &str) -> SignedRecord {
        SignedRecord {
            format: FORMAT.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            file: name.to_string(),
            signed_at: signed_at.to_string(),
        }
    }

    /// The record kept for the draft `id`, if any can be read.
    pub fn load(store: &dyn Store, id: &str) -> Option<SignedRecord> {
        let record: SignedRecord = serde_json::from_str(&store.get(&key(id))?).ok()?;
        (record.format == FORMAT && record.sha256.len() == 64).then_some(record)
    }

    pub fn save(&self, store: &dyn Store, id: &str) -> Result<(), StoreError> {
        let text = serde_json::to_string(self).expect("a record of strings serializes");
        store.set(&key(id), &text)
    }

    /// The day it was signed, as `lang` writes dates ("15/01/2026").
    pub fn day(&self, lang: crate::Lang) -> String {
        crate::app::report::date(lang, self.signed_at.get(..10).unwrap_or(&self.signed_at))
    }
}

/// Forgets the record of a deleted draft.
pub fn forget(store: &dyn Store, id: &str) {
    store.remove(&key(id));
}

fn key(id: &str) -> String {
    format!("{SIGNED_PREFIX}{id}")
}
