//! The verifier worker's request and reply (src/scorefile/request.rs): what the web app's Verify
//! page sends and gets back, without a browser.

use ed25519_dalek::SigningKey;
use parscore::scorefile::request::{answer, handle, read_keyring, KeyringStatus, VerifyReply, VerifyRequest};
use parscore::scorefile::{DidKey, Failure, Keyring, PublicKeyFile, Report, Verdict};

const FINGERPRINT: &str = "5647-5AA7-5463-474C-0285";

fn read(relative: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect(relative)
}

fn golden() -> String {
    read("tests/golden/teaching-demo.score.json")
}

fn request(files: Vec<String>, keyring: Option<String>) -> VerifyRequest {
    let criteria = vec![read("criteria/teaching-demo.json"), read("criteria/province-2948-2017.json")];
    VerifyRequest { id: 7, files, keyring, criteria, sets: Vec::new() }
}

/// The reply to `request`, through JSON both ways as between the app and the worker.
fn verified(request: &VerifyRequest) -> (KeyringStatus, Vec<Report>) {
    let text = answer(&serde_json::to_string(request).unwrap());
    let reply: VerifyReply = serde_json::from_str(&text).unwrap();
    assert_eq!(reply, handle(request), "the reply reads back from its JSON unchanged");
    match reply {
        VerifyReply::Verified { id, keyring, reports } => {
            assert_eq!(id, request.id);
            assert_eq!(reports.len(), request.files.len());
            (keyring, reports)
        }
        other => panic!("not verified: {other:?}"),
    }
}

#[test]
fn the_golden_file_verifies_with_the_golden_keyring() {
    let ring = read("tests/golden/teaching-demo.keyring.json");
    let (keyring, reports) = verified(&request(vec![golden()], Some(ring)));
    assert_eq!(keyring, KeyringStatus::Loaded { keys: 1 });
    let report = &reports[0];
    assert!(report.is_valid(), "{:?}", report.failures);
    let signer = report.signer.as_ref().unwrap();
    assert_eq!(signer.fingerprint, FINGERPRINT);
    assert_eq!(signer.did, "did:key:z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd");
    let owner = signer.registered.as_ref().unwrap();
    assert_eq!((owner.name.as_str(), owner.code.as_str()), ("Sở Minh Hoạ (đơn vị mẫu)", "SMH"));
    assert_eq!(report.criteria.as_ref().unwrap().id, "parscore-teaching-demo");
    assert_eq!(report.band.as_deref(), Some("kha"));
}

#[test]
fn a_public_key_file_is_a_keyring_of_one() {
    let ring = read("tests/golden/teaching-demo.keyring.json");
    let array: Vec<serde_json::Value> = serde_json::from_str(&ring).unwrap();
    let entry = array[0].to_string();
    assert_eq!(read_keyring(&entry).unwrap(), read_keyring(&ring).unwrap());
    let (keyring, reports) = verified(&request(vec![golden()], Some(entry)));
    assert_eq!(keyring, KeyringStatus::Loaded { keys: 1 });
    assert!(reports[0].is_valid());
}

#[test]
fn without_a_keyring_the_signer_is_shown_unchecked() {
    let (keyring, reports) = verified(&request(vec![golden()], None));
    assert_eq!(keyring, KeyringStatus::NotGiven);
    assert!(reports[0].failures.is_empty());
    assert_eq!(reports[0].verdict(), Verdict::SignatureOnly);
    assert!(!reports[0].is_valid());
    let signer = reports[0].signer.as_ref().unwrap();
    assert_eq!((signer.fingerprint.as_str(), signer.registered.as_ref()), (FINGERPRINT, None));
}

#[test]
fn an_invalid_keyring_is_located_and_the_files_are_verified_without_it() {
    let forged = read("tests/golden/teaching-demo.keyring.json").replace(FINGERPRINT, "0000-0000-0000-0000-0000");
    let (keyring, reports) = verified(&request(vec![golden()], Some(forged)));
    let KeyringStatus::Invalid { location, message } = keyring else { panic!("{keyring:?}") };
    assert_eq!(location, "[0].fingerprint");
    assert!(message.contains(FINGERPRINT), "{message}");
    assert_eq!(reports[0].verdict(), Verdict::SignatureOnly);
    let (keyring, _) = verified(&request(vec![golden()], Some("not json".into())));
    assert!(matches!(keyring, KeyringStatus::Invalid { location, .. } if location.contains("line 1")));
}

#[test]
fn a_key_registered_elsewhere_or_not_at_all_is_an_unknown_key() {
    let elsewhere = read("tests/golden/teaching-demo.keyring.json").replace("\"SMH\"", "\"XYZ\"");
    let stranger = DidKey::of(&SigningKey::from_bytes(&[7; 32]));
    let other = Keyring::from_keys(vec![PublicKeyFile::new(&stranger, "Sở Khác", "SK")]).to_json_pretty();
    let (_, reports) = verified(&request(vec![golden()], Some(elsewhere)));
    let [Failure::UnknownKey { registered_to: Some(owner), fingerprint, .. }] = reports[0].failures.as_slice() else {
        panic!("{:?}", reports[0])
    };
    assert_eq!((owner.code.as_str(), fingerprint.as_str()), ("XYZ", FINGERPRINT));
    let (_, reports) = verified(&request(vec![golden()], Some(other)));
    assert!(matches!(reports[0].failures.as_slice(), [Failure::UnknownKey { registered_to: None, .. }]));
}

#[test]
fn a_changed_claim_fails_the_signature_and_the_recomputation_names_the_node() {
    let tampered = golden().replacen("\"2.1\": \"5\"", "\"2.1\": \"6\"", 1);
    assert_ne!(tampered, golden());
    let (_, reports) = verified(&request(vec![golden(), tampered], None));
    assert!(reports[0].failures.is_empty());
    assert_eq!(reports[0].verdict(), Verdict::SignatureOnly, "no keyring: the signer is not verified");
    assert_eq!(reports[1].verdict(), Verdict::Invalid);
    let kinds: Vec<&str> = reports[1].failures.iter().map(Failure::kind).collect();
    assert_eq!(kinds, ["bad_signature", "score_differs"]);
    let Failure::ScoreDiffers { differences } = &reports[1].failures[1] else { unreachable!() };
    let first = &differences[0];
    assert_eq!(first.location, "scorecard.nodes.2.1");
    assert_eq!((first.claimed.as_deref(), first.recomputed.as_deref()), (Some("6"), Some("5")));
}

#[test]
fn garbage_and_unknown_sets_are_malformed_or_mismatched_with_a_place() {
    let unknown = golden().replace("parscore-teaching-demo", "parscore-other-set");
    let (_, reports) = verified(&request(vec!["{\"format\": ".into(), String::new(), unknown], None));
    for report in &reports[..2] {
        let [Failure::Malformed { location, .. }] = report.failures.as_slice() else { panic!("{report:?}") };
        assert!(location.get(parscore::Lang::En).contains("line 1"), "{location:?}");
        assert!(location.get(parscore::Lang::Vi).contains("dòng 1"), "{location:?}");
    }
    assert!(reports[2].failures.iter().any(|f| matches!(f, Failure::CriteriaMismatch { .. })), "{:?}", reports[2]);
}

#[test]
fn a_message_that_is_not_a_request_gets_a_bad_request_reply() {
    for text in ["", "null", "{\"files\": 3}", "[1, 2]"] {
        let reply: VerifyReply = serde_json::from_str(&answer(text)).unwrap();
        assert!(matches!(reply, VerifyReply::BadRequest { .. }), "{text}: {reply:?}");
    }
    assert_eq!(serde_json::to_string(&VerifyReply::Ready).unwrap(), r#""ready""#);
}

#[test]
fn a_failure_of_no_known_kind_does_not_read() {
    let err = serde_json::from_str::<Failure>(r#"{"kind": "forged", "reason": "x"}"#).unwrap_err();
    assert!(err.to_string().contains("\"forged\" is not a kind of failure"), "{err}");
    assert!(serde_json::from_str::<Failure>(r#"{"kind": "criteria_mismatch", "known": []}"#).is_err());
}

#[test]
fn the_worker_checks_criteria_sets_signatures_for_the_form() {
    use parscore::scorefile::request::SetCheckReply;
    use parscore::scorefile::Timestamp;
    use parscore::signedset::{held_trust, sign_set, verify_set, Broken, SetTrust, SignatureVerdict};
    let demo = read("criteria/teaching-demo.json");
    let created = Timestamp::parse("2026-01-02T03:04:05Z").unwrap();
    let signed = sign_set(&demo, &SigningKey::from_bytes(&[3; 32]), "Sở Nội vụ", "SNV", created).unwrap();
    let altered = signed.replacen("\"max\": \"10\"", "\"max\": \"12\"", 1);
    assert_ne!(altered, signed);
    let sets = vec![signed, demo, altered];
    let asked = VerifyRequest { id: 9, sets: sets.clone(), ..VerifyRequest::default() };
    let reply: SetCheckReply = serde_json::from_str(&answer(&serde_json::to_string(&asked).unwrap())).unwrap();
    let SetCheckReply::SetsChecked { id, verdicts } = reply else { panic!("not a set check: {reply:?}") };
    assert_eq!(id, 9);
    assert_eq!(verdicts[..2], [SignatureVerdict::Holds, SignatureVerdict::Holds]);
    let SignatureVerdict::Refused(why) = &verdicts[2] else { panic!("the altered set refused: {verdicts:?}") };
    assert_eq!(why.vi, SetTrust::Tampered(Broken::BadSignature).text(parscore::Lang::Vi));
    // What the form builds from a set whose signature holds is what the verifier finds itself.
    for text in &sets[..2] {
        let set = parscore::criteria::load(text).unwrap();
        assert_eq!(held_trust(&set), verify_set(text, None));
    }
    // The worker's first message reads as the form's "ready" too.
    assert_eq!(serde_json::from_str::<SetCheckReply>("\"ready\"").unwrap(), SetCheckReply::Ready);
}
