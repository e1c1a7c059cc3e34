//! Explanation files: the agency answers the items it disputes, bound to the appraisal.

use parscore::i18n::Bilingual;
use std::collections::BTreeMap;

use parscore::appraisal::document::{self, ExplainedItem, ExplanationDocument, EXPLANATION_FORMAT};
use parscore::appraisal::{verify_explanation, AppraisalMessage, Trust};
use parscore::scorefile::profile::{FileProblem, Malformed, Place};
use parscore::Lang;

use super::*;

fn explanation(appraisal: &[u8], score: &ScoreDocument, code: &str) -> Vec<u8> {
    let mut items = BTreeMap::new();
    items.insert(code.to_string(), ExplainedItem { text: "Đơn vị đề nghị giữ điểm tự chấm.".into(), evidence: vec![] });
    let doc = ExplanationDocument {
        format: EXPLANATION_FORMAT.into(),
        appraisal: document::file_sha256(appraisal).unwrap(),
        score_file: document::file_sha256(&vector_file().to_json_pretty().into_bytes()).unwrap(),
        agency: score.agency.clone(),
        year: score.year,
        created: time("2026-02-20T08:00:00Z"),
        items,
    };
    document::sign(&doc, &vector_key(), time("2026-02-20T08:00:00Z")).unwrap().into_bytes()
}

#[test]
fn the_agency_explanation_verifies_against_its_appraisal_and_its_key() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let explained = explanation(&appraisal, &score, "1.1");
    let checked = verify_explanation(&explained, &appraisal, Some(&agency_ring()));
    assert_eq!(checked.failures, vec![]);
    assert_eq!(checked.trust(), Trust::Verified);
    assert_eq!(verify_explanation(&explained, &appraisal, None).trust(), Trust::SignatureOnly);
}

#[test]
fn an_explanation_given_with_another_appraisal_or_changed_is_refused() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let explained = explanation(&appraisal, &score, "1.1");
    let mut other_items = council_items();
    other_items.remove("2.1");
    let other = appraisal_file(&bytes, &score, other_items);
    let checked = verify_explanation(&explained, &other, Some(&agency_ring()));
    assert!(matches!(&checked.failures[..], [AppraisalMessage::BoundToAnotherFile { .. }]), "{:?}", checked.failures);
    let tampered = String::from_utf8(explained).unwrap().replace("giữ điểm", "nâng điểm");
    let checked = verify_explanation(tampered.as_bytes(), &appraisal, Some(&agency_ring()));
    assert_eq!(checked.failures, vec![AppraisalMessage::BadSignature]);
}

#[test]
fn an_explanation_of_an_item_the_council_did_not_mention_is_flagged() {
    let (bytes, score) = score_file();
    let appraisal = appraisal_file(&bytes, &score, council_items());
    let explained = explanation(&appraisal, &score, "3.1");
    let checked = verify_explanation(&explained, &appraisal, Some(&agency_ring()));
    assert_eq!(checked.failures, vec![AppraisalMessage::NotAppraised { code: "3.1".into() }]);
}

#[test]
fn every_finding_reads_in_both_languages() {
    let all = [
        AppraisalMessage::Malformed(Malformed::new(Place::Line { line: 1, column: 1 }, FileProblem::NotSigned)),
        AppraisalMessage::WrongFormat { expected: "a".into(), found: "b".into() },
        AppraisalMessage::BadSignature,
        AppraisalMessage::RegisteredToAnother {
            fingerprint: "f".into(),
            registered_code: "A".into(),
            expected_code: "B".into(),
        },
        AppraisalMessage::BoundToAnotherFile { bound: "0".repeat(64), given: "1".repeat(64) },
        AppraisalMessage::NotAScoreFile,
        AppraisalMessage::NotAnAppraisal,
        AppraisalMessage::OtherAgencyOrYear,
        AppraisalMessage::UnknownCriteria { id: "x".into(), version: "1".into() },
        AppraisalMessage::UnknownItem { code: "9".into() },
        AppraisalMessage::AnswerProblem { code: "9".into() },
        AppraisalMessage::FigureDiffers { location: "1.1".into(), claimed: None, recomputed: Some("1".into()) },
        AppraisalMessage::NotAppraised { code: "9".into() },
    ];
    for message in &all {
        let (vi, en) = (message.text(Lang::Vi), message.text(Lang::En));
        assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{message:?}");
    }
}
