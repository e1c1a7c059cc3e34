//! Every user-facing string of the pages, keyed by [`Msg`], one catalogue per language ([`vi`],
//! [`en`]). Each catalogue is one exhaustive `match`, so a key without a translation does not
//! compile. Texts from criteria files (titles, levels) and from the core (rules in words, answer
//! problems) come in both languages from there.
//!
//! The core's messages with data in them implement [`Bilingual`].
//!
//! Placeholders are written `{0}`, `{1}`… so that each language can put them where its grammar
//! wants them; [`fill`] replaces them.

pub mod en;
pub mod report;
pub mod vi;

use crate::criteria::Level;
use crate::Lang;

mod msg;

pub use msg::Msg;

/// A message of the core with what it names, said in both languages: each area's enum (criteria
/// problems, JSON problems, trust, appraisal, the authority's tables…) writes one exhaustive
/// `match` per language, so a message without its translation does not compile.
pub trait Bilingual {
    fn vi(&self) -> String;
    fn en(&self) -> String;

    /// The message in `lang`.
    fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }
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

/// "{n} points", or "1 point": English has a singular.
pub fn points(lang: Lang, points: crate::Decimal) -> String {
    let msg = if points == crate::Decimal::ONE { Msg::OnePoint } else { Msg::Points };
    tf(lang, msg, &[&lang.number(points)])
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
