//! `score(criteria, draft) → Scorecard`: one pure function from facts to points.
//!
//! Leaves are evaluated by [`rules`]; groups add up their children; the main tree splits into the
//! self-assessed part and the survey part; bonus and penalty blocks are capped; the final index
//! picks a band, which gates may cap ([`bands`]). Every figure keeps the data that explains it
//! ([`explain`] turns that data into words).

pub mod bands;
pub mod explain;
mod explain_text;
pub mod insights;
pub mod json;
pub mod problem;
pub mod rules;

use crate::answers::Draft;
use crate::criteria::{CriteriaSet, NodeId, NodeKind, Part};
use crate::decimal::{Decimal, Rounding};

pub use bands::{BandResult, GateResult, GateState};
pub use problem::AnswerProblem;
pub use rules::{Evaluation, Measured, Trace};

/// Every score of one draft against one criteria set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    /// Aligned with [`CriteriaSet::nodes`].
    pub nodes: Vec<NodeScore>,
    pub totals: Totals,
    pub band: Option<BandResult>,
    pub gates: Vec<GateResult>,
    /// Every answer that cannot be scored as given, in node order, then answers to unknown codes.
    pub problems: Vec<AnswerProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeScore {
    pub points: Decimal,
    pub max: Decimal,
    /// Component index: points / max × 100, rounded half up to the set's index places.
    pub index: Decimal,
    /// Leaves below (or 1 for a leaf).
    pub leaves: usize,
    /// Of those, how many are answered (blank, invalid and unknown survey items are not).
    pub answered: usize,
    /// Present on leaves: how the points came about.
    pub evaluation: Option<Evaluation>,
    /// The leaf expects evidence, has none, and has no written explanation either.
    pub needs_explanation: bool,
}

/// The totals of a scorecard (tổng hợp).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Points the agency scored itself (điểm tự đánh giá) and their maximum.
    pub self_assessed: Decimal,
    pub self_assessed_max: Decimal,
    /// Points from the sociological survey, as entered so far, and their maximum.
    pub survey: Decimal,
    pub survey_max: Decimal,
    /// Survey items with points entered / all survey items.
    pub survey_entered: usize,
    pub survey_items: usize,
    /// Bonus and penalty after their caps (penalty is a positive number taken away).
    pub bonus: Decimal,
    pub penalty: Decimal,
    /// Before the caps, to show what the caps cut.
    pub bonus_uncapped: Decimal,
    pub penalty_uncapped: Decimal,
    /// The set's `rescale_without_survey` applied (no survey points entered): the self-assessed
    /// points × scale / self-assessed maximum, rounded half up to the set's index places; the
    /// total counts these instead of self-assessed + survey.
    pub rescaled_self_assessed: Option<Decimal>,
    /// self-assessed + survey + bonus − penalty (or the rescaled points + bonus − penalty), kept
    /// within [0, scale].
    pub total: Decimal,
    pub scale: Decimal,
    /// total / scale × 100.
    pub index: Decimal,
    /// Self-assessed items answered / all self-assessed items (main tree).
    pub answered: usize,
    pub items: usize,
    /// Points the unanswered main-tree items (self-assessed and survey) could still add.
    pub open_points: Decimal,
}

/// Scores `draft` against `criteria`. Pure, total and linear in the number of nodes: every input,
/// however wrong, gives a scorecard; what cannot be scored is listed in `problems`.
pub fn score(criteria: &CriteriaSet, draft: &Draft) -> Scorecard {
    let places = criteria.index_places;
    let mut nodes: Vec<NodeScore> = criteria
        .nodes
        .iter()
        .map(|n| NodeScore {
            points: Decimal::ZERO,
            max: n.max,
            index: Decimal::ZERO,
            leaves: 0,
            answered: 0,
            evaluation: None,
            needs_explanation: false,
        })
        .collect();
    let mut problems = Vec::new();

    // Children come after their parent in the arena, so one pass from the end fills every group.
    for id in (0..criteria.nodes.len()).rev() {
        let node = &criteria.nodes[id];
        match &node.kind {
            NodeKind::Leaf(leaf) => {
                let answer = draft.answer(&node.code);
                let evaluation = rules::evaluate(&node.code, &leaf.rule, node.max, answer);
                let score = &mut nodes[id];
                score.points = evaluation.points;
                score.leaves = 1;
                score.answered = evaluation.is_answered() as usize;
                score.needs_explanation = leaf.evidence.as_ref().is_some_and(|e| e.explain_if_missing)
                    && leaf.rule.is_self_assessed()
                    && !answer.is_some_and(|a| a.has_evidence() || a.explains_missing_evidence());
                if let Trace::Invalid(problem) = &evaluation.trace {
                    problems.push(problem.clone());
                }
                score.evaluation = Some(evaluation);
            }
            NodeKind::Group { children } => {
                let (points, leaves, answered) = children.iter().fold((Decimal::ZERO, 0, 0), |(p, l, a), &c| {
                    (p + nodes[c].points, l + nodes[c].leaves, a + nodes[c].answered)
                });
                let score = &mut nodes[id];
                score.points = points;
                score.leaves = leaves;
                score.answered = answered;
            }
        }
        nodes[id].index = nodes[id].points.percent_of(node.max, places, Rounding::HalfUp);
    }
    // Problems were gathered from the end; report them in the criteria's order.
    problems.reverse();
    for code in draft.answers.keys() {
        if criteria.find(code).is_none() {
            problems.push(AnswerProblem::UnknownCode { code: code.clone() });
        }
    }

    let totals = totals(criteria, &nodes);
    let gates = bands::check_gates(criteria, &nodes);
    let band = bands::band(criteria, totals.index, &gates);
    Scorecard { nodes, totals, band, gates, problems }
}

fn totals(criteria: &CriteriaSet, nodes: &[NodeScore]) -> Totals {
    let mut t = Totals { scale: criteria.scale, ..Totals::default() };
    for id in criteria.leaves() {
        let node = &criteria.nodes[id];
        let score = &nodes[id];
        let answered = score.answered == 1;
        let self_assessed = node.leaf().is_some_and(|l| l.rule.is_self_assessed());
        match node.part {
            Part::Main if self_assessed => {
                t.self_assessed += score.points;
                t.self_assessed_max += node.max;
                t.items += 1;
                t.answered += answered as usize;
            }
            Part::Main => {
                t.survey += score.points;
                t.survey_max += node.max;
                t.survey_items += 1;
                t.survey_entered += answered as usize;
            }
            Part::Bonus => t.bonus_uncapped += score.points,
            Part::Penalty => t.penalty_uncapped += score.points,
        }
        if node.part == Part::Main && !answered {
            t.open_points += node.max;
        }
    }
    let cap = |block: &Option<crate::criteria::Adjustment>, raw: Decimal| {
        block.as_ref().map_or(Decimal::ZERO, |b| raw.min(b.cap))
    };
    t.bonus = cap(&criteria.bonus, t.bonus_uncapped);
    t.penalty = cap(&criteria.penalty, t.penalty_uncapped);
    // Hà Nội 2940/QĐ-UBND: where no survey is run, the self-scored result is rescaled to 100.
    let no_survey = t.survey_items > 0 && t.survey_entered == 0;
    if criteria.rescale_without_survey && no_survey && !t.self_assessed_max.is_zero() {
        t.rescaled_self_assessed = Some(t.self_assessed.scaled(
            criteria.scale.units(),
            t.self_assessed_max.units(),
            criteria.index_places,
            Rounding::HalfUp,
        ));
    }
    let main = t.rescaled_self_assessed.unwrap_or(t.self_assessed + t.survey);
    let total = main + t.bonus - t.penalty;
    t.total = total.max(Decimal::ZERO).min(criteria.scale);
    t.index = t.total.percent_of(criteria.scale, criteria.index_places, Rounding::HalfUp);
    t
}

impl Scorecard {
    pub fn node(&self, id: NodeId) -> &NodeScore {
        &self.nodes[id]
    }

    /// Problems that belong to `code`.
    pub fn problems_for<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a AnswerProblem> + 'a {
        self.problems.iter().filter(move |p| p.code() == code)
    }
}
