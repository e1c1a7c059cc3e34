//! What a set's signature says: [`verify_set`] → [`SetTrust`].

use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Message;
use crate::criteria::raw::Publisher;
use crate::json_error::JsonProblem;
use crate::scorefile::keys::{DidKey, KeyOwner, Keyring};
use crate::scorefile::profile::{self, FileProblem, Kind, Malformed};
use crate::scorefile::proof::{self, ProofError};

/// Whether a set can be trusted as its publisher issued it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetTrust {
    /// The signature holds and was made by the key the publisher member names. `registered` is
    /// that key's entry in the list of known publishers, when a list was given and has it.
    Signed { publisher: Publisher, fingerprint: String, registered: Option<KeyOwner> },
    /// No publisher and no proof: nobody vouches for the content.
    Unsigned,
    /// The file was changed after signing, or its signature cannot be read.
    Tampered(Broken),
    /// The signature holds, but the key is not in the given list of known publishers, or is
    /// registered there to another code than the file's publisher.
    UnknownKey { publisher: Publisher, fingerprint: String, registered_to: Option<KeyOwner> },
}

/// Why a signed set does not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// The signature does not match the content (a byte changed after signing).
    BadSignature,
    /// A publisher is named but there is no proof.
    NoProof,
    /// A proof without a publisher member.
    NoPublisher,
    /// The proof was made by another key than the one the publisher member names.
    OtherKey { signer: String, named: String },
    /// The file or its proof cannot be read: where, and what.
    Malformed(Malformed),
}

impl SetTrust {
    /// The sentence to show, in `lang`.
    pub fn text(&self, lang: crate::Lang) -> String {
        self.message().text(lang)
    }

    pub fn message(&self) -> Message {
        match self {
            SetTrust::Signed { publisher, fingerprint, registered } => Message::Signed {
                publisher: publisher.clone(),
                fingerprint: fingerprint.clone(),
                registered: registered.is_some(),
            },
            SetTrust::Unsigned => Message::Unsigned,
            SetTrust::Tampered(broken) => Message::Tampered(broken.clone()),
            SetTrust::UnknownKey { publisher, fingerprint, registered_to } => Message::UnknownKey {
                publisher: publisher.clone(),
                fingerprint: fingerprint.clone(),
                registered_to: registered_to.clone(),
            },
        }
    }

    /// A tampered set must not be used; the other states are shown and the set can be used.
    pub fn is_refused(&self) -> bool {
        matches!(self, SetTrust::Tampered(_))
    }
}

fn malformed(m: Malformed) -> SetTrust {
    SetTrust::Tampered(Broken::Malformed(m))
}

/// Whether a criteria file claims a signature: a `publisher` or a `proof` member (null is the
/// same as leaving it out). Reading this needs no cryptography: a page without the verifier
/// (the agency's form) loads an unsigned set at once and asks the verifier worker about the rest.
pub fn claims_signature(value: &Value) -> bool {
    ["publisher", "proof"].iter().any(|member| value.get(member).is_some_and(|v| !v.is_null()))
}

/// What the verifier worker tells the agency's form of a set's signature (no list of known
/// publishers): it holds, or there is none; or the set is refused, said in both languages. The
/// form builds the rest of the verdict from the set itself ([`held_trust`]), so that no page
/// reads a [`SetTrust`] from JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureVerdict {
    Holds,
    Refused(crate::Text),
}

impl SignatureVerdict {
    pub fn of(trust: &SetTrust) -> SignatureVerdict {
        match trust {
            SetTrust::Tampered(_) => {
                let say = |lang| trust.text(lang);
                SignatureVerdict::Refused(crate::Text { vi: say(crate::Lang::Vi), en: Some(say(crate::Lang::En)) })
            }
            _ => SignatureVerdict::Holds,
        }
    }
}

/// The verdict on a set whose signature holds, without a list of known publishers: signed by the
/// publisher it names, with that key's fingerprint (read from its did:key without cryptography),
/// or unsigned. What [`verify_set`]`(text, None)` says of the same file when it does not refuse it.
pub fn held_trust(set: &crate::criteria::CriteriaSet) -> SetTrust {
    match &set.publisher {
        Some(publisher) => SetTrust::Signed {
            publisher: publisher.clone(),
            fingerprint: crate::scorefile::keys::did_fingerprint(&publisher.did).unwrap_or_default(),
            registered: None,
        },
        None => SetTrust::Unsigned,
    }
}

/// Checks the signature of a criteria file's text against its publisher member and, when
/// `known` is given, the list of known publishers (public key files). Never panics. The file is
/// parsed strictly (a repeated member is refused), so that what was signed is what is read.
/// Whether the set itself is valid is [`crate::criteria::load`]'s question, not this one's.
pub fn verify_set(text: &str, known: Option<&Keyring>) -> SetTrust {
    let value = match profile::parse_strict(text.as_bytes()) {
        Ok(value) => value,
        Err(m) => return malformed(m),
    };
    let Value::Object(members) = &value else {
        return malformed(Malformed::at("", FileProblem::NotAnObject { what: Kind::CriteriaFile }));
    };
    // null is the same as leaving a member out, as everywhere in criteria files.
    let present = |member: &str| members.get(member).filter(|v| !v.is_null());
    let publisher = match present("publisher") {
        None => None,
        Some(p) => match serde_json::from_value::<Publisher>(p.clone()) {
            Ok(p) => Some(p),
            Err(e) => return malformed(Malformed::at("publisher", FileProblem::Json(JsonProblem::of(&e)))),
        },
    };
    let publisher = match (publisher, present("proof").is_some()) {
        (None, false) => return SetTrust::Unsigned,
        (None, true) => return SetTrust::Tampered(Broken::NoPublisher),
        (Some(_), false) => return SetTrust::Tampered(Broken::NoProof),
        (Some(p), true) => p,
    };
    let signer = match proof::verify_proof(&value) {
        Ok(verified) => verified.key,
        Err(ProofError::BadSignature) => return SetTrust::Tampered(Broken::BadSignature),
        Err(ProofError::Malformed(m)) => return malformed(m),
    };
    if DidKey::parse(&publisher.did).ok() != Some(signer) {
        return SetTrust::Tampered(Broken::OtherKey { signer: signer.did(), named: publisher.did });
    }
    let fingerprint = signer.fingerprint();
    match known.map(|ring| ring.find(&publisher.did)) {
        None => SetTrust::Signed { publisher, fingerprint, registered: None },
        Some(Some(entry)) if entry.agency.code == publisher.code => {
            SetTrust::Signed { publisher, fingerprint, registered: Some(entry.agency.clone()) }
        }
        Some(entry) => SetTrust::UnknownKey { publisher, fingerprint, registered_to: entry.map(|e| e.agency.clone()) },
    }
}

/// Why [`open`] refuses a set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Changed after signing: the verdict, to show in words ([`SetTrust::text`]).
    Tampered(Broken),
    /// Not a valid criteria set: every located problem.
    Invalid(Vec<crate::criteria::CriteriaError>),
}

/// A set as an app or the command line opens it: its signature checked first (a tampered set is
/// refused before anything else), then loaded; the verdict comes with the set so that it can be
/// shown beside it.
pub fn open(text: &str, known: Option<&Keyring>) -> Result<(crate::criteria::CriteriaSet, SetTrust), Refused> {
    let trust = verify_set(text, known);
    if let SetTrust::Tampered(broken) = trust {
        return Err(Refused::Tampered(broken));
    }
    let set = crate::criteria::load(text).map_err(Refused::Invalid)?;
    Ok((set, trust))
}
