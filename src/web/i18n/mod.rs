//! Every user-facing string of the app, keyed by [`Msg`], one catalogue per language ([`vi`],
//! [`en`]). Each catalogue is one exhaustive `match`, so a key without a translation does not
//! compile. Texts from criteria files (titles, levels) and from the core (rules in words, answer
//! problems) come in both languages from there.
//!
//! Placeholders are written `{0}`, `{1}`… so that each language can put them where its grammar
//! wants them; [`fill`] replaces them.

pub mod en;
pub mod vi;

use yew::prelude::*;

use crate::criteria::Level;
use crate::Lang;

/// A message of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    LanguageLabel,
    ChooseAnotherSet,
    ResumeSet,

    PickerHeading,
    LibraryHeading,
    Loading,
    DecisionLabel,
    YearLabel,
    LevelLabel,
    /// {0}: number of scored items.
    ItemCount,
    UseThisSet,
    /// {0}: file name; {1}: reason.
    FileUnreachable,
    /// {0}: file name; {1}: number of problems.
    FileInvalid,
    OpenFileHeading,
    OpenFileLabel,
    OpenFileHint,

    LevelMinistry,
    LevelProvince,
    LevelDepartment,
    LevelDistrict,
    LevelCommune,
    LevelTraining,

    SectionsHeading,
    BonusSection,
    PenaltySection,
    /// {0}: answered; {1}: items.
    AnsweredOf,
    SurveyOnlySection,
    /// {0}: points; {1}: max.
    PointsOf,
    /// {0}: max points.
    MaxPoints,
    /// {0}: points.
    Points,
    ScoringRule,
    HowScored,
    Evidence,
    Guidance,
    ChooseLevel,
    LevelInput,
    PassQuestion,
    Yes,
    No,
    FaultCount,
    ItemsCounted,
    ManualPoints,
    Justification,
    SurveyBadge,
    SurveyExplained,
    ClearAnswer,
    /// {0}: what was typed.
    NotAWholeNumber,
    /// {0}: what was typed.
    NotANumber,

    TotalLabel,
    IndexLabel,
    BandLabel,
    NoBand,
    AnsweredLabel,
    SurveyLabel,
    /// {0}: the gates' titles.
    CappedBy,
}

/// The message in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Vi => vi::text(msg),
        Lang::En => en::text(msg),
    }
}

/// The message in `lang` with `{0}`, `{1}`… replaced by `args`.
pub fn tf(lang: Lang, msg: Msg, args: &[&str]) -> String {
    fill(t(lang, msg), args)
}

/// Replaces `{0}`, `{1}`… in `template` by `args` (a placeholder without an argument stays).
pub fn fill(template: &str, args: &[&str]) -> String {
    args.iter().enumerate().fold(template.to_string(), |text, (i, arg)| text.replace(&format!("{{{i}}}"), arg))
}

/// The name of an agency level.
pub fn level_name(lang: Lang, level: Level) -> &'static str {
    t(
        lang,
        match level {
            Level::Ministry => Msg::LevelMinistry,
            Level::Province => Msg::LevelProvince,
            Level::Department => Msg::LevelDepartment,
            Level::District => Msg::LevelDistrict,
            Level::Commune => Msg::LevelCommune,
            Level::Training => Msg::LevelTraining,
        },
    )
}

/// The language code for `lang` attributes.
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

/// The interface language, provided by the app to every component.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Tells the browser (and screen readers) which language the page is in.
pub fn mark_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        // Only fails on a detached document; the attribute is a courtesy.
        let _ = root.set_attribute("lang", code(lang));
    }
}
