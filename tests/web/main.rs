#![cfg(target_arch = "wasm32")]
//! What only a browser can show, in headless Chromium: localStorage as the model's store,
//! evidence files hashed from a `File`, signing in the browser's WebAssembly with its randomness,
//! and the Verify page's worker. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
//! The app model itself (the reducer, drafts, import, the report, trainer mode, the signing key)
//! is tested natively in tests/app/.

mod evidence;
mod signing;
mod storage;
mod verification;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
