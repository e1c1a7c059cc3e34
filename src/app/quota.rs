//! How close parscore's entries are to the browser's limit for localStorage, so that the app
//! warns while there is still room to act, not after a save has failed.

/// localStorage's limit per site, in the bytes [`super::drafts::bytes_used`] counts (UTF-16, two
/// bytes a code unit). Chromium 156 takes 5,242,880 code units per site (measured: the longest
/// value it stores under a one-letter key is 5,242,879 units, ASCII or Vietnamese alike), which
/// is 10 MiB counted so; Firefox documents 5 MiB per site. The smaller figure is taken as bytes
/// counted here, so the warning comes early enough in either browser.
pub const LOCAL_STORAGE_LIMIT: u64 = 5 * 1024 * 1024;

/// The share of the limit from which the app warns. The largest draft measured (a 300-leaf set
/// with three evidence documents, a note and a justification on every item, its set's text
/// included: tests/app/quota.rs) takes 1.2 MB counted so, 22% of the limit (11% in Chromium), so
/// a user warned at 80% can still save the open draft and download the others before deleting
/// them.
pub const WARN_AT_PERCENT: u64 = 80;

/// The store is filling up: `used` of `limit` bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Filling {
    pub used: u64,
    pub limit: u64,
}

impl Filling {
    /// The share of the limit used, in whole percent (at most 100).
    pub fn percent(self) -> u64 {
        (self.used.saturating_mul(100) / self.limit.max(1)).min(100)
    }
}

/// Whether `used` bytes are close enough to the limit to warn.
pub fn filling(used: u64) -> Option<Filling> {
    let filling = Filling { used, limit: LOCAL_STORAGE_LIMIT };
    (filling.percent() >= WARN_AT_PERCENT).then_some(filling)
}
