use parscore::i18n::Bilingual;
use parscore::scorefile::keyring::KEYRING_FORMAT;
use parscore::scorefile::{Keyring, TrustText};
use parscore::Lang;

use super::*;

#[test]
fn a_single_public_key_file_is_a_keyring() {
    let key = public(1, "Sở Minh Hoạ", "SMH");
    let ring = Keyring::from_json(&key.to_json_pretty()).expect("a public key file reads as a keyring");
    assert_eq!(ring.entries.len(), 1);
    assert!(ring.is_registered(&key.did, "SMH"));
    assert!(!ring.is_registered(&key.did, "SK"));
    assert_eq!(ring.entries[0].added, None);
    let report = check(&signed(1, "SMH", "2026-01-15T08:30:00Z", false), Some(&ring));
    assert!(report.is_valid(), "{:?}", report.failures);
}

#[test]
fn the_three_forms_read_and_the_object_keeps_dates() {
    let keys = vec![public(1, "Sở Minh Hoạ", "SMH"), public(2, "Sở Khác", "SK")];
    let array = serde_json::to_string(&keys).unwrap();
    let from_array = Keyring::from_json(&array).unwrap();
    assert_eq!(from_array, Keyring::from_keys(keys.clone()));

    let mut ring = Keyring::default();
    let named: Vec<(String, PublicKeyFile)> = keys.iter().map(|k| ("k.json".to_string(), k.clone())).collect();
    ring.add(&named, time("2026-12-01T09:00:00Z")).unwrap();
    let text = ring.to_json_pretty();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], KEYRING_FORMAT);
    assert_eq!(value["keys"][1]["added"], "2026-12-01T09:00:00Z");
    assert_eq!(value["keys"][1]["agency"]["code"], "SK");
    assert_eq!(Keyring::from_json(&text).unwrap(), ring);
}

#[test]
fn a_bad_keyring_is_refused_where_it_is_wrong() {
    let mut ring = Keyring::default();
    ring.add(&[("a".into(), public(1, "Sở Minh Hoạ", "SMH"))], time("2026-12-01T09:00:00Z")).unwrap();
    let text = ring.to_json_pretty();
    let forged = text.replace(&ring.entries[0].fingerprint, "0000-0000-0000-0000-0000");
    let err = Keyring::from_json(&forged).unwrap_err().to_string();
    assert!(err.starts_with("keys[0].fingerprint:"), "{err}");
    let err = Keyring::from_json(&text.replace(KEYRING_FORMAT, "parscore-keyring/9")).unwrap_err().to_string();
    assert!(err.starts_with("format:") && err.contains("parscore-keyring/9"), "{err}");
    let twice = serde_json::to_string(&[public(1, "Sở Minh Hoạ", "SMH"), public(1, "Sở Khác", "SK")]).unwrap();
    let err = Keyring::from_json(&twice).unwrap_err().to_string();
    assert!(err.starts_with("[1].agency.code:"), "{err}");
    let err = Keyring::from_json("{\"keys\": [}").unwrap_err().to_string();
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn adding_merges_many_keys_and_skips_those_present() {
    let mut ring = Keyring::default();
    let first = [("smh.pub.json".to_string(), public(1, "Sở Minh Hoạ", "SMH"))];
    ring.add(&first, time("2026-12-01T09:00:00Z")).unwrap();
    // The same key again, a new key of the same agency (a lost key replaced), another agency.
    let batch = [
        ("smh.pub.json".to_string(), public(1, "Sở Minh Hoạ", "SMH")),
        ("smh-new.pub.json".to_string(), public(3, "Sở Minh Hoạ", "SMH")),
        ("sk.pub.json".to_string(), public(2, "Sở Khác", "SK")),
    ];
    let summary = ring.add(&batch, time("2026-12-02T10:00:00Z")).unwrap();
    assert_eq!(summary.added, 2);
    assert!(matches!(summary.lines[0], TrustText::KeyAlreadyPresent { .. }), "{:?}", summary.lines);
    assert_eq!(ring.entries.len(), 3);
    assert_eq!(ring.entries[0].added, Some(time("2026-12-01T09:00:00Z")), "the first date stays");
    assert_eq!(ring.entries[1].added, Some(time("2026-12-02T10:00:00Z")));
    assert!(ring.is_registered(&public(3, "", "").did, "SMH"));
    let report = check(&signed(3, "SMH", "2026-01-15T08:30:00Z", false), Some(&ring));
    assert!(report.is_valid(), "the new key of the same agency verifies");
}

#[test]
fn a_key_registered_for_another_code_is_refused_and_nothing_changes() {
    let mut ring = Keyring::default();
    ring.add(&[("smh.pub.json".into(), public(1, "Sở Minh Hoạ", "SMH"))], time("2026-12-01T09:00:00Z")).unwrap();
    let before = ring.clone();
    let batch = [
        ("sk.pub.json".to_string(), public(2, "Sở Khác", "SK")),
        ("stolen.pub.json".to_string(), public(1, "Sở Minh Hoạ", "XYZ")),
    ];
    let refused = ring.add(&batch, time("2026-12-02T10:00:00Z")).unwrap_err();
    assert_eq!(ring, before, "a refused addition adds nothing");
    assert_eq!(refused.len(), 1);
    let vi = refused[0].text(Lang::Vi);
    assert!(vi.starts_with("stolen.pub.json: did: khoá did:key:z6Mk"), "{vi}");
    assert!(vi.contains("đã đăng ký cho mã đơn vị SMH, không thể đăng ký thêm cho XYZ"), "{vi}");
    let en = refused[0].text(Lang::En);
    assert!(en.contains("is registered for agency code SMH; it cannot also be registered for XYZ"), "{en}");
}

mod no_panics {
    use parscore::scorefile::Keyring;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_text_as_a_keyring_is_read_or_refused_with_a_place(text in "\\PC{0,200}") {
            if let Err(err) = Keyring::from_json(&text) {
                prop_assert!(!err.to_string().is_empty());
            }
        }

        #[test]
        fn a_keyring_object_cut_anywhere_never_panics(cut in 0usize..400) {
            let mut ring = Keyring::default();
            let key = super::public(1, "Sở Minh Hoạ", "SMH");
            ring.add(&[("k".into(), key)], super::time("2026-12-01T09:00:00Z")).unwrap();
            let text = ring.to_json_pretty();
            let cut = text.char_indices().map(|(i, _)| i).take_while(|&i| i <= cut).last().unwrap_or(0);
            let _ = Keyring::from_json(&text[..cut]);
        }
    }
}

#[test]
fn a_keyring_that_read_its_keys_gives_the_reports_of_one_that_reads_them_per_file() {
    // from_json and from_keys keep each key they read, and verify takes it from there; of_entries
    // keeps none, so each file's key is read from the file. Registered, unregistered, another
    // agency's, a tampered file and a forged fragment: the same reports.
    let keys = vec![public(1, "Sở Minh Hoạ", "SMH"), public(2, "Sở Khác", "SK")];
    let read = Keyring::from_json(&serde_json::to_string(&keys).unwrap()).unwrap();
    let unread = Keyring::of_entries(read.entries.clone());
    assert_eq!(read, unread, "keyrings are equal by their entries");
    let good = signed(1, "SMH", "2026-01-15T08:30:00Z", false);
    let text = String::from_utf8(good.clone()).unwrap();
    let did = read.entries[0].did.clone();
    let forged_fragment = text.replacen(&format!("{did}#z6Mk"), &format!("{did}#z6MK"), 1);
    assert_ne!(forged_fragment, text, "the fragment was changed");
    let files = [
        good,
        signed(1, "SK", "2026-01-15T08:30:00Z", false),
        signed(3, "SMH", "2026-01-15T08:30:00Z", false),
        text.replacen("\"numerator\": 78", "\"numerator\": 98", 1).into_bytes(),
        forged_fragment.into_bytes(),
    ];
    assert_ne!(files[3], files[0], "the answer was changed");
    for file in &files {
        assert_eq!(check(file, Some(&read)), check(file, Some(&unread)));
    }
    assert!(check(&files[0], Some(&read)).is_valid());
    assert!(!check(&files[4], Some(&read)).is_valid(), "a fragment that is not the key's own is refused");
}
