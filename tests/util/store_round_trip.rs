//! The one round trip every `Store` must pass, shared by the in-memory store's native tests
//! (tests/app) and localStorage's browser tests (tests/web).

use parscore::app::store::Store;

/// Writes, reads, lists and removes through any store.
pub fn round_trip(store: &dyn Store, prefix: &str) {
    let key = format!("{prefix}.key");
    assert!(store.available());
    assert_eq!(store.get(&key), None);
    store.set(&key, "Giá trị có dấu: «4,»").expect("the store accepts a value");
    assert_eq!(store.get(&key).as_deref(), Some("Giá trị có dấu: «4,»"));
    assert!(store.keys().contains(&key));
    store.remove(&key);
    assert_eq!(store.get(&key), None);
    assert!(!store.keys().contains(&key));
}
