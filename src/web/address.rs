//! The browser's address bar and history for the form's places (`app::state::Place`): a new
//! place is a new history entry, Back and Forward (`popstate`) become `Action::PlaceChanged`, and
//! an address the page was opened with is gone to rather than overwritten.

use gloo_events::EventListener;
use wasm_bindgen::JsValue;

use crate::app::state::Place;

/// The address's `#…` part, `#` included ("" when there is none).
pub fn current() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Makes `hash` the address: a new history entry, or in place of the current one when
/// `replace` (the first place of a visit). The same address is left alone.
pub fn show(hash: &str, replace: bool) {
    let Some(window) = web_sys::window() else { return };
    if same(&current(), hash) {
        return;
    }
    let Ok(history) = window.history() else { return };
    // "#" alone would leave a bare "#" in the bar: the page's own address without it.
    let url = match hash {
        "#" => window.location().pathname().unwrap_or_default() + &window.location().search().unwrap_or_default(),
        _ => hash.to_string(),
    };
    let _ = match replace {
        true => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        false => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

fn same(current: &str, hash: &str) -> bool {
    current == hash || (current.is_empty() && hash == "#")
}

/// Listens to Back and Forward until the returned listener is dropped.
pub fn on_history(go: impl Fn(Place) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| go(Place::parse(&current()))))
}
