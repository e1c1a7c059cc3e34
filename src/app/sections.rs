//! Sections: the parts of a criteria set the app shows one at a time (each area, then the bonus
//! and penalty blocks), with the progress figures the section navigation shows.

use super::counts::{counts_of, ItemCounts};
use crate::criteria::{CriteriaSet, NodeId, Part};
use crate::decimal::Decimal;
use crate::scoring::Scorecard;

/// One page of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// An area (lĩnh vực) of the main tree.
    Area(NodeId),
    /// Điểm thưởng.
    Bonus,
    /// Điểm trừ.
    Penalty,
}

impl Section {
    /// How a draft's record names the section: the area's code, "+" or "-".
    pub fn code(self, set: &CriteriaSet) -> String {
        match self {
            Section::Area(id) => set.nodes.get(id).map(|n| n.code.clone()).unwrap_or_default(),
            Section::Bonus => "+".to_string(),
            Section::Penalty => "-".to_string(),
        }
    }

    /// The section a record names, if `set` has it.
    pub fn from_code(set: &CriteriaSet, code: &str) -> Option<Section> {
        let section = match code {
            "+" => Section::Bonus,
            "-" => Section::Penalty,
            _ => Section::Area(set.find(code)?),
        };
        sections(set).contains(&section).then_some(section)
    }
}

/// What the navigation shows for a section. Every number is read from the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionSummary {
    pub section: Section,
    /// The section's items, counted as every screen counts them ([`super::counts`]).
    pub counts: ItemCounts,
    /// The section's points and their maximum (for bonus and penalty: after the cap, and the cap).
    pub points: Decimal,
    pub max: Decimal,
}

/// Every section of `set`, in the order of the file.
pub fn sections(set: &CriteriaSet) -> Vec<Section> {
    let mut all: Vec<Section> = set.roots.iter().map(|&id| Section::Area(id)).collect();
    if set.bonus.is_some() {
        all.push(Section::Bonus);
    }
    if set.penalty.is_some() {
        all.push(Section::Penalty);
    }
    all
}

/// The section that shows node `id`: its area, or the bonus or penalty block.
pub fn section_of(set: &CriteriaSet, mut id: NodeId) -> Section {
    match set.nodes[id].part {
        Part::Bonus => Section::Bonus,
        Part::Penalty => Section::Penalty,
        Part::Main => {
            while let Some(parent) = set.nodes[id].parent {
                id = parent;
            }
            Section::Area(id)
        }
    }
}

/// The top-level nodes a section shows: an area's children, or the block's items.
pub fn top_nodes(set: &CriteriaSet, section: Section) -> Vec<NodeId> {
    match section {
        Section::Area(id) => set.nodes.get(id).map(|n| n.children().to_vec()).unwrap_or_default(),
        Section::Bonus => set.bonus.as_ref().map(|b| b.items.clone()).unwrap_or_default(),
        Section::Penalty => set.penalty.as_ref().map(|p| p.items.clone()).unwrap_or_default(),
    }
}

/// The leaves under `id` (or `id` itself when it is a leaf), in order.
fn leaves_under(set: &CriteriaSet, id: NodeId, out: &mut Vec<NodeId>) {
    match set.nodes[id].children() {
        [] => out.push(id),
        children => children.iter().for_each(|&c| leaves_under(set, c, out)),
    }
}

/// Progress and points of every section.
pub fn summaries(set: &CriteriaSet, card: &Scorecard) -> Vec<SectionSummary> {
    sections(set)
        .into_iter()
        .map(|section| {
            let mut leaves = Vec::new();
            top_nodes(set, section).into_iter().for_each(|id| leaves_under(set, id, &mut leaves));
            let counts = counts_of(set, Some(card), leaves);
            let (points, max) = match section {
                Section::Area(id) => (card.nodes[id].points, set.nodes[id].max),
                Section::Bonus => (card.totals.bonus, set.bonus.as_ref().map_or(Decimal::ZERO, |b| b.cap)),
                Section::Penalty => (card.totals.penalty, set.penalty.as_ref().map_or(Decimal::ZERO, |p| p.cap)),
            };
            SectionSummary { section, counts, points, max }
        })
        .collect()
}
