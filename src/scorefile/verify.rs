//! Verifying a score file, as a receiving authority does: one report per file, with a reason for
//! each kind of failure.
//!
//! 1. malformed: not strict JSON, outside the profile, or not a score document (with location);
//! 2. bad signature: the proof does not verify;
//! 3. unknown key: the signer's did:key is not in the keyring, or registered to another agency;
//! 4. criteria mismatch: the criteria id, version and SHA-256 are not a known set's;
//! 5. recomputed score differs: [`crate::scoring::score`] on the signed answers gives other
//!    figures than the file claims (every differing node is listed).
//!
//! A malformed file stops there; the other checks all run, so that a report tells everything.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::document::{self, ClaimedScorecard, ScoreDocument, FORMAT};
use super::keyring::Keyring;
use super::keys::{DidKey, KeyOwner};
use super::profile::{self, FileProblem, Kind, Malformed};
use super::proof::{self, Proof, ProofError};
use super::time::Timestamp;
use super::trust::Verdict;
use crate::answers::{agency_label, Agency, CriteriaRef};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scoring;
use crate::Text;

/// What verifying one file found. It reads back from its JSON too: the web app gets it that way
/// from its verifier worker ([`super::request`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Who signed, when the proof names a key.
    pub signer: Option<Signer>,
    /// What the file says about itself, when it can be read.
    pub agency: Option<Agency>,
    pub year: Option<u16>,
    pub criteria: Option<CriteriaRef>,
    /// The index and band (id) the file claims.
    pub index: Option<Decimal>,
    pub band: Option<String>,
    /// When the file was signed (the proof's `created`), to tell the later of two files.
    #[serde(default)]
    pub created: Option<Timestamp>,
    /// Empty when every check passed; [`Report::verdict`] says whether the file is trusted.
    pub failures: Vec<Failure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signer {
    pub did: String,
    pub fingerprint: String,
    /// The keyring's entry for this key, when a keyring was given and has it.
    pub registered: Option<KeyOwner>,
}

/// One reason a file does not verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "FailureFields")]
pub enum Failure {
    #[error("malformed: {}: {}", location.get(crate::Lang::En), message.get(crate::Lang::En))]
    Malformed { location: Text, message: Text },
    #[error("bad signature: {reason}")]
    BadSignature { reason: String },
    #[error("unknown key: {did} (fingerprint {fingerprint}) {}", match registered_to {
        None => "is not in the keyring".to_string(),
        Some(owner) => format!("is registered to {} ({}), not to the file's agency {}", owner.name, owner.code, file_agency),
    })]
    UnknownKey { did: String, fingerprint: String, file_agency: String, registered_to: Option<KeyOwner> },
    #[error("criteria mismatch: {} {} (sha256 {}) is not a known criteria set{}", claimed.id, claimed.version, claimed.sha256,
        if known.is_empty() { String::new() } else { format!("; known: {}", known.join(", ")) })]
    CriteriaMismatch { claimed: CriteriaRef, known: Vec<String> },
    #[error("recomputed score differs: {}", differences.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("; "))]
    ScoreDiffers { differences: Vec<Difference> },
}

impl Failure {
    /// The kind in one word, as `--json` writes it.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Malformed { .. } => "malformed",
            Failure::BadSignature { .. } => "bad_signature",
            Failure::UnknownKey { .. } => "unknown_key",
            Failure::CriteriaMismatch { .. } => "criteria_mismatch",
            Failure::ScoreDiffers { .. } => "score_differs",
        }
    }
}

/// Every member a failure may have: reading a failure back through this flat shape spares the
/// web app serde's buffering of internally tagged enums (a few kB of its wasm). The JSON is the
/// same as the derived form's.
#[derive(Deserialize)]
struct FailureFields {
    kind: String,
    #[serde(default)]
    location: Text,
    #[serde(default)]
    message: Text,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    did: String,
    #[serde(default)]
    fingerprint: String,
    #[serde(default)]
    file_agency: String,
    #[serde(default)]
    registered_to: Option<KeyOwner>,
    claimed: Option<CriteriaRef>,
    #[serde(default)]
    known: Vec<String>,
    #[serde(default)]
    differences: Vec<Difference>,
}

impl TryFrom<FailureFields> for Failure {
    type Error = String;

    fn try_from(f: FailureFields) -> Result<Failure, String> {
        Ok(match f.kind.as_str() {
            "malformed" => Failure::Malformed { location: f.location, message: f.message },
            "bad_signature" => Failure::BadSignature { reason: f.reason },
            "unknown_key" => Failure::UnknownKey {
                did: f.did,
                fingerprint: f.fingerprint,
                file_agency: f.file_agency,
                registered_to: f.registered_to,
            },
            "criteria_mismatch" => Failure::CriteriaMismatch {
                claimed: f.claimed.ok_or("a criteria mismatch names the claimed set")?,
                known: f.known,
            },
            "score_differs" => Failure::ScoreDiffers { differences: f.differences },
            other => return Err(format!("\"{other}\" is not a kind of failure")),
        })
    }
}

/// One figure the file claims that recomputation does not give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{location} claims {}, recomputed {}", claimed.as_deref().unwrap_or("nothing"), recomputed.as_deref().unwrap_or("nothing"))]
pub struct Difference {
    /// `scorecard.nodes.2.1`, `scorecard.totals.total`, `scorecard.band.id`, `answers.2.1.numerator`.
    pub location: String,
    pub claimed: Option<String>,
    pub recomputed: Option<String>,
}

impl Report {
    /// Whether the file is trusted: [`Verdict::Verified`], its signer registered for its agency.
    /// A valid signature by an unregistered key is not enough.
    pub fn is_valid(&self) -> bool {
        self.verdict() == Verdict::Verified
    }

    fn malformed(mut self, m: Malformed) -> Report {
        self.failures.push(Failure::Malformed { location: m.location, message: m.message });
        self
    }
}

/// Verifies the bytes of a score file against the known criteria sets and, when given, the
/// keyring of registered agencies. Never panics, whatever the bytes.
pub fn verify(bytes: &[u8], known: &[CriteriaSet], keyring: Option<&Keyring>) -> Report {
    let mut report = Report {
        signer: None,
        agency: None,
        year: None,
        criteria: None,
        index: None,
        band: None,
        created: None,
        failures: Vec::new(),
    };
    let mut value = match profile::parse_strict(bytes).and_then(|v| profile::check(&v).map(|()| v)) {
        Ok(value) => value,
        Err(m) => return report.malformed(m),
    };
    let (document, proof) = match read(&mut value) {
        Ok(read) => read,
        Err(m) => return report.malformed(m),
    };
    report.agency = Some(document.agency.clone());
    report.year = Some(document.year);
    report.criteria = Some(document.criteria.clone());
    report.index = Some(document.scorecard.index);
    report.band = document.scorecard.band.as_ref().map(|b| b.id.clone());
    let key = match DidKey::from_verification_method_in(&proof.verification_method, keyring) {
        Ok(key) => key,
        Err(e) => return report.malformed(proof::bad_key("proof.verificationMethod", &e)),
    };
    // The method's DID is the key's own (read above): not encoded again.
    let did = proof.verification_method.split_once('#').map_or_else(|| key.did(), |(did, _)| did.to_string());
    report.created = Some(proof.created);
    match proof::verify_proof_by(&value, Some(&key)) {
        Ok(_) => {}
        Err(ProofError::BadSignature) => report.failures.push(Failure::BadSignature {
            reason: format!("the signature by {did} does not match the file's content"),
        }),
        Err(ProofError::Malformed(m)) => {
            return report.malformed(m);
        }
    }
    let mut signer = Signer { did: did.clone(), fingerprint: key.fingerprint(), registered: None };
    if let Some(ring) = keyring {
        let file_agency = agency_label(&document.agency.name, &document.agency.code);
        match ring.find(&did) {
            Some(entry) if entry.agency.code == document.agency.code => signer.registered = Some(entry.agency.clone()),
            entry => report.failures.push(Failure::UnknownKey {
                did: did.clone(),
                fingerprint: signer.fingerprint.clone(),
                file_agency,
                registered_to: entry.map(|e| e.agency.clone()),
            }),
        }
    }
    report.signer = Some(signer);
    match known.iter().find(|set| CriteriaRef::of(set) == document.criteria) {
        None => {
            let mut same_id: Vec<String> = known
                .iter()
                .filter(|set| set.id == document.criteria.id)
                .map(|set| format!("{} {} (sha256 {})", set.id, set.version, set.sha256))
                .collect();
            same_id.dedup();
            report.failures.push(Failure::CriteriaMismatch { claimed: document.criteria.clone(), known: same_id });
        }
        Some(set) => {
            let differences = recompute(set, &document);
            if !differences.is_empty() {
                report.failures.push(Failure::ScoreDiffers { differences });
            }
        }
    }
    report
}

/// The typed document and proof of a profile-checked value. The proof is taken out while the
/// document is read and put back after, rather than the whole file copied without it.
fn read(value: &mut Value) -> Result<(ScoreDocument, Proof), Malformed> {
    let Value::Object(members) = value else {
        return Err(Malformed::at("", FileProblem::NotAnObject { what: Kind::ScoreFile }));
    };
    let proof = members.remove("proof").ok_or_else(|| Malformed::at("proof", FileProblem::NotSigned))?;
    let read = read_parts(value, &proof);
    if let Value::Object(members) = value {
        members.insert("proof".into(), proof);
    }
    read
}

fn read_parts(members: &Value, proof: &Value) -> Result<(ScoreDocument, Proof), Malformed> {
    match members.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        found => {
            let problem = FileProblem::Expected { wanted: FORMAT.into(), found: found.map(str::to_string) };
            return Err(Malformed::at("format", problem));
        }
    }
    let document: ScoreDocument = document::from_value_located(members, "")?;
    if document.criteria.publisher.is_some() {
        // Drafts may name the set's publisher; parscore-score/1 names the content only.
        return Err(Malformed::at("criteria.publisher", FileProblem::PublisherNotAllowed));
    }
    let proof: Proof = document::from_value_located(proof, "proof")?;
    for (field, found, wanted) in [
        ("proof.type", &proof.proof_type, proof::PROOF_TYPE),
        ("proof.cryptosuite", &proof.cryptosuite, proof::CRYPTOSUITE),
        ("proof.proofPurpose", &proof.proof_purpose, proof::PROOF_PURPOSE),
    ] {
        if found != wanted {
            let problem = FileProblem::Expected { wanted: wanted.into(), found: Some(found.clone()) };
            return Err(Malformed::at(field, problem));
        }
    }
    Ok((document, proof))
}

/// Every figure of the claimed scorecard that scoring the signed answers does not give, in the
/// criteria's node order, then totals, index and band; answers that cannot be scored come last.
pub fn recompute(criteria: &CriteriaSet, document: &ScoreDocument) -> Vec<Difference> {
    let card = scoring::score(criteria, &document.draft());
    let fresh = ClaimedScorecard::of(criteria, &card);
    let claimed = &document.scorecard;
    let mut out = Vec::new();
    let mut differ = |location: String, claimed: Option<String>, recomputed: Option<String>| {
        if claimed != recomputed {
            out.push(Difference { location, claimed, recomputed });
        }
    };
    let text = |d: Option<&Decimal>| d.map(|d| d.canonical());
    for node in &criteria.nodes {
        // Equal decimals have equal canonical texts: only a difference is written out.
        let (was, now) = (claimed.nodes.get(&node.code), fresh.nodes.get(&node.code));
        if was != now {
            differ(format!("scorecard.nodes.{}", node.code), text(was), text(now));
        }
    }
    for (code, points) in &claimed.nodes {
        if criteria.find(code).is_none() {
            differ(format!("scorecard.nodes.{code}"), Some(points.canonical()), None);
        }
    }
    let (c, f) = (&claimed.totals, &fresh.totals);
    for (name, claimed, fresh) in [
        ("self_assessed", c.self_assessed, f.self_assessed),
        ("survey", c.survey, f.survey),
        ("bonus", c.bonus, f.bonus),
        ("penalty", c.penalty, f.penalty),
        ("total", c.total, f.total),
        ("scale", c.scale, f.scale),
    ] {
        differ(format!("scorecard.totals.{name}"), Some(claimed.canonical()), Some(fresh.canonical()));
    }
    for (name, claimed, fresh) in [
        ("answered", c.answered, f.answered),
        ("items", c.items, f.items),
        ("survey_entered", c.survey_entered, f.survey_entered),
        ("survey_items", c.survey_items, f.survey_items),
    ] {
        differ(format!("scorecard.totals.{name}"), Some(claimed.to_string()), Some(fresh.to_string()));
    }
    differ("scorecard.index".into(), Some(claimed.index.canonical()), Some(fresh.index.canonical()));
    let band = |b: &Option<document::ClaimedBand>, pick: fn(&document::ClaimedBand) -> String| b.as_ref().map(pick);
    differ("scorecard.band.id".into(), band(&claimed.band, |b| b.id.clone()), band(&fresh.band, |b| b.id.clone()));
    differ(
        "scorecard.band.by_index".into(),
        band(&claimed.band, |b| b.by_index.clone()),
        band(&fresh.band, |b| b.by_index.clone()),
    );
    differ(
        "scorecard.band.capped_by".into(),
        band(&claimed.band, |b| b.capped_by.join(", ")),
        band(&fresh.band, |b| b.capped_by.join(", ")),
    );
    for problem in &card.problems {
        let location = match problem.field() {
            Some(field) => format!("answers.{}.{}", problem.code(), field.name()),
            None => format!("answers.{}", problem.code()),
        };
        differ(
            location,
            Some("an answer".into()),
            Some(format!("cannot be scored: {}", problem.message(crate::Lang::En))),
        );
    }
    out
}
