//! Where the pages keep things between visits: a small key–value [`Store`]. The browser's
//! localStorage implements it in `web::storage`; [`MemoryStore`] is a map that tests (native and
//! browser) use, and can make full or unavailable.
//!
//! localStorage rather than IndexedDB: it is synchronous, so a change is written before the
//! reducer returns and a reload right after a keystroke finds it.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::Lang;

/// The interface language, shared by every page of the app (the agency's and the authority's):
/// a choice made on one is the language of the other.
pub const LANG_KEY: &str = "parscore.lang";

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
    /// The time of a write, in seconds since 1970: the clock of the machine the store is on,
    /// so that the model stays free of one. None where there is no clock.
    fn now(&self) -> Option<i64> {
        None
    }
}

/// A store in memory. `failing` makes every write fail, as a full or missing storage does.
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    pub failing: Cell<Option<StoreError>>,
    /// What [`Store::now`] answers; a test sets it.
    pub clock: Cell<Option<i64>>,
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

    fn now(&self) -> Option<i64> {
        self.clock.get()
    }
}

/// The language chosen on an earlier visit, on any page; Vietnamese when none was.
pub fn load_lang(store: &dyn Store) -> Lang {
    match store.get(LANG_KEY).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

/// Failing to store the language only means the next visit starts in Vietnamese.
pub fn save_lang(store: &dyn Store, lang: Lang) {
    let code = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let _ = store.set(LANG_KEY, code);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_round_trips_and_defaults_to_vietnamese() {
        let store = MemoryStore::default();
        assert_eq!(load_lang(&store), Lang::Vi);
        save_lang(&store, Lang::En);
        assert_eq!(store.get(LANG_KEY).as_deref(), Some("en"));
        assert_eq!(load_lang(&store), Lang::En);
        store.failing.set(Some(StoreError::Full));
        save_lang(&store, Lang::Vi);
        assert_eq!(load_lang(&store), Lang::En, "a refused write changes nothing");
    }
}
