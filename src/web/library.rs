//! The built-in criteria sets: files Trunk copies from criteria/ into dist/criteria/, fetched by
//! the app when it starts. They are not compiled into the wasm, which keeps the app small and
//! lets a new set ship without a rebuild of the code.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub use crate::app::library::{demo_url_of, url_of, BUILT_IN};

/// Fetches every built-in file at once; `on_fetched` gets each file's text, or why it could not
/// be fetched, as soon as that file is done.
pub fn fetch_all(on_fetched: impl Fn(&'static str, Result<String, String>) + Clone + 'static) {
    for file in BUILT_IN {
        let on_fetched = on_fetched.clone();
        wasm_bindgen_futures::spawn_local(async move { on_fetched(file, fetch_text(&url_of(file)).await) });
    }
}

/// The text at `url`, or a short reason it could not be had ("HTTP 404", a network error).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(js_reason)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_reason)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_reason)?).await.map_err(js_reason)?;
    text.as_string().ok_or_else(|| "the response is not text".to_string())
}

/// The text of a file the user picked (File.text(): the whole file, decoded as UTF-8).
/// Files are read through the browser's promises (`text()`, `arrayBuffer()`), not gloo-file's
/// FileReader futures: measured, gloo-file's reading added 2.3 kB brotli to the app's wasm.
pub async fn read_file(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(js_reason)?;
    text.as_string().ok_or_else(|| "the file is not text".to_string())
}

/// The text of a file the user picked, refused unless it is valid UTF-8: for files whose bytes
/// are signed, where `File.text()` would silently turn a bad byte into U+FFFD and the file would
/// then fail as a bad signature instead of as what it is.
/// The error is the browser's reason, or `Ok(n)`: the bytes stop being UTF-8 at byte `n`.
pub async fn read_utf8_file(file: &web_sys::File) -> Result<String, Result<usize, String>> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| Err(js_reason(e)))?;
    String::from_utf8(js_sys::Uint8Array::new(&buffer).to_vec()).map_err(|e| Ok(e.utf8_error().valid_up_to()))
}

/// A readable reason from a JavaScript error value.
pub fn js_reason(error: wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
