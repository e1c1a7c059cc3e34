//! The browser's address bar and history for the form's places (`app::state::Place`): a new
//! place is a new history entry, Back and Forward (`popstate`) become `Action::PlaceChanged`, and
//! an address the page was opened with is gone to rather than overwritten.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

/// Listens to Back and Forward until the returned guard is dropped.
pub struct HistoryListener {
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl HistoryListener {
    pub fn start(go: impl Fn(Place) + 'static) -> HistoryListener {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| go(Place::parse(&current())));
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
        }
        HistoryListener { closure }
    }
}

impl Drop for HistoryListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("popstate", self.closure.as_ref().unchecked_ref());
        }
    }
}
