//! Signed score files in the core: both test vectors, round trips, every single-byte change,
//! recomputation, keys, keyrings, criteria and the profile (the encrypted backup: backup.rs).

use crate::util;
use parscore::canonical::{hex, to_canonical};
use parscore::scorefile::keys::{self, multibase_decode, DidKey, Keyring, PublicKeyFile};
use parscore::scorefile::proof::{self, ProofError};
use parscore::scorefile::verify::Difference;
use parscore::scorefile::{self, BuildError, Failure, Report, ScoreDocument, Timestamp};
use parscore::Lang;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use util::signing::*;

fn keyring() -> Keyring {
    Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&vector_key()), "Sở Minh Hoạ (đơn vị mẫu)", "SMH")])
}

/// Verifies against the teaching set and a keyring with the vector key (loaded once: the
/// byte-by-byte test verifies thousands of files).
pub(crate) fn verify(bytes: &[u8]) -> Report {
    static KNOWN: std::sync::OnceLock<(Vec<parscore::criteria::CriteriaSet>, Keyring)> = std::sync::OnceLock::new();
    let (sets, ring) = KNOWN.get_or_init(|| (vec![teaching_set()], keyring()));
    scorefile::verify(bytes, sets, Some(ring))
}

/// Signs any JSON object with the vector key, bypassing the document builder: how a forger or a
/// careless implementation would make a file.
fn sign_value(mut document: Value) -> Vec<u8> {
    let key = vector_key();
    let options = proof::options(&DidKey::of(&key), Timestamp::parse(VECTOR_CREATED).unwrap());
    document["proof"] = proof::create_proof(&document, &options, &key).expect("signs");
    serde_json::to_vec_pretty(&document).unwrap()
}

fn document_value() -> Value {
    vector_file().document.to_value()
}

fn only_failure(report: &Report) -> &Failure {
    assert_eq!(report.failures.len(), 1, "{:#?}", report.failures);
    &report.failures[0]
}

fn malformed_at(report: &Report) -> (String, String) {
    match only_failure(report) {
        Failure::Malformed { location, message } => {
            (location.get(Lang::En).to_string(), message.get(Lang::En).to_string())
        }
        other => panic!("expected malformed, got {other}"),
    }
}

// ---- the W3C test vector ----

fn w3c() -> Value {
    serde_json::from_str(&read("tests/vectors/eddsa-jcs-2022-w3c.json")).unwrap()
}

fn w3c_key() -> ed25519_dalek::SigningKey {
    let bytes = multibase_decode(w3c()["secretKeyMultibase"].as_str().unwrap()).unwrap();
    assert_eq!(&bytes[..2], &[0x80, 0x26]);
    ed25519_dalek::SigningKey::from_bytes(&bytes[2..].try_into().unwrap())
}

#[test]
fn w3c_vector_reproduces_its_proof_value_exactly() {
    let v = w3c();
    let options = v["proofOptions"].as_object().unwrap().clone();
    let proof = proof::create_proof(&v["unsecuredDocument"], &options, &w3c_key()).unwrap();
    assert_eq!(proof["proofValue"], v["expectedProofValue"]);
    assert_eq!(DidKey::of(&w3c_key()).multibase(), v["publicKeyMultibase"].as_str().unwrap());
}

#[test]
fn w3c_vector_verifies_and_fails_once_changed() {
    let v = w3c();
    let mut secured = v["unsecuredDocument"].clone();
    let mut proof = v["proofOptions"].clone();
    proof["proofValue"] = v["expectedProofValue"].clone();
    secured["proof"] = proof;
    let verified = proof::verify_proof(&secured).expect("the W3C vector verifies");
    assert_eq!(verified.key.multibase(), v["publicKeyMultibase"].as_str().unwrap());

    let mut changed = secured.clone();
    changed["credentialSubject"]["alumniOf"] = json!("The School of Examples.");
    assert_eq!(proof::verify_proof(&changed), Err(ProofError::BadSignature));
    let mut changed = secured;
    changed["proof"]["created"] = json!("2023-02-24T23:36:39Z");
    assert_eq!(proof::verify_proof(&changed), Err(ProofError::BadSignature));
}

// ---- our published vector ----

const VECTOR_FIXTURE: &str = "tests/golden/teaching-demo.score-vector.json";
const SIGNED_FIXTURE: &str = "tests/golden/teaching-demo.score.json";

/// Every value docs/score-file.md publishes, computed afresh.
fn vector_values() -> Value {
    let file = vector_file();
    let document = file.document.to_value();
    let mut config = serde_json::to_value(&file.proof).unwrap();
    config.as_object_mut().unwrap().remove("proofValue");
    let canonical_document = String::from_utf8(to_canonical(&document).unwrap()).unwrap();
    let canonical_config = String::from_utf8(to_canonical(&config).unwrap()).unwrap();
    json!({
        "seed_hex": hex(&VECTOR_SEED),
        "public_key_hex": hex(vector_key().verifying_key().as_bytes()),
        "did": DidKey::of(&vector_key()).did(),
        "fingerprint": DidKey::of(&vector_key()).fingerprint(),
        "created": VECTOR_CREATED,
        "criteria_file": TEACHING,
        "draft_file": DEMO,
        "canonical_document": canonical_document,
        "canonical_document_sha256": hex(&Sha256::digest(canonical_document.as_bytes())),
        "canonical_proof_config": canonical_config,
        "canonical_proof_config_sha256": hex(&Sha256::digest(canonical_config.as_bytes())),
        "proof_value": file.proof.proof_value,
    })
}

#[test]
fn published_vector_matches_the_golden_fixture_byte_for_byte() {
    let actual = vector_values();
    let signed = vector_file().to_json_pretty();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(root().join(VECTOR_FIXTURE), serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
        std::fs::write(root().join(SIGNED_FIXTURE), &signed).unwrap();
    }
    let golden: Value = serde_json::from_str(&read(VECTOR_FIXTURE)).unwrap();
    for field in actual.as_object().unwrap().keys() {
        assert_eq!(actual[field], golden[field], "{field} changed; if intended, rerun with UPDATE_GOLDEN=1");
    }
    assert_eq!(signed, read(SIGNED_FIXTURE), "the signed file changed byte for byte");
    // The two hashes are what proof.rs signs.
    let hashes = proof::verify_proof(&vector_file().to_value()).unwrap().hashes;
    assert_eq!(hex(&hashes.proof_config), golden["canonical_proof_config_sha256"].as_str().unwrap());
    assert_eq!(hex(&hashes.document), golden["canonical_document_sha256"].as_str().unwrap());
}

#[test]
fn docs_publish_the_vector_the_tests_check() {
    let docs = read("docs/score-file.md");
    let v = vector_values();
    for field in [
        "seed_hex",
        "public_key_hex",
        "did",
        "fingerprint",
        "canonical_document_sha256",
        "canonical_proof_config_sha256",
        "proof_value",
    ] {
        let value = v[field].as_str().unwrap();
        assert!(docs.contains(value), "docs/score-file.md does not show {field} = {value}");
    }
    assert!(docs.contains(v["canonical_proof_config"].as_str().unwrap()), "docs show the canonical proof config");
}

#[test]
fn the_committed_signed_file_verifies() {
    let report = verify(read(SIGNED_FIXTURE).as_bytes());
    assert!(report.is_valid(), "{:#?}", report.failures);
    let signer = report.signer.unwrap();
    assert_eq!(signer.registered.unwrap().code, "SMH");
    assert_eq!(report.index.unwrap().canonical(), "81");
    assert_eq!(report.band.as_deref(), Some("kha"));
}

// ---- round trips and tampering ----

#[test]
fn sign_then_verify_round_trips_in_both_layouts() {
    let key = keys::generate().unwrap();
    let file = scorefile::sign(&teaching_set(), &demo_draft(), &key, Timestamp::now(), scorefile::App::this()).unwrap();
    let ring = Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&key), "Sở Minh Hoạ", "SMH")]);
    for bytes in [file.to_json_pretty().into_bytes(), file.canonical_bytes()] {
        let report = scorefile::verify(&bytes, &[teaching_set()], Some(&ring));
        assert!(report.is_valid(), "{:#?}", report.failures);
        assert_eq!(report.signer.unwrap().did, DidKey::of(&key).did());
    }
    assert_eq!(file.file_name(), "SMH-2025-parscore-teaching-demo.score.json");
}

#[test]
fn every_single_byte_change_of_the_signed_content_fails() {
    let original = vector_file().canonical_bytes();
    assert!(verify(&original).is_valid());
    let (mut parse_failures, mut other_failures) = (0, 0);
    for i in 0..original.len() {
        // Flip a low bit, a case bit and the top bit: letters, digits, quotes, escapes and
        // UTF-8 lead bytes each turn into something else.
        for flip in [0x01, 0x20, 0x80] {
            let mut bytes = original.clone();
            bytes[i] ^= flip;
            let report = verify(&bytes);
            assert!(
                !report.is_valid(),
                "changing byte {i} ({:?} → {:?}) still verifies",
                original[i] as char,
                bytes[i] as char
            );
            match report.failures[0] {
                Failure::Malformed { .. } => parse_failures += 1,
                _ => other_failures += 1,
            }
        }
    }
    // Both paths are exercised: some changes break the JSON, others only the signature.
    assert!(parse_failures > 0 && other_failures > 0, "{parse_failures} {other_failures}");
}

#[test]
fn a_tampered_claim_is_listed_by_recomputation_with_its_node() {
    let mut document = document_value();
    assert_eq!(document["scorecard"]["nodes"]["2.1"], "5");
    document["scorecard"]["nodes"]["2.1"] = json!("14");
    // Re-signed by the agency's own key: the signature holds, the claim does not.
    let report = verify(&sign_value(document));
    match only_failure(&report) {
        Failure::ScoreDiffers { differences } => assert_eq!(
            differences,
            &[Difference {
                location: "scorecard.nodes.2.1".into(),
                claimed: Some("14".into()),
                recomputed: Some("5".into())
            }]
        ),
        other => panic!("{other}"),
    }
    assert!(report.failures[0].to_string().contains("scorecard.nodes.2.1 claims 14, recomputed 5"));
}

#[test]
fn a_changed_answer_with_its_old_scores_is_caught() {
    let mut document = document_value();
    document["answers"]["1.1"]["level"] = json!("on_time");
    let report = verify(&sign_value(document));
    let Failure::ScoreDiffers { differences } = only_failure(&report) else { panic!("{:?}", report.failures) };
    let locations: Vec<&str> = differences.iter().map(|d| d.location.as_str()).collect();
    assert_eq!(
        locations,
        [
            "scorecard.nodes.1",
            "scorecard.nodes.1.1",
            "scorecard.totals.self_assessed",
            "scorecard.totals.total",
            "scorecard.index"
        ]
    );
}

#[test]
fn a_bad_signature_is_reported_with_the_recomputation_still_run() {
    let mut value: Value = serde_json::from_slice(&vector_file().canonical_bytes()).unwrap();
    value["scorecard"]["totals"]["total"] = json!("95");
    let report = verify(value.to_string().as_bytes());
    let kinds: Vec<&str> = report.failures.iter().map(Failure::kind).collect();
    assert_eq!(kinds, ["bad_signature", "score_differs"]);
    assert!(report.failures[1].to_string().contains("scorecard.totals.total claims 95, recomputed 81"));
}

// ---- keys and criteria ----

#[test]
fn a_key_missing_from_the_keyring_is_unknown() {
    let other = PublicKeyFile::new(&DidKey::of(&ed25519_dalek::SigningKey::from_bytes(&[9; 32])), "Khác", "KHAC");
    let ring = Keyring::from_keys(vec![other]);
    let report = scorefile::verify(&vector_file().canonical_bytes(), &[teaching_set()], Some(&ring));
    let failure = only_failure(&report);
    assert_eq!(failure.kind(), "unknown_key");
    assert!(failure.to_string().contains("is not in the keyring"), "{failure}");
    // Without a keyring the signature still holds, but the signer is not verified.
    let report = scorefile::verify(&vector_file().canonical_bytes(), &[teaching_set()], None);
    assert!(report.failures.is_empty());
    assert_eq!(report.verdict(), scorefile::Verdict::SignatureOnly);
    assert!(!report.is_valid());
}

#[test]
fn a_key_registered_to_another_agency_is_unknown_for_this_one() {
    let ring = Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&vector_key()), "Sở Khác", "SK")]);
    let report = scorefile::verify(&vector_file().canonical_bytes(), &[teaching_set()], Some(&ring));
    let text = only_failure(&report).to_string();
    assert!(text.contains("registered to Sở Khác (SK), not to the file's agency"), "{text}");
}

#[test]
fn criteria_not_among_the_known_sets_is_a_mismatch() {
    let bytes = vector_file().canonical_bytes();
    let province = parscore::criteria::load(&read("criteria/province-2948-2017.json")).unwrap();
    let report = scorefile::verify(&bytes, &[province], Some(&keyring()));
    assert_eq!(only_failure(&report).kind(), "criteria_mismatch");

    // Same id, other content: the known version is named.
    let mut changed: Value = serde_json::from_str(&read(TEACHING)).unwrap();
    changed["version"] = json!("1.0.1");
    let newer = parscore::criteria::load(&changed.to_string()).unwrap();
    let report = scorefile::verify(&bytes, &[newer], Some(&keyring()));
    let text = only_failure(&report).to_string();
    assert!(text.starts_with("criteria mismatch: parscore-teaching-demo 1.0.0 (sha256 d38a48c1"), "{text}");
    assert!(text.contains("known: parscore-teaching-demo 1.0.1"), "{text}");
}

// ---- the profile, at signing and at verification ----

#[test]
fn building_normalizes_text_to_nfc_and_line_feeds() {
    let mut draft = demo_draft();
    draft.agency.name = "So\u{31b}\u{309} Minh Hoa\u{323}".into();
    draft.answers.get_mut("1.1").unwrap().note = Some("dòng 1\r\ndòng 2".into());
    let created = Timestamp::parse(VECTOR_CREATED).unwrap();
    let doc = ScoreDocument::build(&teaching_set(), &draft, created, vector_app()).unwrap();
    assert_eq!(doc.agency.name, "Sở Minh Hoạ");
    assert_eq!(doc.answers["1.1"].note.as_deref(), Some("dòng 1\ndòng 2"));
}

#[test]
fn building_refuses_what_cannot_be_scored_or_signed() {
    let created = Timestamp::parse(VECTOR_CREATED).unwrap();
    let set = teaching_set();
    let mut draft = demo_draft();
    draft.answers.get_mut("2.1").unwrap().numerator = Some(120);
    match ScoreDocument::build(&set, &draft, created, vector_app()) {
        Err(BuildError::Problems(p)) => assert_eq!(p[0].code(), "2.1"),
        other => panic!("{other:?}"),
    }
    let mut draft = demo_draft();
    draft.answers.get_mut("1.1").unwrap().note = Some("bell \u{7}".into());
    let err = ScoreDocument::build(&set, &draft, created, vector_app()).unwrap_err().to_string();
    assert!(err.starts_with("answers.1.1.note: the text holds the control character U+0007"), "{err}");
    let mut draft = demo_draft();
    draft.answers.get_mut("3.1").unwrap().count = Some(1 << 60);
    assert!(ScoreDocument::build(&set, &draft, created, vector_app()).is_err());
    let mut draft = demo_draft();
    draft.criteria.version = "0.9".into();
    let err = ScoreDocument::build(&set, &draft, created, vector_app()).unwrap_err();
    assert!(matches!(err, BuildError::CriteriaMismatch { .. }), "{err}");
}

#[test]
fn non_nfc_text_is_refused_even_under_a_valid_signature() {
    let mut document = document_value();
    document["agency"]["name"] = json!("So\u{31b}\u{309} Minh Hoa\u{323} (đơn vị mẫu)");
    let report = verify(&sign_value(document));
    let (location, message) = malformed_at(&report);
    assert_eq!(location, "agency.name");
    assert!(message.contains("NFC"), "{message}");
}

#[test]
fn numbers_other_than_safe_integers_are_refused_even_under_a_valid_signature() {
    // A fraction cannot even be signed (JCS here refuses it), so write it into a signed file.
    let text = String::from_utf8(vector_file().canonical_bytes()).unwrap();
    assert_eq!(malformed_at(&verify(text.replace("\"year\":2025", "\"year\":2025.0").as_bytes())).0, "year");
    assert_eq!(malformed_at(&verify(text.replace("\"year\":2025", "\"year\":2.025e3").as_bytes())).0, "year");
    let mut document = document_value();
    document["answers"]["3.1"]["count"] = json!(9007199254740993_u64);
    assert_eq!(malformed_at(&verify(&sign_value(document))).0, "answers.3.1.count");
    let mut document = document_value();
    document["scorecard"]["index"] = json!(81);
    let (location, message) = malformed_at(&verify(&sign_value(document)));
    assert_eq!(location, "scorecard.index");
    assert!(message.contains("decimal number written as a string"), "{message}");
}

#[test]
fn unknown_members_nulls_and_repeats_are_malformed() {
    let mut document = document_value();
    document["agency"]["email"] = json!("x@example.org");
    let (location, message) = malformed_at(&verify(&sign_value(document)));
    assert_eq!(location, "agency.email");
    assert!(message.contains("unknown field `email`"), "{message}");
    let mut document = document_value();
    document["answers"]["1.1"]["note"] = Value::Null;
    assert_eq!(malformed_at(&verify(&sign_value(document))).0, "answers.1.1.note");

    let text = String::from_utf8(vector_file().canonical_bytes()).unwrap();
    let repeated = text.replacen("{\"agency\":", "{\"year\":2025,\"agency\":", 1);
    let (location, message) = malformed_at(&verify(repeated.as_bytes()));
    assert!(location.starts_with("line 1, column"), "{location}");
    assert_eq!(message, "duplicate field `year`");
}

#[test]
fn proof_members_are_checked_before_the_signature() {
    let mut value = vector_file().to_value();
    value["proof"]["proofPurpose"] = json!("authentication");
    let (location, _) = malformed_at(&verify(value.to_string().as_bytes()));
    assert_eq!(location, "proof.proofPurpose");
    let mut value = vector_file().to_value();
    value["proof"]["proofValue"] =
        json!("u2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX");
    assert_eq!(malformed_at(&verify(value.to_string().as_bytes())).0, "proof.proofValue");
    let mut value = vector_file().to_value();
    value.as_object_mut().unwrap().remove("proof");
    assert_eq!(malformed_at(&verify(value.to_string().as_bytes())).0, "proof");
}

// ---- the backup ----
