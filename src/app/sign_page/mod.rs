//! The signing page (sign.html): the agency's signing key and "Ký và xuất", on a page of their
//! own so that the agency's form carries no signing or key-encryption code. The form links here
//! with the draft's id in the address (`sign.html#draft=ID`); this module reads that address,
//! says whether the draft may be signed as it stands, and keeps the key backup's checks
//! ([`backup`]). Its texts are in [`messages`].

pub mod backup;
pub mod messages;

use crate::app::drafts;
use crate::app::store::Store;
use crate::scorefile::Preview;

/// The address fragment that names the draft to sign.
const DRAFT_PARAMETER: &str = "draft";

/// The link from the form to the signing page for the draft `id`, relative to `page`
/// (`sign.html` when served, its single file from disk).
pub fn sign_link(page: &str, id: &str) -> String {
    format!("{page}#{DRAFT_PARAMETER}={}", encode(id))
}

/// The draft id an address fragment names (`#draft=ID`, with or without the `#`), if any.
pub fn draft_in_fragment(fragment: &str) -> Option<String> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix(DRAFT_PARAMETER)?.strip_prefix('='))
        .map(decode)
        .filter(|id| !id.is_empty())
}

/// Percent-encodes what is not a letter, a digit or `-_.~` (draft ids are plain, but an address
/// must never be broken by one that is not).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The reverse of [`encode`]; a broken escape is kept as typed.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match escaped {
            Some(value) => {
                out.push(value);
                i += 3;
            }
            None => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The agency (name, code) a new key is suggested for: the draft to sign, else the draft the
/// form had open last (the header's "Khoá ký" names no draft). Read from the store at once,
/// without waiting for the draft's set.
pub fn suggested_agency(store: &dyn Store, draft_id: Option<&str>) -> Option<(String, String)> {
    let id = draft_id.map(str::to_string).or_else(|| drafts::current(store))?;
    let agency = drafts::load(store, &id)?.draft.agency;
    Some((agency.name, agency.code))
}

/// Whether the draft may be signed now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// Some answers cannot be scored: no file is signed over them.
    Blocked,
    /// Items are unanswered (they score nothing): the user confirms before signing.
    Confirm {
        unanswered: usize,
    },
    Ready,
}

impl Readiness {
    /// Where `preview` stands, `confirmed` being the user's answer to the unanswered items.
    pub fn of(preview: &Preview, confirmed: bool) -> Readiness {
        if !preview.signable() {
            Readiness::Blocked
        } else if !preview.unanswered.is_empty() && !confirmed {
            Readiness::Confirm { unanswered: preview.unanswered.len() }
        } else {
            Readiness::Ready
        }
    }

    pub fn can_sign(self) -> bool {
        self == Readiness::Ready
    }
}
