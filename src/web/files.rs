//! Files on the user's machine: the SHA-256 of an evidence file, computed here so that the file
//! itself never leaves the machine, and downloads of what the app writes (draft file, CSV).

use sha2::{Digest, Sha256};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::library::js_reason;

use crate::answers::FileRef;
use crate::canonical::hex;

/// How much of a file is read at once: a scanned annex can weigh hundreds of megabytes, and
/// reading it whole would hold all of it in the wasm memory.
const CHUNK: f64 = 4.0 * 1024.0 * 1024.0;

/// The name, size and SHA-256 of `file`, read piece by piece.
pub async fn hash_file(file: &web_sys::File) -> Result<FileRef, String> {
    let size = file.size();
    let mut hasher = Sha256::new();
    let mut start = 0.0;
    while start < size {
        let end = (start + CHUNK).min(size);
        let piece = file.slice_with_f64_and_f64(start, end).map_err(js_reason)?;
        let buffer = JsFuture::from(piece.array_buffer()).await.map_err(js_reason)?;
        hasher.update(js_sys::Uint8Array::new(&buffer).to_vec());
        start = end;
    }
    Ok(FileRef { name: file.name(), size: size as u64, sha256: hex(&hasher.finalize()) })
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    download_part(name, mime, text)
}

/// Offers `bytes` (a workbook, say) as a file named `name` to download.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    download_part(name, mime, bytes)
}

/// The blob and its URL through web-sys, not gloo-file's `ObjectUrl`: that one throws when the
/// browser refuses the URL, and a refused download must be reported (hooks/download.rs).
fn download_part(name: &str, mime: &str, part: impl gloo_file::BlobContents) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let blob = gloo_file::Blob::new_with_options(part, Some(mime));
    let url = web_sys::Url::create_object_url_with_blob(blob.as_ref())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started from the URL by now; it only needs to live until then.
    gloo_timers::callback::Timeout::new(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
