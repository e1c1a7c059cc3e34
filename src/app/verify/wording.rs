//! How the Verify page words a verifier report: the kinds of failure, the claimed figures with
//! the criteria set's own names, and where a recomputed figure differs. These come from the
//! catalogue.

use crate::answers::CriteriaRef;
use crate::app::state::SharedSet;
use crate::app::view::index_percent;
use crate::i18n::{t, Msg};
use crate::scorefile::{Failure, Report};
use crate::Lang;

/// The failure's kind in a few words.
pub fn kind(lang: Lang, failure: &Failure) -> &'static str {
    let msg = match failure {
        Failure::Malformed { .. } => Msg::KindMalformed,
        Failure::BadSignature { .. } => Msg::KindBadSignature,
        Failure::UnknownKey { .. } => Msg::KindUnknownKey,
        Failure::CriteriaMismatch { .. } => Msg::KindCriteriaMismatch,
        Failure::ScoreDiffers { .. } => Msg::KindScoreDiffers,
    };
    t(lang, msg)
}

/// Every kind of failure of a report, in the order found ("chữ ký sai, điểm tính lại khác").
pub fn kinds(lang: Lang, report: &Report) -> String {
    report.failures.iter().map(|f| kind(lang, f)).collect::<Vec<_>>().join(", ")
}

/// The known set a file was made for (same id, version and SHA-256), if any.
pub fn known_set<'a>(sets: &'a [SharedSet], criteria: Option<&CriteriaRef>) -> Option<&'a SharedSet> {
    let criteria = criteria?;
    sets.iter().find(|set| CriteriaRef::of(set) == *criteria)
}

/// The claimed index as the set writes it ("81,00%"), or as given when the set is unknown.
pub fn index(lang: Lang, report: &Report, set: Option<&SharedSet>) -> Option<String> {
    let index = report.index?;
    Some(match set {
        Some(set) => index_percent(set, index, lang),
        None => format!("{}%", lang.number(index)),
    })
}

/// The claimed band's title in the set (its id when the set is unknown), or "no band".
pub fn band(lang: Lang, report: &Report, set: Option<&SharedSet>) -> String {
    let Some(id) = &report.band else { return t(lang, Msg::NoBand).to_string() };
    let title = set.and_then(|set| set.bands.iter().find(|band| &band.id == id)).map(|band| band.title.get(lang));
    title.unwrap_or(id).to_string()
}

/// Where a difference is, for people: a node's code and title, a total's name, else the
/// location in the file (`scorecard.totals.bonus`, `answers.2.1.numerator`).
pub fn place(lang: Lang, location: &str, set: Option<&SharedSet>) -> String {
    if let Some(code) = location.strip_prefix("scorecard.nodes.") {
        let title = set.and_then(|set| set.find(code)).zip(set).map(|(id, set)| set.node(id).title.get(lang));
        return match title {
            Some(title) => format!("{code} {title}"),
            None => code.to_string(),
        };
    }
    let named = match location {
        "scorecard.totals.total" => Some(Msg::TotalLabel),
        "scorecard.index" => Some(Msg::IndexLabel),
        "scorecard.band.id" => Some(Msg::BandLabel),
        _ => None,
    };
    named.map_or_else(|| location.to_string(), |msg| t(lang, msg).to_string())
}
