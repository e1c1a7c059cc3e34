//! What a node's form shows in each field, and the rows of a rule's lists (levels, bands) that
//! an official adds and removes.

use super::apply::{full_range, interval_value, rule_kind, shown};
use super::fields::NodeField;
use crate::criteria::raw::{Measure, RawLevel, RawNode, RawRule, RawRuleBand};
use crate::decimal::Rounding;
use crate::{Decimal, Text};

fn text_of(text: &Option<Text>) -> String {
    text.as_ref().map(|t| t.vi.clone()).unwrap_or_default()
}

/// The value of `field` as text ("true"/"false" for a choice that is on or off); empty when the
/// node has no such field.
pub fn node_value(node: &RawNode, field: &NodeField) -> String {
    use NodeField::*;
    let rule = node.rule.as_ref();
    match field {
        Code => node.code.clone(),
        TitleVi => node.title.vi.clone(),
        TitleEn => node.title.en.clone().unwrap_or_default(),
        Max => shown(node.max),
        Evidence => node.evidence.as_ref().map(|e| e.expected.vi.clone()).unwrap_or_default(),
        ExplainIfMissing => node.evidence.as_ref().is_some_and(|e| e.explain_if_missing).to_string(),
        Guidance => text_of(&node.guidance),
        RuleKind => rule.map(rule_kind).unwrap_or_default().into(),
        _ => rule.map(|rule| rule_value(rule, field)).unwrap_or_default(),
    }
}

fn rule_value(rule: &RawRule, field: &NodeField) -> String {
    use NodeField::*;
    let measure_value = |measure: &Measure| match (measure, field) {
        (Measure::Ratio { .. }, MeasureKind) => "ratio".into(),
        (Measure::Percent { .. }, MeasureKind) => "percent".into(),
        (Measure::Ratio { numerator, .. }, Numerator) => numerator.vi.clone(),
        (Measure::Ratio { denominator, .. }, Denominator) => denominator.vi.clone(),
        (Measure::Percent { label }, PercentLabel) => label.vi.clone(),
        _ => String::new(),
    };
    let if_none_value = |if_none: &Option<Decimal>| if_none.map(shown).unwrap_or_default();
    match (rule, field) {
        (RawRule::Levels { levels }, LevelId(i)) => levels.get(*i).map(|l| l.id.clone()).unwrap_or_default(),
        (RawRule::Levels { levels }, LevelLabel(i)) => levels.get(*i).map(|l| l.label.vi.clone()).unwrap_or_default(),
        (RawRule::Levels { levels }, LevelPoints(i)) => levels.get(*i).map(|l| shown(l.points)).unwrap_or_default(),
        (RawRule::PassFail { pass, .. }, PassLabel) => text_of(pass),
        (RawRule::PassFail { fail, .. }, FailLabel) => text_of(fail),
        (RawRule::Bands { measure, .. } | RawRule::Proportional { measure, .. }, _)
            if matches!(field, MeasureKind | Numerator | Denominator | PercentLabel) =>
        {
            measure_value(measure)
        }
        (RawRule::Bands { bands, .. }, RuleBand(i, edge)) => {
            bands.get(*i).map(|b| interval_value(&b.range, *edge)).unwrap_or_default()
        }
        (RawRule::Bands { bands, .. }, RuleBandPoints(i)) => bands.get(*i).map(|b| shown(b.points)).unwrap_or_default(),
        (RawRule::Bands { if_none, .. } | RawRule::Proportional { if_none, .. }, IfNone) => if_none_value(if_none),
        (RawRule::Proportional { places, .. }, Places) => places.to_string(),
        (RawRule::Proportional { rounding, .. }, Rounding) => match rounding {
            self::Rounding::HalfUp => "half_up".into(),
            self::Rounding::Down => "down".into(),
            self::Rounding::Up => "up".into(),
        },
        (RawRule::Survey { percent, .. }, SurveyPercent) => percent.is_some().to_string(),
        (RawRule::Survey { percent, .. }, Places) => percent.map(|p| p.places.to_string()).unwrap_or_default(),
        (RawRule::Survey { respondents, .. }, Respondents) => text_of(respondents),
        (RawRule::Deduction { per_fault, .. }, PerFault) => shown(*per_fault),
        (RawRule::Deduction { fault, .. }, Fault) => text_of(fault),
        (RawRule::PerCount { per_item, .. }, PerItem) => shown(*per_item),
        (RawRule::PerCount { item, .. }, Item) => text_of(item),
        (RawRule::Manual { step }, Step) => step.map(shown).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Adds a level (its id the next number) or a band (the whole range, for the official to
/// narrow) to a leaf's rule.
pub fn add_rule_row(node: &mut RawNode) -> bool {
    match node.rule.as_mut() {
        Some(RawRule::Levels { levels }) => {
            let id = (levels.len() + 1..).map(|n| n.to_string()).find(|id| levels.iter().all(|l| &l.id != id));
            let id = id.unwrap_or_default();
            levels.push(RawLevel { id, label: Text::default(), points: Decimal::ZERO });
            true
        }
        Some(RawRule::Bands { bands, .. }) => {
            bands.push(RawRuleBand { range: full_range(), points: Decimal::ZERO });
            true
        }
        _ => false,
    }
}

/// Removes the `index`th level or band of a leaf's rule.
pub fn remove_rule_row(node: &mut RawNode, index: usize) -> bool {
    match node.rule.as_mut() {
        Some(RawRule::Levels { levels }) if index < levels.len() => {
            levels.remove(index);
            true
        }
        Some(RawRule::Bands { bands, .. }) if index < bands.len() => {
            bands.remove(index);
            true
        }
        _ => false,
    }
}

/// How many levels or bands the leaf's rule lists.
pub fn rule_rows(node: &RawNode) -> usize {
    match node.rule.as_ref() {
        Some(RawRule::Levels { levels }) => levels.len(),
        Some(RawRule::Bands { bands, .. }) => bands.len(),
        _ => 0,
    }
}
