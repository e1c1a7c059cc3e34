//! The in-memory store the model's tests use: it round trips, and when made full or unavailable
//! it refuses as the browser's storage does (localStorage itself: tests/web/storage.rs).

use parscore::app::store::{MemoryStore, Store, StoreError};

/// Writes, reads, lists and removes.
fn round_trip(store: &dyn Store, prefix: &str) {
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

#[test]
fn the_memory_store_round_trips_a_value() {
    round_trip(&MemoryStore::default(), "parscore-test.memory");
}

#[test]
fn a_full_memory_store_refuses_writes_and_keeps_what_it_had() {
    let store = MemoryStore::default();
    store.set("a", "1").expect("not full yet");
    store.failing.set(Some(StoreError::Full));
    assert_eq!(store.set("a", "2"), Err(StoreError::Full));
    assert_eq!(store.set("b", "3"), Err(StoreError::Full));
    assert_eq!(store.get("a").as_deref(), Some("1"));
    assert!(store.available(), "a full store can still be read");
    store.failing.set(Some(StoreError::Unavailable));
    assert!(!store.available());
}
