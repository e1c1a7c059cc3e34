//! Other tabs and windows of the app on this origin: the browser fires `storage` on every other
//! page of the origin when one writes localStorage (windows of the single file included), which
//! becomes [`Action::StoreChangedElsewhere`]. The merge itself is the model's (`app::merge`).

use gloo_events::EventListener;
use wasm_bindgen::JsValue;

use crate::app::state::Action;

/// Listens until the returned listener is dropped.
pub fn on_storage(dispatch: impl Fn(Action) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        // `key` is null when another page cleared the whole storage.
        let key = js_sys::Reflect::get(event, &JsValue::from_str("key")).ok().and_then(|k| k.as_string());
        if key.is_none_or(|key| key.starts_with("parscore.")) {
            dispatch(Action::StoreChangedElsewhere);
        }
    }))
}
