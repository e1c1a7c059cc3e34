//! For trainers and for agencies planning where to improve: where points are lost and the next
//! step that would win some back, what-if comparisons, and the range of the final index while the
//! survey is not known. Every figure here comes from [`score`] or [`evaluate`]: this module
//! proposes changed answers and lets the one scoring engine say what they are worth.

use crate::answers::{Answer, Draft};
use crate::criteria::{CriteriaSet, Measure, NodeId, Part, Rule};
use crate::decimal::{Decimal, Rounding};
use crate::Lang;

use super::explain_text::Said;
use super::rules::evaluate;
use super::{score, Scorecard};
use crate::i18n::Bilingual;

/// A leaf that is not at its maximum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loss {
    pub node: NodeId,
    /// max − points.
    pub missing: Decimal,
    /// The smallest change of answer that gains points, when the agency can make one.
    pub next: Option<NextStep>,
    /// Blank or invalid: answering it is the first step.
    pub unanswered: bool,
}

/// A changed answer and what it gains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub answer: Answer,
    pub gain: Decimal,
    /// The inputs that change, as (field, before, after).
    pub changes: Vec<(&'static str, String, String)>,
}

/// Leaves of the main tree that lose points, most points lost first.
pub fn points_lost(criteria: &CriteriaSet, draft: &Draft, card: &Scorecard) -> Vec<Loss> {
    let mut losses: Vec<Loss> = criteria
        .leaves()
        .filter(|&id| criteria.nodes[id].part == Part::Main)
        .filter_map(|id| {
            let node = &criteria.nodes[id];
            let score = &card.nodes[id];
            let missing = node.max - score.points;
            if missing <= Decimal::ZERO {
                return None;
            }
            let leaf = node.leaf()?;
            let unanswered = score.answered == 0;
            let next = match draft.answer(&node.code) {
                Some(answer) if !unanswered => next_step(&node.code, &leaf.rule, node.max, answer, score.points),
                _ => None,
            };
            Some(Loss { node: id, missing, next, unanswered })
        })
        .collect();
    losses.sort_by(|a, b| b.missing.cmp(&a.missing).then(a.node.cmp(&b.node)));
    losses
}

/// The nearest answer that scores more than `current`, for an answered leaf.
pub fn next_step(code: &str, rule: &Rule, max: Decimal, answer: &Answer, current: Decimal) -> Option<NextStep> {
    candidates(rule, max, answer)
        .into_iter()
        .filter_map(|candidate| {
            let points = evaluate(code, rule, max, Some(&candidate)).points;
            (points > current).then(|| NextStep {
                changes: changes(answer, &candidate),
                answer: candidate,
                gain: points - current,
            })
        })
        // Candidates come nearest first; the first that gains anything is the next step.
        .next()
}

/// Changed answers to try, the smallest change first.
fn candidates(rule: &Rule, max: Decimal, a: &Answer) -> Vec<Answer> {
    let with = |f: &dyn Fn(&mut Answer)| {
        let mut b = a.clone();
        f(&mut b);
        b
    };
    match rule {
        Rule::Levels(levels) => {
            let mut better: Vec<_> = levels.iter().collect();
            crate::short_sort::sort_short_by(&mut better, |a, b| a.points < b.points);
            better.into_iter().map(|l| with(&|b| b.level = Some(l.id.clone()))).collect()
        }
        Rule::PassFail { .. } => vec![with(&|b| b.pass = Some(true))],
        Rule::Bands { measure: Measure::Ratio { .. }, bands, .. } => {
            let (Some(n), Some(den)) = (a.numerator, a.denominator) else { return Vec::new() };
            // The smallest numerator that lands in each band, nearest first.
            let mut targets: Vec<i64> = bands
                .iter()
                .filter_map(|band| {
                    let lo = band.range.lo;
                    let exact = Decimal::from_ratio(
                        lo.value.units() * den as i128,
                        100 * Decimal::ONE.units(),
                        0,
                        Rounding::Up,
                    );
                    let mut needed = (exact.units() / Decimal::ONE.units()) as i64;
                    if !band.range.contains(crate::interval::Exact {
                        numerator: needed as i128 * 100,
                        denominator: den.max(1) as i128,
                    }) {
                        needed += 1;
                    }
                    (needed > n && needed <= den).then_some(needed)
                })
                .collect();
            crate::short_sort::sort_short_by(&mut targets, |a, b| a < b);
            targets.into_iter().map(|t| with(&|b| b.numerator = Some(t))).collect()
        }
        Rule::Bands { measure: Measure::Percent { .. }, bands, .. } => {
            let p = a.percent.unwrap_or_default();
            let step = Decimal::from_units(Decimal::ONE.units() / 100);
            let mut targets: Vec<Decimal> = bands
                .iter()
                .map(|band| if band.range.lo.inclusive { band.range.lo.value } else { band.range.lo.value + step })
                .filter(|&t| t > p && t <= Decimal::HUNDRED)
                .collect();
            crate::short_sort::sort_short_by(&mut targets, |a, b| a < b);
            targets.into_iter().map(|t| with(&|b| b.percent = Some(t))).collect()
        }
        Rule::Proportional { measure: Measure::Ratio { .. }, .. } => match (a.numerator, a.denominator) {
            (Some(n), Some(den)) if n < den => {
                vec![with(&|b| b.numerator = Some(n + 1)), with(&|b| b.numerator = Some(den))]
            }
            _ => Vec::new(),
        },
        Rule::Proportional { measure: Measure::Percent { .. }, .. } => {
            let p = a.percent.unwrap_or_default();
            let next = Decimal::from_int((p.units() / Decimal::ONE.units()) as i64 + 1).min(Decimal::HUNDRED);
            vec![with(&|b| b.percent = Some(next)), with(&|b| b.percent = Some(Decimal::HUNDRED))]
        }
        Rule::Deduction { .. } => match a.count {
            Some(c) if c > 0 => vec![with(&|b| b.count = Some(c - 1))],
            _ => Vec::new(),
        },
        Rule::PerCount { .. } => a.count.map(|c| vec![with(&|b| b.count = Some(c + 1))]).unwrap_or_default(),
        Rule::Manual { .. } => vec![with(&|b| b.points = Some(max))],
        Rule::Survey { .. } => Vec::new(),
    }
}

fn changes(before: &Answer, after: &Answer) -> Vec<(&'static str, String, String)> {
    fn show<T: ToString>(v: &Option<T>) -> String {
        v.as_ref().map(T::to_string).unwrap_or_default()
    }
    let pairs = [
        ("level", show(&before.level), show(&after.level)),
        ("pass", show(&before.pass), show(&after.pass)),
        ("numerator", show(&before.numerator), show(&after.numerator)),
        ("denominator", show(&before.denominator), show(&after.denominator)),
        ("percent", show(&before.percent), show(&after.percent)),
        ("count", show(&before.count), show(&after.count)),
        ("points", show(&before.points), show(&after.points)),
    ];
    pairs.into_iter().filter(|(_, b, a)| b != a).collect()
}

/// A next step in words: "Hồ sơ giải quyết đúng hạn: 87 → 90 (87% → 90%): +0,5 điểm".
pub fn describe_step(criteria: &CriteriaSet, id: NodeId, step: &NextStep, lang: Lang) -> String {
    let node = &criteria.nodes[id];
    let rule = node.leaf().map(|l| &l.rule);
    let label = |field: &str, value: &str| -> String {
        match (rule, field) {
            (Some(Rule::Levels(levels)), "level") => {
                levels.iter().find(|l| l.id == value).map_or(value.to_string(), |l| l.label.get(lang).to_string())
            }
            (_, "pass") => Said::Met(value == "true").text(lang),
            (_, "percent") => {
                format!("{}%", value.parse::<Decimal>().map(|d| lang.number(d)).unwrap_or_else(|_| value.to_string()))
            }
            (_, "points") => value.parse::<Decimal>().map(|d| lang.number(d)).unwrap_or_else(|_| value.to_string()),
            _ => value.to_string(),
        }
    };
    let field_name = |field: &str| -> String {
        match (rule, field) {
            (
                Some(
                    Rule::Bands { measure: Measure::Ratio { numerator, .. }, .. }
                    | Rule::Proportional { measure: Measure::Ratio { numerator, .. }, .. },
                ),
                "numerator",
            ) => numerator.get(lang).to_string(),
            (
                Some(
                    Rule::Bands { measure: Measure::Percent { label }, .. }
                    | Rule::Proportional { measure: Measure::Percent { label }, .. },
                ),
                "percent",
            ) => label.get(lang).to_string(),
            (_, "count") => Said::CountField.text(lang),
            (_, "points") => Said::PointsField.text(lang),
            _ => Said::LevelField.text(lang),
        }
    };
    let parts: Vec<String> = step
        .changes
        .iter()
        .map(|(field, before, after)| {
            format!("{}: {} → {}", field_name(field), label(field, before), label(field, after))
        })
        .collect();
    format!("{}: +{}", parts.join("; "), Said::Points(step.gain).text(lang))
}

/// How one scenario differs from its baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Nodes whose points changed: (node, before, after).
    pub nodes: Vec<(NodeId, Decimal, Decimal)>,
    pub total: (Decimal, Decimal),
    pub index: (Decimal, Decimal),
    /// Result band positions before and after, when either changed.
    pub band: Option<(Option<usize>, Option<usize>)>,
}

/// What-if: the per-node and total deltas of `scenario` against `baseline`.
pub fn compare(baseline: &Scorecard, scenario: &Scorecard) -> Comparison {
    let nodes = baseline
        .nodes
        .iter()
        .zip(&scenario.nodes)
        .enumerate()
        .filter(|(_, (b, s))| b.points != s.points)
        .map(|(id, (b, s))| (id, b.points, s.points))
        .collect();
    let band_of = |card: &Scorecard| card.band.as_ref().map(|b| b.band);
    let band = (band_of(baseline) != band_of(scenario)).then(|| (band_of(baseline), band_of(scenario)));
    Comparison {
        nodes,
        total: (baseline.totals.total, scenario.totals.total),
        index: (baseline.totals.index, scenario.totals.index),
        band,
    }
}

/// The final index while survey points are unknown: as low as losing every pending survey point,
/// as high as gaining them all, and, given expected survey percentages, a point estimate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub low: Scorecard,
    pub high: Scorecard,
    pub estimate: Option<Scorecard>,
}

/// Projects the survey items that have no points yet. `expected` is the expected percent of each
/// pending survey item's maximum (one figure for all), if the user gave one.
pub fn project(criteria: &CriteriaSet, draft: &Draft, expected: Option<Decimal>) -> Projection {
    let current = score(criteria, draft);
    let pending: Vec<NodeId> = criteria
        .leaves()
        .filter(|&id| matches!(criteria.nodes[id].leaf().map(|l| &l.rule), Some(Rule::Survey { .. })))
        .filter(|&id| current.nodes[id].answered == 0)
        .collect();
    let with_survey = |percent: Decimal| {
        let mut d = draft.clone();
        for &id in &pending {
            let node = &criteria.nodes[id];
            let answer = d.answers.entry(node.code.clone()).or_default();
            if matches!(node.leaf().map(|l| &l.rule), Some(Rule::Survey { percent: Some(_), .. })) {
                // An item whose result comes as a percent takes the percent itself.
                answer.percent = Some(percent);
            } else {
                answer.points = Some(node.max.scaled(
                    percent.units(),
                    100 * Decimal::ONE.units(),
                    crate::decimal::PLACES,
                    Rounding::Down,
                ));
            }
        }
        score(criteria, &d)
    };
    let clamp = |p: Decimal| p.max(Decimal::ZERO).min(Decimal::HUNDRED);
    Projection {
        low: with_survey(Decimal::ZERO),
        high: with_survey(Decimal::HUNDRED),
        estimate: expected.map(|p| with_survey(clamp(p))),
    }
}
