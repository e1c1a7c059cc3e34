//! The validated criteria set: the only form the scoring engine accepts.
//!
//! Nodes live in one arena in pre-order (parents before children, siblings in file order), so a
//! [`NodeId`] is an index and a scorecard can be a plain `Vec` aligned with it.

use std::collections::HashMap;

use crate::decimal::{Decimal, Rounding};
use crate::interval::Interval;
use crate::Text;

pub use super::raw::{Decision, EvidenceSpec, Level, Measure, PercentScoring, Provenance, ProvenanceStatus, Publisher};

/// Index of a node in [`CriteriaSet::nodes`].
pub type NodeId = usize;

#[derive(Debug, Clone)]
pub struct CriteriaSet {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub description: Option<Text>,
    pub decision: Decision,
    pub year: u16,
    pub level: Level,
    pub scale: Decimal,
    pub index_places: u32,
    /// SHA-256 of the file's canonical JSON (lowercase hex): names this exact content.
    pub sha256: String,
    /// Every node, pre-order: first the main tree, then bonus items, then penalty items.
    pub nodes: Vec<Node>,
    /// Top-level nodes of the main tree (areas, lĩnh vực).
    pub roots: Vec<NodeId>,
    pub bonus: Option<Adjustment>,
    pub penalty: Option<Adjustment>,
    /// Best first.
    pub bands: Vec<Band>,
    pub gates: Vec<Gate>,
    /// Where no survey points are entered, rescale the self-assessed points to the scale.
    pub rescale_without_survey: bool,
    /// The publisher the file names; whether its signature holds is crate::signedset's to say.
    pub publisher: Option<Publisher>,
    pub(super) by_code: HashMap<String, NodeId>,
}

/// A node of the tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion
/// (tiêu chí thành phần), or a bonus/penalty item.
#[derive(Debug, Clone)]
pub struct Node {
    pub code: String,
    pub title: Text,
    /// Điểm tối đa.
    pub max: Decimal,
    pub provenance: Provenance,
    pub parent: Option<NodeId>,
    /// 0 for areas.
    pub depth: usize,
    pub part: Part,
    pub kind: NodeKind,
    pub guidance: Option<Text>,
}

/// Which block of the set a node belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Main,
    Bonus,
    Penalty,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Group { children: Vec<NodeId> },
    Leaf(Leaf),
}

/// A scored item.
#[derive(Debug, Clone)]
pub struct Leaf {
    pub rule: Rule,
    pub evidence: Option<EvidenceSpec>,
}

/// A validated scoring rule (thang điểm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Levels(Vec<LevelOption>),
    PassFail {
        pass: Option<Text>,
        fail: Option<Text>,
    },
    Bands {
        measure: Measure,
        bands: Vec<RuleBand>,
        if_none: Option<Decimal>,
    },
    Proportional {
        measure: Measure,
        places: u32,
        rounding: Rounding,
        if_none: Option<Decimal>,
    },
    Deduction {
        per_fault: Decimal,
        fault: Option<Text>,
    },
    PerCount {
        per_item: Decimal,
        item: Option<Text>,
    },
    Manual {
        step: Option<Decimal>,
    },
    /// `percent`: the result comes as a percent of the maximum.
    Survey {
        respondents: Option<Text>,
        percent: Option<PercentScoring>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelOption {
    pub id: String,
    pub label: Text,
    pub points: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleBand {
    pub range: Interval,
    pub points: Decimal,
}

#[derive(Debug, Clone)]
pub struct Adjustment {
    pub cap: Decimal,
    pub items: Vec<NodeId>,
}

#[derive(Debug, Clone)]
pub struct Band {
    pub id: String,
    pub title: Text,
    pub range: Interval,
}

#[derive(Debug, Clone)]
pub struct Gate {
    pub id: String,
    pub title: Text,
    pub operand: GateOperand,
    pub within: Interval,
    /// Index into [`CriteriaSet::bands`] of the best band allowed while the gate holds.
    pub cap: usize,
    pub source: Option<String>,
}

/// The value a gate looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateOperand {
    /// The measured value of a leaf: its percent, or its count.
    Measure(NodeId),
    /// The component index of a node, in percent.
    Index(NodeId),
}

impl Rule {
    /// Whether the agency scores this item itself (false for survey items).
    pub fn is_self_assessed(&self) -> bool {
        !matches!(self, Rule::Survey { .. })
    }

    /// Stable name of the rule kind, as written in criteria files.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Rule::Levels(_) => "levels",
            Rule::PassFail { .. } => "pass_fail",
            Rule::Bands { .. } => "bands",
            Rule::Proportional { .. } => "proportional",
            Rule::Deduction { .. } => "deduction",
            Rule::PerCount { .. } => "per_count",
            Rule::Manual { .. } => "manual",
            Rule::Survey { .. } => "survey",
        }
    }
}

impl Node {
    pub fn leaf(&self) -> Option<&Leaf> {
        match &self.kind {
            NodeKind::Leaf(leaf) => Some(leaf),
            NodeKind::Group { .. } => None,
        }
    }

    pub fn children(&self) -> &[NodeId] {
        match &self.kind {
            NodeKind::Group { children } => children,
            NodeKind::Leaf(_) => &[],
        }
    }
}

impl CriteriaSet {
    /// Builds the code index; called once by validation, after the nodes are final.
    pub(super) fn index_codes(&mut self) {
        self.by_code = self.nodes.iter().enumerate().map(|(i, n)| (n.code.clone(), i)).collect();
    }

    /// The node with this code, if any.
    pub fn find(&self, code: &str) -> Option<NodeId> {
        self.by_code.get(code).copied()
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Ids of all leaves, in order.
    pub fn leaves(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes.iter().enumerate().filter(|(_, n)| n.leaf().is_some()).map(|(i, _)| i)
    }

    /// Number of scored items in the main tree and the adjustment blocks.
    pub fn leaf_count(&self) -> usize {
        self.leaves().count()
    }

    /// Points the survey can give (the part the agency never scores itself).
    pub fn survey_max(&self) -> Decimal {
        self.leaves()
            .map(|id| &self.nodes[id])
            .filter(|n| n.part == Part::Main && matches!(n.leaf().map(|l| &l.rule), Some(Rule::Survey { .. })))
            .map(|n| n.max)
            .sum()
    }

    /// The band a rounded index falls in, if the bands cover it.
    pub fn band_of(&self, index: Decimal) -> Option<usize> {
        self.bands.iter().position(|b| b.range.contains_decimal(index))
    }
}
