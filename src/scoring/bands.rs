//! Result bands (xếp loại) and the gates that cap them.

use crate::criteria::{CriteriaSet, GateOperand, Rule};
use crate::decimal::Decimal;
use crate::interval::Exact;

use super::{NodeScore, Trace};

/// The band a scorecard ends in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandResult {
    /// Index into [`CriteriaSet::bands`] of the band after gates.
    pub band: usize,
    /// The band the index alone would give.
    pub by_index: usize,
    /// Gates (indexes into [`CriteriaSet::gates`]) that lowered it; empty when none did.
    pub capped_by: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateState {
    /// The condition holds: the band is capped.
    Holds,
    /// The condition does not hold.
    Clear,
    /// Its input is not answered yet (or not fully): the gate cannot be decided.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateResult {
    pub state: GateState,
    /// The value the condition was checked on, where known: a percent, a count or an index.
    pub value: Option<Exact>,
}

/// Decides every gate of the set against the scored nodes.
pub fn check_gates(criteria: &CriteriaSet, nodes: &[NodeScore]) -> Vec<GateResult> {
    criteria
        .gates
        .iter()
        .map(|gate| {
            let value = match gate.operand {
                GateOperand::Measure(id) => measured_value(
                    nodes[id].evaluation.as_ref().map(|e| &e.trace),
                    criteria.nodes[id].leaf().map(|l| &l.rule),
                ),
                GateOperand::Index(id) => {
                    (nodes[id].answered == nodes[id].leaves).then(|| Exact::from_decimal(nodes[id].index))
                }
            };
            let state = match value {
                None => GateState::Unknown,
                Some(v) if gate.within.contains(v) => GateState::Holds,
                Some(_) => GateState::Clear,
            };
            GateResult { state, value }
        })
        .collect()
}

/// A leaf's measured value: its percent (bands, proportional, survey percent) or its count
/// (deduction, per_count).
fn measured_value(trace: Option<&Trace>, rule: Option<&Rule>) -> Option<Exact> {
    let count = |c: i64| Exact::from_decimal(Decimal::from_int(c));
    match (trace?, rule?) {
        (Trace::Band { measured, .. } | Trace::Proportional { measured, .. }, _) => Some(measured.percent()),
        (Trace::Deduction { count: c, .. } | Trace::PerCount { count: c, .. }, _) => Some(count(*c)),
        // The percent as the authority entered it, not the points rounded from it.
        (Trace::Survey { percent: Some(p), .. }, _) => Some(Exact::from_decimal(*p)),
        _ => None,
    }
}

/// The band for `index`, lowered to the cap of every gate that holds.
pub fn band(criteria: &CriteriaSet, index: Decimal, gates: &[GateResult]) -> Option<BandResult> {
    let by_index = criteria.band_of(index)?;
    let mut band = by_index;
    let mut capped_by = Vec::new();
    for (i, (gate, result)) in criteria.gates.iter().zip(gates).enumerate() {
        // Bands are listed best first: a larger position is a lower band.
        if result.state == GateState::Holds && gate.cap > by_index {
            band = band.max(gate.cap);
            capped_by.push(i);
        }
    }
    Some(BandResult { band, by_index, capped_by })
}
