//! parscore: self-assessment and scoring for the Vietnamese Administrative Reform Index
//! (Chỉ số cải cách hành chính, PAR INDEX).
//!
//! Data flows down this list; each module depends only on those above it.
//! - [`decimal`], [`interval`]: exact numbers and bounded ranges ("[70, 90)"); [`file_name`]:
//!   files named after what the user named; [`letter_case`]: Vietnamese capitals and small letters.
//! - [`criteria`]: a criteria set (bộ tiêu chí): raw JSON → validation with located errors →
//!   a [`criteria::CriteriaSet`] that cannot be invalid.
//! - [`answers`]: an agency's draft: answers by node code, evidence, notes.
//! - [`scoring`]: `score(criteria, answers) → Scorecard`, with a trace that explains every number.
//! - [`scorefile`]: the signed score file (W3C Data Integrity, eddsa-jcs-2022): the document built
//!   from a draft and its scorecard, keys (did:key, encrypted backup), signing and verification.
//! - [`signedset`]: criteria sets signed by their publisher, with the same proof; a set replaced
//!   under a draft.
//! - [`appraisal`]: the council's appraisal of a score file and the agency's explanation, signed
//!   and bound to the file each answers.
//! - [`app`]: the app model: state, actions, persistence and view data, for every target;
//!   [`i18n`]: the message catalogue, Vietnamese and English.
//! - [`authority`]: the authority's half: roster, intake register, survey results, final
//!   results and the ranking per group.
//! - [`sheet`]: criteria sets to and from a spreadsheet (XLSX, CSV) laid out like the decision's
//!   table, with the "Cách chấm" notation and problems located by sheet, row and column;
//!   [`sheet_worker`]: the XLSX half of both, asked through the spreadsheet worker's messages.
//! - `web` (wasm32 only): the Yew pages, a thin shell over the above.
//!
//! The `parscore` command line (src/bin/parscore.rs) is the other shell.

pub mod answers;
pub mod app;
pub mod appraisal;
pub mod authority;
pub mod canonical;
pub mod criteria;
pub mod decimal;
pub mod file_name;
pub mod i18n;
pub mod interval;
pub mod json_error;
pub mod letter_case;
pub mod scorefile;
pub mod scoring;
pub mod sheet;
pub mod sheet_worker;
pub mod short_sort;
pub mod signedset;
mod text_serde;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use decimal::Decimal;

use serde::{Deserialize, Serialize};

/// The two interface languages: Vietnamese first, English second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// A number as this language writes it: 91,14 in Vietnamese, 91.14 in English.
    pub fn number(self, d: Decimal) -> String {
        match self {
            Lang::Vi => d.canonical_comma(),
            Lang::En => d.canonical(),
        }
    }

    /// A number with a fixed count of decimals, for tables.
    pub fn fixed(self, d: Decimal, places: u32) -> String {
        let s = d.fixed(places);
        match self {
            Lang::Vi => s.replace('.', ","),
            Lang::En => s,
        }
    }

    /// Picks the Vietnamese or English wording.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A text in Vietnamese, with an optional English translation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub vi: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn new(vi: &str, en: &str) -> Text {
        Text { vi: vi.to_string(), en: Some(en.to_string()) }
    }

    /// The text in `lang`, falling back to Vietnamese where no translation is given.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) if !en.is_empty() => en,
            _ => &self.vi,
        }
    }
}
