#![cfg(target_arch = "wasm32")]
//! What only a browser can show: localStorage as the model's store, and evidence files hashed
//! from a `File`. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
//! The app model itself (the reducer, drafts, import, the report, trainer mode, the signing key)
//! is tested natively in tests/app/.

#[path = "web/evidence.rs"]
mod evidence;
#[path = "web/storage.rs"]
mod storage;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
