//! The "Cách chấm" (scoring) notation: a rule as an official types it from the decision's wording,
//! e.g. "Kịp thời 1; Không kịp thời 0,5; Không ban hành 0" or "Tỷ lệ: [90, 100] 2; [70, 90) 1;
//! [0, 70) 0". docs/criteria-sheet.md gives the grammar with an example of every rule kind.
//!
//! A cell is parsed into a [`Notation`] (the rule with its texts in one language), and the
//! Vietnamese and English cells are merged into a [`RawRule`] ([`merge`]); the printer does the
//! reverse ([`split`], [`print`]). Print then parse gives back the same notation, quoting a text
//! (`"…"`) wherever it would otherwise read as something else.

mod merge;
mod parse;
mod print;

pub use merge::{merge, split};
pub use parse::parse;
pub use print::print;

use crate::decimal::{Decimal, Rounding};
use crate::interval::{Bound, Interval};
use crate::letter_case::lower_char;
use crate::Lang;

/// A rule as one cell writes it, texts in that cell's language. An omitted text is `None`; in
/// the English cell an empty text means "no translation".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notation {
    Levels(Vec<(String, Decimal)>),
    PassFail {
        pass: Option<String>,
        fail: Option<String>,
    },
    Bands {
        measure: MeasureLabels,
        bands: Vec<(Interval, Decimal)>,
        if_none: Option<Decimal>,
    },
    Proportional {
        measure: MeasureLabels,
        places: u32,
        rounding: Rounding,
        if_none: Option<Decimal>,
    },
    Deduction {
        per_fault: Decimal,
        fault: Option<String>,
    },
    PerCount {
        per_item: Decimal,
        item: Option<String>,
    },
    Manual {
        step: Option<Decimal>,
    },
    /// `percent`: the result comes as a percent, turned into points with these places and rounding.
    Survey {
        respondents: Option<String>,
        percent: Option<(u32, Rounding)>,
    },
}

/// What a bands or proportional rule measures, with its labels when the cell names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureLabels {
    /// Numerator and denominator, "Số hồ sơ đúng hạn / Tổng số hồ sơ".
    Ratio(Option<(String, String)>),
    Percent(Option<String>),
}

/// Labels used when a cell names none ("Tỷ lệ: [90, 100] 2; …").
pub const DEFAULT_NUMERATOR: &str = "Tử số";
pub const DEFAULT_DENOMINATOR: &str = "Mẫu số";
pub const DEFAULT_PERCENT: &str = "Tỷ lệ (%)";
/// The generic words "mỗi lỗi" / "mỗi lần" stand for a fault or item with no text of its own.
pub const DEFAULT_FAULT: (&str, &str) = ("lỗi", "fault");
pub const DEFAULT_ITEM: (&str, &str) = ("lần", "item");

/// What is wrong in a "Cách chấm" cell.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum NotationError {
    Empty,
    /// A part that should end with its points does not.
    NoPoints(String),
    Number(String),
    Interval(String),
    /// A part this kind of rule does not have.
    Unexpected(String),
    Repeated(String),
    NoBands,
    RatioLabels(String),
    /// The English cell is not the same kind of rule as the Vietnamese one, or has another count
    /// of levels or ranges.
    Mismatch,
    EnglishWithoutVietnamese,
    LevelIds {
        expected: usize,
        found: usize,
    },
    LevelIdsWithoutLevels,
}

impl NotationError {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (NotationError::Empty, Lang::Vi) => "trống".into(),
            (NotationError::Empty, Lang::En) => "empty".into(),
            (NotationError::NoPoints(part), Lang::Vi) => format!("\"{part}\" không kết thúc bằng số điểm"),
            (NotationError::NoPoints(part), Lang::En) => format!("\"{part}\" does not end with its points"),
            (NotationError::Number(text), Lang::Vi) => format!("\"{text}\" không phải là số (viết như 0,5 hoặc 0.5)"),
            (NotationError::Number(text), Lang::En) => format!("\"{text}\" is not a number (write it like 0.5 or 0,5)"),
            (NotationError::Interval(text), Lang::Vi) => {
                format!("\"{text}\" không phải là khoảng (viết như [70; 90): '[' gồm mốc, '(' không gồm mốc)")
            }
            (NotationError::Interval(text), Lang::En) => {
                format!("\"{text}\" is not a range (write it like [70; 90): '[' includes the bound, '(' excludes it)")
            }
            (NotationError::Unexpected(part), Lang::Vi) => format!("không hiểu phần \"{part}\" trong kiểu chấm này"),
            (NotationError::Unexpected(part), Lang::En) => format!("\"{part}\" does not belong in this kind of rule"),
            (NotationError::Repeated(part), Lang::Vi) => format!("\"{part}\" được ghi hai lần"),
            (NotationError::Repeated(part), Lang::En) => format!("\"{part}\" is given twice"),
            (NotationError::NoBands, Lang::Vi) => "chưa có khoảng nào, ví dụ \"[90; 100] 2\"".into(),
            (NotationError::NoBands, Lang::En) => "no range given, e.g. \"[90; 100] 2\"".into(),
            (NotationError::RatioLabels(text), Lang::Vi) => {
                format!("\"{text}\": ghi tử số và mẫu số cách nhau bởi \" / \"")
            }
            (NotationError::RatioLabels(text), Lang::En) => {
                format!("\"{text}\": write the numerator and the denominator separated by \" / \"")
            }
            (NotationError::Mismatch, Lang::Vi) => {
                "không cùng cách chấm với cột tiếng Việt (phải cùng kiểu và cùng số mức, số khoảng)".into()
            }
            (NotationError::Mismatch, Lang::En) => {
                "not the same rule as the Vietnamese column (same kind, same number of levels or ranges)".into()
            }
            (NotationError::EnglishWithoutVietnamese, Lang::Vi) => "có bản tiếng Anh nhưng thiếu bản tiếng Việt".into(),
            (NotationError::EnglishWithoutVietnamese, Lang::En) => "an English text without its Vietnamese".into(),
            (NotationError::LevelIds { expected, found }, Lang::Vi) => {
                format!("cần {expected} mã mức (mỗi mức một mã), có {found}")
            }
            (NotationError::LevelIds { expected, found }, Lang::En) => {
                format!("needs {expected} level ids (one per level), found {found}")
            }
            (NotationError::LevelIdsWithoutLevels, Lang::Vi) => "chỉ cách chấm theo mức mới có mã mức".into(),
            (NotationError::LevelIdsWithoutLevels, Lang::En) => "only a rule with levels has level ids".into(),
        }
    }
}

/// The parts of a cell: split at ';' and line breaks, except inside quotes and inside a range
/// like "[92,5; 100]".
pub(crate) fn split_parts(cell: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut in_range = false;
    // Whether the open range has its two bounds apart already: a ';' after that ends the part.
    let mut bounds_apart = false;
    let chars: Vec<char> = cell.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '"' => quoted = !quoted,
            '[' | '(' if !quoted && opens_range(&chars[i + 1..]) => (in_range, bounds_apart) = (true, false),
            ']' | ')' if !quoted => in_range = false,
            ',' if in_range && chars.get(i + 1).is_some_and(|c| c.is_whitespace()) => bounds_apart = true,
            ';' if !quoted && in_range && !bounds_apart => bounds_apart = true,
            ';' | '\n' | '\r' if !quoted => {
                in_range = false;
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    parts.into_iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// Whether the text after a '[' or '(' is a range's lower bound.
fn opens_range(rest: &[char]) -> bool {
    rest.iter().find(|c| !c.is_whitespace()).is_some_and(|c| c.is_ascii_digit() || *c == '-')
}

/// `text` without `keyword` at its start (case-insensitive), when the keyword is a whole word.
pub(crate) fn strip_keyword<'a>(text: &'a str, keyword: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for k in keyword.chars() {
        let (_, c) = chars.next()?;
        if lower_char(c) != lower_char(k) {
            return None;
        }
    }
    let rest = match chars.next() {
        Some((i, _)) => text.get(i..)?,
        None => "",
    };
    rest.chars().next().is_none_or(|c| c.is_whitespace() || c == ':' || c == '/').then_some(rest)
}

/// The first of `keywords` that `text` starts with, and what follows it.
pub(crate) fn strip_any<'a>(text: &'a str, keywords: &[&str]) -> Option<&'a str> {
    keywords.iter().find_map(|k| strip_keyword(text, k))
}

/// A number with a decimal comma or a dot: "0,5", "0.5", "12".
pub(crate) fn number(text: &str) -> Result<Decimal, NotationError> {
    let t = text.trim();
    let bad = || NotationError::Number(t.to_string());
    if t.contains(',') && t.contains('.') || t.matches(',').count() > 1 {
        return Err(bad());
    }
    t.replace(',', ".").parse().map_err(|_| bad())
}

/// [`number`] for a cell outside the notation.
pub(crate) fn number_text(text: &str) -> Option<Decimal> {
    number(text).ok()
}

/// [`interval`] for a cell outside the notation.
pub(crate) fn interval_text(text: &str) -> Option<Interval> {
    interval(text).ok()
}

/// A range as the Vietnamese sheet writes it.
pub(crate) fn write_interval_vi(range: &Interval) -> String {
    write_interval(range, Lang::Vi)
}

/// A range like "[70, 90)", "(90; 100]", "[92,5, 100]" or "[3, inf)".
pub(crate) fn interval(text: &str) -> Result<Interval, NotationError> {
    let t = text.trim();
    let bad = || NotationError::Interval(t.to_string());
    let lo_inclusive = match t.chars().next() {
        Some('[') => true,
        Some('(') => false,
        _ => return Err(bad()),
    };
    let hi_inclusive = match t.chars().last() {
        Some(']') => true,
        Some(')') => false,
        _ => return Err(bad()),
    };
    let inner = t.get(1..t.len() - 1).ok_or_else(bad)?;
    // With decimal commas the bounds are split at ';', or at the one ", " (comma and space).
    let (lo, hi) = if let Some(pair) = inner.split_once(';') {
        pair
    } else if inner.matches(',').count() == 1 {
        inner.split_once(',').ok_or_else(bad)?
    } else if inner.matches(", ").count() == 1 {
        inner.split_once(", ").ok_or_else(bad)?
    } else {
        return Err(bad());
    };
    let lo = Bound { value: number(lo).map_err(|_| bad())?, inclusive: lo_inclusive };
    let hi = match hi.trim() {
        "inf" | "∞" | "+∞" if !hi_inclusive => None,
        hi => Some(Bound { value: number(hi).map_err(|_| bad())?, inclusive: hi_inclusive }),
    };
    Ok(Interval { lo, hi })
}

/// A text as typed: a quoted one loses its quotes ("" inside stands for one quote).
pub(crate) fn unquote(text: &str) -> String {
    let t = text.trim();
    match t.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if t.len() >= 2 => inner.replace("\"\"", "\""),
        _ => t.to_string(),
    }
}

pub(crate) fn is_quoted(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 2 && t.starts_with('"') && t.ends_with('"')
}

/// A number as the language writes it.
pub(crate) fn write_number(n: Decimal, lang: Lang) -> String {
    lang.number(n)
}

/// A range as the language writes it: "[92,5, 100]" in Vietnamese, "[92.5, 100]" in English.
pub(crate) fn write_interval(range: &Interval, lang: Lang) -> String {
    let open = if range.lo.inclusive { '[' } else { '(' };
    let lo = write_number(range.lo.value, lang);
    match range.hi {
        None => format!("{open}{lo}, inf)"),
        Some(hi) => format!("{open}{lo}, {}{}", write_number(hi.value, lang), if hi.inclusive { ']' } else { ')' }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_split_outside_quotes_and_ranges() {
        assert_eq!(split_parts("a 1; b 2\nc 3"), ["a 1", "b 2", "c 3"]);
        assert_eq!(split_parts("[92,5; 100] 2; \"x; y\" 1"), ["[92,5; 100] 2", "\"x; y\" 1"]);
        assert_eq!(split_parts("Báo cáo (quý I); x 0"), ["Báo cáo (quý I)", "x 0"]);
        assert_eq!(split_parts("[80, 95 1; [0, 80) 0"), ["[80, 95 1", "[0, 80) 0"]);
    }

    #[test]
    fn numbers_and_ranges_take_decimal_commas() {
        assert_eq!(number("0,5").unwrap().canonical(), "0.5");
        assert!(number("1,000.5").is_err());
        assert_eq!(interval("[92,5, 100]").unwrap().to_string(), "[92.5, 100]");
        assert_eq!(interval("(0; 92,5)").unwrap().to_string(), "(0, 92.5)");
        assert_eq!(interval("[3, inf)").unwrap().to_string(), "[3, inf)");
        assert!(interval("[92,5,100]").is_err());
    }

    #[test]
    fn keywords_are_whole_words() {
        assert_eq!(strip_keyword("Đạt: có", "đạt"), Some(": có"));
        assert_eq!(strip_keyword("Đạt", "đạt"), Some(""));
        assert_eq!(strip_keyword("Đạtx", "đạt"), None);
        assert_eq!(strip_keyword("trừ 0,5 mỗi lỗi", "TRỪ"), Some(" 0,5 mỗi lỗi"));
    }
}
