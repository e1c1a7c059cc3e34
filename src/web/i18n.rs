//! The message catalogue ([`crate::i18n`]) as the pages use it: the language every component
//! reads, and the page's `lang` attribute.

pub use crate::i18n::*;

use yew::prelude::*;

use crate::Lang;

/// The interface language, provided by the app to every component.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Tells the browser (and screen readers) which language the page is in.
pub fn mark_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        // Only fails on a detached document; the attribute is a courtesy.
        let _ = root.set_attribute("lang", code(lang));
    }
}
