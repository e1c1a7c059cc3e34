#![cfg(target_arch = "wasm32")]
//! What only a browser can show, in headless Chromium: localStorage as the model's store,
//! evidence files hashed from a `File`, and signing in the browser's WebAssembly with its
//! randomness. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
//! The app model itself (the reducer, drafts, import, the report, trainer mode, the signing key,
//! the Verify page's model) is tested natively in tests/app/.

mod evidence;
mod signing;
mod storage;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
