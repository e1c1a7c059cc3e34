//! Reading and writing one field of the raw set. A value that is not a number where a number
//! is wanted is refused ([`InputProblem`]) and the set keeps its value; the editor keeps what was
//! typed to show it with the problem.

use super::fields::{BandField, Edge, GateField, NodeField};
use super::tree::{self, NodePath};
use crate::criteria::raw::{
    EvidenceSpec, Level, Measure, ProvenanceStatus, RawBand, RawCriteriaSet, RawGate, RawLevel, RawNode, RawRule,
    RawRuleBand,
};
use crate::decimal::Rounding;
use crate::interval::{Bound, Interval};
use crate::sheet::layout::InfoField;
use crate::{Decimal, Text};

/// Why a typed value was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputProblem {
    NotANumber,
    NotAWholeNumber,
    /// The field does not exist (any more): a stale form.
    Gone,
}

/// A decimal as officials type it: "0,5" or "0.5".
pub fn decimal(text: &str) -> Result<Decimal, InputProblem> {
    text.trim().replace(',', ".").parse().map_err(|_| InputProblem::NotANumber)
}

fn whole<T: std::str::FromStr>(text: &str) -> Result<T, InputProblem> {
    text.trim().parse().map_err(|_| InputProblem::NotAWholeNumber)
}

/// An optional text: empty means none.
fn optional(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_string())
}

fn optional_text(text: &str) -> Option<Text> {
    optional(text).map(|vi| Text { vi, en: None })
}

/// A number as the form shows it, with the decimal comma Vietnamese uses.
pub fn shown(value: Decimal) -> String {
    value.canonical_comma()
}

pub fn set_interval(range: &mut Interval, edge: Edge, value: &str) -> Result<(), InputProblem> {
    match edge {
        Edge::Lo => range.lo.value = decimal(value)?,
        Edge::LoInclusive => range.lo.inclusive = value == "true",
        Edge::Hi if value.trim().is_empty() => range.hi = None,
        Edge::Hi => {
            let inclusive = range.hi.is_none_or(|hi| hi.inclusive);
            range.hi = Some(Bound { value: decimal(value)?, inclusive });
        }
        Edge::HiInclusive => {
            if let Some(hi) = range.hi.as_mut() {
                hi.inclusive = value == "true";
            }
        }
    }
    Ok(())
}

pub fn interval_value(range: &Interval, edge: Edge) -> String {
    match edge {
        Edge::Lo => shown(range.lo.value),
        Edge::LoInclusive => range.lo.inclusive.to_string(),
        Edge::Hi => range.hi.map(|hi| shown(hi.value)).unwrap_or_default(),
        Edge::HiInclusive => range.hi.is_none_or(|hi| hi.inclusive).to_string(),
    }
}

/// The whole range [0, 100].
pub fn full_range() -> Interval {
    let bound = |v: i64| Bound { value: Decimal::from_int(v), inclusive: true };
    Interval { lo: bound(0), hi: Some(bound(100)) }
}

/// Sets a detail of the set. The editor shows no input for the file's format and schema, the
/// description, the index's places or the rescaling rule: a sheet or the JSON file sets those.
pub fn set_meta(raw: &mut RawCriteriaSet, field: InfoField, value: &str) -> Result<(), InputProblem> {
    match field {
        InfoField::Id => raw.id = value.trim().to_string(),
        InfoField::Version => raw.version = value.to_string(),
        InfoField::Title => raw.title.vi = value.to_string(),
        InfoField::DecisionNumber => raw.decision.number = value.to_string(),
        InfoField::DecisionDate => raw.decision.date = value.trim().to_string(),
        InfoField::Issuer => raw.decision.issuer = value.to_string(),
        InfoField::Year => raw.year = whole(value)?,
        InfoField::Level => {
            raw.level =
                serde_json::from_value(serde_json::Value::String(value.into())).map_err(|_| InputProblem::Gone)?
        }
        InfoField::Scale => raw.scale = decimal(value)?,
        InfoField::Provenance => {
            raw.provenance.status =
                serde_json::from_value(serde_json::Value::String(value.into())).map_err(|_| InputProblem::Gone)?
        }
        InfoField::ProvenanceNote => raw.provenance.source = optional(value),
        InfoField::BonusCap => raw.bonus.as_mut().ok_or(InputProblem::Gone)?.cap = decimal(value)?,
        InfoField::PenaltyCap => raw.penalty.as_mut().ok_or(InputProblem::Gone)?.cap = decimal(value)?,
        InfoField::Format
        | InfoField::Schema
        | InfoField::Description
        | InfoField::IndexPlaces
        | InfoField::RescaleWithoutSurvey => return Err(InputProblem::Gone),
    }
    Ok(())
}

/// The English title, which has no [`InfoField`] of its own.
pub fn set_title_en(raw: &mut RawCriteriaSet, value: &str) {
    raw.title.en = optional(value);
}

fn snake<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// A detail of the set as its input shows it (empty for the details the editor has no input for).
pub fn meta_value(raw: &RawCriteriaSet, field: InfoField) -> String {
    match field {
        InfoField::Id => raw.id.clone(),
        InfoField::Version => raw.version.clone(),
        InfoField::Title => raw.title.vi.clone(),
        InfoField::DecisionNumber => raw.decision.number.clone(),
        InfoField::DecisionDate => raw.decision.date.clone(),
        InfoField::Issuer => raw.decision.issuer.clone(),
        InfoField::Year => raw.year.to_string(),
        InfoField::Level => snake::<Level>(&raw.level),
        InfoField::Scale => shown(raw.scale),
        InfoField::Provenance => snake::<ProvenanceStatus>(&raw.provenance.status),
        InfoField::ProvenanceNote => raw.provenance.source.clone().unwrap_or_default(),
        InfoField::BonusCap => raw.bonus.as_ref().map(|b| shown(b.cap)).unwrap_or_default(),
        InfoField::PenaltyCap => raw.penalty.as_ref().map(|b| shown(b.cap)).unwrap_or_default(),
        InfoField::Format
        | InfoField::Schema
        | InfoField::Description
        | InfoField::IndexPlaces
        | InfoField::RescaleWithoutSurvey => String::new(),
    }
}

pub fn set_band(band: &mut RawBand, field: BandField, value: &str) -> Result<(), InputProblem> {
    match field {
        BandField::Id => band.id = value.trim().to_string(),
        BandField::TitleVi => band.title.vi = value.to_string(),
        BandField::TitleEn => band.title.en = optional(value),
        BandField::Range(edge) => set_interval(&mut band.range, edge, value)?,
    }
    Ok(())
}

pub fn band_value(band: &RawBand, field: BandField) -> String {
    match field {
        BandField::Id => band.id.clone(),
        BandField::TitleVi => band.title.vi.clone(),
        BandField::TitleEn => band.title.en.clone().unwrap_or_default(),
        BandField::Range(edge) => interval_value(&band.range, edge),
    }
}

pub fn set_gate(gate: &mut RawGate, field: GateField, value: &str) -> Result<(), InputProblem> {
    let when = &mut gate.when;
    match field {
        GateField::Id => gate.id = value.trim().to_string(),
        GateField::Title => gate.title.vi = value.to_string(),
        GateField::Operand => {
            let code = when.measure.take().or(when.index.take());
            match value {
                "index" => when.index = code.or(Some(String::new())),
                _ => when.measure = code.or(Some(String::new())),
            }
        }
        GateField::Code => match when.index.as_mut() {
            Some(index) => *index = value.trim().to_string(),
            None => when.measure = Some(value.trim().to_string()),
        },
        GateField::Range(edge) => set_interval(&mut when.within, edge, value)?,
        GateField::Cap => gate.cap = value.trim().to_string(),
        GateField::Source => gate.source = optional(value),
    }
    Ok(())
}

pub fn gate_value(gate: &RawGate, field: GateField) -> String {
    match field {
        GateField::Id => gate.id.clone(),
        GateField::Title => gate.title.vi.clone(),
        GateField::Operand => if gate.when.index.is_some() { "index" } else { "measure" }.into(),
        GateField::Code => gate.when.index.clone().or(gate.when.measure.clone()).unwrap_or_default(),
        GateField::Range(edge) => interval_value(&gate.when.within, edge),
        GateField::Cap => gate.cap.clone(),
        GateField::Source => gate.source.clone().unwrap_or_default(),
    }
}

/// The rule a leaf gets when the official picks `kind`, its points taken from `max`.
pub fn new_rule(kind: &str, max: Decimal) -> Option<RawRule> {
    let percent = || Measure::Percent { label: Text::default() };
    let level = |id: &str, points| RawLevel { id: id.into(), label: Text::default(), points };
    Some(match kind {
        "levels" => RawRule::Levels { levels: vec![level("1", max), level("2", Decimal::ZERO)] },
        "pass_fail" => RawRule::PassFail { pass: None, fail: None },
        "bands" => RawRule::Bands {
            measure: percent(),
            bands: vec![RawRuleBand { range: full_range(), points: max }],
            if_none: None,
        },
        "proportional" => {
            RawRule::Proportional { measure: percent(), places: 2, rounding: Rounding::HalfUp, if_none: None }
        }
        "deduction" => RawRule::Deduction { per_fault: Decimal::ZERO, fault: None },
        "per_count" => RawRule::PerCount { per_item: Decimal::ZERO, item: None },
        "manual" => RawRule::Manual { step: None },
        "survey" => RawRule::Survey { respondents: None, percent: None },
        _ => return None,
    })
}

pub fn rule_kind(rule: &RawRule) -> &'static str {
    match rule {
        RawRule::Levels { .. } => "levels",
        RawRule::PassFail { .. } => "pass_fail",
        RawRule::Bands { .. } => "bands",
        RawRule::Proportional { .. } => "proportional",
        RawRule::Deduction { .. } => "deduction",
        RawRule::PerCount { .. } => "per_count",
        RawRule::Manual { .. } => "manual",
        RawRule::Survey { .. } => "survey",
    }
}

pub fn set_node(raw: &mut RawCriteriaSet, path: &NodePath, field: &NodeField, value: &str) -> Result<(), InputProblem> {
    let node = tree::node_mut(raw, path).ok_or(InputProblem::Gone)?;
    use NodeField::*;
    match field {
        Code => node.code = value.trim().to_string(),
        TitleVi => node.title.vi = value.to_string(),
        TitleEn => node.title.en = optional(value),
        Max => node.max = decimal(value)?,
        Evidence => match (optional_text(value), node.evidence.as_mut()) {
            (None, Some(e)) if !e.explain_if_missing => node.evidence = None,
            (text, Some(e)) => e.expected = text.unwrap_or_default(),
            (Some(expected), None) => node.evidence = Some(EvidenceSpec { expected, explain_if_missing: false }),
            (None, None) => {}
        },
        ExplainIfMissing => {
            let evidence = node
                .evidence
                .get_or_insert_with(|| EvidenceSpec { expected: Text::default(), explain_if_missing: false });
            evidence.explain_if_missing = value == "true";
        }
        Guidance => node.guidance = optional_text(value),
        RuleKind => {
            if node.children.is_none() {
                node.rule = Some(new_rule(value, node.max).ok_or(InputProblem::Gone)?);
            }
        }
        _ => set_rule(node, field, value)?,
    }
    Ok(())
}

fn set_rule(node: &mut RawNode, field: &NodeField, value: &str) -> Result<(), InputProblem> {
    use NodeField::*;
    let rule = node.rule.as_mut().ok_or(InputProblem::Gone)?;
    match (rule, field) {
        (RawRule::Levels { levels }, LevelId(i) | LevelLabel(i) | LevelPoints(i)) => {
            let level = levels.get_mut(*i).ok_or(InputProblem::Gone)?;
            match field {
                LevelId(_) => level.id = value.trim().to_string(),
                LevelLabel(_) => level.label.vi = value.to_string(),
                _ => level.points = decimal(value)?,
            }
        }
        (RawRule::PassFail { pass, .. }, PassLabel) => *pass = optional_text(value),
        (RawRule::PassFail { fail, .. }, FailLabel) => *fail = optional_text(value),
        (RawRule::Bands { measure, .. } | RawRule::Proportional { measure, .. }, MeasureKind) => {
            *measure = match value {
                "ratio" => Measure::Ratio { numerator: Text::default(), denominator: Text::default() },
                _ => Measure::Percent { label: Text::default() },
            }
        }
        (
            RawRule::Bands { measure, .. } | RawRule::Proportional { measure, .. },
            Numerator | Denominator | PercentLabel,
        ) => match (measure, field) {
            (Measure::Ratio { numerator, .. }, Numerator) => numerator.vi = value.to_string(),
            (Measure::Ratio { denominator, .. }, Denominator) => denominator.vi = value.to_string(),
            (Measure::Percent { label }, PercentLabel) => label.vi = value.to_string(),
            _ => return Err(InputProblem::Gone),
        },
        (RawRule::Bands { bands, .. }, RuleBand(i, edge)) => {
            set_interval(&mut bands.get_mut(*i).ok_or(InputProblem::Gone)?.range, *edge, value)?
        }
        (RawRule::Bands { bands, .. }, RuleBandPoints(i)) => {
            bands.get_mut(*i).ok_or(InputProblem::Gone)?.points = decimal(value)?
        }
        (RawRule::Bands { if_none, .. } | RawRule::Proportional { if_none, .. }, IfNone) => {
            *if_none = if value.trim().is_empty() { None } else { Some(decimal(value)?) }
        }
        (RawRule::Proportional { places, .. }, Places) => *places = whole(value)?,
        (RawRule::Proportional { rounding, .. }, Rounding) => {
            *rounding =
                serde_json::from_value(serde_json::Value::String(value.into())).map_err(|_| InputProblem::Gone)?
        }
        (RawRule::Survey { percent, .. }, Places) => {
            percent
                .get_or_insert(crate::criteria::raw::PercentScoring {
                    places: 2,
                    rounding: crate::decimal::Rounding::HalfUp,
                })
                .places = whole(value)?
        }
        (RawRule::Survey { percent, .. }, SurveyPercent) => {
            *percent = (value == "true").then_some(crate::criteria::raw::PercentScoring {
                places: 2,
                rounding: crate::decimal::Rounding::HalfUp,
            })
        }
        (RawRule::Survey { respondents, .. }, Respondents) => *respondents = optional_text(value),
        (RawRule::Deduction { per_fault, .. }, PerFault) => *per_fault = decimal(value)?,
        (RawRule::Deduction { fault, .. }, Fault) => *fault = optional_text(value),
        (RawRule::PerCount { per_item, .. }, PerItem) => *per_item = decimal(value)?,
        (RawRule::PerCount { item, .. }, Item) => *item = optional_text(value),
        (RawRule::Manual { step }, Step) => *step = if value.trim().is_empty() { None } else { Some(decimal(value)?) },
        _ => return Err(InputProblem::Gone),
    }
    Ok(())
}
