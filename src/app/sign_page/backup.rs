//! Whether the agency's key has a backup it can count on. A new key is not safe until its backup
//! file has really been downloaded (a refused download is said, and the key stays unsafe), and a
//! backup is called good only once it has been opened with its passphrase: the user picks the
//! downloaded file and types the passphrase, and the file must hold this very key.
//!
//! Kept in the store beside the key, under [`BACKUP_ENTRY`], so that a reload does not forget an
//! unchecked backup; the key's own entry is unchanged. A record for another key (the key was
//! replaced) counts as none.

use serde::{Deserialize, Serialize};

use crate::app::signing_key::StoredKey;
use crate::app::store::{Store, StoreError};
use crate::scorefile::{keys, DidKey, KeyError};

pub const BACKUP_ENTRY: &str = "parscore.signing-key.backup";

/// What happened to the backup's download, last time it was offered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Download {
    /// Never offered in this browser, or the record is lost: nothing says the user has the file.
    #[default]
    NotYet,
    /// The browser refused the download.
    Refused,
    /// The browser took the file.
    Done,
}

/// How safe the key is, as the page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safety {
    /// No backup download is known to have happened.
    NotDownloaded,
    /// The last backup download was refused by the browser.
    DownloadRefused,
    /// Downloaded, not yet opened with its passphrase.
    Unchecked,
    /// The backup was opened with its passphrase and holds this key.
    Safe,
}

/// The backup's record for one key (by its `did:key`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    did: String,
    download: Download,
    checked: bool,
}

/// Why a backup check failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckError {
    /// The passphrase does not open the file, or the file is no key backup.
    Key(KeyError),
    /// The file opens, but holds another key than this browser's.
    OtherKey,
}

impl Backup {
    /// The record for `key` kept in `store`; a fresh one when none is kept for this key.
    pub fn load(store: &dyn Store, key: &StoredKey) -> Backup {
        store
            .get(BACKUP_ENTRY)
            .and_then(|text| serde_json::from_str::<Backup>(&text).ok())
            .filter(|backup| backup.did == key.public.did)
            .unwrap_or_else(|| Backup::new(key))
    }

    /// The record a key starts with: nothing downloaded, nothing checked.
    pub fn new(key: &StoredKey) -> Backup {
        Backup { did: key.public.did.clone(), ..Backup::default() }
    }

    /// Whether this record is about `key`.
    pub fn is_for(&self, key: &StoredKey) -> bool {
        self.did == key.public.did
    }

    pub fn safety(&self) -> Safety {
        match (self.download, self.checked) {
            (_, true) => Safety::Safe,
            (Download::Done, false) => Safety::Unchecked,
            (Download::Refused, false) => Safety::DownloadRefused,
            (Download::NotYet, false) => Safety::NotDownloaded,
        }
    }

    /// Records a download of the backup: `taken` is whether the browser took it. A refused one
    /// after a good one does not undo it: the file the user has is still there.
    pub fn downloaded(mut self, taken: bool) -> Backup {
        self.download = match (taken, self.download) {
            (true, _) => Download::Done,
            (false, Download::Done) => Download::Done,
            (false, _) => Download::Refused,
        };
        self
    }

    /// A key restored from its backup file: the user has that file, and it opened.
    pub fn restored(key: &StoredKey) -> Backup {
        Backup { did: key.public.did.clone(), download: Download::Done, checked: true }
    }

    /// Opens `file` (the backup the user picked) with `passphrase`; it must hold `key`. On
    /// success the backup counts as downloaded and good.
    pub fn check(mut self, key: &StoredKey, file: &str, passphrase: &str) -> Result<Backup, CheckError> {
        let opened = keys::restore_backup(file, passphrase).map_err(CheckError::Key)?;
        if DidKey::of(&opened).did() != key.public.did {
            return Err(CheckError::OtherKey);
        }
        self.download = Download::Done;
        self.checked = true;
        Ok(self)
    }

    pub fn save(&self, store: &dyn Store) -> Result<(), StoreError> {
        // A struct of a string, an enum and a flag always serializes.
        store.set(BACKUP_ENTRY, &serde_json::to_string(self).unwrap_or_default())
    }
}
