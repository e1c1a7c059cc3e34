//! The browser's storage as the model's `Store`: localStorage round trips, and over its quota
//! says it is full.

use parscore::app::store::{Store, StoreError};
use parscore::web::storage::LocalStore;
use wasm_bindgen_test::*;

/// Writes, reads, lists and removes through any store.
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

#[wasm_bindgen_test]
fn local_storage_round_trips_a_value() {
    round_trip(&LocalStore::open(), "parscore-test.local");
}

#[wasm_bindgen_test]
fn local_storage_over_quota_reports_full() {
    let store = LocalStore::open();
    // Larger than any browser's per-origin localStorage quota (5 MiB of UTF-16 in Chromium).
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(store.set("parscore-test.huge", &huge), Err(StoreError::Full));
    assert_eq!(store.get("parscore-test.huge"), None);
}
