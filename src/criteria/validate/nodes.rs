//! The tree of a criteria set: codes, titles, maxima that add up, groups against leaves, and
//! the bonus and penalty blocks.

use super::{CriteriaProblem, Validator};
use crate::criteria::model::*;
use crate::criteria::raw::{RawAdjustment, RawNode};
use crate::decimal::Decimal;

impl Validator {
    /// Adds `raw` and its subtree to the arena; returns its id.
    pub(super) fn add_node(
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
            self.push(format!("{path}.code"), CriteriaProblem::BadCode { code: code.clone() });
        } else if let Some(first) = self.seen.get(&code) {
            self.push(
                format!("{path}.code"),
                CriteriaProblem::RepeatedCode { code: code.clone(), first: first.clone() },
            );
        } else {
            self.seen.insert(code.clone(), path.to_string());
        }
        if raw.title.vi.trim().is_empty() {
            self.push(at("title.vi"), CriteriaProblem::Empty);
        }
        if raw.max <= Decimal::ZERO {
            self.push(at("max"), CriteriaProblem::MaxNotPositive { max: raw.max });
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
            (Some(_), Some(_)) => self.push(at("rule"), CriteriaProblem::ChildrenAndRule),
            (None, None) => self.push(at("rule"), CriteriaProblem::LeafWithoutRule),
            (Some(children), None) => {
                if raw.evidence.is_some() {
                    self.push(at("evidence"), CriteriaProblem::EvidenceOnGroup);
                }
                if children.is_empty() {
                    self.push(at("children"), CriteriaProblem::EmptyGroup);
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
                    self.push(at("max"), CriteriaProblem::ChildrenSum { sum, max: raw.max });
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

    pub(super) fn add_adjustment(
        &mut self,
        raw: &RawAdjustment,
        part: Part,
        inherited: &Provenance,
        path: &str,
    ) -> Adjustment {
        if raw.cap <= Decimal::ZERO {
            self.push(format!("{path}.cap"), CriteriaProblem::NotPositive);
        }
        if raw.items.is_empty() {
            self.push(format!("{path}.items"), CriteriaProblem::EmptyAdjustment);
        }
        let mut items = Vec::new();
        for (i, item) in raw.items.iter().enumerate() {
            if item.children.is_some() {
                self.push(format!("{path}.items[{i}]"), CriteriaProblem::AdjustmentItemWithChildren);
            }
            items.push(self.add_node(item, None, 0, part, inherited, &format!("{path}.items[{i}]")));
        }
        Adjustment { cap: raw.cap, items }
    }
}
