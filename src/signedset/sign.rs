//! [`sign_set`]: the authority's signature on a criteria file.

use crate::i18n::Bilingual;
use ed25519_dalek::SigningKey;
use serde_json::{Map, Value};

use super::{verify_set, Message, SetTrust};
use crate::criteria::raw::{Publisher, UNHASHED_MEMBERS};
use crate::criteria::CriteriaError;
use crate::scorefile::keys::DidKey;
use crate::scorefile::profile::{self, FileProblem, Kind, Malformed};
use crate::scorefile::proof::{self, ProofError};
use crate::scorefile::Timestamp;
use crate::Lang;

/// Why a set was not signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignSetError {
    /// The set does not load: only a valid set is signed.
    Invalid(Vec<CriteriaError>),
    /// The text is not strict JSON (a repeated member, for example) or holds a fraction.
    Malformed(Malformed),
    /// The publisher's name or code is blank.
    BlankPublisher { field: &'static str },
}

impl SignSetError {
    /// One line per problem, in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            SignSetError::Invalid(errors) => errors
                .iter()
                .map(|e| Message::SetInvalid { location: e.location_in(lang), detail: e.message_in(lang) }.text(lang))
                .collect(),
            SignSetError::Malformed(m) => {
                let (location, detail) = (m.location.get(lang).to_string(), m.message.get(lang).to_string());
                vec![Message::SetInvalid { location, detail }.text(lang)]
            }
            SignSetError::BlankPublisher { field } => vec![Message::BlankPublisher { field }.text(lang)],
        }
    }
}

impl From<ProofError> for SignSetError {
    fn from(e: ProofError) -> SignSetError {
        match e {
            ProofError::Malformed(m) => SignSetError::Malformed(m),
            // Signing makes a proof; it never checks one.
            ProofError::BadSignature => SignSetError::Malformed(Malformed::at("proof", FileProblem::NotSigned)),
        }
    }
}

/// Signs a criteria file as its publisher: checks that the set loads, replaces any earlier
/// publisher and proof, names the publisher (`name`, `code`, the key's did:key) and adds the
/// eddsa-jcs-2022 proof made at `created`. Returns the signed file's text: the original text
/// with the two members added at its end when it had neither, so that the layout an official
/// wrote is kept; otherwise indented JSON with members sorted. Its SHA-256 is the set's own.
pub fn sign_set(
    text: &str,
    key: &SigningKey,
    name: &str,
    code: &str,
    created: Timestamp,
) -> Result<String, SignSetError> {
    crate::criteria::load(text).map_err(SignSetError::Invalid)?;
    let (name, code) = (profile::normalize_text(name), profile::normalize_text(code));
    if name.trim().is_empty() {
        return Err(SignSetError::BlankPublisher { field: "name" });
    }
    if code.trim().is_empty() {
        return Err(SignSetError::BlankPublisher { field: "code" });
    }
    let value = profile::parse_strict(text.as_bytes()).map_err(SignSetError::Malformed)?;
    let Value::Object(mut members) = value else {
        return Err(SignSetError::Malformed(Malformed::at("", FileProblem::NotAnObject { what: Kind::CriteriaFile })));
    };
    let was_signed = UNHASHED_MEMBERS.iter().any(|m| members.contains_key(*m));
    for member in UNHASHED_MEMBERS {
        members.remove(member);
    }
    let did = DidKey::of(key);
    let publisher = Publisher { name, code, did: did.did() };
    // Plain strings always serialize.
    let publisher = serde_json::to_value(&publisher).unwrap_or(Value::Null);
    members.insert("publisher".into(), publisher.clone());
    let unsecured = Value::Object(members);
    let proof = proof::create_proof(&unsecured, &proof::options(&did, created), key)?;

    if !was_signed {
        if let Some(signed) = appended(text, &publisher, &proof) {
            // The appended text must read back as the very content that was signed.
            if matches!(verify_set(&signed, None), SetTrust::Signed { .. }) {
                return Ok(signed);
            }
        }
    }
    let mut secured: Map<String, Value> = match unsecured {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    secured.insert("proof".into(), proof);
    Ok(serde_json::to_string_pretty(&Value::Object(secured)).unwrap_or_default() + "\n")
}

/// `text` with `publisher` and `proof` added as its last members, indented as top-level members.
fn appended(text: &str, publisher: &Value, proof: &Value) -> Option<String> {
    let body = text.trim_end().strip_suffix('}')?.trim_end();
    if body.ends_with('{') {
        return None;
    }
    let member = |value: &Value| serde_json::to_string_pretty(value).ok().map(|s| s.replace('\n', "\n  "));
    Some(format!("{body},\n  \"publisher\": {},\n  \"proof\": {}\n}}\n", member(publisher)?, member(proof)?))
}
