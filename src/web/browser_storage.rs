//! What the storage page says about the browser's storage for this site: the space used and
//! allowed, whether the browser promised to keep the site's data (persistent storage), and
//! whether it is a browser known to delete that data after a week without a visit (the words
//! for these are the model's: [`crate::app::storage_page`]).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about this site's storage; `None` where it does not say (an older
/// browser, a page that is not a secure context).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SiteStorage {
    /// Bytes used and bytes allowed (navigator.storage.estimate()).
    pub usage: Option<(u64, u64)>,
    /// Whether the browser keeps the data under storage pressure (navigator.storage.persisted()).
    pub persisted: Option<bool>,
}

impl SiteStorage {
    pub async fn ask() -> SiteStorage {
        let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
            return SiteStorage::default();
        };
        SiteStorage { usage: estimate(&manager).await, persisted: persisted(&manager).await }
    }
}

// Without navigator.storage the calls throw, and the answer is None.
async fn estimate(manager: &web_sys::StorageManager) -> Option<(u64, u64)> {
    let estimate: web_sys::StorageEstimate = JsFuture::from(manager.estimate().ok()?).await.ok()?.unchecked_into();
    Some((estimate.get_usage()? as u64, estimate.get_quota()? as u64))
}

async fn persisted(manager: &web_sys::StorageManager) -> Option<bool> {
    JsFuture::from(manager.persisted().ok()?).await.ok()?.as_bool()
}

/// The browser's user agent string ("" when it cannot be read).
pub fn user_agent() -> String {
    web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
}
