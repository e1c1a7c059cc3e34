//! The storage page: how it is reached, and its pure parts: which browsers delete idle sites'
//! data, how sizes read, and what parscore's keys take in the store.

use parscore::app::drafts::bytes_used;
use parscore::app::state::{Action, AppState, Screen};
use parscore::app::storage_page::{purges_idle_storage, size_text};
use parscore::app::store::{MemoryStore, Store};
use parscore::Lang;

#[test]
fn the_storage_page_opens_and_leads_back_to_the_drafts() {
    let state = AppState::new(Lang::Vi).reduce(Action::StorageScreenOpened);
    assert_eq!(state.screen, Screen::Storage);
    assert_eq!(state.reduce(Action::DraftsListOpened).screen, Screen::Drafts);
}

#[test]
fn only_webkits_own_browsers_are_said_to_purge_idle_storage() {
    let safari_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    // Chrome on an iPhone is WebKit underneath, and purges too.
    let chrome_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1";
    for ua in [safari_mac, safari_iphone, chrome_iphone] {
        assert!(purges_idle_storage(ua), "{ua}");
    }
    let chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51";
    let coc_coc = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/131.0.0 Chrome/125.0.0.0 Safari/537.36";
    let chrome_android = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
    let headless =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36";
    let firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0";
    for ua in [chrome, edge, coc_coc, chrome_android, headless, firefox, ""] {
        assert!(!purges_idle_storage(ua), "{ua}");
    }
}

#[test]
fn sizes_read_in_bytes_then_kilobytes_megabytes_and_gigabytes() {
    assert_eq!(size_text(Lang::Vi, 0), "0 byte");
    assert_eq!(size_text(Lang::En, 999), "999 bytes");
    assert_eq!(size_text(Lang::Vi, 1000), "1 kB");
    assert_eq!(size_text(Lang::Vi, 12_345), "12,3 kB");
    assert_eq!(size_text(Lang::En, 12_355), "12.4 kB");
    assert_eq!(size_text(Lang::En, 5_242_880), "5.2 MB");
    assert_eq!(size_text(Lang::Vi, 299_875_000_000), "299,9 GB");
}

#[test]
fn bytes_used_counts_parscores_keys_and_values_in_utf16() {
    let store = MemoryStore::default();
    assert_eq!(bytes_used(&store), 0);
    store.set("parscore.lang", "vi").unwrap();
    // 13 + 2 code units, two bytes each.
    assert_eq!(bytes_used(&store), 30);
    // "Ổ" is one UTF-16 code unit, "𝔸" two.
    store.set("parscore.draft.1", "Ổ𝔸").unwrap();
    assert_eq!(bytes_used(&store), 30 + 2 * (16 + 3));
    store.set("another-app.key", "not ours").unwrap();
    assert_eq!(bytes_used(&store), 68);
}
