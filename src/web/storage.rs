//! Where the app keeps things between visits: a small key–value [`Store`] with two
//! implementations, the browser's localStorage ([`LocalStore`]) and an in-memory map
//! ([`MemoryStore`]) that tests use to simulate a full or missing storage.
//!
//! localStorage rather than IndexedDB: it is synchronous, so a change is written before the
//! reducer returns and a reload right after a keystroke finds it; drafts are a few kilobytes.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;

/// Why a value could not be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's quota for this site is used up.
    Full,
    /// The browser gives this page no storage (blocked, private mode, sandboxed frame).
    Unavailable,
}

/// A string key–value store. Reads of a store that cannot be read give `None`.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str);
    /// Every key, in no particular order.
    fn keys(&self) -> Vec<String>;
    /// Whether the store can be used at all.
    fn available(&self) -> bool;
}

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

    fn keys(&self) -> Vec<String> {
        let Some(storage) = &self.0 else { return Vec::new() };
        let count = storage.length().unwrap_or(0);
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }

    fn available(&self) -> bool {
        self.0.is_some()
    }
}

/// A store in memory. `failing` makes every write fail, as a full or missing storage does.
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    pub failing: Cell<Option<StoreError>>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self.failing.get() {
            Some(error) => Err(error),
            None => {
                self.map.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    fn remove(&self, key: &str) {
        self.map.borrow_mut().remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }

    fn available(&self) -> bool {
        self.failing.get() != Some(StoreError::Unavailable)
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
