//! Final results (kết quả chỉ số): for each agency, its points with the survey results put into
//! its answers, scored by [`scoring::score`] like every other figure in parscore. Nothing here
//! computes points: the index, the band (with its gates) and each area's component index are the
//! scorecard's.

use crate::answers::Draft;
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::scoring::{self, Scorecard, Totals};
use crate::Text;

use super::survey::{survey_items, SurveyResults};

/// An agency taking part in a ranking: who it is, its group, and the answers that count (the
/// appraised answers when there are, else its signed self-assessment).
#[derive(Debug, Clone)]
pub struct Entrant<'a> {
    pub code: String,
    pub name: String,
    pub group: String,
    pub criteria: &'a CriteriaSet,
    pub draft: Draft,
}

/// A band as the results show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandRef {
    pub id: String,
    pub title: Text,
}

/// An area's component index (chỉ số thành phần): points / max × 100, as the scorecard has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaIndex {
    pub code: String,
    pub title: Text,
    pub points: Decimal,
    pub max: Decimal,
    pub index: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyResult {
    pub code: String,
    pub name: String,
    pub group: String,
    pub criteria_id: String,
    pub criteria_version: String,
    /// Self-assessed (or appraised), survey, bonus, penalty, total, index.
    pub totals: Totals,
    pub band: Option<BandRef>,
    pub areas: Vec<AreaIndex>,
    /// Survey items still without points: the final index waits for them.
    pub survey_missing: Vec<String>,
}

impl AgencyResult {
    pub fn index(&self) -> Decimal {
        self.totals.index
    }
}

/// The draft that is scored for the final index: the agency's answers, its survey items cleared
/// (an agency never scores them), then the authority's survey points entered.
pub fn final_draft(entrant: &Entrant, survey: Option<&SurveyResults>) -> Draft {
    let mut draft = entrant.draft.clone();
    for code in survey_items(entrant.criteria) {
        draft.answers.remove(code);
    }
    if let Some(values) = survey.and_then(|s| s.of(&entrant.code)) {
        for (code, value) in values {
            draft.answers.insert(code.clone(), value.answer());
        }
    }
    draft
}

/// The final result of one agency.
pub fn final_result(entrant: &Entrant, survey: Option<&SurveyResults>) -> AgencyResult {
    let criteria = entrant.criteria;
    let card = scoring::score(criteria, &final_draft(entrant, survey));
    let survey_missing = match survey {
        Some(results) => results.missing(&entrant.code, criteria),
        None => survey_items(criteria).map(str::to_string).collect(),
    };
    AgencyResult {
        code: entrant.code.clone(),
        name: entrant.name.clone(),
        group: entrant.group.clone(),
        criteria_id: criteria.id.clone(),
        criteria_version: criteria.version.clone(),
        band: band(criteria, &card),
        areas: criteria
            .roots
            .iter()
            .map(|&id| {
                let (node, score) = (criteria.node(id), card.node(id));
                AreaIndex {
                    code: node.code.clone(),
                    title: node.title.clone(),
                    points: score.points,
                    max: score.max,
                    index: score.index,
                }
            })
            .collect(),
        totals: card.totals,
        survey_missing,
    }
}

fn band(criteria: &CriteriaSet, card: &Scorecard) -> Option<BandRef> {
    let band = criteria.bands.get(card.band.as_ref()?.band)?;
    Some(BandRef { id: band.id.clone(), title: band.title.clone() })
}
