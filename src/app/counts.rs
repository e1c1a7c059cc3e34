//! How many items a set has, counted one way for every screen (the set's card, the section
//! navigation, the total bar): the items the agency scores itself in the main tree, the survey
//! items apart (the authority scores them), and the bonus and penalty items apart (optional:
//! a blank one simply does not apply). Counting all leaves on one screen and only the main tree's
//! self-scored items on another made one set read 42, 34 and 37 items.

use crate::criteria::{CriteriaSet, NodeId, Part};
use crate::scoring::Scorecard;

/// The items of a set, or of one section of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ItemCounts {
    /// Items of the main tree the agency scores itself: the "N" of "answered M/N".
    pub self_assessed: usize,
    /// Of those, how many are answered (none without a scorecard).
    pub answered: usize,
    /// Items only the survey scores.
    pub survey: usize,
    /// Bonus and penalty items: optional, never counted as unanswered.
    pub adjustments: usize,
}

/// The counts over the leaves `leaves` of `set`, answered ones read from `card` when given.
pub fn counts_of(set: &CriteriaSet, card: Option<&Scorecard>, leaves: impl IntoIterator<Item = NodeId>) -> ItemCounts {
    let mut counts = ItemCounts::default();
    for id in leaves {
        let node = &set.nodes[id];
        let Some(leaf) = node.leaf() else { continue };
        match node.part {
            Part::Bonus | Part::Penalty => counts.adjustments += 1,
            Part::Main if !leaf.rule.is_self_assessed() => counts.survey += 1,
            Part::Main => {
                counts.self_assessed += 1;
                counts.answered += card.is_some_and(|c| c.nodes[id].answered == 1) as usize;
            }
        }
    }
    counts
}

/// The counts of the whole set.
pub fn item_counts(set: &CriteriaSet, card: Option<&Scorecard>) -> ItemCounts {
    counts_of(set, card, set.leaves())
}
