//! The Vietnamese cell, the English cell and the level ids together make one [`RawRule`]; a
//! [`RawRule`] splits back into the three.
//!
//! The English cell repeats the rule with English texts: it must be the same kind of rule with as
//! many levels or ranges, and each of its texts becomes the `en` of the text in the same place.
//! Its numbers are not read (the Vietnamese cell's count). An English cell left empty means no
//! translation at all.

use super::*;
use crate::criteria::raw::{Measure, PercentScoring, RawLevel, RawRule, RawRuleBand};
use crate::Text;

/// The rule of one row. `level_ids`: the "Mã các mức" cell's ids, when it is filled in.
pub fn merge(vi: Notation, en: Option<Notation>, level_ids: Option<Vec<String>>) -> Result<RawRule, NotationError> {
    let english: Vec<Option<String>> = match &en {
        Some(en) if skeleton(en) != skeleton(&vi) => return Err(NotationError::Mismatch),
        Some(en) => texts(en).into_iter().map(|t| t.filter(|t| !t.is_empty())).collect(),
        None => Vec::new(),
    };
    let mut slots = english.into_iter();
    let mut next_en = move || slots.next().flatten();
    let mut text = |vi: String| Text { vi, en: next_en() };
    let rule = match vi {
        Notation::Levels(levels) => {
            let ids = match level_ids {
                Some(ids) if ids.len() != levels.len() => {
                    return Err(NotationError::LevelIds { expected: levels.len(), found: ids.len() })
                }
                Some(ids) => ids,
                None => default_level_ids(levels.len()),
            };
            let levels = levels.into_iter().zip(ids);
            RawRule::Levels {
                levels: levels.map(|((label, points), id)| RawLevel { id, label: text(label), points }).collect(),
            }
        }
        _ if level_ids.is_some() => return Err(NotationError::LevelIdsWithoutLevels),
        Notation::PassFail { pass, fail } => {
            let pass = optional(pass, &mut text)?;
            RawRule::PassFail { pass, fail: optional(fail, &mut text)? }
        }
        Notation::Bands { measure, bands, if_none } => RawRule::Bands {
            measure: measure_of(measure, &mut text),
            bands: bands.into_iter().map(|(range, points)| RawRuleBand { range, points }).collect(),
            if_none,
        },
        Notation::Proportional { measure, places, rounding, if_none } => {
            RawRule::Proportional { measure: measure_of(measure, &mut text), places, rounding, if_none }
        }
        Notation::Deduction { per_fault, fault } => {
            RawRule::Deduction { per_fault, fault: optional(fault, &mut text)? }
        }
        Notation::PerCount { per_item, item } => RawRule::PerCount { per_item, item: optional(item, &mut text)? },
        Notation::Manual { step } => RawRule::Manual { step },
        Notation::Survey { respondents, percent } => RawRule::Survey {
            respondents: optional(respondents, &mut text)?,
            percent: percent.map(|(places, rounding)| PercentScoring { places, rounding }),
        },
    };
    Ok(rule)
}

/// The Vietnamese notation, the English one (None when no text has a translation) and the
/// level ids (None when they are the default ones).
pub fn split(rule: &RawRule) -> (Notation, Option<Notation>, Option<Vec<String>>) {
    let vi_of = |t: &Text| t.vi.clone();
    let en_of = |t: &Text| t.en.clone().unwrap_or_default();
    let vi = notation(rule, &vi_of, true);
    let en = notation(rule, &en_of, false);
    let has_english = texts(&en).iter().any(|t| t.as_ref().is_some_and(|t| !t.is_empty()));
    let ids = match rule {
        RawRule::Levels { levels } => {
            let ids: Vec<String> = levels.iter().map(|l| l.id.clone()).collect();
            (ids != default_level_ids(levels.len())).then_some(ids)
        }
        _ => None,
    };
    (vi, has_english.then_some(en), ids)
}

/// Ids given to levels when the sheet names none: "m1", "m2", …
pub fn default_level_ids(count: usize) -> Vec<String> {
    (1..=count).map(|i| format!("m{i}")).collect()
}

fn notation(rule: &RawRule, pick: &dyn Fn(&Text) -> String, vietnamese: bool) -> Notation {
    let optional = |t: &Option<Text>| t.as_ref().map(pick).filter(|s| vietnamese || !s.is_empty());
    let measure = |m: &Measure| match m {
        Measure::Ratio { numerator, denominator } => {
            let default = vietnamese && numerator.vi == DEFAULT_NUMERATOR && denominator.vi == DEFAULT_DENOMINATOR;
            let none = !vietnamese && numerator.en.is_none() && denominator.en.is_none();
            MeasureLabels::Ratio((!default && !none).then(|| (pick(numerator), pick(denominator))))
        }
        Measure::Percent { label } => {
            let default = vietnamese && label.vi == DEFAULT_PERCENT;
            let none = !vietnamese && label.en.is_none();
            MeasureLabels::Percent((!default && !none).then(|| pick(label)))
        }
    };
    match rule {
        RawRule::Levels { levels } => Notation::Levels(levels.iter().map(|l| (pick(&l.label), l.points)).collect()),
        RawRule::PassFail { pass, fail } => Notation::PassFail { pass: optional(pass), fail: optional(fail) },
        RawRule::Bands { measure: m, bands, if_none } => Notation::Bands {
            measure: measure(m),
            bands: bands.iter().map(|b| (b.range, b.points)).collect(),
            if_none: *if_none,
        },
        RawRule::Proportional { measure: m, places, rounding, if_none } => {
            Notation::Proportional { measure: measure(m), places: *places, rounding: *rounding, if_none: *if_none }
        }
        RawRule::Deduction { per_fault, fault } => {
            Notation::Deduction { per_fault: *per_fault, fault: optional(fault) }
        }
        RawRule::PerCount { per_item, item } => Notation::PerCount { per_item: *per_item, item: optional(item) },
        RawRule::Manual { step } => Notation::Manual { step: *step },
        RawRule::Survey { respondents, percent } => {
            Notation::Survey { respondents: optional(respondents), percent: percent.map(|p| (p.places, p.rounding)) }
        }
    }
}

/// A Vietnamese text that may be absent, with its English; English alone is an error.
fn optional(vi: Option<String>, text: &mut dyn FnMut(String) -> Text) -> Result<Option<Text>, NotationError> {
    let t = text(vi.clone().unwrap_or_default());
    match (vi, &t.en) {
        (Some(_), _) => Ok(Some(t)),
        (None, Some(_)) => Err(NotationError::EnglishWithoutVietnamese),
        (None, None) => Ok(None),
    }
}

fn measure_of(measure: MeasureLabels, text: &mut dyn FnMut(String) -> Text) -> Measure {
    match measure {
        MeasureLabels::Ratio(labels) => {
            let (numerator, denominator) =
                labels.unwrap_or_else(|| (DEFAULT_NUMERATOR.to_string(), DEFAULT_DENOMINATOR.to_string()));
            let numerator = text(numerator);
            Measure::Ratio { numerator, denominator: text(denominator) }
        }
        MeasureLabels::Percent(label) => {
            Measure::Percent { label: text(label.unwrap_or_else(|| DEFAULT_PERCENT.to_string())) }
        }
    }
}

/// The texts of a notation in a fixed order, one slot each (absent texts included).
fn texts(n: &Notation) -> Vec<Option<String>> {
    let measure = |m: &MeasureLabels| match m {
        MeasureLabels::Ratio(Some((a, b))) => vec![Some(a.clone()), Some(b.clone())],
        MeasureLabels::Ratio(None) => vec![None, None],
        MeasureLabels::Percent(label) => vec![label.clone()],
    };
    match n {
        Notation::Levels(levels) => levels.iter().map(|(label, _)| Some(label.clone())).collect(),
        Notation::PassFail { pass, fail } => vec![pass.clone(), fail.clone()],
        Notation::Bands { measure: m, .. } | Notation::Proportional { measure: m, .. } => measure(m),
        Notation::Deduction { fault: t, .. }
        | Notation::PerCount { item: t, .. }
        | Notation::Survey { respondents: t, .. } => {
            vec![t.clone()]
        }
        Notation::Manual { .. } => Vec::new(),
    }
}

/// The notation without its texts and numbers: what the two languages must share. The numbers
/// are the Vietnamese cell's; the English cell repeats them for its readers only.
fn skeleton(n: &Notation) -> Notation {
    let zero = crate::decimal::Decimal::ZERO;
    let blank = |m: &MeasureLabels| match m {
        MeasureLabels::Ratio(_) => MeasureLabels::Ratio(None),
        MeasureLabels::Percent(_) => MeasureLabels::Percent(None),
    };
    let any_range = crate::interval::Interval { lo: crate::interval::Bound { value: zero, inclusive: true }, hi: None };
    match n {
        Notation::Levels(levels) => Notation::Levels(levels.iter().map(|_| (String::new(), zero)).collect()),
        Notation::PassFail { .. } => Notation::PassFail { pass: None, fail: None },
        Notation::Bands { measure, bands, .. } => Notation::Bands {
            measure: blank(measure),
            bands: bands.iter().map(|_| (any_range, zero)).collect(),
            if_none: None,
        },
        Notation::Proportional { measure, .. } => {
            Notation::Proportional { measure: blank(measure), places: 0, rounding: Rounding::HalfUp, if_none: None }
        }
        Notation::Deduction { .. } => Notation::Deduction { per_fault: zero, fault: None },
        Notation::PerCount { .. } => Notation::PerCount { per_item: zero, item: None },
        Notation::Manual { .. } => Notation::Manual { step: None },
        Notation::Survey { percent, .. } => {
            Notation::Survey { respondents: None, percent: percent.map(|_| (0, Rounding::HalfUp)) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_cell_gives_the_translations() {
        let vi = parse("Kịp thời 1; Không kịp thời 0,5").unwrap();
        let en = parse("On time 1; 0.5").unwrap();
        let rule = merge(vi, Some(en), Some(vec!["on_time".into(), "late".into()])).unwrap();
        let RawRule::Levels { levels } = &rule else { panic!("not levels") };
        assert_eq!(levels[0].label, Text::new("Kịp thời", "On time"));
        assert_eq!(levels[1].label.en, None);
        assert_eq!(levels[1].id, "late");
        let (vi, en, ids) = split(&rule);
        assert_eq!(print(&vi, Lang::Vi), "Kịp thời 1; Không kịp thời 0,5");
        assert_eq!(en.map(|en| print(&en, Lang::En)).as_deref(), Some("On time 1; 0.5"));
        assert_eq!(ids, Some(vec!["on_time".to_string(), "late".to_string()]));
    }

    #[test]
    fn english_cell_must_be_the_same_rule() {
        let vi = parse("Kịp thời 1; Không kịp thời 0,5").unwrap();
        let en = parse("On time 1").unwrap();
        assert_eq!(merge(vi.clone(), Some(en), None).unwrap_err(), NotationError::Mismatch);
        let en = parse("On time 1; Late 0.25").unwrap();
        let rule = merge(vi.clone(), Some(en), None).unwrap();
        let RawRule::Levels { levels } = &rule else { panic!("not levels") };
        assert_eq!(levels[1].points.canonical(), "0.5", "the Vietnamese cell's numbers count");
        let ids = Some(vec!["a".into()]);
        assert_eq!(merge(vi, None, ids).unwrap_err(), NotationError::LevelIds { expected: 2, found: 1 });
        let vi = parse("Trừ 1").unwrap();
        let en = parse("Deduct 1 per late report").unwrap();
        assert_eq!(merge(vi, Some(en), None).unwrap_err(), NotationError::EnglishWithoutVietnamese);
    }
}
