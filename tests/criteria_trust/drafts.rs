//! A draft remembers its set's publisher; a set replaced under it is noticed; score files stay
//! exactly as they were.

use parscore::answers::{CriteriaRef, Draft};
use parscore::criteria;
use parscore::scorefile::{self, DidKey};
use parscore::signedset::{sign_set, SetChange};
use parscore::Lang;

use super::util::signing::{demo_draft, read, vector_app, vector_file, vector_key, TEACHING, VECTOR_CREATED};
use super::*;

fn signed_set() -> criteria::CriteriaSet {
    criteria::load(&signed_teaching()).unwrap()
}

#[test]
fn a_new_draft_remembers_the_publishers_key_and_the_file_keeps_it() {
    let set = signed_set();
    let draft = super::util::draft(&set, serde_json::json!({}));
    assert_eq!(draft.criteria.publisher, Some(DidKey::of(&publisher_key()).did()));
    assert!(draft.to_json_pretty().contains("\"publisher\": \"did:key:z6Mk"));
    assert_eq!(Draft::from_json(&draft.to_json_pretty()).unwrap(), draft);
    assert_eq!(SetChange::between(&draft.criteria, &set), None);
}

#[test]
fn drafts_written_before_signed_sets_still_read_and_need_no_publisher() {
    let draft = demo_draft();
    assert_eq!(draft.criteria.publisher, None);
    assert!(!read("criteria/demo/teaching-demo.draft.json").contains("publisher"));
    // The same set signed later is the same set for such a draft.
    assert_eq!(SetChange::between(&draft.criteria, &signed_set()), None);
}

#[test]
fn a_set_replaced_under_a_draft_is_noticed() {
    let set = signed_set();
    let draft = super::util::draft(&set, serde_json::json!({}));
    // Same id and version, a maximum moved, signed again by the same publisher.
    let edited = read(TEACHING).replace("\"scale\": \"100\"", "\"scale\": \"100\", \"index_places\": 1");
    let replaced = sign_set(&edited, &publisher_key(), PUBLISHER_NAME, PUBLISHER_CODE, created()).unwrap();
    let replaced = criteria::load(&replaced).unwrap();
    let change = SetChange::between(&draft.criteria, &replaced).expect("noticed");
    assert!(matches!(change, SetChange::Replaced { .. }), "{change:?}");
    assert!(change.is_suspicious());
    assert!(change.text(Lang::Vi).contains("đã bị thay nội dung mà không đổi phiên bản"), "{}", change.text(Lang::Vi));
    assert!(change.text(Lang::En).contains("replaced without a new version"));

    // The same content signed by someone else.
    let resigned = sign_set(&signed_teaching(), &other_key(), "Sở Khác", "SK", created()).unwrap();
    let change = SetChange::between(&draft.criteria, &criteria::load(&resigned).unwrap()).expect("noticed");
    assert!(
        matches!(&change, SetChange::OtherPublisher { found: Some(did), .. } if *did == DidKey::of(&other_key()).did())
    );
    // …or with the signature taken away.
    let unsigned = criteria::load(&read(TEACHING)).unwrap();
    let change = SetChange::between(&draft.criteria, &unsigned).expect("noticed");
    assert!(matches!(change, SetChange::OtherPublisher { found: None, .. }));
    assert!(change.text(Lang::Vi).contains("không còn chữ ký"));
}

#[test]
fn another_version_is_an_ordinary_change() {
    let draft = super::util::draft(&signed_set(), serde_json::json!({}));
    let next = criteria::load(&read(TEACHING).replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")).unwrap();
    let change = SetChange::between(&draft.criteria, &next).expect("noticed");
    assert!(matches!(change, SetChange::OtherVersion { .. }));
    assert!(!change.is_suspicious());
}

#[test]
fn score_files_from_a_signed_set_are_byte_for_byte_the_published_vector() {
    let mut draft = demo_draft();
    draft.criteria = CriteriaRef::for_draft(&signed_set());
    assert!(draft.criteria.publisher.is_some());
    let created = parscore::scorefile::Timestamp::parse(VECTOR_CREATED).unwrap();
    let file = scorefile::sign(&signed_set(), &draft, &vector_key(), created, vector_app()).unwrap();
    assert_eq!(file.canonical_bytes(), vector_file().canonical_bytes());
    assert!(!file.to_json_pretty().contains("publisher"));
}

#[test]
fn a_score_file_naming_a_publisher_is_outside_the_format() {
    let mut value = vector_file().to_value();
    value["criteria"]["publisher"] = DidKey::of(&publisher_key()).did().into();
    let report = scorefile::verify(value.to_string().as_bytes(), &[signed_set()], None);
    assert!(
        report
            .failures
            .iter()
            .any(|f| matches!(f, scorefile::Failure::Malformed { location, .. } if location.get(parscore::Lang::Vi) == "criteria.publisher")),
        "{:?}",
        report.failures
    );
}
