//! A leaf's scoring rule (thang điểm) against the leaf's maximum.

use std::collections::HashMap;

use super::bands::coverage_problems;
use super::{CriteriaProblem, Validator};
use crate::criteria::model::*;
use crate::criteria::raw::RawRule;
use crate::decimal::Decimal;
use crate::interval::Interval;

impl Validator {
    /// Checks a leaf's rule against the node's maximum: nothing above it, and the best outcome
    /// reaches it exactly (otherwise the item could never earn its points).
    pub(super) fn check_rule(&mut self, raw: &RawRule, max: Decimal, part: Part, code: &str, at: &str) -> Rule {
        let points_in_range = |this: &mut Self, p: Decimal, field: String| {
            if p.is_negative() {
                this.push(format!("{at}.{field}"), CriteriaProblem::PointsBelowZero { points: p });
            } else if p > max {
                this.push(format!("{at}.{field}"), CriteriaProblem::PointsAboveMax { points: p, max });
            }
        };
        match raw {
            RawRule::Levels { levels } => {
                if levels.len() < 2 {
                    self.push(format!("{at}.levels"), CriteriaProblem::TooFewLevels);
                }
                let mut ids = HashMap::new();
                for (i, level) in levels.iter().enumerate() {
                    if level.id.is_empty() {
                        self.push(format!("{at}.levels[{i}].id"), CriteriaProblem::Empty);
                    } else if let Some(first) = ids.insert(level.id.as_str(), i) {
                        let (id, first) = (level.id.clone(), format!("levels[{first}]"));
                        self.push(format!("{at}.levels[{i}].id"), CriteriaProblem::RepeatedId { id, first });
                    }
                    points_in_range(self, level.points, format!("levels[{i}].points"));
                }
                self.check_best(levels.iter().map(|l| l.points).max(), max, code, at);
                Rule::Levels(
                    levels
                        .iter()
                        .map(|l| LevelOption { id: l.id.clone(), label: l.label.clone(), points: l.points })
                        .collect(),
                )
            }
            RawRule::PassFail { pass, fail } => Rule::PassFail { pass: pass.clone(), fail: fail.clone() },
            RawRule::Bands { measure, bands, if_none } => {
                for (i, band) in bands.iter().enumerate() {
                    points_in_range(self, band.points, format!("bands[{i}].points"));
                }
                let ranges: Vec<Interval> = bands.iter().map(|b| b.range).collect();
                for (i, problem) in coverage_problems(&ranges) {
                    self.push(format!("{at}.bands[{i}]"), problem);
                }
                if let Some(p) = if_none {
                    points_in_range(self, *p, "if_none".into());
                }
                self.check_best(bands.iter().map(|b| b.points).max(), max, code, at);
                self.check_measure(measure, at);
                Rule::Bands {
                    measure: measure.clone(),
                    bands: bands.iter().map(|b| RuleBand { range: b.range, points: b.points }).collect(),
                    if_none: *if_none,
                }
            }
            RawRule::Proportional { measure, places, rounding, if_none } => {
                self.check_places(*places, max, at);
                if let Some(p) = if_none {
                    points_in_range(self, *p, "if_none".into());
                }
                self.check_measure(measure, at);
                Rule::Proportional { measure: measure.clone(), places: *places, rounding: *rounding, if_none: *if_none }
            }
            RawRule::Deduction { per_fault, fault } => {
                if *per_fault <= Decimal::ZERO {
                    self.push(format!("{at}.per_fault"), CriteriaProblem::NotPositive);
                }
                Rule::Deduction { per_fault: *per_fault, fault: fault.clone() }
            }
            RawRule::PerCount { per_item, item } => {
                if *per_item <= Decimal::ZERO {
                    self.push(format!("{at}.per_item"), CriteriaProblem::NotPositive);
                }
                Rule::PerCount { per_item: *per_item, item: item.clone() }
            }
            RawRule::Manual { step } => {
                if let Some(step) = step {
                    if *step <= Decimal::ZERO {
                        self.push(format!("{at}.step"), CriteriaProblem::NotPositive);
                    } else if !max.is_multiple_of(*step) {
                        self.push(format!("{at}.step"), CriteriaProblem::StepNotDivisor { max, step: *step });
                    }
                }
                Rule::Manual { step: *step }
            }
            RawRule::Survey { respondents, percent } => {
                if part != Part::Main {
                    self.push(at, CriteriaProblem::SurveyOutsideMain);
                }
                if let Some(p) = percent {
                    self.check_places(p.places, max, &format!("{at}.percent"));
                }
                Rule::Survey { respondents: respondents.clone(), percent: *percent }
            }
        }
    }

    /// Places of a rounded `max × percent / 100` (proportional, survey percent).
    fn check_places(&mut self, places: u32, max: Decimal, at: &str) {
        if places > crate::decimal::PLACES {
            self.push(format!("{at}.places"), CriteriaProblem::TooManyPlaces { places: crate::decimal::PLACES });
        } else if !max.is_multiple_of(Decimal::from_units(10_i128.pow(crate::decimal::PLACES - places))) {
            // Rounding to fewer places than the max has could round past the max (0.5 → 1).
            self.push(format!("{at}.places"), CriteriaProblem::PlacesTooFewForMax { max, places });
        }
    }

    fn check_best(&mut self, best: Option<Decimal>, max: Decimal, code: &str, at: &str) {
        if let Some(best) = best {
            if best < max {
                self.push(at, CriteriaProblem::BestBelowMax { best, code: code.to_string(), max });
            }
        }
    }

    fn check_measure(&mut self, measure: &Measure, at: &str) {
        let empty = match measure {
            Measure::Ratio { numerator, denominator } => {
                numerator.vi.trim().is_empty() || denominator.vi.trim().is_empty()
            }
            Measure::Percent { label } => label.vi.trim().is_empty(),
        };
        if empty {
            self.push(format!("{at}.measure"), CriteriaProblem::UnnamedMeasure);
        }
    }
}
