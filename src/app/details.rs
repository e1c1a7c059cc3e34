//! The agency's details of a draft (name, code, level, evaluation year): checked the same way when
//! a draft is created and whenever they are edited on the open draft. A score file and the report
//! read them from the draft, so an edit reaches both.
//!
//! The default year is the year whose work is assessed: agencies self-assess a year's work late
//! in that year (Thừa Thiên Huế's communes submit by 5 October) and the ministry's guidance for
//! the previous year comes in January (BNV letters 383, 384 of 28/01/2021). So from April on it is
//! the current year, before April the previous one; never the set's issue year, which is often
//! years old.

use crate::answers::Agency;
use crate::criteria::{CriteriaSet, Level};
use crate::i18n::{t, tf, Msg};
use crate::Lang;

/// The details as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailsInput {
    pub name: String,
    pub code: String,
    pub level: Level,
    pub year: String,
}

impl DetailsInput {
    /// The details a draft has, as the editor starts with them.
    pub fn of(agency: &Agency, year: u16) -> DetailsInput {
        DetailsInput {
            name: agency.name.clone(),
            code: agency.code.clone(),
            level: agency.level,
            year: year.to_string(),
        }
    }
}

/// Which field a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailsField {
    Name,
    Code,
    Year,
}

/// Why the details cannot be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailsProblem {
    NameRequired,
    /// The code as typed: it goes into file names and the authority's register.
    CodeInvalid(String),
    YearInvalid(String),
}

impl DetailsProblem {
    pub fn field(&self) -> DetailsField {
        match self {
            DetailsProblem::NameRequired => DetailsField::Name,
            DetailsProblem::CodeInvalid(_) => DetailsField::Code,
            DetailsProblem::YearInvalid(_) => DetailsField::Year,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        match self {
            DetailsProblem::NameRequired => t(lang, Msg::NameRequired).to_string(),
            DetailsProblem::CodeInvalid(code) => tf(lang, Msg::CodeInvalid, &[code]),
            DetailsProblem::YearInvalid(year) => tf(lang, Msg::YearInvalid, &[year]),
        }
    }
}

/// The longest code kept (the state's codes of agencies, "000.00.26.H57", are far shorter).
const CODE_MAX: usize = 32;

/// An agency code: empty (not registered yet), or letters, digits, ".", "-" and "_" without
/// spaces, since it names the signed file and is matched against the authority's keyring.
pub fn code_is_valid(code: &str) -> bool {
    code.len() <= CODE_MAX && code.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c))
}

/// A year as typed, when it is one.
pub fn parse_year(text: &str) -> Option<u16> {
    text.trim().parse().ok().filter(|y| (1990..=2100).contains(y))
}

/// The agency and year, trimmed, or every problem found.
pub fn check(input: &DetailsInput) -> Result<(Agency, u16), Vec<DetailsProblem>> {
    let (name, code) = (input.name.trim(), input.code.trim());
    let mut problems = Vec::new();
    if name.is_empty() {
        problems.push(DetailsProblem::NameRequired);
    }
    if !code_is_valid(code) {
        problems.push(DetailsProblem::CodeInvalid(code.to_string()));
    }
    let year = parse_year(&input.year);
    if year.is_none() {
        problems.push(DetailsProblem::YearInvalid(input.year.trim().to_string()));
    }
    match year.filter(|_| problems.is_empty()) {
        Some(year) => Ok((Agency { name: name.to_string(), code: code.to_string(), level: input.level }, year)),
        None => Err(problems),
    }
}

/// The year the set's decision was issued, read from its date ("2022-09-12", or "2013").
pub fn decision_year(set: &CriteriaSet) -> Option<u16> {
    set.decision.date.get(..4).and_then(|y| y.parse().ok())
}

/// A question, not a refusal: a year before the set's decision was assessed with another set.
pub fn year_warning(set: &CriteriaSet, year: u16, lang: Lang) -> Option<String> {
    let decided = decision_year(set).filter(|&d| year < d)?;
    Some(tf(lang, Msg::YearBeforeDecision, &[&year.to_string(), &set.decision.number, &decided.to_string()]))
}

/// The evaluation year a new draft starts with on `today_year`-`today_month` (1–12).
pub fn assessment_year(today_year: u16, today_month: u8) -> u16 {
    if today_month <= 3 {
        today_year.saturating_sub(1)
    } else {
        today_year
    }
}
