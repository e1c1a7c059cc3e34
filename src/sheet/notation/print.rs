//! Writing a rule in the "Cách chấm" notation, in the words of the cell's language. Texts are
//! written as they are where they read back unchanged, and quoted otherwise.

use super::parse::parse;
use super::*;

/// The cell for `notation`: `parse(print(n)) == n` for every notation (tested with proptest).
pub fn print(notation: &Notation, lang: Lang) -> String {
    let plain = write(notation, lang, false);
    if parse(&plain).as_ref() == Ok(notation) {
        plain
    } else {
        write(notation, lang, true)
    }
}

fn write(notation: &Notation, lang: Lang, quote_all: bool) -> String {
    let text = |t: &str| quote(t, quote_all);
    let n = |d: Decimal| write_number(d, lang);
    let words = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let with = |head: &str, t: &Option<String>| match t {
        Some(t) => format!("{head}: {}", text(t)),
        None => head.to_string(),
    };
    match notation {
        Notation::Levels(levels) => {
            let level = |(label, points): &(String, Decimal)| match (lang, label.is_empty()) {
                (Lang::En, true) => n(*points),
                _ => format!("{} {}", text(label), n(*points)),
            };
            levels.iter().map(level).collect::<Vec<_>>().join("; ")
        }
        Notation::PassFail { pass: None, fail: None } => words("Đạt/Không đạt", "Pass/Fail").to_string(),
        Notation::PassFail { pass, fail } => {
            format!("{}; {}", with(words("Đạt", "Pass"), pass), with(words("Không đạt", "Fail"), fail))
        }
        Notation::Bands { measure, bands, if_none } => {
            let head = head(measure, lang, false, &text);
            let mut parts: Vec<String> =
                bands.iter().map(|(range, points)| format!("{} {}", write_interval(range, lang), n(*points))).collect();
            let mut cell = head.trim_end_matches(':').to_string();
            if !parts.is_empty() {
                let first = parts.remove(0);
                cell = match head.ends_with(':') {
                    true => format!("{head} {first}"),
                    false => format!("{head}; {first}"),
                };
            }
            for part in parts {
                cell = format!("{cell}; {part}");
            }
            cell + &if_none_part(*if_none, lang)
        }
        Notation::Proportional { measure, places, rounding, if_none } => {
            let head = head(measure, lang, true, &text);
            let head = head.trim_end_matches(':');
            let how = match rounding {
                Rounding::HalfUp => words("Làm tròn", "Round"),
                Rounding::Up => words("Làm tròn lên", "Round up"),
                Rounding::Down => words("Làm tròn xuống", "Round down"),
            };
            format!("{head}; {how} {places} {}", words("chữ số", "places")) + &if_none_part(*if_none, lang)
        }
        Notation::Deduction { per_fault, fault } => {
            let what = each(fault.as_deref(), DEFAULT_FAULT, lang, &text);
            format!("{} {} {}{what}", words("Trừ", "Deduct"), n(*per_fault), words("mỗi", "per"))
        }
        Notation::PerCount { per_item, item } => {
            let what = each(item.as_deref(), DEFAULT_ITEM, lang, &text);
            format!("{} {}{what}", n(*per_item), words("điểm mỗi", "per"))
        }
        Notation::Manual { step: None } => words("Tự chấm", "Manual").to_string(),
        Notation::Manual { step: Some(step) } => {
            format!("{}; {} {}", words("Tự chấm", "Manual"), words("bước", "step"), n(*step))
        }
        Notation::Survey { respondents, percent: None } => with(words("Điều tra XHH", "Survey"), respondents),
        Notation::Survey { respondents, percent: Some((places, rounding)) } => {
            let how = match rounding {
                Rounding::HalfUp => words("Làm tròn", "Round"),
                Rounding::Up => words("Làm tròn lên", "Round up"),
                Rounding::Down => words("Làm tròn xuống", "Round down"),
            };
            let head = with(words("Điều tra XHH", "Survey"), respondents);
            format!("{head}; {}; {how} {places} {}", words("Tỷ lệ %", "Percent"), words("chữ số", "places"))
        }
    }
}

/// "Tỷ lệ:" (the first range follows on the same part) or "Tỷ lệ: A / B" (ranges follow).
fn head(measure: &MeasureLabels, lang: Lang, proportional: bool, text: &dyn Fn(&str) -> String) -> String {
    let keyword = match (measure, proportional) {
        (MeasureLabels::Ratio(_), false) => lang.pick("Tỷ lệ", "Ratio"),
        (MeasureLabels::Percent(_), false) => lang.pick("Phần trăm", "Percent"),
        (MeasureLabels::Ratio(_), true) => lang.pick("Theo tỷ lệ", "Proportional ratio"),
        (MeasureLabels::Percent(_), true) => lang.pick("Theo phần trăm", "Proportional percent"),
    };
    match measure {
        MeasureLabels::Ratio(Some((numerator, denominator))) => {
            format!("{keyword}: {} / {}", text(numerator), text(denominator))
        }
        MeasureLabels::Percent(Some(label)) => format!("{keyword}: {}", text(label)),
        MeasureLabels::Ratio(None) | MeasureLabels::Percent(None) => format!("{keyword}:"),
    }
}

/// What follows "mỗi": the generic word, or the text after a colon when it reads as a sentence
/// of its own ("Trừ 2 mỗi: Một báo cáo nộp muộn").
fn each(what: Option<&str>, generic: (&str, &str), lang: Lang, text: &dyn Fn(&str) -> String) -> String {
    match what {
        None => format!(" {}", lang.pick(generic.0, generic.1)),
        Some(what) if what.starts_with(crate::letter_case::is_capital) => format!(": {}", text(what)),
        Some(what) => format!(" {}", text(what)),
    }
}

fn if_none_part(if_none: Option<Decimal>, lang: Lang) -> String {
    match if_none {
        Some(points) => format!("; {}: {}", lang.pick("Không phát sinh", "If none"), write_number(points, lang)),
        None => String::new(),
    }
}

/// A text as it can stand in a cell: quoted when it holds a separator or could be read as a
/// number, a range, a keyword's colon or a quote.
fn quote(text: &str, always: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let opens_range_at = |i: usize| matches!(chars[i], '[' | '(') && super::opens_range(&chars[i + 1..]);
    let plain = !always
        && !text.is_empty()
        && text.trim() == text
        && !text.contains(['"', ';', '\n', '\r', '/'])
        && !text.ends_with(':')
        && !text.ends_with(|c: char| c.is_ascii_digit())
        && !text.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && !(0..chars.len()).any(opens_range_at);
    if plain {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('"', "\"\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn prints_as_an_official_writes() {
        let levels = Notation::Levels(vec![("Kịp thời".into(), d("1")), ("Không kịp thời".into(), d("0.5"))]);
        assert_eq!(print(&levels, Lang::Vi), "Kịp thời 1; Không kịp thời 0,5");
        let bands = parse("Tỷ lệ: [90, 100] 2; [70, 90) 1; [0, 70) 0").unwrap();
        assert_eq!(print(&bands, Lang::Vi), "Tỷ lệ: [90, 100] 2; [70, 90) 1; [0, 70) 0");
        assert_eq!(print(&Notation::Deduction { per_fault: d("0.5"), fault: None }, Lang::Vi), "Trừ 0,5 mỗi lỗi");
    }

    #[test]
    fn texts_that_would_read_otherwise_are_quoted() {
        let deduction = Notation::Deduction { per_fault: d("1"), fault: Some("lỗi".into()) };
        assert_eq!(print(&deduction, Lang::Vi), "Trừ 1 mỗi \"lỗi\"");
        let pass = Notation::PassFail { pass: Some("trên 90".into()), fail: None };
        assert_eq!(parse(&print(&pass, Lang::Vi)).unwrap(), pass);
        let levels = Notation::Levels(vec![("Tỷ lệ cao".into(), d("1")), ("a; b".into(), d("0"))]);
        assert_eq!(parse(&print(&levels, Lang::Vi)).unwrap(), levels);
    }
}
