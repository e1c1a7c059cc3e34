//! Result bands (xếp loại), gates that cap them, and the cover of [0, 100] that rule bands and
//! result bands both need.

use std::collections::HashMap;

use super::{CriteriaProblem, Validator};
use crate::criteria::model::*;
use crate::criteria::raw;
use crate::decimal::Decimal;
use crate::interval::{Bound, Interval};

impl Validator {
    pub(super) fn check_bands(&mut self, raw: &[raw::RawBand]) -> Vec<Band> {
        if raw.is_empty() {
            self.push("bands", CriteriaProblem::NoBands);
        }
        let mut ids = HashMap::new();
        for (i, band) in raw.iter().enumerate() {
            if band.id.is_empty() {
                self.push(format!("bands[{i}].id"), CriteriaProblem::Empty);
            } else if let Some(first) = ids.insert(band.id.as_str(), i) {
                let (id, first) = (band.id.clone(), format!("bands[{first}]"));
                self.push(format!("bands[{i}].id"), CriteriaProblem::RepeatedId { id, first });
            }
            if i > 0 && band.range.lo.value > raw[i - 1].range.lo.value {
                self.push(format!("bands[{i}]"), CriteriaProblem::BandsNotBestFirst);
            }
        }
        let ranges: Vec<Interval> = raw.iter().map(|b| b.range).collect();
        for (i, problem) in coverage_problems(&ranges) {
            self.push(format!("bands[{i}]"), problem);
        }
        raw.iter().map(|b| Band { id: b.id.clone(), title: b.title.clone(), range: b.range }).collect()
    }

    pub(super) fn check_gates(&mut self, raw: &[raw::RawGate], bands: &[Band]) -> Vec<Gate> {
        let mut gates = Vec::new();
        let mut ids = HashMap::new();
        for (i, gate) in raw.iter().enumerate() {
            let at = format!("gates[{i}]");
            if let Some(first) = ids.insert(gate.id.as_str(), i) {
                let (id, first) = (gate.id.clone(), format!("gates[{first}]"));
                self.push(format!("{at}.id"), CriteriaProblem::RepeatedId { id, first });
            }
            let cap = bands.iter().position(|b| b.id == gate.cap);
            if cap.is_none() {
                self.push(format!("{at}.cap"), CriteriaProblem::UnknownBand { id: gate.cap.clone() });
            }
            if gate.when.within.is_empty() {
                self.push(
                    format!("{at}.when.in"),
                    CriteriaProblem::EmptyInterval { interval: gate.when.within.to_string() },
                );
            }
            let operand = match (&gate.when.measure, &gate.when.index) {
                (Some(code), None) => self.gate_measure(code, &at).map(GateOperand::Measure),
                (None, Some(code)) => match self.seen.contains_key(code.as_str()) {
                    true => self.nodes.iter().position(|n| &n.code == code).map(GateOperand::Index),
                    false => {
                        self.push(format!("{at}.when.index"), CriteriaProblem::UnknownCode { code: code.clone() });
                        None
                    }
                },
                _ => {
                    self.push(format!("{at}.when"), CriteriaProblem::MeasureOrIndex);
                    None
                }
            };
            if let (Some(operand), Some(cap)) = (operand, cap) {
                gates.push(Gate {
                    id: gate.id.clone(),
                    title: gate.title.clone(),
                    operand,
                    within: gate.when.within,
                    cap,
                    source: gate.source.clone(),
                });
            }
        }
        gates
    }

    fn gate_measure(&mut self, code: &str, at: &str) -> Option<NodeId> {
        let Some(id) = self.nodes.iter().position(|n| n.code == code) else {
            self.push(format!("{at}.when.measure"), CriteriaProblem::UnknownCode { code: code.to_string() });
            return None;
        };
        let measurable = matches!(
            self.nodes[id].leaf().map(|l| &l.rule),
            Some(
                Rule::Bands { .. }
                    | Rule::Proportional { .. }
                    | Rule::Deduction { .. }
                    | Rule::PerCount { .. }
                    | Rule::Survey { percent: Some(_), .. }
            )
        );
        if !measurable {
            self.push(format!("{at}.when.measure"), CriteriaProblem::MeasuresNothing { code: code.to_string() });
            return None;
        }
        Some(id)
    }
}

/// Problems with a list of intervals that must cover [0, 100] exactly once: each as
/// (position in the list, message).
pub fn coverage_problems(ranges: &[Interval]) -> Vec<(usize, CriteriaProblem)> {
    let hundred = Decimal::HUNDRED;
    let mut problems = Vec::new();
    if ranges.is_empty() {
        return problems;
    }
    for (i, r) in ranges.iter().enumerate() {
        if r.is_empty() {
            problems.push((i, CriteriaProblem::EmptyInterval { interval: r.to_string() }));
        } else if r.lo.value.is_negative() || r.hi.is_none_or(|h| h.value > hundred) {
            problems.push((i, CriteriaProblem::IntervalOutside { interval: r.to_string() }));
        }
    }
    for j in 0..ranges.len() {
        for i in 0..j {
            if let Some(x) = ranges[i].common_point(&ranges[j]) {
                problems.push((j, CriteriaProblem::BandsOverlap { value: x, first: i, second: j }));
            }
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    // No overlap: walk the ranges from 0 upwards and name every stretch none of them covers.
    let mut order: Vec<usize> = (0..ranges.len()).collect();
    crate::short_sort::sort_short_by(&mut order, |&a, &b| {
        ranges[a].lo.value.cmp(&ranges[b].lo.value).then(ranges[b].lo.inclusive.cmp(&ranges[a].lo.inclusive)).is_lt()
    });
    let mut covered_to = Bound { value: Decimal::ZERO, inclusive: false };
    for &i in &order {
        let lo = ranges[i].lo;
        let gap = Interval {
            lo: Bound { value: covered_to.value, inclusive: !covered_to.inclusive },
            hi: Some(Bound { value: lo.value, inclusive: !lo.inclusive }),
        };
        if !gap.is_empty() {
            problems.push((i, CriteriaProblem::NotCovered { gap: describe_gap(&gap) }));
        }
        covered_to = ranges[i].hi.unwrap_or(Bound { value: hundred, inclusive: true });
    }
    let tail = Interval {
        lo: Bound { value: covered_to.value, inclusive: !covered_to.inclusive },
        hi: Some(Bound { value: hundred, inclusive: true }),
    };
    if !tail.is_empty() {
        problems.push((*order.last().unwrap_or(&0), CriteriaProblem::NotCovered { gap: describe_gap(&tail) }));
    }
    problems
}

fn describe_gap(gap: &Interval) -> String {
    match gap.hi {
        Some(hi) if hi.value == gap.lo.value => gap.lo.value.to_string(),
        _ => gap.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Bilingual;
    use crate::Lang;

    fn said(problems: Vec<(usize, CriteriaProblem)>) -> Vec<(usize, String)> {
        problems.into_iter().map(|(i, p)| (i, p.text(Lang::En))).collect()
    }

    fn ranges(list: &[&str]) -> Vec<Interval> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn exact_cover_has_no_problem() {
        assert!(coverage_problems(&ranges(&["(90, 100]", "[70, 90]", "[0, 70)"])).is_empty());
        assert!(coverage_problems(&ranges(&["[0, 100]"])).is_empty());
    }

    #[test]
    fn overlap_names_a_shared_value() {
        let p = said(coverage_problems(&ranges(&["[90, 100]", "[70, 90]", "[0, 70)"])));
        assert_eq!(p, vec![(1, "90 is inside both bands[0] and bands[1]".to_string())]);
    }

    #[test]
    fn gaps_are_named_with_their_bounds() {
        let p = said(coverage_problems(&ranges(&["(90, 100]", "[70, 90)", "[0, 70)"])));
        assert_eq!(p, vec![(0, "90 is in no band".to_string())]);
        let p = said(coverage_problems(&ranges(&["[80, 100]", "[0, 70)"])));
        assert_eq!(p, vec![(0, "[70, 80) is in no band".to_string())]);
        let p = said(coverage_problems(&ranges(&["(0, 100)"])));
        assert_eq!(p, vec![(0, "0 is in no band".to_string()), (0, "100 is in no band".to_string())]);
    }

    #[test]
    fn outside_and_empty() {
        let p = said(coverage_problems(&ranges(&["[0, 120]"])));
        assert_eq!(p, vec![(0, "[0, 120] reaches outside [0, 100]".to_string())]);
        let p = said(coverage_problems(&ranges(&["[0, 100]", "[5, 5)"])));
        assert_eq!(p, vec![(1, "[5, 5) is empty".to_string())]);
    }
}
