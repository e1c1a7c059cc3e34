//! What an agency is about to sign: the totals, and what is still open. The app shows it before
//! "Sign and export" so that nothing unfinished is signed by accident; it never blocks signing
//! except for answers that cannot be scored (a score file must hold scorable answers).

use crate::answers::Draft;
use crate::criteria::CriteriaSet;
use crate::scoring::{AnswerProblem, Scorecard, Totals};

/// The state of a draft as its score file would say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub totals: Totals,
    /// The result band's index into [`CriteriaSet::bands`], when the set has bands.
    pub band: Option<usize>,
    /// Items of the main tree the agency answers itself and has not answered, in the set's
    /// order (a bonus or penalty item left blank simply does not apply).
    pub unanswered: Vec<String>,
    /// Items whose rule expects evidence that names no document yet: every such item of the main
    /// tree, and the bonus and penalty items that are answered.
    pub missing_evidence: Vec<String>,
    /// Survey items (scored later by the authority): how many there are.
    pub survey_items: usize,
    /// Answers that cannot be scored: while there are any, the draft cannot be signed.
    pub problems: Vec<AnswerProblem>,
}

impl Preview {
    pub fn of(criteria: &CriteriaSet, draft: &Draft, card: &Scorecard) -> Preview {
        let adjustments: Vec<usize> =
            criteria.bonus.iter().chain(&criteria.penalty).flat_map(|a| a.items.iter().copied()).collect();
        let mut unanswered = Vec::new();
        let mut missing_evidence = Vec::new();
        for id in criteria.leaves() {
            let node = criteria.node(id);
            let Some(leaf) = node.leaf().filter(|leaf| leaf.rule.is_self_assessed()) else { continue };
            let answered = card.node(id).answered > 0;
            let applies = answered || !adjustments.contains(&id);
            if !answered && applies {
                unanswered.push(node.code.clone());
            }
            let evidenced = draft.answer(&node.code).is_some_and(|a| a.has_evidence());
            if applies && leaf.evidence.is_some() && !evidenced {
                missing_evidence.push(node.code.clone());
            }
        }
        Preview {
            totals: card.totals.clone(),
            band: card.band.as_ref().map(|b| b.band),
            unanswered,
            missing_evidence,
            survey_items: card.totals.survey_items,
            problems: card.problems.clone(),
        }
    }

    /// Whether a score file can be made: every answer given can be scored.
    pub fn signable(&self) -> bool {
        self.problems.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Agency, Answer, Evidence};
    use crate::criteria::Level;
    use crate::scoring::score;

    fn teaching_set() -> CriteriaSet {
        crate::criteria::load(include_str!("../../criteria/teaching-demo.json")).unwrap()
    }

    fn empty_draft(set: &CriteriaSet) -> Draft {
        let agency = Agency { name: "Sở Thử".into(), code: "ST".into(), level: Level::Department };
        Draft::new(set, agency, 2025)
    }

    #[test]
    fn an_empty_draft_lists_every_self_assessed_item_as_unanswered() {
        let set = teaching_set();
        let draft = empty_draft(&set);
        let preview = Preview::of(&set, &draft, &score(&set, &draft));
        let adjustments = set.bonus.iter().chain(&set.penalty).map(|a| a.items.len()).sum::<usize>();
        assert!(adjustments > 0, "the teaching set has bonus or penalty items");
        let self_assessed = set.leaves().filter(|&id| set.node(id).leaf().unwrap().rule.is_self_assessed()).count();
        assert_eq!(preview.unanswered.len(), self_assessed - adjustments);
        assert!(preview.survey_items > 0, "the teaching set has survey items");
        assert!(!preview.unanswered.iter().any(|c| c.is_empty()));
        assert!(preview.signable());
    }

    #[test]
    fn answering_and_evidencing_an_item_takes_it_off_both_lists() {
        let set = teaching_set();
        let mut draft = empty_draft(&set);
        let with_evidence = set
            .leaves()
            .map(|id| set.node(id))
            .find(|n| n.leaf().is_some_and(|l| l.evidence.is_some() && l.rule.is_self_assessed()))
            .expect("the teaching set expects evidence somewhere");
        let code = with_evidence.code.clone();
        let before = Preview::of(&set, &draft, &score(&set, &draft));
        assert!(before.missing_evidence.contains(&code));

        let demo: Draft = serde_json::from_str(include_str!("../../criteria/demo/teaching-demo.draft.json")).unwrap();
        let mut answer: Answer = demo.answer(&code).cloned().expect("the demo answers it");
        answer.evidence =
            vec![Evidence {
                number: "01/QĐ".into(), date: "2025-01-02".into(), title: "Kế hoạch".into(), file: None
            }];
        draft.answers.insert(code.clone(), answer);
        let after = Preview::of(&set, &draft, &score(&set, &draft));
        assert!(!after.unanswered.contains(&code), "{:?}", after.unanswered);
        assert!(!after.missing_evidence.contains(&code), "{:?}", after.missing_evidence);
        assert_eq!(after.unanswered.len() + 1, before.unanswered.len());
    }

    #[test]
    fn an_answer_that_cannot_be_scored_blocks_signing() {
        let set = teaching_set();
        let mut draft = empty_draft(&set);
        draft.answers.insert("no-such-item".into(), Answer { note: Some("?".into()), ..Answer::default() });
        let preview = Preview::of(&set, &draft, &score(&set, &draft));
        assert!(!preview.signable());
    }
}
