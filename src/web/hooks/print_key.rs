//! Ctrl+P (⌘P) on the form prints the report, not the form: it opens the report page for the
//! draft with its `print` flag, and that page prints once the report is drawn.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::report_page::report_link;
use crate::web::pages::{page_href, REPORT_PAGE};

/// While `id` (a saved draft) is open, Ctrl+P opens its report to print; without one, the
/// browser prints as usual.
#[hook]
pub fn use_print_opens_report(id: Option<AttrValue>) {
    use_effect_with(id, |id| {
        let listener = id.clone().and_then(|id| {
            let document = web_sys::window()?.document()?;
            // Not passive: the browser's own print dialog is cancelled.
            let options = EventListenerOptions::enable_prevent_default();
            Some(EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if (key.ctrl_key() || key.meta_key()) && key.key().eq_ignore_ascii_case("p") {
                    key.prevent_default();
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().assign(&report_link(&page_href(REPORT_PAGE), &id, true));
                    }
                }
            }))
        });
        move || drop(listener)
    });
}
