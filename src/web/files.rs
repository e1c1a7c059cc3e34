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
    offer_parts(name, mime, &js_sys::Array::of1(&JsValue::from_str(text)))
}

/// Offers `bytes` (an XLSX workbook, a CSV with its byte-order mark) as a file to download.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    offer_parts(name, mime, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))
}

fn offer_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started from the URL by now; it only needs to live until then.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000)?;
    Ok(())
}

/// A file name from what the user called something: characters that file systems refuse
/// become "-"; Vietnamese letters stay.
pub fn file_name(stem: &str, extension: &str) -> String {
    let stem: String =
        stem.trim().chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '-' } else { c }).collect();
    let stem = if stem.is_empty() { "parscore".to_string() } else { stem };
    format!("{stem}{extension}")
}
