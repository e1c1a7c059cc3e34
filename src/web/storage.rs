//! What the app keeps in the browser's localStorage between visits. This round: the interface
//! language. Drafts join it next round (see [`super::state`]).
//!
//! Values are stored as plain strings through web-sys rather than as JSON through gloo-storage:
//! the language needs no serde, and that keeps serde_json's writer out of the app.

use crate::Lang;

const LANG_KEY: &str = "parscore.lang";

fn local_storage() -> Option<web_sys::Storage> {
    // `None` where storage is blocked (some private modes, sandboxed frames).
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language chosen on an earlier visit; Vietnamese when none was (or storage is blocked).
pub fn stored_lang() -> Lang {
    match local_storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten()).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

/// Remembers the language. Failing to store it (private mode, full quota) only means the next
/// visit starts in Vietnamese, so the error is not shown.
pub fn store_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, crate::web::i18n::code(lang));
    }
}
