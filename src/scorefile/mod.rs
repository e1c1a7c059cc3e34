//! Signed score files (tệp kết quả có chữ ký số): what an agency uploads and an authority trusts.
//!
//! W3C Data Integrity with the `eddsa-jcs-2022` cryptosuite (Ed25519 over RFC 8785 canonical
//! JSON), under a strict profile; docs/score-file.md is the reference for implementers.
//! - [`profile`]: strict parsing (no repeated members) and the profile's rules (safe integers
//!   only, NFC text, ASCII member names);
//! - [`time`]: the one timestamp form, `YYYY-MM-DDTHH:MM:SSZ`;
//! - [`document`]: the score document built from a criteria set and a draft;
//! - [`keys`]: did:key, fingerprints, the encrypted PKCS#8 backup, public key files;
//! - [`keyring`]: the authority's registered keys, with the date each was added;
//! - [`proof`]: the cryptosuite itself, over plain JSON values;
//! - [`verify`]: everything a receiver checks, with one reason per kind of failure;
//! - [`trust`]: the verdict (verified, signature only, invalid) and batches on every core;
//! - [`duplicates`]: files of the same agency and year, superseded or conflicting;
//! - [`trust_text`]: the messages of trust and keyrings, in Vietnamese and English.
//! - [`request`]: verification as a JSON request and reply, for the web app's verifier worker.

pub mod document;
pub mod duplicates;
pub mod keyring;
pub mod keys;
mod malformed;
pub(crate) mod nfc;
mod pbes2;
pub mod preview;
pub mod profile;
pub mod proof;
pub mod request;
pub mod time;
pub mod trust;
pub mod trust_text;
pub mod verify;

use ed25519_dalek::SigningKey;

pub use document::{App, BuildError, ScoreDocument, ScoreFile, FORMAT};
pub use duplicates::{find_duplicates, Duplicates};
pub use keyring::{Keyring, KeyringEntry};
pub use keys::{DidKey, KeyError, PublicKeyFile};
pub use preview::Preview;
pub use time::Timestamp;
#[cfg(not(target_arch = "wasm32"))]
pub use trust::verify_batch;
pub use trust::Verdict;
pub use trust_text::TrustText;
pub use verify::{verify, Failure, Report};

use crate::answers::Draft;
use crate::criteria::CriteriaSet;

/// Builds the score document for `draft` and signs it with `key`; the document and the proof
/// share the `created` time.
pub fn sign(
    criteria: &CriteriaSet,
    draft: &Draft,
    key: &SigningKey,
    created: Timestamp,
    app: App,
) -> Result<ScoreFile, BuildError> {
    let document = ScoreDocument::build(criteria, draft, created, app)?;
    sign_document(document, key)
}

/// Signs a built document.
pub fn sign_document(document: ScoreDocument, key: &SigningKey) -> Result<ScoreFile, BuildError> {
    let options = proof::options(&DidKey::of(key), document.created);
    let proof = proof::create_proof(&document.to_value(), &options, key)?;
    let proof = document::from_value_located(&proof, "proof").map_err(BuildError::Profile)?;
    Ok(ScoreFile { document, proof })
}
