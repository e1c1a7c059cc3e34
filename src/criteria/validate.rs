//! Raw criteria file → validated [`CriteriaSet`], collecting every problem with its location.
//!
//! A location names the node code and the field (`1.1.4 rule.bands[1]`), or for set-level fields
//! the JSON path (`bands[2]`, `gates[0].cap`), or a line and column for syntax errors.

use std::collections::HashMap;
use std::fmt;

use super::model::*;
use super::raw::{self, RawAdjustment, RawCriteriaSet, RawNode, RawRule};
use crate::decimal::Decimal;
use crate::interval::{Bound, Interval};

/// One problem in a criteria file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriteriaError {
    /// Where: `1.1.4 rule.bands[1]`, `bands[0].range`, `line 3, column 7`.
    pub location: String,
    pub message: String,
}

impl fmt::Display for CriteriaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for CriteriaError {}

fn err(location: impl Into<String>, message: impl Into<String>) -> CriteriaError {
    CriteriaError { location: location.into(), message: message.into() }
}

/// Parses and validates a criteria file. Returns every problem found, not only the first.
pub fn load(json: &str) -> Result<CriteriaSet, Vec<CriteriaError>> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| vec![err(format!("line {}, column {}", e.line(), e.column()), crate::json_error::message(&e))])?;
    let sha256 = raw::content_sha256(&value).map_err(|e| vec![err(e.path.trim_start_matches("$."), e.to_string())])?;
    let raw: RawCriteriaSet =
        crate::json_error::parse(json, Some(&value)).map_err(|e| vec![err(e.location, e.message)])?;
    validate(raw, sha256)
}

/// Validates an already parsed file; `sha256` is the hash of its canonical JSON.
pub fn validate(raw: RawCriteriaSet, sha256: String) -> Result<CriteriaSet, Vec<CriteriaError>> {
    let mut v = Validator::default();
    v.check_meta(&raw);

    let default_provenance = raw.provenance.clone();
    let mut roots = Vec::new();
    for (i, node) in raw.nodes.iter().enumerate() {
        roots.push(v.add_node(node, None, 0, Part::Main, &default_provenance, &format!("nodes[{i}]")));
    }
    if raw.nodes.is_empty() {
        v.push("nodes", "a criteria set needs at least one area");
    }
    let roots_total: Decimal = roots.iter().map(|&r| v.nodes[r].max).sum();
    if !raw.nodes.is_empty() && roots_total != raw.scale {
        v.push("scale", format!("the areas' maxima sum to {roots_total}, not the scale {}", raw.scale));
    }

    let bonus = raw.bonus.as_ref().map(|b| v.add_adjustment(b, Part::Bonus, &default_provenance, "bonus"));
    let penalty = raw.penalty.as_ref().map(|p| v.add_adjustment(p, Part::Penalty, &default_provenance, "penalty"));
    let bands = v.check_bands(&raw.bands);
    let gates = v.check_gates(&raw.gates, &bands);

    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    let mut set = CriteriaSet {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        description: raw.description,
        decision: raw.decision,
        year: raw.year,
        level: raw.level,
        scale: raw.scale,
        index_places: raw.index_places.unwrap_or(2),
        sha256,
        nodes: v.nodes,
        roots,
        bonus,
        penalty,
        bands,
        gates,
        rescale_without_survey: raw.rescale_without_survey,
        publisher: raw.publisher,
        by_code: Default::default(),
    };
    set.index_codes();
    Ok(set)
}

#[derive(Default)]
struct Validator {
    errors: Vec<CriteriaError>,
    nodes: Vec<Node>,
    /// code → JSON path of its first appearance, to name both places of a repeat.
    seen: HashMap<String, String>,
}

impl Validator {
    fn push(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.errors.push(err(location, message));
    }

    fn check_meta(&mut self, raw: &RawCriteriaSet) {
        if raw.format != raw::FORMAT {
            self.push("format", format!("expected \"{}\", found \"{}\"", raw::FORMAT, raw.format));
        }
        if raw.id.is_empty() || !raw.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            self.push("id", format!("\"{}\" must be lowercase letters, digits and '-'", raw.id));
        }
        if raw.version.trim().is_empty() {
            self.push("version", "must not be empty");
        }
        if raw.title.vi.trim().is_empty() {
            self.push("title.vi", "must not be empty");
        }
        if !is_iso_date(&raw.decision.date) {
            self.push(
                "decision.date",
                format!("\"{}\" is not a date like 2017-12-28 (or a year alone, like 2013)", raw.decision.date),
            );
        }
        if raw.decision.number.trim().is_empty() {
            self.push("decision.number", "must not be empty");
        }
        if raw.scale <= Decimal::ZERO {
            self.push("scale", "must be above 0");
        }
        if raw.index_places.is_some_and(|p| p > crate::decimal::PLACES) {
            self.push("index_places", format!("at most {} decimal places", crate::decimal::PLACES));
        }
        self.check_provenance(&raw.provenance, "provenance");
    }

    fn check_provenance(&mut self, p: &Provenance, location: &str) {
        if p.status == ProvenanceStatus::Verified && p.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
            self.push(format!("{location}.source"), "a verified node must name its source");
        }
    }

    /// Adds `raw` and its subtree to the arena; returns its id.
    fn add_node(
        &mut self,
        raw: &RawNode,
        parent: Option<NodeId>,
        depth: usize,
        part: Part,
        inherited: &Provenance,
        path: &str,
    ) -> NodeId {
        let code = raw.code.clone();
        let at = |field: &str| if code.is_empty() { format!("{path}.{field}") } else { format!("{code} {field}") };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') {
            self.push(format!("{path}.code"), format!("\"{code}\" must be letters, digits and dots, like 1.1.4"));
        } else if let Some(first) = self.seen.get(&code) {
            self.push(format!("{path}.code"), format!("code {code} repeats (first at {first})"));
        } else {
            self.seen.insert(code.clone(), path.to_string());
        }
        if raw.title.vi.trim().is_empty() {
            self.push(at("title.vi"), "must not be empty");
        }
        if raw.max <= Decimal::ZERO {
            self.push(at("max"), format!("must be above 0, found {}", raw.max));
        }
        let provenance = raw.provenance.clone().unwrap_or_else(|| inherited.clone());
        if let Some(p) = &raw.provenance {
            self.check_provenance(p, &at("provenance"));
        }

        let id = self.nodes.len();
        self.nodes.push(Node {
            code: code.clone(),
            title: raw.title.clone(),
            max: raw.max,
            provenance: provenance.clone(),
            parent,
            depth,
            part,
            kind: NodeKind::Group { children: Vec::new() },
            guidance: raw.guidance.clone(),
        });

        match (&raw.children, &raw.rule) {
            (Some(_), Some(_)) => self.push(at("rule"), "a node has either children or a rule, not both"),
            (None, None) => self.push(at("rule"), "a leaf needs a rule (or give the node children)"),
            (Some(children), None) => {
                if raw.evidence.is_some() {
                    self.push(at("evidence"), "evidence belongs on leaves, not on groups");
                }
                if children.is_empty() {
                    self.push(at("children"), "a group needs at least one child");
                }
                let mut ids = Vec::new();
                for (i, child) in children.iter().enumerate() {
                    ids.push(self.add_node(
                        child,
                        Some(id),
                        depth + 1,
                        part,
                        &provenance,
                        &format!("{path}.children[{i}]"),
                    ));
                }
                let sum: Decimal = ids.iter().map(|&c| self.nodes[c].max).sum();
                if !children.is_empty() && sum != raw.max {
                    self.push(at("max"), format!("the children's maxima sum to {sum}, not {}", raw.max));
                }
                self.nodes[id].kind = NodeKind::Group { children: ids };
            }
            (None, Some(rule)) => {
                let rule = self.check_rule(rule, raw.max, part, &code, &at("rule"));
                self.nodes[id].kind = NodeKind::Leaf(Leaf { rule, evidence: raw.evidence.clone() });
            }
        }
        id
    }

    fn add_adjustment(&mut self, raw: &RawAdjustment, part: Part, inherited: &Provenance, path: &str) -> Adjustment {
        if raw.cap <= Decimal::ZERO {
            self.push(format!("{path}.cap"), "must be above 0");
        }
        if raw.items.is_empty() {
            self.push(format!("{path}.items"), "needs at least one item (or leave the block out)");
        }
        let mut items = Vec::new();
        for (i, item) in raw.items.iter().enumerate() {
            if item.children.is_some() {
                self.push(
                    format!("{path}.items[{i}]"),
                    "bonus and penalty items are leaves: give a rule, not children",
                );
            }
            items.push(self.add_node(item, None, 0, part, inherited, &format!("{path}.items[{i}]")));
        }
        Adjustment { cap: raw.cap, items }
    }

    /// Checks a leaf's rule against the node's maximum: nothing above it, and the best outcome
    /// reaches it exactly (otherwise the item could never earn its points).
    fn check_rule(&mut self, raw: &RawRule, max: Decimal, part: Part, code: &str, at: &str) -> Rule {
        let points_in_range = |this: &mut Self, p: Decimal, field: String| {
            if p.is_negative() {
                this.push(format!("{at}.{field}"), format!("{p} points is below 0"));
            } else if p > max {
                this.push(format!("{at}.{field}"), format!("{p} points is above the node's max {max}"));
            }
        };
        match raw {
            RawRule::Levels { levels } => {
                if levels.len() < 2 {
                    self.push(format!("{at}.levels"), "needs at least two levels");
                }
                let mut ids = HashMap::new();
                for (i, level) in levels.iter().enumerate() {
                    if level.id.is_empty() {
                        self.push(format!("{at}.levels[{i}].id"), "must not be empty");
                    } else if let Some(first) = ids.insert(level.id.as_str(), i) {
                        self.push(format!("{at}.levels[{i}].id"), format!("\"{}\" repeats levels[{first}]", level.id));
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
                for (i, message) in coverage_problems(&ranges) {
                    self.push(format!("{at}.bands[{i}]"), message);
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
                    self.push(format!("{at}.per_fault"), "must be above 0");
                }
                Rule::Deduction { per_fault: *per_fault, fault: fault.clone() }
            }
            RawRule::PerCount { per_item, item } => {
                if *per_item <= Decimal::ZERO {
                    self.push(format!("{at}.per_item"), "must be above 0");
                }
                Rule::PerCount { per_item: *per_item, item: item.clone() }
            }
            RawRule::Manual { step } => {
                if let Some(step) = step {
                    if *step <= Decimal::ZERO {
                        self.push(format!("{at}.step"), "must be above 0");
                    } else if !max.is_multiple_of(*step) {
                        self.push(format!("{at}.step"), format!("the max {max} is not a multiple of the step {step}"));
                    }
                }
                Rule::Manual { step: *step }
            }
            RawRule::Survey { respondents, percent } => {
                if part != Part::Main {
                    self.push(at.to_string(), "survey items belong in the main tree, not in a bonus or penalty block");
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
            self.push(format!("{at}.places"), format!("at most {} decimal places", crate::decimal::PLACES));
        } else if !max.is_multiple_of(Decimal::from_units(10_i128.pow(crate::decimal::PLACES - places))) {
            // Rounding to fewer places than the max has could round past the max (0.5 → 1).
            self.push(
                format!("{at}.places"),
                format!("the max {max} has more than {places} decimal places, so rounding could exceed it"),
            );
        }
    }

    fn check_best(&mut self, best: Option<Decimal>, max: Decimal, code: &str, at: &str) {
        if let Some(best) = best {
            if best < max {
                self.push(
                    at.to_string(),
                    format!("the best outcome gives {best} points, so {code} could never reach its max {max}"),
                );
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
            self.push(format!("{at}.measure"), "name what is measured (the labels must not be empty)");
        }
    }

    fn check_bands(&mut self, raw: &[raw::RawBand]) -> Vec<Band> {
        if raw.is_empty() {
            self.push("bands", "a criteria set needs result bands");
        }
        let mut ids = HashMap::new();
        for (i, band) in raw.iter().enumerate() {
            if band.id.is_empty() {
                self.push(format!("bands[{i}].id"), "must not be empty");
            } else if let Some(first) = ids.insert(band.id.as_str(), i) {
                self.push(format!("bands[{i}].id"), format!("\"{}\" repeats bands[{first}]", band.id));
            }
            if i > 0 && band.range.lo.value > raw[i - 1].range.lo.value {
                self.push(format!("bands[{i}]"), "list bands best first (highest index first)");
            }
        }
        let ranges: Vec<Interval> = raw.iter().map(|b| b.range).collect();
        for (i, message) in coverage_problems(&ranges) {
            self.push(format!("bands[{i}]"), message);
        }
        raw.iter().map(|b| Band { id: b.id.clone(), title: b.title.clone(), range: b.range }).collect()
    }

    fn check_gates(&mut self, raw: &[raw::RawGate], bands: &[Band]) -> Vec<Gate> {
        let mut gates = Vec::new();
        let mut ids = HashMap::new();
        for (i, gate) in raw.iter().enumerate() {
            let at = format!("gates[{i}]");
            if let Some(first) = ids.insert(gate.id.as_str(), i) {
                self.push(format!("{at}.id"), format!("\"{}\" repeats gates[{first}]", gate.id));
            }
            let cap = bands.iter().position(|b| b.id == gate.cap);
            if cap.is_none() {
                self.push(format!("{at}.cap"), format!("no band has the id \"{}\"", gate.cap));
            }
            if gate.when.within.is_empty() {
                self.push(format!("{at}.when.in"), format!("{} is empty", gate.when.within));
            }
            let operand = match (&gate.when.measure, &gate.when.index) {
                (Some(code), None) => self.gate_measure(code, &at).map(GateOperand::Measure),
                (None, Some(code)) => match self.seen.contains_key(code.as_str()) {
                    true => self.nodes.iter().position(|n| &n.code == code).map(GateOperand::Index),
                    false => {
                        self.push(format!("{at}.when.index"), format!("no node has the code {code}"));
                        None
                    }
                },
                _ => {
                    self.push(format!("{at}.when"), "give exactly one of \"measure\" or \"index\"");
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
            self.push(format!("{at}.when.measure"), format!("no node has the code {code}"));
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
            self.push(format!("{at}.when.measure"), format!("{code} measures nothing: use a leaf with a bands, proportional, deduction or per_count rule, a survey item with a percent, or \"index\""));
            return None;
        }
        Some(id)
    }
}

/// Problems with a list of intervals that must cover [0, 100] exactly once: each as
/// (position in the list, message).
pub fn coverage_problems(ranges: &[Interval]) -> Vec<(usize, String)> {
    let hundred = Decimal::HUNDRED;
    let mut problems = Vec::new();
    if ranges.is_empty() {
        return problems;
    }
    for (i, r) in ranges.iter().enumerate() {
        if r.is_empty() {
            problems.push((i, format!("{r} is empty")));
        } else if r.lo.value.is_negative() || r.hi.is_none_or(|h| h.value > hundred) {
            problems.push((i, format!("{r} reaches outside [0, 100]")));
        }
    }
    for j in 0..ranges.len() {
        for i in 0..j {
            if let Some(x) = ranges[i].common_point(&ranges[j]) {
                problems.push((j, format!("{x} is inside both bands[{i}] and bands[{j}]")));
            }
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    // No overlap: walk the ranges from 0 upwards and name every stretch none of them covers.
    let mut order: Vec<usize> = (0..ranges.len()).collect();
    order.sort_by(|&a, &b| {
        ranges[a].lo.value.cmp(&ranges[b].lo.value).then(ranges[b].lo.inclusive.cmp(&ranges[a].lo.inclusive))
    });
    let mut covered_to = Bound { value: Decimal::ZERO, inclusive: false };
    for &i in &order {
        let lo = ranges[i].lo;
        let gap = Interval {
            lo: Bound { value: covered_to.value, inclusive: !covered_to.inclusive },
            hi: Some(Bound { value: lo.value, inclusive: !lo.inclusive }),
        };
        if !gap.is_empty() {
            problems.push((i, format!("{} is in no band", describe_gap(&gap))));
        }
        covered_to = ranges[i].hi.unwrap_or(Bound { value: hundred, inclusive: true });
    }
    let tail = Interval {
        lo: Bound { value: covered_to.value, inclusive: !covered_to.inclusive },
        hi: Some(Bound { value: hundred, inclusive: true }),
    };
    if !tail.is_empty() {
        problems.push((*order.last().unwrap_or(&0), format!("{} is in no band", describe_gap(&tail))));
    }
    problems
}

fn describe_gap(gap: &Interval) -> String {
    match gap.hi {
        Some(hi) if hi.value == gap.lo.value => gap.lo.value.to_string(),
        _ => gap.to_string(),
    }
}

/// `YYYY-MM-DD`, or `YYYY` alone where the source gives no day (never invent one).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() == 4 {
        return b.iter().all(u8::is_ascii_digit);
    }
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let p = coverage_problems(&ranges(&["[90, 100]", "[70, 90]", "[0, 70)"]));
        assert_eq!(p, vec![(1, "90 is inside both bands[0] and bands[1]".to_string())]);
    }

    #[test]
    fn gaps_are_named_with_their_bounds() {
        let p = coverage_problems(&ranges(&["(90, 100]", "[70, 90)", "[0, 70)"]));
        assert_eq!(p, vec![(0, "90 is in no band".to_string())]);
        let p = coverage_problems(&ranges(&["[80, 100]", "[0, 70)"]));
        assert_eq!(p, vec![(0, "[70, 80) is in no band".to_string())]);
        let p = coverage_problems(&ranges(&["(0, 100)"]));
        assert_eq!(p, vec![(0, "0 is in no band".to_string()), (0, "100 is in no band".to_string())]);
    }

    #[test]
    fn outside_and_empty() {
        let p = coverage_problems(&ranges(&["[0, 120]"]));
        assert_eq!(p, vec![(0, "[0, 120] reaches outside [0, 100]".to_string())]);
        let p = coverage_problems(&ranges(&["[0, 100]", "[5, 5)"]));
        assert_eq!(p, vec![(1, "[5, 5) is empty".to_string())]);
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2017-12-28"));
        assert!(is_iso_date("2013"));
        assert!(!is_iso_date("13"));
        assert!(!is_iso_date("28/12/2017"));
        assert!(!is_iso_date("2017-13-01"));
    }
}
