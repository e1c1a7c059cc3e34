//! The `eddsa-jcs-2022` cryptosuite of W3C Data Integrity EdDSA Cryptosuites v1.0 (§3.3), over
//! plain JSON values so that the W3C test vector and score files go through the same code.
//!
//! Signing (§3.3.1 Create Proof):
//! 1. proof configuration = the proof options (type, cryptosuite, created, verificationMethod,
//!    proofPurpose), plus the document's `@context` when it has one (§3.3.5);
//! 2. hashData = SHA-256(JCS(proof configuration)) ‖ SHA-256(JCS(document without `proof`))
//!    (§3.3.4: the proof configuration's hash comes first);
//! 3. proofValue = multibase base58btc (`z…`) of the Ed25519 signature of those 64 bytes.
//!
//! Verifying (§3.3.2) takes the proof out of the document, the proofValue out of the proof, and
//! checks the signature over the same 64 bytes with the key the verificationMethod names.

use ed25519_dalek::{Signature, Signer, SigningKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::keys::{multibase_decode, multibase_encode, DidKey};
use super::malformed::{FileProblem, Kind, Malformed};
use super::time::Timestamp;
use crate::canonical;

pub const PROOF_TYPE: &str = "DataIntegrityProof";
pub const CRYPTOSUITE: &str = "eddsa-jcs-2022";
pub const PROOF_PURPOSE: &str = "assertionMethod";

/// A score file's `proof` member, exactly the members the profile allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Proof {
    #[serde(rename = "type")]
    pub proof_type: String,
    pub cryptosuite: String,
    pub created: Timestamp,
    pub verification_method: String,
    pub proof_purpose: String,
    pub proof_value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("{0}")]
    Malformed(Malformed),
    #[error("the signature does not match the document and its proof")]
    BadSignature,
}

fn malformed(path: &str, problem: FileProblem) -> ProofError {
    ProofError::Malformed(Malformed::at(path, problem))
}

/// The two hashes eddsa-jcs-2022 signs, kept apart so that tests and verifiers in other
/// languages can compare each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashData {
    /// SHA-256 of the canonical proof configuration.
    pub proof_config: [u8; 32],
    /// SHA-256 of the canonical document without its proof.
    pub document: [u8; 32],
}

impl HashData {
    /// The signed bytes: proof configuration hash, then document hash.
    pub fn bytes(&self) -> [u8; 64] {
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&self.proof_config);
        out[32..].copy_from_slice(&self.document);
        out
    }
}

/// JCS bytes of `value`, with a located error for what the profile refuses (fractions).
pub fn canonical_bytes(value: &Value, at: &str) -> Result<Vec<u8>, ProofError> {
    canonical::to_canonical(value).map_err(|e| located(e, at))
}

fn located(e: canonical::NotCanonical, at: &str) -> ProofError {
    let path = e.path.trim_start_matches('$').trim_start_matches('.');
    let path = format!("{at}{}{path}", if at.is_empty() || path.is_empty() { "" } else { "." });
    malformed(&path, FileProblem::Number { number: e.number })
}

/// hashData for a proof configuration (without proofValue) and an unsecured document.
pub fn hash_data(proof_config: &Value, document: &Value) -> Result<HashData, ProofError> {
    Ok(HashData {
        proof_config: Sha256::digest(canonical_bytes(proof_config, "proof")?).into(),
        document: Sha256::digest(canonical_bytes(document, "")?).into(),
    })
}

/// The proof configuration for `options`: checked, with the document's `@context` copied in.
fn proof_config(unsecured: &Value, options: &Map<String, Value>) -> Result<Value, ProofError> {
    check_suite(options)?;
    let mut config = options.clone();
    if let Some(context) = unsecured.get("@context") {
        config.insert("@context".into(), context.clone());
    }
    Ok(Value::Object(config))
}

/// The proof's `type` and `cryptosuite` are this suite's.
fn check_suite(options: &Map<String, Value>) -> Result<(), ProofError> {
    if options.get("type").and_then(Value::as_str) != Some(PROOF_TYPE) {
        return Err(malformed("proof.type", expected(PROOF_TYPE, options.get("type"))));
    }
    if options.get("cryptosuite").and_then(Value::as_str) != Some(CRYPTOSUITE) {
        return Err(malformed("proof.cryptosuite", expected(CRYPTOSUITE, options.get("cryptosuite"))));
    }
    Ok(())
}

/// Signs `unsecured` (a JSON object without `proof`) and returns the proof object to add to it
/// under `proof`. `options` are the proof's members other than proofValue.
pub fn create_proof(unsecured: &Value, options: &Map<String, Value>, key: &SigningKey) -> Result<Value, ProofError> {
    if !unsecured.is_object() || unsecured.get("proof").is_some() {
        return Err(malformed("", FileProblem::NotSignable));
    }
    let config = proof_config(unsecured, options)?;
    let hashes = hash_data(&config, unsecured)?;
    let signature = key.sign(&hashes.bytes());
    let mut proof = match config {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    proof.insert("proofValue".into(), Value::String(multibase_encode(&signature.to_bytes())));
    Ok(Value::Object(proof))
}

/// The proof options parscore signs with.
pub fn options(key: &DidKey, created: Timestamp) -> Map<String, Value> {
    let mut options = Map::new();
    options.insert("type".into(), PROOF_TYPE.into());
    options.insert("cryptosuite".into(), CRYPTOSUITE.into());
    options.insert("created".into(), created.rfc3339().into());
    options.insert("verificationMethod".into(), key.verification_method().into());
    options.insert("proofPurpose".into(), PROOF_PURPOSE.into());
    options
}

/// What a verified proof tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub key: DidKey,
    pub hashes: HashData,
}

/// Verifies the proof of a secured document (a JSON object with a `proof` member). Members of
/// the proof other than those eddsa-jcs-2022 defines are signed like the rest of the
/// configuration; the score-file profile refuses them before this is called.
pub fn verify_proof(secured: &Value) -> Result<Verified, ProofError> {
    verify_proof_by(secured, None)
}

/// [`verify_proof`] with the key its caller already read from this proof's `verificationMethod`
/// (`DidKey::from_verification_method`): reading it decompresses a curve point, which a batch of
/// files paid twice per file.
pub(crate) fn verify_proof_by(secured: &Value, key: Option<&DidKey>) -> Result<Verified, ProofError> {
    let secured = match secured {
        Value::Object(map) => map,
        _ => return Err(malformed("", FileProblem::NotAnObject { what: Kind::Signed })),
    };
    // The proof is read in place: its configuration is the proof without proofValue.
    let proof = match secured.get("proof") {
        Some(Value::Object(proof)) => proof,
        Some(_) => return Err(malformed("proof", FileProblem::ProofNotAnObject)),
        None => return Err(malformed("proof", FileProblem::NotSigned)),
    };
    let proof_value = match proof.get("proofValue") {
        Some(Value::String(v)) => v,
        _ => return Err(malformed("proof.proofValue", FileProblem::MissingText)),
    };
    let signature: [u8; 64] = multibase_decode(proof_value)
        .map_err(|detail| malformed("proof.proofValue", FileProblem::SignatureEncoding { detail }))?
        .try_into()
        .map_err(|_| malformed("proof.proofValue", FileProblem::SignatureLength))?;
    if proof.get("proofPurpose").and_then(Value::as_str).is_none() {
        return Err(malformed("proof.proofPurpose", FileProblem::MissingText));
    }
    let method = proof
        .get("verificationMethod")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed("proof.verificationMethod", FileProblem::MissingText))?;
    let key = match key {
        Some(key) => *key,
        None => DidKey::from_verification_method(method)
            .map_err(|e| ProofError::Malformed(bad_key("proof.verificationMethod", &e)))?,
    };
    let hashes = match proof.get("@context") {
        // The usual case (score files have no @context): the document and the configuration are
        // hashed in place, without the proof and without proofValue, rather than copied.
        None => {
            let document = canonical::to_canonical_without(secured, &["proof"]).map_err(|e| located(e, ""))?;
            check_suite(proof)?;
            let config = canonical::to_canonical_without(proof, &["proofValue"]).map_err(|e| located(e, "proof"))?;
            HashData { proof_config: Sha256::digest(config).into(), document: Sha256::digest(document).into() }
        }
        // §3.3.2 step 3: a proof @context must be a prefix of the document's, and replaces it.
        Some(context) => {
            let mut unsecured = secured.clone();
            unsecured.remove("proof");
            let mut unsecured = Value::Object(unsecured);
            let starts_with = match (unsecured.get("@context"), context) {
                (Some(Value::Array(doc)), Value::Array(proof)) => doc.starts_with(proof),
                (Some(doc), proof) => doc == proof,
                (None, _) => false,
            };
            if !starts_with {
                return Err(malformed("proof.@context", FileProblem::ContextMismatch));
            }
            unsecured["@context"] = context.clone();
            let mut options = proof.clone();
            options.remove("proofValue");
            let config = proof_config(&unsecured, &options)?;
            hash_data(&config, &unsecured)?
        }
    };
    key.public_key()
        .verify_strict(&hashes.bytes(), &Signature::from_bytes(&signature))
        .map_err(|_| ProofError::BadSignature)?;
    Ok(Verified { key, hashes })
}

/// A member that must be `wanted`, and what the file has there.
fn expected(wanted: &str, found: Option<&Value>) -> FileProblem {
    let found = found.map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string));
    FileProblem::Expected { wanted: wanted.to_string(), found }
}

/// A verification method or publisher that is not an Ed25519 did:key, at `path`.
pub fn bad_key(path: &str, e: &super::KeyError) -> Malformed {
    let detail = match e {
        super::KeyError::BadDid { reason, .. } => reason.clone(),
        other => other.to_string(),
    };
    Malformed::at(path, FileProblem::BadKey { detail })
}
