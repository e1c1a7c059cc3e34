//! The browser's side of the [`Store`] (defined with [`MemoryStore`] in `app::store`, where it
//! is tested natively): localStorage for this origin ([`LocalStore`]), and asking the browser
//! to keep it.

use wasm_bindgen::JsCast;

pub use crate::app::store::{MemoryStore, Store, StoreError};

/// The browser's localStorage for this origin.
pub struct LocalStore(Option<web_sys::Storage>);

impl LocalStore {
    pub fn open() -> LocalStore {
        // `None` where storage is blocked; reading `window.localStorage` can even throw.
        LocalStore(web_sys::window().and_then(|w| w.local_storage().ok().flatten()))
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = self.0.as_ref().ok_or(StoreError::Unavailable)?;
        storage.set_item(key, value).map_err(|error| {
            let name = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name()));
            match name.as_deref() {
                // Firefox names it differently.
                Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Full,
                _ => StoreError::Unavailable,
            }
        })
    }

    fn remove(&self, key: &str) {
        if let Some(storage) = &self.0 {
            let _ = storage.remove_item(key);
        }
    }

    fn now(&self) -> Option<i64> {
        Some((js_sys::Date::now() / 1000.0) as i64)
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = &self.0 else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }

    fn available(&self) -> bool {
        self.0.is_some()
    }
}

/// Asks the browser to keep this site's storage under storage pressure (instead of evicting
/// it with the least-used sites). The answer does not change what the app does.
pub fn ask_persistence() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        // A rejected promise (some browsers refuse from file: URLs) would only be logged.
        if let Ok(promise) = storage.persist() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}
