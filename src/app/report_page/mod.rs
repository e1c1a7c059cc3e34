//! The official report page (report.html): the self-assessment report laid out as a Vietnamese
//! administrative document (Nghị định 30/2020/NĐ-CP). The form links here with the draft's id in
//! the address (`report.html#draft=ID`, and `&print` to print once the report is drawn); this
//! module reads that address, sums the report up, and keeps the record of the last signed score
//! file ([`signed`]) so that paper and file can be matched ([`qr`]). The table itself is
//! [`crate::app::report`]'s.

pub mod qr;
pub mod signed;
pub mod workbook;

use crate::app::sign_page::draft_in_fragment;
use crate::app::view::{index_percent, shown_band_title};
use crate::criteria::CriteriaSet;
use crate::scoring::Scorecard;
use crate::Lang;

/// The flag in the address that asks the page to print once it is drawn.
const PRINT_FLAG: &str = "print";

/// What the report page's address asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub draft: Option<String>,
    /// Print once the report is drawn (Ctrl+P on the form).
    pub print: bool,
}

impl Address {
    /// Reads `#draft=ID` and `&print` (with or without the `#`).
    pub fn parse(fragment: &str) -> Address {
        let print = fragment.trim_start_matches('#').split('&').any(|pair| pair == PRINT_FLAG);
        Address { draft: draft_in_fragment(fragment), print }
    }
}

/// The link from the form to the report of the draft `id`, relative to `page` (`report.html`
/// when served, its single file from disk); `print` asks it to print once drawn.
pub fn report_link(page: &str, id: &str, print: bool) -> String {
    let link = crate::app::sign_page::sign_link(page, id);
    if print {
        format!("{link}&{PRINT_FLAG}")
    } else {
        link
    }
}

/// The report's short summary, as it prints under the title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// "62,5" of "100".
    pub total: String,
    pub scale: String,
    pub index: String,
    /// The band as the set titles it, or "Chưa xếp loại" while nothing is answered.
    pub band: String,
    /// Survey items still without points, of all survey items (none: the set has no survey).
    pub survey_pending: Option<(usize, usize)>,
}

/// The summary of `card`: nothing answered has no band yet, whatever the lowest band's range.
pub fn summary(set: &CriteriaSet, card: &Scorecard, lang: Lang) -> Summary {
    let totals = &card.totals;
    // The total bar's own words: one rule for "not yet rated" on every screen.
    let band = shown_band_title(set, card, lang).to_string();
    let pending = totals.survey_items - totals.survey_entered.min(totals.survey_items);
    Summary {
        total: lang.number(totals.total),
        scale: lang.number(totals.scale),
        index: index_percent(set, totals.index, lang),
        band,
        survey_pending: (pending > 0).then_some((pending, totals.survey_items)),
    }
}
