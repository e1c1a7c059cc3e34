//! The criteria sets the user added from files, kept between visits beside the built-in ones.
//!
//! Their texts live where the drafts' set texts do (`parscore.set.<sha256>`, see
//! [`super::drafts`]), so that a set a draft uses is stored once; `parscore.sets` lists which of
//! them the user added, oldest first, as a JSON array of SHA-256s. Removing an added set takes
//! it off that list and keeps its text while a draft uses it.

use super::drafts;
use super::store::{Store, StoreError};

pub const LIST_KEY: &str = "parscore.sets";

/// The SHA-256s of the added sets, oldest first. A list that cannot be read is empty.
pub fn list(store: &dyn Store) -> Vec<String> {
    store.get(LIST_KEY).and_then(|text| crate::json_error::parse(&text, None).ok()).unwrap_or_default()
}

pub fn is_added(store: &dyn Store, sha256: &str) -> bool {
    list(store).iter().any(|sha| sha == sha256)
}

/// Keeps `text` as an added set. The text replaces a stored one with the same content (the same
/// set signed by another key, say): drafts remember their set's publisher and notice it.
pub fn add(store: &dyn Store, sha256: &str, text: &str) -> Result<(), StoreError> {
    store.set(&drafts::set_key(sha256), text)?;
    let mut shas = list(store);
    if !shas.iter().any(|sha| sha == sha256) {
        shas.push(sha256.to_string());
    }
    store.set(LIST_KEY, &serde_json::to_string(&shas).unwrap_or_default())
}

/// Takes a set off the list; its text goes too unless a draft uses it.
pub fn remove(store: &dyn Store, sha256: &str) {
    let shas: Vec<String> = list(store).into_iter().filter(|sha| sha != sha256).collect();
    // Failing to write the shorter list only means the set is listed again at the next visit.
    let _ = store.set(LIST_KEY, &serde_json::to_string(&shas).unwrap_or_default());
    if !drafts::set_in_use(store, sha256) {
        store.remove(&drafts::set_key(sha256));
    }
}
