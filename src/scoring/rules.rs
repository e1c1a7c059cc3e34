//! Each rule kind: which inputs it takes, how they become points, and the trace that explains it.
//! This is the only place in parscore where a leaf's points are computed.

use crate::answers::{Answer, InputField};
use crate::criteria::{Measure, Rule};
use crate::decimal::Decimal;
use crate::interval::Exact;

use super::problem::AnswerProblem;

/// What was measured for a band or proportional rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measured {
    Ratio { numerator: i64, denominator: i64 },
    Percent(Decimal),
}

impl Measured {
    /// The value in percent, as an exact fraction (2 of 3 is 200/3, not 66.67).
    pub fn percent(self) -> Exact {
        match self {
            Measured::Ratio { numerator, denominator } => {
                Exact { numerator: numerator as i128 * 100, denominator: denominator as i128 }
            }
            Measured::Percent(p) => Exact::from_decimal(p),
        }
    }

    /// The percent rounded for display (4 places), and whether it was rounded.
    pub fn percent_display(self) -> (Decimal, bool) {
        let exact = self.percent();
        let shown = Decimal::from_ratio(
            exact.numerator,
            exact.denominator,
            crate::decimal::PLACES,
            crate::decimal::Rounding::HalfUp,
        );
        (shown, exact.cmp_decimal(shown) != std::cmp::Ordering::Equal)
    }
}

/// How a leaf's points came about: the data behind every explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trace {
    /// No input yet.
    Blank,
    /// The input cannot be scored as given.
    Invalid(AnswerProblem),
    /// `levels`: the index of the chosen level.
    Level {
        chosen: usize,
    },
    PassFail {
        passed: bool,
    },
    /// `bands`: the measured value and the index of the band it fell in.
    Band {
        measured: Measured,
        matched: usize,
    },
    /// `proportional`: measured × max, before and after rounding.
    Proportional {
        measured: Measured,
        points: Decimal,
    },
    /// Nothing to count (denominator 0) and the rule's `if_none` points apply.
    NothingCounted,
    /// `deduction`: faults × per fault, taken from the max; `floored` when that went below 0.
    Deduction {
        count: i64,
        deducted: Decimal,
        floored: bool,
    },
    /// `per_count`: items × per item; `capped` when that went above the max.
    PerCount {
        count: i64,
        raw: Decimal,
        capped: bool,
    },
    Manual {
        points: Decimal,
    },
    /// `survey`: points entered by the authority, or `None` while unknown; `percent` when the
    /// result came as a percent and the points were computed from it.
    Survey {
        points: Option<Decimal>,
        percent: Option<Decimal>,
    },
}

/// The result of one leaf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub points: Decimal,
    pub trace: Trace,
}

impl Evaluation {
    /// Whether the item counts as answered (blank and invalid answers do not).
    pub fn is_answered(&self) -> bool {
        !matches!(self.trace, Trace::Blank | Trace::Invalid(_) | Trace::Survey { points: None, .. })
    }
}

/// The input fields a rule takes, for messages and for the app's forms.
pub fn inputs_of(rule: &Rule) -> &'static [InputField] {
    use InputField::*;
    match rule {
        Rule::Levels(_) => &[Level],
        Rule::PassFail { .. } => &[Pass],
        Rule::Bands { measure: Measure::Ratio { .. }, .. }
        | Rule::Proportional { measure: Measure::Ratio { .. }, .. } => &[Numerator, Denominator],
        Rule::Bands { measure: Measure::Percent { .. }, .. }
        | Rule::Proportional { measure: Measure::Percent { .. }, .. } => &[Percent],
        Rule::Deduction { .. } | Rule::PerCount { .. } => &[Count],
        Rule::Manual { .. } => &[Points, Justification],
        Rule::Survey { percent: Some(_), .. } => &[Percent],
        Rule::Survey { percent: None, .. } => &[Points],
    }
}

/// Scores one leaf. Never panics: any input that does not fit becomes [`Trace::Invalid`].
pub fn evaluate(code: &str, rule: &Rule, max: Decimal, answer: Option<&Answer>) -> Evaluation {
    let blank = Evaluation {
        points: Decimal::ZERO,
        trace: if rule.is_self_assessed() { Trace::Blank } else { Trace::Survey { points: None, percent: None } },
    };
    let Some(answer) = answer else { return blank };
    let wanted = inputs_of(rule);
    let filled = answer.filled_inputs();
    if let Some(field) = filled.iter().find(|f| !wanted.contains(f)) {
        return invalid(AnswerProblem::FieldNotApplicable { code: code.into(), field: *field, expected: wanted });
    }
    if filled.is_empty() {
        return blank;
    }
    match score_inputs(code, rule, max, answer) {
        Ok(evaluation) => evaluation,
        Err(problem) => invalid(problem),
    }
}

fn invalid(problem: AnswerProblem) -> Evaluation {
    Evaluation { points: Decimal::ZERO, trace: Trace::Invalid(problem) }
}

fn score_inputs(code: &str, rule: &Rule, max: Decimal, a: &Answer) -> Result<Evaluation, AnswerProblem> {
    let c = || code.to_string();
    let ok = |points, trace| Ok(Evaluation { points, trace });
    match rule {
        Rule::Levels(levels) => {
            let level = a.level.as_deref().unwrap_or_default();
            let chosen = levels
                .iter()
                .position(|l| l.id == level)
                .ok_or_else(|| AnswerProblem::UnknownLevel { code: c(), level: level.to_string() })?;
            ok(levels[chosen].points, Trace::Level { chosen })
        }
        Rule::PassFail { .. } => {
            let passed = a.pass.unwrap_or(false);
            ok(if passed { max } else { Decimal::ZERO }, Trace::PassFail { passed })
        }
        Rule::Bands { measure, bands, if_none } => match measured(code, measure, a)? {
            None => nothing_counted(code, *if_none),
            Some(m) => {
                let value = m.percent();
                // Validation guarantees the bands cover [0, 100] once, and `measured` keeps the
                // value inside it, so a band always matches; the error path is defensive only.
                let matched = bands
                    .iter()
                    .position(|b| b.range.contains(value))
                    .ok_or_else(|| AnswerProblem::PercentOutOfRange { code: c(), percent: m.percent_display().0 })?;
                ok(bands[matched].points, Trace::Band { measured: m, matched })
            }
        },
        Rule::Proportional { measure, places, rounding, if_none } => match measured(code, measure, a)? {
            None => nothing_counted(code, *if_none),
            Some(m) => {
                let exact = m.percent();
                let points = max.scaled(exact.numerator, exact.denominator * 100, *places, *rounding);
                ok(points, Trace::Proportional { measured: m, points })
            }
        },
        Rule::Deduction { per_fault, .. } => {
            let count = count(code, a)?;
            let deducted = per_fault.times(count as u64);
            let floored = deducted > max;
            ok(max.saturating_sub_floor_zero(deducted), Trace::Deduction { count, deducted, floored })
        }
        Rule::PerCount { per_item, .. } => {
            let count = count(code, a)?;
            let raw = per_item.times(count as u64);
            let capped = raw > max;
            ok(if capped { max } else { raw }, Trace::PerCount { count, raw, capped })
        }
        Rule::Manual { step } => {
            let points = a.points.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Points })?;
            check_points(code, points, max)?;
            if let Some(step) = step {
                if !points.is_multiple_of(*step) {
                    return Err(AnswerProblem::PointsOffStep { code: c(), points, step: *step });
                }
            }
            if a.justification.as_deref().is_none_or(|j| j.trim().is_empty()) {
                return Err(AnswerProblem::JustificationMissing { code: c() });
            }
            ok(points, Trace::Manual { points })
        }
        Rule::Survey { percent: Some(scoring), .. } => {
            let percent = a.percent.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Percent })?;
            if percent.is_negative() || percent > Decimal::HUNDRED {
                return Err(AnswerProblem::PercentOutOfRange { code: c(), percent });
            }
            let points = max.scaled(percent.units(), Decimal::HUNDRED.units(), scoring.places, scoring.rounding);
            ok(points, Trace::Survey { points: Some(points), percent: Some(percent) })
        }
        Rule::Survey { percent: None, .. } => {
            let points = a.points.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Points })?;
            check_points(code, points, max)?;
            ok(points, Trace::Survey { points: Some(points), percent: None })
        }
    }
}

fn check_points(code: &str, points: Decimal, max: Decimal) -> Result<(), AnswerProblem> {
    if points.is_negative() || points > max {
        return Err(AnswerProblem::PointsOutOfRange { code: code.into(), points, max });
    }
    Ok(())
}

fn count(code: &str, a: &Answer) -> Result<i64, AnswerProblem> {
    let count = a.count.ok_or_else(|| AnswerProblem::Missing { code: code.into(), field: InputField::Count })?;
    if count < 0 {
        return Err(AnswerProblem::Negative { code: code.into(), field: InputField::Count, value: count });
    }
    Ok(count)
}

/// The measured value, `None` when nothing was counted (denominator 0).
fn measured(code: &str, measure: &Measure, a: &Answer) -> Result<Option<Measured>, AnswerProblem> {
    let c = || code.to_string();
    match measure {
        Measure::Percent { .. } => {
            let percent = a.percent.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Percent })?;
            if percent.is_negative() || percent > Decimal::HUNDRED {
                return Err(AnswerProblem::PercentOutOfRange { code: c(), percent });
            }
            Ok(Some(Measured::Percent(percent)))
        }
        Measure::Ratio { .. } => {
            let numerator =
                a.numerator.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Numerator })?;
            let denominator =
                a.denominator.ok_or_else(|| AnswerProblem::Missing { code: c(), field: InputField::Denominator })?;
            for (field, value) in [(InputField::Numerator, numerator), (InputField::Denominator, denominator)] {
                if value < 0 {
                    return Err(AnswerProblem::Negative { code: c(), field, value });
                }
            }
            if numerator > denominator {
                return Err(AnswerProblem::NumeratorAboveDenominator { code: c(), numerator, denominator });
            }
            Ok((denominator > 0).then_some(Measured::Ratio { numerator, denominator }))
        }
    }
}

fn nothing_counted(code: &str, if_none: Option<Decimal>) -> Result<Evaluation, AnswerProblem> {
    match if_none {
        Some(points) => Ok(Evaluation { points, trace: Trace::NothingCounted }),
        None => Err(AnswerProblem::ZeroDenominator { code: code.to_string() }),
    }
}
