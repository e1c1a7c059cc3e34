//! Self-assessed against appraised points, item by item: what the council's screen and the
//! agency's explanation screen show side by side. Both figures come from [`scoring::score`].

use super::document::AppraisalDocument;
use crate::criteria::model::NodeKind;
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scorefile::document::ScoreDocument;
use crate::scoring;

/// One scored item of the set, with both figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemComparison {
    pub code: String,
    pub self_points: Decimal,
    pub appraised_points: Decimal,
    /// The council's comment, if any.
    pub comment: Option<String>,
    /// Whether the council entered an answer of its own for this item.
    pub answered_by_council: bool,
}

impl ItemComparison {
    pub fn differs(&self) -> bool {
        self.self_points != self.appraised_points
    }
}

/// Every leaf of the set in order, self against appraised; `differences` counts those that differ.
pub fn compare(criteria: &CriteriaSet, score: &ScoreDocument, appraisal: &AppraisalDocument) -> Vec<ItemComparison> {
    let own = scoring::score(criteria, &score.draft());
    let appraised = scoring::score(criteria, &appraisal.draft(score));
    criteria
        .nodes
        .iter()
        .zip(own.nodes.iter().zip(&appraised.nodes))
        .filter(|(node, _)| matches!(node.kind, NodeKind::Leaf(_)))
        .map(|(node, (own, appraised))| {
            let item = appraisal.items.get(&node.code);
            ItemComparison {
                code: node.code.clone(),
                self_points: own.points,
                appraised_points: appraised.points,
                comment: item.and_then(|i| i.comment.clone()),
                answered_by_council: item.is_some_and(|i| i.answer.is_some()),
            }
        })
        .collect()
}

/// How many items the council scored differently.
pub fn differences(items: &[ItemComparison]) -> usize {
    items.iter().filter(|i| i.differs()).count()
}
