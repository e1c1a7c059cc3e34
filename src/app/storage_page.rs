//! The storage page's view data: which browsers delete a site's data when it is not visited, and
//! sizes as people read them.

use crate::decimal::{Decimal, Rounding};
use crate::i18n::{tf, Msg};
use crate::Lang;

/// Whether the browser is WebKit's own (Safari, and every browser on iPhone and iPad), which
/// deletes what a site's scripts stored after seven days without a visit. Chromium-based
/// browsers name AppleWebKit too, but also Chrome or Chromium.
pub fn purges_idle_storage(user_agent: &str) -> bool {
    user_agent.contains("AppleWebKit/") && !user_agent.contains("Chrome/") && !user_agent.contains("Chromium/")
}

/// A size as people read it: "850 byte", "12,3 kB", "1,2 MB" (1 kB = 1000 bytes, as disks count).
pub fn size_text(lang: Lang, bytes: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")];
    match UNITS.into_iter().find(|&(unit, _)| bytes >= unit) {
        Some((unit, name)) => {
            let amount = Decimal::from_ratio(i128::from(bytes), i128::from(unit), 1, Rounding::HalfUp);
            format!("{} {name}", lang.number(amount))
        }
        None => tf(lang, Msg::FileSize, &[&bytes.to_string()]),
    }
}
