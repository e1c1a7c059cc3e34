//! The in-memory store the model's tests use: it round trips, and when made full or unavailable
//! it refuses as the browser's storage does (localStorage itself: tests/web/storage.rs).

use parscore::app::store::{MemoryStore, Store, StoreError};

#[path = "../util/store_round_trip.rs"]
mod store_round_trip;
use store_round_trip::round_trip;

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
