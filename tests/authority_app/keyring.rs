//! The keyring manager: many key files at once, never the same key twice, never one key for two
//! agency codes, export and import, the stored form.

use parscore::app::authority::keyring::{KeyBook, KeyOutcome};
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::authority::view::{key_notices, key_rows};
use parscore::app::store::MemoryStore;
use parscore::scorefile::keys::Keyring;
use parscore::Lang;

use crate::fixtures::{at, did, fingerprint, key_file};

fn read(files: &[(&str, String)]) -> Action {
    Action::KeyFilesRead {
        files: files.iter().map(|(name, text)| (name.to_string(), Ok(text.clone()))).collect(),
        now: at("2026-12-03T10:00:00Z"),
    }
}

#[test]
fn many_key_files_are_added_at_once_with_the_date_given() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(read(&[
        ("sa.json", key_file(1, "Sở A", "SA")),
        ("sb.json", key_file(2, "Sở B", "SB")),
        ("xc.json", key_file(3, "UBND xã C", "XC")),
    ]));
    let rows = key_rows(&state);
    let listed: Vec<(&str, &str, &str)> =
        rows.iter().map(|r| (r.code.as_str(), r.name.as_str(), r.added.as_str())).collect();
    assert_eq!(listed, [("SA", "Sở A", "2026-12-03"), ("SB", "Sở B", "2026-12-03"), ("XC", "UBND xã C", "2026-12-03")]);
    assert_eq!(rows[1].fingerprint, fingerprint(2));
    assert_eq!(rows[1].did, did(2));
    assert!(state.key_notices.iter().all(|n| matches!(n, KeyOutcome::Added { .. })));
    assert_eq!(key_notices(&state, Lang::Vi)[0], (false, "sa.json: đã thêm khoá của Sở A (mã SA).".to_string()));
}

#[test]
fn a_key_already_present_is_not_added_twice() {
    let mut book = KeyBook::default();
    let now = at("2026-12-01T00:00:00Z");
    book.add_text("sa.json", &key_file(1, "Sở A", "SA"), now);
    let again = book.add_text("sa-copy.json", &key_file(1, "Sở A", "SA"), at("2026-12-02T00:00:00Z"));
    assert_eq!(again, [KeyOutcome::AlreadyPresent { file: "sa-copy.json".into(), code: "SA".into() }]);
    assert_eq!(book.entries().len(), 1);
    assert_eq!(book.entries()[0].added, now, "the first date stays");
}

#[test]
fn a_key_registered_to_another_agency_code_is_refused_naming_the_file() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(read(&[("sa.json", key_file(1, "Sở A", "SA"))]));
    state.reduce(read(&[("forged.json", key_file(1, "Sở Giả", "SG")), ("sb.json", key_file(2, "Sở B", "SB"))]));
    assert_eq!(key_rows(&state).iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["SA", "SB"]);
    let notices = key_notices(&state, Lang::Vi);
    assert!(notices[0].0, "a refusal");
    assert_eq!(
        notices[0].1,
        format!(
            "forged.json: không thêm. Khoá {} đã được đăng ký cho Sở A (mã SA), không thể đăng ký thêm cho mã SG.",
            fingerprint(1)
        )
    );
    assert!(!notices[1].0);
    let english = key_notices(&state, Lang::En);
    assert!(english[0].1.starts_with("forged.json: not added. Key "), "{}", english[0].1);
    assert!(english[0].1.contains("registered to Sở A (code SA)"), "{}", english[0].1);
}

#[test]
fn a_keyring_file_adds_each_of_its_keys_and_a_wrong_file_says_where() {
    let mut book = KeyBook::default();
    let ring = format!("[{}, {}]", key_file(4, "Sở D", "SD"), key_file(5, "Sở E", "SE"));
    let outcomes = book.add_text("keyring.json", &ring, at("2026-12-03T00:00:00Z"));
    assert_eq!(outcomes.len(), 2);
    assert_eq!(book.entries().len(), 2);

    let forged = key_file(6, "Sở F", "SF").replace(&fingerprint(6), "0000-0000-0000-0000-0000");
    let outcomes = book.add_text("bad.json", &forged, at("2026-12-03T00:00:00Z"));
    let [KeyOutcome::Invalid { file, location, message }] = &outcomes[..] else { panic!("{outcomes:?}") };
    assert_eq!((file.as_str(), location.as_str()), ("bad.json", "fingerprint"));
    assert!(message.contains("is not the fingerprint"), "{message}");
    let outcomes = book.add_text("draft.json", "{\"format\": \"parscore-draft/1\"}", at("2026-12-03T00:00:00Z"));
    assert!(matches!(&outcomes[..], [KeyOutcome::Invalid { .. }]), "{outcomes:?}");
    assert_eq!(book.entries().len(), 2, "nothing added from wrong files");
}

#[test]
fn an_unreadable_file_is_named_with_the_browsers_reason() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::KeyFilesRead {
        files: vec![("gone.json".into(), Err("NotReadableError".into()))],
        now: at("2026-12-03T00:00:00Z"),
    });
    assert_eq!(key_notices(&state, Lang::En), [(true, "gone.json: the file cannot be read: NotReadableError".into())]);
}

#[test]
fn the_exported_keyring_is_the_cores_format_and_imports_back_with_its_dates() {
    let mut book = KeyBook::default();
    book.add_text("a", &key_file(1, "Sở A", "SA"), at("2026-12-01T00:00:00Z"));
    book.add_text("b", &key_file(2, "Sở B", "SB"), at("2026-12-02T00:00:00Z"));
    let exported = book.export_json();
    let ring = Keyring::from_json(&exported).expect("the core reads it");
    assert_eq!(ring.entries.len(), 2);
    assert_eq!(ring.entries[1].added, Some(at("2026-12-02T00:00:00Z")), "the export keeps each key's date");
    let mut other = KeyBook::default();
    other.add_text("exported.json", &exported, at("2026-12-05T00:00:00Z"));
    assert_eq!(other.keyring(), book.keyring());
}

#[test]
fn the_stored_form_keeps_dates_and_drops_entries_that_no_longer_check() {
    let mut book = KeyBook::default();
    book.add_text("a", &key_file(1, "Sở A", "SA"), at("2026-12-01T00:00:00Z"));
    book.add_text("b", &key_file(2, "Sở B", "SB"), at("2026-12-02T00:00:00Z"));
    let stored = book.to_stored_json();
    assert_eq!(KeyBook::from_stored_json(&stored), book);
    let changed = stored.replace(&fingerprint(2), "0000-0000-0000-0000-0000");
    assert_eq!(KeyBook::from_stored_json(&changed).entries().len(), 1);
    assert!(KeyBook::from_stored_json("not json").is_empty());
}
