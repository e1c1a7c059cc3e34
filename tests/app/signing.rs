//! The agency's signing key as the app keeps it: encrypted in the store, opened only by its
//! passphrase, signing at the time the page gives, and restored from its backup.

use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet};
use parscore::scorefile::{self, keys, Keyring};

const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");
const DEMO: &str = include_str!("../../criteria/demo/teaching-demo.draft.json");
/// 2026-01-15T08:30:00Z: the model reads no clock; the page passes its own.
const NOW: i64 = 1_768_465_800;

fn set() -> CriteriaSet {
    criteria::load(TEACHING).expect("teaching set")
}

fn draft() -> Draft {
    Draft::from_json(DEMO).expect("demo draft")
}

/// The app's key as the browser keeps it: encrypted in the store, opened only by its passphrase,
/// and signing files that verify against its own public key file.
#[test]
fn the_stored_key_survives_a_reload_and_signs_only_with_its_passphrase() {
    use parscore::app::signing_key::{SignError, StoredKey};
    use parscore::app::store::{MemoryStore, Store};

    let store = MemoryStore::default();
    let key = StoredKey::create("Sở Minh Hoạ", "SMH", "mật khẩu đủ dài").expect("creates");
    key.save(&store).expect("saves");
    let stored = store.keys().into_iter().filter_map(|k| store.get(&k)).collect::<String>();
    assert!(stored.contains("ENCRYPTED PRIVATE KEY"), "only the encrypted backup is stored");
    let reloaded = StoredKey::load(&store).expect("loads");
    assert_eq!(reloaded, key);
    assert_eq!(reloaded.backup_file_name(), "SMH.key.pem");
    assert_eq!(reloaded.public_file_name(), "SMH.public-key.json");
    assert_eq!(StoredKey::create("Sở", "S", "ngắn").unwrap_err(), keys::KeyError::WeakPassphrase);

    assert_eq!(
        reloaded.sign("mật khẩu sai rồi", &set(), &draft(), NOW).unwrap_err(),
        SignError::Key(keys::KeyError::WrongPassphrase)
    );
    let file = reloaded.sign("mật khẩu đủ dài", &set(), &draft(), NOW).expect("signs");
    let keyring = Keyring::from_keys(vec![reloaded.public.clone()]);
    let report = scorefile::verify(file.to_json_pretty().as_bytes(), &[set()], Some(&keyring));
    assert!(report.failures.is_empty(), "{:?}", report.failures);

    // The same key restored from its backup on another computer.
    let restored = StoredKey::restore(&key.backup, "mật khẩu đủ dài", "Sở Minh Hoạ", "SMH").expect("restores");
    assert_eq!(restored.public, key.public);
    assert_eq!(
        StoredKey::restore(&key.backup, "không đúng", "Sở Minh Hoạ", "SMH").unwrap_err(),
        keys::KeyError::WrongPassphrase
    );
}

#[test]
fn a_clock_before_1970_or_beyond_9999_cannot_sign() {
    use parscore::app::signing_key::{SignError, StoredKey};
    let key = StoredKey::create("Sở Minh Hoạ", "SMH", "mật khẩu đủ dài").expect("creates");
    assert_eq!(key.sign("mật khẩu đủ dài", &set(), &draft(), -1).unwrap_err(), SignError::Clock);
    let file = key.sign("mật khẩu đủ dài", &set(), &draft(), NOW).expect("signs");
    assert_eq!(file.document.created.rfc3339(), "2026-01-15T08:30:00Z");
}
