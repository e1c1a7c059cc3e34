//! Appraisal files: built, signed, verified; tampering, binding and forged figures found.

use parscore::appraisal::{compare, document, verify_appraisal, AppraisalMessage, Stage, Trust};
use parscore::scorefile::keys::Keyring;
use serde_json::Value;

use super::*;

fn check(appraisal: &[u8], score: &[u8], ring: Option<&Keyring>) -> parscore::appraisal::Check<AppraisalDocument> {
    verify_appraisal(appraisal, score, &[teaching_set()], ring)
}

#[test]
fn a_signed_appraisal_verifies_against_its_score_file_and_the_council_key() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let ring = authority_ring();
    let checked = check(&appraisal, &bytes, Some(&ring));
    assert_eq!(checked.failures, vec![]);
    assert_eq!(checked.trust(), Trust::Verified);
    let document = checked.document.expect("read");
    assert_eq!(document.stage, Stage::Appraisal);
    assert_eq!(document.agency.code, "SMH");
    assert_eq!(checked.signer.and_then(|s| s.registered).map(|o| o.code), Some("SNV".to_string()));
}

#[test]
fn the_council_answer_is_scored_by_the_core_and_compared_item_by_item() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_document(&bytes, &score, council_items());
    let items = compare(&teaching_set(), &score, &appraisal);
    let changed: Vec<_> = items.iter().filter(|i| i.differs()).collect();
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(changed[0].code, "1.1");
    assert_eq!(
        (changed[0].self_points.canonical(), changed[0].appraised_points.canonical()),
        ("5".into(), "10".into())
    );
    assert!(changed[0].answered_by_council);
    let agreed = items.iter().find(|i| i.code == "2.1").expect("2.1");
    assert!(!agreed.differs() && !agreed.answered_by_council && agreed.comment.as_deref() == Some("Đồng ý."));
    // Five more points on a 100-point scale: the index rises by exactly 5.
    assert_eq!(appraisal.scorecard.index - score.scorecard.index, util::d("5"));
}

#[test]
fn without_the_council_in_the_keyring_a_good_signature_is_not_verified() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    assert_eq!(check(&appraisal, &bytes, None).trust(), Trust::SignatureOnly);
    // The agency's own keyring does not name the council: still only a signature.
    assert_eq!(check(&appraisal, &bytes, Some(&agency_ring())).trust(), Trust::SignatureOnly);
}

#[test]
fn a_council_key_registered_to_another_code_is_refused() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let mut ring = authority_ring();
    ring.entries[0].agency.code = "SNV-KHAC".into();
    let checked = check(&appraisal, &bytes, Some(&ring));
    assert_eq!(checked.trust(), Trust::Invalid);
    assert!(
        matches!(&checked.failures[..], [AppraisalMessage::RegisteredToAnother { expected_code, .. }] if expected_code == "SNV")
    );
}

#[test]
fn a_changed_comment_breaks_the_signature() {
    let (bytes, score) = score_file();
    let appraisal = String::from_utf8(appraisal_file(&bytes, &score, council_items())).unwrap();
    let tampered = appraisal.replace("Đồng ý.", "Không đồng ý.");
    assert_ne!(tampered, appraisal);
    let checked = check(tampered.as_bytes(), &bytes, Some(&authority_ring()));
    assert_eq!(checked.failures, vec![AppraisalMessage::BadSignature]);
    assert_eq!(checked.trust(), Trust::Invalid);
}

#[test]
fn an_appraisal_given_with_another_score_file_is_refused() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let mut other = demo_draft();
    other.answers.get_mut("2.1").unwrap().numerator = Some(90);
    let other = parscore::scorefile::sign(&teaching_set(), &other, &vector_key(), time(VECTOR_CREATED), vector_app())
        .unwrap()
        .to_json_pretty();
    let checked = check(&appraisal, other.as_bytes(), Some(&authority_ring()));
    assert!(
        checked.failures.iter().any(|f| matches!(f, AppraisalMessage::BoundToAnotherFile { .. })),
        "{:?}",
        checked.failures
    );
    assert_eq!(checked.trust(), Trust::Invalid);
}

#[test]
fn the_same_score_file_laid_out_differently_is_still_the_one_bound() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let compact = serde_json::to_vec(&serde_json::from_slice::<Value>(&bytes).unwrap()).unwrap();
    assert_ne!(compact, bytes);
    assert_eq!(check(&appraisal, &compact, Some(&authority_ring())).trust(), Trust::Verified);
}

#[test]
fn forged_appraised_figures_are_found_by_recomputing() {
    let (bytes, score) = score_file();
    let mut appraisal = appraisal_document(&bytes, &score, council_items());
    appraisal.scorecard.nodes.insert("1.1".into(), util::d("7"));
    let signed = document::sign(&appraisal, &council_key(), time("2026-02-10T08:00:00Z")).unwrap();
    let checked = check(signed.as_bytes(), &bytes, Some(&authority_ring()));
    assert!(
        checked
            .failures
            .iter()
            .any(|f| matches!(f, AppraisalMessage::FigureDiffers { location, claimed: Some(c), recomputed: Some(r) }
            if location == "1.1" && c == "7" && r == "10")),
        "{:?}",
        checked.failures
    );
}

#[test]
fn an_answer_the_rule_cannot_score_is_not_signed() {
    let (bytes, score) = score_file();
    let mut items = council_items();
    items.get_mut("1.1").unwrap().answer =
        Some(parscore::answers::Answer { level: Some("no_such_level".into()), ..Default::default() });
    let hash = document::file_sha256(&bytes).unwrap();
    let built = AppraisalDocument::build(
        &teaching_set(),
        &score,
        hash,
        council(),
        Stage::Appraisal,
        items,
        time(VECTOR_CREATED),
    );
    assert!(matches!(built, Err(document::BuildError::Problems(p)) if p.len() == 1 && p[0].code() == "1.1"));
}

#[test]
fn a_value_its_reader_could_not_hold_is_not_signed() {
    // Found by fuzzing (tests/fuzz-regressions/appraisal): a field the rule ignores, beyond the
    // range a decimal is read in, was signed into a file that then did not verify.
    let (bytes, score) = score_file();
    let mut items = council_items();
    let huge = parscore::decimal::Decimal::from_units(7_596_554_927_999_903_090);
    items.get_mut("1.1").unwrap().answer =
        Some(parscore::answers::Answer { level: Some("on_time".into()), points: Some(huge), ..Default::default() });
    let hash = document::file_sha256(&bytes).unwrap();
    let built = AppraisalDocument::build(
        &teaching_set(),
        &score,
        hash,
        council(),
        Stage::Appraisal,
        items,
        time(VECTOR_CREATED),
    );
    let Err(document::BuildError::Profile(malformed)) = built else { panic!("refused as the reader would: {built:?}") };
    assert_eq!(malformed.text(parscore::Lang::En), "items.1.1.answer.points: `759655492799990.309` is too large");
    assert_eq!(malformed.text(parscore::Lang::Vi), "items.1.1.answer.points: `759655492799990.309` quá lớn");
}

#[test]
fn a_score_file_is_not_an_appraisal() {
    let (bytes, _) = score_file();
    let checked = check(&bytes, &bytes, Some(&authority_ring()));
    assert!(
        matches!(&checked.failures[..], [AppraisalMessage::WrongFormat { found, .. }] if found == "parscore-score/1")
    );
    for garbage in [&b""[..], b"[]", b"{\"format\": \"parscore-appraisal/1\"}", &[0xff, 0xfe]] {
        assert_eq!(check(garbage, &bytes, None).trust(), Trust::Invalid);
    }
}
