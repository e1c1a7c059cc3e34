//! Formatting that several screens share, so that every screen says the same thing the same way:
//! a band's title (with "no band" when there is none), the index as the set writes it, and why a
//! criteria file or a draft file is refused.

use super::state::{DraftProblem, LoadFailure};
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::i18n::{t, tf, Msg};
use crate::scoring::Scorecard;
use crate::Lang;

/// The title of band `band` of `set` in `lang`, or "Chưa xếp loại"/"no band" when there is none.
pub fn band_title(set: &CriteriaSet, band: Option<usize>, lang: Lang) -> &str {
    band.and_then(|b| set.bands.get(b)).map_or(t(lang, Msg::NoBand), |b| b.title.get(lang))
}

/// Whether anything of the draft is answered: until then it has not been rated at all (its 0
/// points would otherwise read as the lowest band).
pub fn anything_answered(set: &CriteriaSet, card: &Scorecard) -> bool {
    set.leaves().any(|id| card.nodes.get(id).is_some_and(|n| n.answered == 1))
}

/// What the total bar says of the band: "Chưa xếp loại" before any answer, else its title.
pub fn shown_band_title<'a>(set: &'a CriteriaSet, card: &Scorecard, lang: Lang) -> &'a str {
    match anything_answered(set, card) {
        false => t(lang, Msg::NotYetRated),
        true => band_title(set, card.band.as_ref().map(|b| b.band), lang),
    }
}

/// The index as the set writes it, with its places and the language's decimal mark: "81,00%".
pub fn index_percent(set: &CriteriaSet, index: Decimal, lang: Lang) -> String {
    format!("{}%", lang.fixed(index, set.index_places))
}

impl LoadFailure {
    /// The sentence the set picker shows for file `name`: unreachable and why, or how many problems.
    pub fn summary(&self, name: &str, lang: Lang) -> String {
        match self {
            LoadFailure::Unreadable(reason) => tf(lang, Msg::FileUnreachable, &[name, reason]),
            LoadFailure::Invalid(errors) => tf(lang, Msg::FileInvalid, &[name, &errors.len().to_string()]),
            LoadFailure::Tampered(broken) => {
                tf(lang, Msg::FileRefused, &[name, &crate::signedset::Message::Tampered(broken.clone()).text(lang)])
            }
            LoadFailure::Unchecked => tf(lang, Msg::FileChecking, &[name]),
            LoadFailure::Refused(why) => tf(lang, Msg::FileRefused, &[name, why.get(lang)]),
        }
    }

    /// Each validation problem as (location, message) in `lang`; none when the file was unreadable.
    pub fn problems(&self, lang: Lang) -> Vec<(String, String)> {
        match self {
            LoadFailure::Unreadable(_)
            | LoadFailure::Tampered(_)
            | LoadFailure::Unchecked
            | LoadFailure::Refused(_) => Vec::new(),
            LoadFailure::Invalid(errors) => errors.iter().map(|e| (e.location_in(lang), e.message_in(lang))).collect(),
        }
    }
}

impl DraftProblem {
    /// Why a draft file could not be opened, as the drafts screen says it.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            DraftProblem::Unreadable { name, reason } => tf(lang, Msg::DraftFileUnreadable, &[name, reason]),
            DraftProblem::NotADraft { name, error } => tf(lang, Msg::NotADraft, &[name, &error.text(lang)]),
            DraftProblem::SetMissing { id, version } => tf(lang, Msg::SetMissing, &[id, version]),
            DraftProblem::SetReplaced { name, change } => tf(lang, Msg::SetReplacedImport, &[name, &change.text(lang)]),
        }
    }
}

impl crate::app::drafts::DraftSummary {
    /// "62,5/100 điểm · đã chấm 20/34 mục · 12 tài liệu kiểm chứng", as of the last save.
    pub fn figures_text(&self, lang: Lang) -> Option<String> {
        let f = self.figures.as_ref()?;
        let (answered, items, evidence) = (f.answered.to_string(), f.items.to_string(), f.evidence.to_string());
        Some(tf(lang, Msg::DraftFigures, &[&lang.number(f.total), &lang.number(f.scale), &answered, &items, &evidence]))
    }

    /// "Lưu lúc 14:05, 04/12/2026" / "Saved 2026-12-04 14:05", on a clock `utc_offset_minutes`
    /// ahead of UTC (420 in Việt Nam).
    pub fn saved_text(&self, lang: Lang, utc_offset_minutes: i64) -> Option<String> {
        let local = self.saved_at?.checked_add(utc_offset_minutes * 60)?;
        let time = crate::scorefile::Timestamp::from_unix(local)?.to_string();
        let (year, month, day, clock) = (&time[0..4], &time[5..7], &time[8..10], &time[11..16]);
        let when = match lang {
            Lang::Vi => format!("{clock}, {day}/{month}/{year}"),
            Lang::En => format!("{year}-{month}-{day} {clock}"),
        };
        Some(tf(lang, Msg::DraftSavedAt, &[&when]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> CriteriaSet {
        crate::criteria::load(include_str!("../../criteria/teaching-demo.json")).expect("teaching set")
    }

    #[test]
    fn bands_read_by_title_and_no_band_is_said() {
        let set = set();
        assert_eq!(band_title(&set, Some(0), Lang::Vi), "Tốt");
        assert_eq!(band_title(&set, Some(0), Lang::En), "Good");
        assert_eq!(band_title(&set, None, Lang::Vi), t(Lang::Vi, Msg::NoBand));
        assert_eq!(band_title(&set, Some(99), Lang::En), t(Lang::En, Msg::NoBand));
    }

    #[test]
    fn the_index_has_the_sets_places_and_the_languages_mark() {
        let set = set();
        let index: Decimal = "81.5".parse().unwrap();
        let places = set.index_places as usize;
        assert_eq!(index_percent(&set, index, Lang::Vi), format!("81,{:0<places$}%", "5"));
        assert_eq!(index_percent(&set, index, Lang::En), format!("81.{:0<places$}%", "5"));
    }
}
