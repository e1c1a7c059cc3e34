//! sign_set and verify_set: every verdict, and what signing keeps.

use parscore::criteria;
use parscore::scorefile::DidKey;
use parscore::signedset::{sign_set, verify_set, Broken, SetTrust, SignSetError};
use parscore::Lang;
use serde_json::Value;

use super::util::signing::{read, TEACHING};
use super::*;

#[test]
fn a_signed_set_verifies_and_names_its_publisher() {
    let signed = signed_teaching();
    match verify_set(&signed, None) {
        SetTrust::Signed { publisher, fingerprint, registered } => {
            assert_eq!(publisher.name, PUBLISHER_NAME);
            assert_eq!(publisher.code, PUBLISHER_CODE);
            assert_eq!(publisher.did, DidKey::of(&publisher_key()).did());
            assert_eq!(fingerprint, DidKey::of(&publisher_key()).fingerprint());
            assert_eq!(registered, None, "no list was given");
        }
        other => panic!("expected a valid signature, got {other:?}"),
    }
    let vi = verify_set(&signed, None).text(Lang::Vi);
    assert!(vi.starts_with(&format!("Ban hành bởi {PUBLISHER_NAME} ({PUBLISHER_CODE})")), "{vi}");
    assert!(vi.contains("chữ ký hợp lệ"), "{vi}");
    assert!(verify_set(&signed, None).text(Lang::En).contains("valid signature"));
}

#[test]
fn signing_keeps_the_sets_hash_and_the_layout_of_the_file() {
    let original = read(TEACHING);
    let signed = signed_teaching();
    let (before, after) = (criteria::load(&original).unwrap(), criteria::load(&signed).unwrap());
    assert_eq!(before.sha256, after.sha256, "publisher and proof are not part of the hash");
    assert_eq!(after.publisher.as_ref().map(|p| p.code.as_str()), Some(PUBLISHER_CODE));
    let body = original.trim_end().strip_suffix('}').unwrap().trim_end();
    assert!(signed.starts_with(body), "the official's text is kept as written, the members appended");
    // Signing again (another key) replaces the publisher and the proof, and still keeps the hash.
    let again = sign_set(&signed, &other_key(), "Sở Khác", "SK", created()).unwrap();
    assert_eq!(criteria::load(&again).unwrap().sha256, before.sha256);
    assert!(matches!(verify_set(&again, None), SetTrust::Signed { publisher, .. } if publisher.code == "SK"));
}

#[test]
fn a_known_publisher_is_recognised_and_an_unknown_key_is_said_plainly() {
    let signed = signed_teaching();
    let known = publishers(&publisher_key(), PUBLISHER_CODE);
    assert!(matches!(verify_set(&signed, Some(&known)), SetTrust::Signed { registered: Some(_), .. }));
    let others = publishers(&other_key(), "SK");
    let unknown = verify_set(&signed, Some(&others));
    assert!(matches!(unknown, SetTrust::UnknownKey { registered_to: None, .. }), "{unknown:?}");
    assert!(!unknown.is_refused());
    assert!(unknown.text(Lang::Vi).contains("không có trong danh sách cơ quan ban hành"), "{}", unknown.text(Lang::Vi));
    // The key is known, but to another code than the file claims.
    let elsewhere = publishers(&publisher_key(), "SNV-KHAC");
    match verify_set(&signed, Some(&elsewhere)) {
        SetTrust::UnknownKey { registered_to: Some(owner), .. } => assert_eq!(owner.code, "SNV-KHAC"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unsigned_set_is_unsigned() {
    let trust = verify_set(&read(TEACHING), None);
    assert_eq!(trust, SetTrust::Unsigned);
    assert!(!trust.is_refused());
    assert!(trust.text(Lang::Vi).contains("không có chữ ký"));
}

/// The signed file with one change made to its parsed JSON.
fn changed(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&signed_teaching()).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn any_change_after_signing_is_tampering() {
    let cases: Vec<(&str, String)> = vec![
        ("a maximum", changed(|v| v["nodes"][0]["children"][0]["max"] = "9".into())),
        ("a title", changed(|v| v["title"]["vi"] = "Bộ khác".into())),
        ("the publisher's name", changed(|v| v["publisher"]["name"] = "Sở Giả".into())),
        ("the version", changed(|v| v["version"] = "9.9.9".into())),
    ];
    for (what, text) in cases {
        assert_eq!(verify_set(&text, None), SetTrust::Tampered(Broken::BadSignature), "{what}");
    }
    // One byte of the signature itself.
    let signed = signed_teaching();
    let at = signed.find("\"proofValue\": \"z").unwrap() + 20;
    let mut bytes = signed.clone().into_bytes();
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let trust = verify_set(std::str::from_utf8(&bytes).unwrap(), None);
    assert!(matches!(trust, SetTrust::Tampered(_)), "{trust:?}");
    assert!(trust.is_refused());
    assert!(trust.text(Lang::Vi).contains("đã bị sửa sau khi ký"), "{}", trust.text(Lang::Vi));
}

#[test]
fn a_byte_changed_in_the_content_is_tampering() {
    let signed = signed_teaching();
    let at = signed.find("\"max\": \"10\"").unwrap() + 9;
    let tampered = format!("{}9{}", &signed[..at], &signed[at + 1..]);
    assert_eq!(verify_set(&tampered, None), SetTrust::Tampered(Broken::BadSignature));
}

#[test]
fn half_signed_files_and_foreign_keys_are_tampering() {
    let no_proof = changed(|v| {
        v.as_object_mut().unwrap().remove("proof");
    });
    assert_eq!(verify_set(&no_proof, None), SetTrust::Tampered(Broken::NoProof));
    let no_publisher = changed(|v| {
        v.as_object_mut().unwrap().remove("publisher");
    });
    assert_eq!(verify_set(&no_publisher, None), SetTrust::Tampered(Broken::NoPublisher));
    // A valid proof by one key, with the publisher member naming another: refused.
    let text = read(TEACHING);
    let mut value: Value = serde_json::from_str(&text).unwrap();
    value["publisher"] = serde_json::json!({ "name": "X", "code": "X", "did": DidKey::of(&other_key()).did() });
    let options = parscore::scorefile::proof::options(&DidKey::of(&publisher_key()), created());
    value["proof"] = parscore::scorefile::proof::create_proof(&value, &options, &publisher_key()).unwrap();
    assert!(matches!(verify_set(&value.to_string(), None), SetTrust::Tampered(Broken::OtherKey { .. })));
    // A repeated member could be read two ways: refused before any signature check.
    let doubled = signed_teaching().replacen("\"version\"", "\"version\": \"1.0.0\", \"version\"", 1);
    assert!(matches!(verify_set(&doubled, None), SetTrust::Tampered(Broken::Malformed { .. })));
    assert!(matches!(verify_set("not json", None), SetTrust::Tampered(Broken::Malformed { .. })));
}

#[test]
fn only_a_valid_set_with_a_named_publisher_is_signed() {
    let text = read(TEACHING).replace("\"scale\": \"100\"", "\"scale\": \"99\"");
    match sign_set(&text, &publisher_key(), "A", "B", created()) {
        Err(SignSetError::Invalid(errors)) => assert!(errors.iter().any(|e| e.location == "scale"), "{errors:?}"),
        other => panic!("{other:?}"),
    }
    let blank = sign_set(&read(TEACHING), &publisher_key(), " ", "B", created()).unwrap_err();
    assert_eq!(blank, SignSetError::BlankPublisher { field: "name" });
    assert!(blank.lines(Lang::Vi)[0].contains("Thiếu tên"), "{:?}", blank.lines(Lang::Vi));
}

#[test]
fn open_gives_the_set_with_its_verdict_and_refuses_a_tampered_or_invalid_one() {
    use parscore::signedset::{open, Refused};
    let (set, trust) = open(&signed_teaching(), None).unwrap();
    assert_eq!(set.id, "parscore-teaching-demo");
    assert!(matches!(trust, SetTrust::Signed { .. }));
    let (_, trust) = open(&read(TEACHING), None).unwrap();
    assert_eq!(trust, SetTrust::Unsigned);
    let tampered = signed_teaching().replacen("\"max\": \"10\"", "\"max\": \"10.0\"", 1);
    assert_eq!(open(&tampered, None).unwrap_err(), Refused::Tampered(Broken::BadSignature));
    let invalid = read(TEACHING).replace("\"scale\": \"100\"", "\"scale\": \"99\"");
    assert!(matches!(open(&invalid, None), Err(Refused::Invalid(errors)) if errors[0].location == "scale"));
}
