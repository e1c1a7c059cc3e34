//! Other tabs and windows of the app on this origin: the browser fires `storage` on every other
//! page of the origin when one writes localStorage (windows of the single file included), which
//! becomes [`Action::StoreChangedElsewhere`]. The merge itself is the model's (`app::merge`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::state::Action;

/// Listens until the returned guard is dropped.
pub struct StorageListener {
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl StorageListener {
    pub fn start(dispatch: impl Fn(Action) + 'static) -> StorageListener {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            // `key` is null when another page cleared the whole storage.
            let key = js_sys::Reflect::get(&event, &JsValue::from_str("key")).ok().and_then(|k| k.as_string());
            if key.is_none_or(|key| key.starts_with("parscore.")) {
                dispatch(Action::StoreChangedElsewhere);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
        StorageListener { closure }
    }
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
        }
    }
}
