//! Where the app keeps things between visits: a small key–value [`Store`] with two
//! implementations, the browser's localStorage (`web::storage::LocalStore`) and an in-memory
//! map ([`MemoryStore`]) that tests use to simulate a full or missing storage.
//!
//! localStorage rather than IndexedDB: it is synchronous, so a change is written before the
//! reducer returns and a reload right after a keystroke finds it; drafts are a few kilobytes.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

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
