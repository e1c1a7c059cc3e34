//! The agency's signing key in this browser: kept in the [`Store`] under `parscore.signing-key`,
//! always encrypted. What is stored is the passphrase-encrypted PKCS#8 backup itself (the file
//! the user downloads), beside the public key file; signing asks for the passphrase and opens
//! the key for that one signature. So the private key is never at rest in the clear, and it
//! appears in no exported file but the backup.

use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};

use super::store::{Store, StoreError};
use crate::answers::Draft;
use crate::criteria::CriteriaSet;
use crate::file_name::file_name;
use crate::scorefile::{self, keys, App, BuildError, DidKey, KeyError, PublicKeyFile, ScoreFile, Timestamp};

pub const KEY_ENTRY: &str = "parscore.signing-key";
/// Where the authority's own key (the one that signs criteria sets and appraisal files) is kept:
/// apart from an agency key the same browser may hold.
pub const AUTHORITY_KEY_ENTRY: &str = "parscore.authority.signing-key";
pub const FORMAT: &str = "parscore-stored-key/1";

/// The key as this browser keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredKey {
    format: String,
    /// The encrypted backup (PEM), exactly as offered for download.
    pub backup: String,
    /// What the agency registers with the authority.
    pub public: PublicKeyFile,
}

/// Why signing did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    /// The passphrase does not open the key, or the stored key is damaged.
    Key(KeyError),
    /// The draft cannot become a score file.
    Build(BuildError),
    /// The computer's clock gives no usable time for `created`.
    Clock,
}

impl StoredKey {
    /// A new key for the agency, encrypted under `passphrase`.
    pub fn create(name: &str, code: &str, passphrase: &str) -> Result<StoredKey, KeyError> {
        // Checked first: a weak passphrase should not cost a key generation and an scrypt run.
        if passphrase.chars().count() < keys::MIN_PASSPHRASE_CHARS {
            return Err(KeyError::WeakPassphrase);
        }
        let key = keys::generate()?;
        let backup = keys::backup_pem(&key, passphrase)?;
        Ok(StoredKey::of(&key, backup, name, code))
    }

    /// A key restored from its backup file; `passphrase` must open it.
    pub fn restore(backup: &str, passphrase: &str, name: &str, code: &str) -> Result<StoredKey, KeyError> {
        let key = keys::restore_backup(backup, passphrase)?;
        Ok(StoredKey::of(&key, backup.trim().to_string() + "\n", name, code))
    }

    fn of(key: &SigningKey, backup: String, name: &str, code: &str) -> StoredKey {
        let public = PublicKeyFile::new(&DidKey::of(key), name, code);
        StoredKey { format: FORMAT.to_string(), backup, public }
    }

    /// Opens the key with `passphrase` and checks that it is the key this record names.
    pub fn unlock(&self, passphrase: &str) -> Result<SigningKey, KeyError> {
        let key = keys::restore_backup(&self.backup, passphrase)?;
        if DidKey::of(&key).did() != self.public.did {
            return Err(KeyError::BadBackup("the stored backup holds another key than its public key file".into()));
        }
        Ok(key)
    }

    /// Signs the scores of `draft` at `now` (seconds since 1970, the caller's clock: the model
    /// reads none), with the key `passphrase` opens.
    pub fn sign(
        &self,
        passphrase: &str,
        criteria: &CriteriaSet,
        draft: &Draft,
        now: i64,
    ) -> Result<ScoreFile, SignError> {
        let key = self.unlock(passphrase).map_err(SignError::Key)?;
        let created = Timestamp::from_unix(now).ok_or(SignError::Clock)?;
        scorefile::sign(criteria, draft, &key, created, App::this()).map_err(SignError::Build)
    }

    /// `<code>.key.pem`: the backup's file name.
    pub fn backup_file_name(&self) -> String {
        file_name(&self.public.agency.code, ".key.pem")
    }

    /// `<code>.public-key.json`: the public key file's name.
    pub fn public_file_name(&self) -> String {
        file_name(&self.public.agency.code, ".public-key.json")
    }

    /// The agency key this browser keeps, if any (a damaged entry counts as none).
    pub fn load(store: &dyn Store) -> Option<StoredKey> {
        StoredKey::load_from(store, KEY_ENTRY)
    }

    pub fn save(&self, store: &dyn Store) -> Result<(), StoreError> {
        self.save_to(store, KEY_ENTRY)
    }

    /// The key kept under `entry` (such as [`AUTHORITY_KEY_ENTRY`]), if any.
    pub fn load_from(store: &dyn Store, entry: &str) -> Option<StoredKey> {
        let key: StoredKey = crate::json_error::parse(&store.get(entry)?, None).ok()?;
        (key.format == FORMAT).then_some(key)
    }

    pub fn save_to(&self, store: &dyn Store, entry: &str) -> Result<(), StoreError> {
        // A struct of strings always serializes.
        store.set(entry, &serde_json::to_string(self).unwrap_or_default())
    }
}
