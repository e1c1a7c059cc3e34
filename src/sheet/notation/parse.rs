//! Reading a "Cách chấm" cell. The first part decides the kind of rule: a keyword ("Điều tra
//! XHH", "Tự chấm", "Tỷ lệ", "Phần trăm", "Theo tỷ lệ", "Theo phần trăm", "Đạt", "Trừ"), a number
//! followed by "mỗi" (per count), and otherwise a list of levels, each ending with its points.
//! English keywords are read too, so the English column uses the same grammar.

use super::*;

const SURVEY: &[&str] = &["điều tra xhh", "điều tra xã hội học", "survey"];
const MANUAL: &[&str] = &["tự chấm", "manual"];
const PROPORTIONAL_RATIO: &[&str] = &["theo tỷ lệ", "theo tỉ lệ", "proportional ratio"];
const PROPORTIONAL_PERCENT: &[&str] = &["theo phần trăm", "proportional percent"];
const RATIO: &[&str] = &["tỷ lệ", "tỉ lệ", "ratio"];
const PERCENT: &[&str] = &["phần trăm", "percent"];
const PASS: &[&str] = &["đạt", "pass"];
const FAIL: &[&str] = &["không đạt", "fail"];
const PASS_FAIL: &[&str] = &["đạt/không đạt", "pass/fail"];
const DEDUCT: &[&str] = &["trừ", "deduct"];
const ADD: &[&str] = &["cộng", "add"];
const EACH: &[&str] = &["mỗi", "per"];
const UNITS: &[&str] = &["điểm", "đ", "points", "point"];
const IF_NONE: &[&str] = &["không phát sinh", "if none"];
const ROUND: &[&str] = &["làm tròn", "round"];
const UP: &[&str] = &["lên", "up"];
const DOWN: &[&str] = &["xuống", "down"];
const PLACES: &[&str] = &["chữ số thập phân", "chữ số", "decimal places", "places"];
const STEP: &[&str] = &["bước", "step"];
const SURVEY_PERCENT: &[&str] = &["tỷ lệ %", "tỉ lệ %", "percent"];

/// Reads one cell. Texts keep their case and inner spacing; quotes are removed.
pub fn parse(cell: &str) -> Result<Notation, NotationError> {
    let parts = split_parts(cell);
    let Some((first, rest)) = parts.split_first() else {
        return Err(NotationError::Empty);
    };
    if let Some(after) = strip_any(first, SURVEY) {
        return survey(after, rest);
    }
    if let Some(after) = strip_any(first, MANUAL) {
        if !after_colon(after).is_empty() {
            return Err(NotationError::Unexpected(first.clone()));
        }
        let mut step = None;
        for part in rest {
            let value = strip_any(part, STEP).ok_or_else(|| NotationError::Unexpected(part.clone()))?;
            set_once(&mut step, number(after_colon(value))?, part)?;
        }
        return Ok(Notation::Manual { step });
    }
    for (keywords, ratio, proportional) in [
        (PROPORTIONAL_RATIO, true, true),
        (PROPORTIONAL_PERCENT, false, true),
        (RATIO, true, false),
        (PERCENT, false, false),
    ] {
        if let Some(after) = strip_any(first, keywords) {
            return measured(after, rest, ratio, proportional);
        }
    }
    if rest.is_empty() && strip_any(first, PASS_FAIL).is_some_and(str::is_empty) {
        return Ok(Notation::PassFail { pass: None, fail: None });
    }
    if let Some(pass) = pass_fail_part(first, PASS) {
        let fail = match rest {
            [] => None,
            [second] => pass_fail_part(second, FAIL).ok_or_else(|| NotationError::Unexpected(second.clone()))?,
            [_, third, ..] => return Err(NotationError::Unexpected(third.clone())),
        };
        return Ok(Notation::PassFail { pass, fail });
    }
    if let Some(after) = strip_any(first, DEDUCT) {
        if let Ok((per_fault, fault)) = amount_each(after, DEFAULT_FAULT, true) {
            only(rest)?;
            return Ok(Notation::Deduction { per_fault, fault });
        }
    }
    let counted = strip_any(first, ADD).unwrap_or(first);
    if let Ok((per_item, item)) = amount_each(counted, DEFAULT_ITEM, false) {
        only(rest)?;
        return Ok(Notation::PerCount { per_item, item });
    }
    parts.iter().map(|part| points_at_end(part)).collect::<Result<_, _>>().map(Notation::Levels)
}

/// "Đạt", "Đạt: text" (or "Không đạt…"), but not a level such as "Đạt: 1" that ends with points.
fn pass_fail_part(part: &str, keywords: &[&str]) -> Option<Option<String>> {
    let after = strip_any(part, keywords)?;
    let is_level = points_at_end(part).is_ok();
    (!is_level && (after.is_empty() || after.starts_with(':'))).then(|| optional_text(after))
}

/// Bands or proportional: the head names the measure ("Tỷ lệ: A / B", "Phần trăm: label") or
/// goes straight to the first range.
fn measured(after: &str, rest: &[String], ratio: bool, proportional: bool) -> Result<Notation, NotationError> {
    let head = after_colon(after);
    let mut parts: Vec<&str> = rest.iter().map(String::as_str).collect();
    let labels = if head.is_empty() {
        None
    } else if starts_range(head) {
        parts.insert(0, head);
        None
    } else {
        Some(head)
    };
    let measure = if ratio {
        MeasureLabels::Ratio(labels.map(ratio_labels).transpose()?)
    } else {
        MeasureLabels::Percent(labels.map(unquote))
    };
    let (mut bands, mut if_none, mut rounding) = (Vec::new(), None, None);
    for part in parts {
        if !proportional && starts_range(part) {
            bands.push(band(part)?);
        } else if let Some(value) = strip_any(part, IF_NONE) {
            set_once(&mut if_none, number(after_colon(value))?, part)?;
        } else if let Some(how) = strip_any(part, ROUND).filter(|_| proportional) {
            set_once(&mut rounding, round(how, part)?, part)?;
        } else {
            return Err(NotationError::Unexpected(part.to_string()));
        }
    }
    if proportional {
        let (places, rounding) = rounding.unwrap_or((2, Rounding::HalfUp));
        return Ok(Notation::Proportional { measure, places, rounding, if_none });
    }
    if bands.is_empty() {
        return Err(NotationError::NoBands);
    }
    Ok(Notation::Bands { measure, bands, if_none })
}

/// "Số đúng hạn / Tổng số": the one '/' outside quotes splits the two labels.
fn ratio_labels(text: &str) -> Result<(String, String), NotationError> {
    let mut quoted = false;
    let mut slashes = text.char_indices().filter(|&(_, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        c == '/' && !quoted
    });
    let bad = || NotationError::RatioLabels(text.to_string());
    let (at, _) = slashes.next().ok_or_else(bad)?;
    if slashes.next().is_some() {
        return Err(bad());
    }
    let (numerator, denominator) = (text.get(..at).ok_or_else(bad)?, text.get(at + 1..).ok_or_else(bad)?);
    Ok((unquote(numerator), unquote(denominator)))
}

/// "[70, 90) 1": a range, then its points.
fn band(part: &str) -> Result<(Interval, Decimal), NotationError> {
    let end = part.find([']', ')']).ok_or_else(|| NotationError::Interval(part.to_string()))?;
    let (range, points) = part.split_at(end + 1);
    let points = without_unit(points.trim());
    if points.is_empty() {
        return Err(NotationError::NoPoints(part.to_string()));
    }
    Ok((interval(range)?, number(points)?))
}

/// "làm tròn [lên|xuống] 2 chữ số".
fn round(how: &str, part: &str) -> Result<(u32, Rounding), NotationError> {
    let mut rest = how.trim();
    let mut rounding = Rounding::HalfUp;
    if let Some(r) = strip_any(rest, UP) {
        (rounding, rest) = (Rounding::Up, r.trim());
    } else if let Some(r) = strip_any(rest, DOWN) {
        (rounding, rest) = (Rounding::Down, r.trim());
    }
    let (digits, words) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let places = digits.parse().map_err(|_| NotationError::Number(digits.to_string()))?;
    let words = words.trim();
    if !words.is_empty() && !PLACES.iter().any(|w| strip_keyword(words, w) == Some("")) {
        return Err(NotationError::Unexpected(part.to_string()));
    }
    Ok((places, rounding))
}

/// "0,5 [điểm] [mỗi text]": an amount per fault or item. The generic word ("lỗi", "lần") alone
/// means no text of its own; `bare_allowed`: the "mỗi …" part may be left out.
fn amount_each(
    text: &str,
    generic: (&str, &str),
    bare_allowed: bool,
) -> Result<(Decimal, Option<String>), NotationError> {
    let text = text.trim();
    let (amount, tail) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let amount = number(amount)?;
    let mut tail = tail.trim();
    if let Some(after) = strip_any(tail, UNITS) {
        tail = after.trim();
    }
    if tail.is_empty() && bare_allowed {
        return Ok((amount, None));
    }
    let what = strip_any(tail, EACH).ok_or_else(|| NotationError::Unexpected(text.to_string()))?;
    let what = after_colon(what);
    let generic_word = !is_quoted(what) && [generic.0, generic.1].iter().any(|g| what.eq_ignore_ascii_case(g));
    Ok((amount, (!generic_word && !what.is_empty()).then(|| unquote(what))))
}

/// "Kịp thời 1", "Ban hành kịp thời: 0,5 điểm": a label, then its points.
pub(super) fn points_at_end(part: &str) -> Result<(String, Decimal), NotationError> {
    let text = without_unit(part.trim());
    let no_points = || NotationError::NoPoints(part.to_string());
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
        .last()
        .map(|(i, _)| i)
        .ok_or_else(no_points)?;
    let (label, points) = text.split_at(start);
    let apart = label.is_empty() || label.ends_with(char::is_whitespace) || label.ends_with([':', '"']);
    if !apart || !points.bytes().any(|b| b.is_ascii_digit()) {
        return Err(no_points());
    }
    let points = number(points)?;
    let label = label.trim_end();
    let label = if is_quoted(label) { unquote(label) } else { label.trim_end_matches(':').trim_end().to_string() };
    Ok((label, points))
}

/// `text` without a unit word after its last number ("1 điểm", "0,5đ").
fn without_unit(text: &str) -> &str {
    for unit in UNITS {
        let Some(cut) = text.len().checked_sub(unit.len()) else { continue };
        let (Some(head), Some(tail)) = (text.get(..cut), text.get(cut..)) else { continue };
        if crate::letter_case::lower(tail) == *unit && head.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
            return head.trim_end();
        }
    }
    text
}

fn starts_range(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('[' | '(')) && super::opens_range(&chars.collect::<Vec<_>>())
}

/// What follows a keyword, without the colon that may separate them.
fn after_colon(text: &str) -> &str {
    let t = text.trim();
    t.strip_prefix(':').unwrap_or(t).trim()
}

fn optional_text(after: &str) -> Option<String> {
    let t = after_colon(after);
    (!t.is_empty()).then(|| unquote(t))
}

/// "Điều tra XHH[: người được hỏi][; Tỷ lệ %[; Làm tròn 2 chữ số]]": a survey whose result comes
/// as points, or as a percent turned into points with the places and rounding given (2, half up
/// by default).
fn survey(after: &str, rest: &[String]) -> Result<Notation, NotationError> {
    let respondents = optional_text(after);
    let Some((first, rest)) = rest.split_first() else {
        return Ok(Notation::Survey { respondents, percent: None });
    };
    if !SURVEY_PERCENT.iter().any(|w| strip_keyword(first, w) == Some("")) {
        return Err(NotationError::Unexpected(first.clone()));
    }
    let rounding = match rest {
        [] => (2, Rounding::HalfUp),
        [part] => round(strip_any(part, ROUND).ok_or_else(|| NotationError::Unexpected(part.clone()))?, part)?,
        [_, extra, ..] => return Err(NotationError::Unexpected(extra.clone())),
    };
    Ok(Notation::Survey { respondents, percent: Some(rounding) })
}

fn only(rest: &[String]) -> Result<(), NotationError> {
    match rest.first() {
        Some(part) => Err(NotationError::Unexpected(part.clone())),
        None => Ok(()),
    }
}

fn set_once<T>(slot: &mut Option<T>, value: T, part: &str) -> Result<(), NotationError> {
    if slot.is_some() {
        return Err(NotationError::Repeated(part.to_string()));
    }
    *slot = Some(value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn the_issues_examples_parse() {
        let levels = parse("Kịp thời 1; Không kịp thời 0,5; Không ban hành 0").unwrap();
        assert_eq!(
            levels,
            Notation::Levels(vec![
                ("Kịp thời".into(), d("1")),
                ("Không kịp thời".into(), d("0.5")),
                ("Không ban hành".into(), d("0"))
            ])
        );
        let Notation::Bands { measure, bands, if_none } = parse("Tỷ lệ: [90, 100] 2; [70, 90) 1; [0, 70) 0").unwrap()
        else {
            panic!("not bands")
        };
        assert_eq!(measure, MeasureLabels::Ratio(None));
        assert_eq!(bands.len(), 3);
        assert_eq!((bands[1].0.to_string(), bands[1].1), ("[70, 90)".to_string(), d("1")));
        assert_eq!(if_none, None);
        assert_eq!(parse("Trừ 0,5 mỗi lỗi").unwrap(), Notation::Deduction { per_fault: d("0.5"), fault: None });
        assert_eq!(parse("Điều tra XHH").unwrap(), Notation::Survey { respondents: None, percent: None });
    }

    #[test]
    fn pass_fail_and_levels_named_dat_are_told_apart() {
        assert_eq!(parse("Đạt/Không đạt").unwrap(), Notation::PassFail { pass: None, fail: None });
        assert_eq!(
            parse("Đạt: đủ hồ sơ; Không đạt").unwrap(),
            Notation::PassFail { pass: Some("đủ hồ sơ".into()), fail: None }
        );
        assert_eq!(
            parse("Đạt: 1; Không đạt: 0").unwrap(),
            Notation::Levels(vec![("Đạt".into(), d("1")), ("Không đạt".into(), d("0"))])
        );
    }

    #[test]
    fn proportional_per_count_and_manual() {
        assert_eq!(
            parse("Theo tỷ lệ: Số câu trả lời / Số câu hỏi; làm tròn xuống 3 chữ số; không phát sinh: 15").unwrap(),
            Notation::Proportional {
                measure: MeasureLabels::Ratio(Some(("Số câu trả lời".into(), "Số câu hỏi".into()))),
                places: 3,
                rounding: Rounding::Down,
                if_none: Some(d("15")),
            }
        );
        assert_eq!(
            parse("1 điểm mỗi sáng kiến").unwrap(),
            Notation::PerCount { per_item: d("1"), item: Some("sáng kiến".into()) }
        );
        assert_eq!(parse("Tự chấm; bước 0,25").unwrap(), Notation::Manual { step: Some(d("0.25")) });
        assert!(matches!(parse("Tự chấm; 3 lần"), Err(NotationError::Unexpected(_))));
        assert!(matches!(parse("Kịp thời; Muộn 0,5"), Err(NotationError::NoPoints(_))));
    }
}
