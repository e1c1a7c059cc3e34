//! The browser's storage as the model's `Store`: localStorage round trips, and over its quota
//! says it is full.

use parscore::app::store::{Store, StoreError};
use parscore::web::storage::LocalStore;
use wasm_bindgen_test::*;

#[path = "../util/store_round_trip.rs"]
mod store_round_trip;
use store_round_trip::round_trip;

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
