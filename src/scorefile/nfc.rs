//! Unicode NFC, the one normal form of every text in a score file.
//!
//! Natively it comes from the `unicode-normalization` crate. In the browser the JavaScript
//! engine already carries the Unicode tables (`String.prototype.normalize`), and compiling the
//! crate's own tables into the wasm would add some 60 kB to the app for the same answer.

/// Whether `s` is already in NFC.
pub fn is_nfc(s: &str) -> bool {
    // ASCII is always NFC: the common case skips the tables (and, in the browser, a copy).
    s.is_ascii() || is_nfc_text(s)
}

/// Natively the crate checks in place; normalizing a copy to compare cost every Vietnamese text
/// of a score file an allocation while verifying.
#[cfg(not(target_arch = "wasm32"))]
fn is_nfc_text(s: &str) -> bool {
    unicode_normalization::is_nfc(s)
}

#[cfg(target_arch = "wasm32")]
fn is_nfc_text(s: &str) -> bool {
    to_nfc(s) == s
}

/// `s` in NFC.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_nfc(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if unicode_normalization::is_nfc(s) {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// `s` in NFC.
#[cfg(target_arch = "wasm32")]
pub fn to_nfc(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    String::from(js_sys::JsString::from(s).normalize("NFC"))
}
