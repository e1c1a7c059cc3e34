//! Verifying an appraisal against the score file it appraises, and an explanation against the
//! appraisal it answers. Like score files: a malformed file stops there; otherwise every check
//! runs, so that one reading tells everything.
//!
//! An appraisal is trusted ([`Trust::Verified`]) only when its signer is in the authority's
//! keyring under the appraiser's code; an explanation only when its signer is in the agencies'
//! keyring under the agency's code. A valid signature by anybody else is [`Trust::SignatureOnly`].

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::document::{file_sha256, AppraisalDocument, ExplanationDocument, APPRAISAL_FORMAT, EXPLANATION_FORMAT};
use super::messages::AppraisalMessage;
use crate::criteria::CriteriaSet;
use crate::scorefile::document::{from_value_located, ClaimedScorecard, ScoreDocument};
use crate::scorefile::keys::{DidKey, Keyring};
use crate::scorefile::profile::{self, FileProblem, Kind, Malformed};
use crate::scorefile::proof::{self, ProofError};
use crate::scorefile::verify::Signer;
use crate::scoring;

/// How far a file can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Signed by a key registered to the party the file names, and every check passed.
    Verified,
    /// Every check passed, but the signer is not registered to that party (or no keyring).
    SignatureOnly,
    /// Something is wrong: see the failures.
    Invalid,
}

/// What checking one file found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check<T> {
    /// The document, when it could be read.
    pub document: Option<T>,
    pub signer: Option<Signer>,
    pub failures: Vec<AppraisalMessage>,
}

impl<T> Check<T> {
    pub fn trust(&self) -> Trust {
        match (&self.failures[..], &self.signer) {
            ([], Some(Signer { registered: Some(_), .. })) => Trust::Verified,
            ([], _) => Trust::SignatureOnly,
            _ => Trust::Invalid,
        }
    }

    fn failed(message: AppraisalMessage) -> Check<T> {
        Check { document: None, signer: None, failures: vec![message] }
    }
}

fn malformed(m: Malformed) -> AppraisalMessage {
    AppraisalMessage::Malformed(m)
}

/// A signed document of `format` read from `bytes`: the document, its signer's key, and whether
/// the signature holds (false: [`AppraisalMessage::BadSignature`]).
fn open<T: DeserializeOwned>(bytes: &[u8], format: &str) -> Result<(T, DidKey, bool), AppraisalMessage> {
    let value = profile::parse_strict(bytes).and_then(|v| profile::check(&v).map(|()| v)).map_err(malformed)?;
    let signature_holds = match proof::verify_proof(&value) {
        Ok(_) => true,
        Err(ProofError::BadSignature) => false,
        Err(ProofError::Malformed(m)) => return Err(AppraisalMessage::Malformed(m)),
    };
    let mut members = match value {
        Value::Object(map) => map,
        _ => return Err(malformed(Malformed::at("", FileProblem::NotAnObject { what: Kind::Appraisal }))),
    };
    let proof = members.remove("proof").unwrap_or(Value::Null);
    let method = proof.get("verificationMethod").and_then(Value::as_str).unwrap_or_default();
    let key = DidKey::from_verification_method(method)
        .map_err(|e| malformed(proof::bad_key("proof.verificationMethod", &e)))?;
    match members.get("format").and_then(Value::as_str) {
        Some(f) if f == format => {}
        found => {
            return Err(AppraisalMessage::WrongFormat {
                expected: format.to_string(),
                found: found.unwrap_or_default().to_string(),
            })
        }
    }
    let document = from_value_located(&Value::Object(members), "").map_err(malformed)?;
    Ok((document, key, signature_holds))
}

/// The signer, registered when `keyring` has its key under `code`; a failure when the key is
/// registered to somebody else.
fn signer(key: &DidKey, keyring: Option<&Keyring>, code: &str, failures: &mut Vec<AppraisalMessage>) -> Signer {
    let did = key.did();
    let mut signer = Signer { did: did.clone(), fingerprint: key.fingerprint(), registered: None };
    match keyring.and_then(|ring| ring.find(&did)) {
        Some(entry) if entry.agency.code == code => signer.registered = Some(entry.agency.clone()),
        Some(entry) => failures.push(AppraisalMessage::RegisteredToAnother {
            fingerprint: signer.fingerprint.clone(),
            registered_code: entry.agency.code.clone(),
            expected_code: code.to_string(),
        }),
        None => {}
    }
    signer
}

/// A signed document of `format`, its signer (registered when `keyring` has the key under the
/// code `party` names) and what is already wrong with it.
fn open_signed<T: DeserializeOwned>(
    bytes: &[u8],
    format: &str,
    keyring: Option<&Keyring>,
    party: impl Fn(&T) -> String,
) -> Result<(T, Signer, Vec<AppraisalMessage>), AppraisalMessage> {
    let (document, key, signature_holds) = open::<T>(bytes, format)?;
    let mut failures = Vec::new();
    if !signature_holds {
        failures.push(AppraisalMessage::BadSignature);
    }
    let signer = signer(&key, keyring, &party(&document), &mut failures);
    Ok((document, signer, failures))
}

/// Reads the score file an appraisal is about (its own checks are `scorefile::verify`'s). The
/// pages read score files through this one function too: one copy of the reader in each wasm.
pub fn score_document(bytes: &[u8]) -> Result<ScoreDocument, AppraisalMessage> {
    let value = profile::parse_strict(bytes).map_err(|_| AppraisalMessage::NotAScoreFile)?;
    let mut members = match value {
        Value::Object(map) => map,
        _ => return Err(AppraisalMessage::NotAScoreFile),
    };
    members.remove("proof");
    from_value_located(&Value::Object(members), "").map_err(|_| AppraisalMessage::NotAScoreFile)
}

/// Checks an appraisal file against the score file it names, the known criteria sets and the
/// authority's keyring (the council's keys, under the appraiser's code). Never panics.
pub fn verify_appraisal(
    bytes: &[u8],
    score_file: &[u8],
    known: &[CriteriaSet],
    authority: Option<&Keyring>,
) -> Check<AppraisalDocument> {
    let party = |d: &AppraisalDocument| d.appraiser.code.clone();
    let (document, signer, mut failures) = match open_signed(bytes, APPRAISAL_FORMAT, authority, party) {
        Ok(opened) => opened,
        Err(message) => return Check::failed(message),
    };
    let score = match (file_sha256(score_file), score_document(score_file)) {
        (Ok(hash), Ok(score)) => {
            if hash != document.score_file {
                failures.push(AppraisalMessage::BoundToAnotherFile { bound: document.score_file.clone(), given: hash });
            }
            Some(score)
        }
        _ => {
            failures.push(AppraisalMessage::NotAScoreFile);
            None
        }
    };
    if let Some(score) = &score {
        if (&score.agency, score.year, &score.criteria) != (&document.agency, document.year, &document.criteria) {
            failures.push(AppraisalMessage::OtherAgencyOrYear);
        }
        match known.iter().find(|set| crate::answers::CriteriaRef::of(set) == document.criteria) {
            None => failures.push(AppraisalMessage::UnknownCriteria {
                id: document.criteria.id.clone(),
                version: document.criteria.version.clone(),
            }),
            Some(set) => failures.extend(recompute(set, score, &document)),
        }
    }
    Check { document: Some(document), signer: Some(signer), failures }
}

/// Every figure the appraisal claims that scoring its answers does not give, and items the set
/// does not have.
fn recompute(criteria: &CriteriaSet, score: &ScoreDocument, appraisal: &AppraisalDocument) -> Vec<AppraisalMessage> {
    let mut out: Vec<AppraisalMessage> = appraisal
        .items
        .keys()
        .filter(|code| criteria.find(code).is_none())
        .map(|code| AppraisalMessage::UnknownItem { code: code.clone() })
        .collect();
    let card = scoring::score(criteria, &appraisal.draft(score));
    out.extend(card.problems.iter().map(|p| AppraisalMessage::AnswerProblem { code: p.code().to_string() }));
    let fresh = ClaimedScorecard::of(criteria, &card);
    let claimed = &appraisal.scorecard;
    for (code, points) in &fresh.nodes {
        if claimed.nodes.get(code) != Some(points) {
            out.push(AppraisalMessage::FigureDiffers {
                location: code.clone(),
                claimed: claimed.nodes.get(code).map(|d| d.canonical()),
                recomputed: Some(points.canonical()),
            });
        }
    }
    if (claimed.totals != fresh.totals) || claimed.index != fresh.index || claimed.band != fresh.band {
        out.push(AppraisalMessage::FigureDiffers {
            location: "index".into(),
            claimed: Some(claimed.index.canonical()),
            recomputed: Some(fresh.index.canonical()),
        });
    }
    out
}

/// Checks an explanation file against the appraisal file it answers and the agencies' keyring
/// (under the agency's code). Never panics.
pub fn verify_explanation(
    bytes: &[u8],
    appraisal_file: &[u8],
    agencies: Option<&Keyring>,
) -> Check<ExplanationDocument> {
    let party = |d: &ExplanationDocument| d.agency.code.clone();
    let (document, signer, mut failures) = match open_signed(bytes, EXPLANATION_FORMAT, agencies, party) {
        Ok(opened) => opened,
        Err(message) => return Check::failed(message),
    };
    match (file_sha256(appraisal_file), open::<AppraisalDocument>(appraisal_file, APPRAISAL_FORMAT)) {
        (Ok(hash), Ok((appraisal, _, _))) => {
            if hash != document.appraisal {
                failures.push(AppraisalMessage::BoundToAnotherFile { bound: document.appraisal.clone(), given: hash });
            }
            if appraisal.score_file != document.score_file
                || (&appraisal.agency, appraisal.year) != (&document.agency, document.year)
            {
                failures.push(AppraisalMessage::OtherAgencyOrYear);
            }
            for code in document.items.keys().filter(|c| !appraisal.items.contains_key(*c)) {
                failures.push(AppraisalMessage::NotAppraised { code: code.clone() });
            }
        }
        _ => failures.push(AppraisalMessage::NotAnAppraisal),
    }
    Check { document: Some(document), signer: Some(signer), failures }
}
