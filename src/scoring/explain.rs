//! Explanations in words: what a rule says, which inputs it took, which band or level matched, and
//! the exact arithmetic. The app's "why this score" and the command line print the same data.

use crate::criteria::{CriteriaSet, Measure, NodeId, NodeKind, Rule};
use crate::decimal::Decimal;
use crate::Lang;

use super::explain_text::Said;
use super::rules::{Measured, Trace};
use super::{GateState, Scorecard};
use crate::i18n::Bilingual;

/// How one node's points came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub code: String,
    pub title: String,
    /// The rule in words, one line per level or band (empty for groups).
    pub rule: Vec<String>,
    /// The line of `rule` that applied, to highlight it.
    pub matched: Option<usize>,
    /// The inputs as given ("Số hồ sơ đúng hạn: 45").
    pub inputs: Vec<String>,
    /// The reasoning and arithmetic, step by step.
    pub steps: Vec<String>,
    /// "1 / 2" points.
    pub points: Decimal,
    pub max: Decimal,
}

fn pts(lang: Lang, d: Decimal) -> String {
    Said::Points(d).text(lang)
}

fn nothing_counted_line(lang: Lang, points: Decimal) -> String {
    format!("{}: {}", Said::NothingCounted.text(lang), pts(lang, points))
}

/// The rule of a leaf in words, one line per outcome.
pub fn describe_rule(rule: &Rule, max: Decimal, lang: Lang) -> Vec<String> {
    let say = |said: Said| said.text(lang);
    match rule {
        Rule::Levels(levels) => {
            levels.iter().map(|l| format!("{}: {}", l.label.get(lang), pts(lang, l.points))).collect()
        }
        Rule::PassFail { pass, fail } => vec![
            format!(
                "{}: {}",
                pass.as_ref().map_or_else(|| say(Said::PassDefault), |p| p.get(lang).to_string()),
                pts(lang, max)
            ),
            format!(
                "{}: {}",
                fail.as_ref().map_or_else(|| say(Said::FailDefault), |f| f.get(lang).to_string()),
                pts(lang, Decimal::ZERO)
            ),
        ],
        Rule::Bands { bands, if_none, .. } => {
            let mut lines: Vec<String> =
                bands.iter().map(|b| format!("{}: {}", b.range.describe(lang, "%"), pts(lang, b.points))).collect();
            lines.extend(if_none.map(|p| nothing_counted_line(lang, p)));
            lines
        }
        Rule::Proportional { places, rounding, if_none, .. } => {
            let mut lines = vec![say(Said::Proportional { max, rounding: *rounding, places: *places })];
            lines.extend(if_none.map(|p| nothing_counted_line(lang, p)));
            lines
        }
        Rule::Deduction { per_fault, fault } => {
            vec![say(Said::Deduction { max, per_fault: *per_fault, what: fault.as_ref().map(|f| f.get(lang)) })]
        }
        Rule::PerCount { per_item, item } => {
            vec![say(Said::PerCount { per_item: *per_item, what: item.as_ref().map(|i| i.get(lang)), max })]
        }
        Rule::Manual { step } => vec![say(Said::Manual { max, step: *step })],
        Rule::Survey { percent: None, .. } => vec![say(Said::Survey { max })],
        Rule::Survey { percent: Some(p), .. } => vec![say(Said::SurveyPercent { max, places: p.places })],
    }
}

/// Which line of [`describe_rule`] applied.
fn matched_line(rule: &Rule, trace: &Trace) -> Option<usize> {
    match (rule, trace) {
        (_, Trace::Level { chosen }) => Some(*chosen),
        (_, Trace::PassFail { passed }) => Some(if *passed { 0 } else { 1 }),
        (_, Trace::Band { matched, .. }) => Some(*matched),
        (Rule::Bands { bands, .. }, Trace::NothingCounted) => Some(bands.len()),
        (Rule::Proportional { .. }, Trace::NothingCounted) => Some(1),
        (_, Trace::Blank | Trace::Invalid(_)) => None,
        _ => Some(0),
    }
}

fn measure_inputs(measure: &Measure, measured: &Measured, lang: Lang) -> Vec<String> {
    match (measure, measured) {
        (Measure::Ratio { numerator, denominator }, Measured::Ratio { numerator: n, denominator: d }) => {
            vec![format!("{}: {n}", numerator.get(lang)), format!("{}: {d}", denominator.get(lang))]
        }
        (Measure::Percent { label }, Measured::Percent(p)) => {
            vec![format!("{}: {}%", label.get(lang), lang.number(*p))]
        }
        _ => Vec::new(),
    }
}

fn percent_step(measured: &Measured, lang: Lang) -> Option<String> {
    let (shown, rounded) = measured.percent_display();
    let approx = if rounded { "≈" } else { "=" };
    match measured {
        Measured::Ratio { numerator, denominator } => {
            Some(format!("{numerator} / {denominator} × 100 {approx} {}%", lang.number(shown)))
        }
        Measured::Percent(_) => None,
    }
}

/// Explains the leaf or group `id` of a scorecard.
pub fn explain(criteria: &CriteriaSet, card: &Scorecard, id: NodeId, lang: Lang) -> Explanation {
    let node = &criteria.nodes[id];
    let score = &card.nodes[id];
    let mut e = Explanation {
        code: node.code.clone(),
        title: node.title.get(lang).to_string(),
        rule: Vec::new(),
        matched: None,
        inputs: Vec::new(),
        steps: Vec::new(),
        points: score.points,
        max: node.max,
    };
    match &node.kind {
        NodeKind::Group { children } => {
            let codes: Vec<&str> = children.iter().map(|&c| criteria.nodes[c].code.as_str()).collect();
            let values: Vec<String> = children.iter().map(|&c| lang.number(card.nodes[c].points)).collect();
            e.steps.push(format!("{} = {}", node.code, codes.join(" + ")));
            e.steps.push(format!("= {} = {}", values.join(" + "), pts(lang, score.points)));
            e.steps.push(index_step(lang, score.points, node.max, score.index));
        }
        NodeKind::Leaf(leaf) => {
            let rule = &leaf.rule;
            e.rule = describe_rule(rule, node.max, lang);
            let Some(evaluation) = &score.evaluation else { return e };
            e.matched = matched_line(rule, &evaluation.trace);
            e.steps = leaf_steps(rule, node.max, &evaluation.trace, lang, &mut e.inputs);
        }
    }
    e
}

fn index_step(lang: Lang, points: Decimal, max: Decimal, index: Decimal) -> String {
    format!(
        "{} = {} / {} × 100 = {}%",
        Said::Index.text(lang),
        lang.number(points),
        lang.number(max),
        lang.number(index)
    )
}

fn leaf_steps(rule: &Rule, max: Decimal, trace: &Trace, lang: Lang, inputs: &mut Vec<String>) -> Vec<String> {
    let t = |said: Said| said.text(lang);
    let measure = match rule {
        Rule::Bands { measure, .. } | Rule::Proportional { measure, .. } => Some(measure),
        _ => None,
    };
    let mut steps = Vec::new();
    match trace {
        Trace::Blank => steps.push(t(Said::NotAnswered)),
        Trace::Invalid(problem) => steps.push(format!("{}: {} → 0", t(Said::CannotBeScored), problem.message(lang))),
        Trace::Level { .. } | Trace::PassFail { .. } => {
            if let Some(line) =
                matched_line(rule, trace).and_then(|i| describe_rule(rule, max, lang).into_iter().nth(i))
            {
                inputs.push(line.split(':').next().unwrap_or_default().to_string());
                steps.push(format!("{} → {line}", t(Said::Chosen)));
            }
        }
        Trace::Band { measured, matched } => {
            inputs.extend(measure.map(|m| measure_inputs(m, measured, lang)).unwrap_or_default());
            steps.extend(percent_step(measured, lang));
            if let Rule::Bands { bands, .. } = rule {
                let band = &bands[*matched];
                let (shown, _) = measured.percent_display();
                let range = band.range.describe(lang, "%");
                steps.push(t(Said::InBand { percent: shown, range: &range, points: band.points }));
            }
        }
        Trace::Proportional { measured, points } => {
            inputs.extend(measure.map(|m| measure_inputs(m, measured, lang)).unwrap_or_default());
            steps.extend(percent_step(measured, lang));
            let (shown, rounded) = measured.percent_display();
            let approx = if rounded { "≈" } else { "=" };
            steps.push(format!("{}% × {} {approx} {}", lang.number(shown), lang.number(max), pts(lang, *points)));
        }
        Trace::NothingCounted => steps.push(t(Said::NothingToCount)),
        Trace::Deduction { count, deducted, floored } => {
            inputs.push(format!("{}: {count}", t(Said::Faults)));
            if let Rule::Deduction { per_fault, .. } = rule {
                steps.push(format!(
                    "{} − {count} × {} = {} − {}",
                    lang.number(max),
                    lang.number(*per_fault),
                    lang.number(max),
                    lang.number(*deducted)
                ));
            }
            steps.push(if *floored { t(Said::BelowZero) } else { format!("= {}", pts(lang, max - *deducted)) });
        }
        Trace::PerCount { count, raw, capped } => {
            inputs.push(format!("{}: {count}", t(Said::Count)));
            if let Rule::PerCount { per_item, .. } = rule {
                steps.push(format!("{count} × {} = {}", lang.number(*per_item), lang.number(*raw)));
            }
            if *capped {
                steps.push(t(Said::AboveMaximum { max }));
            }
        }
        Trace::Manual { points } => {
            inputs.push(format!("{}: {}", t(Said::PointsGiven), lang.number(*points)));
            steps.push(format!("= {}", pts(lang, *points)));
        }
        Trace::Survey { points: Some(p), percent: Some(percent) } => {
            inputs.push(format!("{}: {}%", t(Said::SurveyResult), lang.number(*percent)));
            steps.push(format!("{} × {} / 100 → {}", lang.number(max), lang.number(*percent), pts(lang, *p)))
        }
        Trace::Survey { points: Some(p), percent: None } => steps.push(t(Said::SurveyPoints(*p))),
        Trace::Survey { points: None, .. } => steps.push(t(Said::SurveyUnknown)),
    }
    steps
}

/// The total in words: the parts, the caps, the index and the band with its gates.
pub fn explain_total(criteria: &CriteriaSet, card: &Scorecard, lang: Lang) -> Vec<String> {
    let t = &card.totals;
    let n = |d: Decimal| lang.number(d);
    let mut lines = Vec::new();
    if let Some(rescaled) = t.rescaled_self_assessed {
        let max = t.self_assessed_max;
        lines.push(Said::Rescaled { scale: t.scale, self_assessed: t.self_assessed, max, rescaled }.text(lang));
    }
    let self_assessed = t.rescaled_self_assessed.unwrap_or(t.self_assessed);
    let (survey, bonus, penalty, total) = (t.survey, t.bonus, t.penalty, t.total);
    lines.push(Said::Total { self_assessed, survey, bonus, penalty, total }.text(lang));
    let capped = [(Said::BonusCapped, t.bonus_uncapped, t.bonus), (Said::PenaltyCapped, t.penalty_uncapped, t.penalty)];
    for (label, uncapped, kept) in capped.into_iter().filter(|(_, uncapped, kept)| kept < uncapped) {
        lines.push(format!("{} {} → {}", label.text(lang), n(uncapped), n(kept)));
    }
    lines.push(index_step(lang, t.total, t.scale, t.index));
    if let Some(band) = &card.band {
        let by_index = &criteria.bands[band.by_index];
        lines.push(format!(
            "{}% {} {} → {}",
            n(t.index),
            Said::IsIn.text(lang),
            by_index.range.describe(lang, "%"),
            by_index.title.get(lang)
        ));
        for &g in &band.capped_by {
            let gate = &criteria.gates[g];
            lines.push(format!(
                "{}: {} → {} {}",
                Said::Gate.text(lang),
                gate.title.get(lang),
                Said::AtMost.text(lang),
                criteria.bands[gate.cap].title.get(lang)
            ));
        }
    }
    for (gate, result) in criteria.gates.iter().zip(&card.gates) {
        if result.state == GateState::Unknown {
            lines.push(format!(
                "{}: {} ({})",
                Said::Undecided.text(lang),
                gate.title.get(lang),
                Said::NotAnsweredYet.text(lang)
            ));
        }
    }
    lines
}
