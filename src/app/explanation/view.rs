//! What the agency's explanation screen shows: the appraisal's verdict and signer, and per item
//! self against appraised points (both from `scoring::score`, through `appraisal::compare`) with
//! the council's comment. Items the council answered or commented on can be explained.

use super::messages::ExplanationText as T;
use super::{ExplainProblem, ExplanationState, ItemAnswer};
use crate::answers::agency_label;
use crate::app::review_text::ReviewText;
use crate::appraisal::verify::score_document;
use crate::appraisal::{compare, Trust};
use crate::criteria::CriteriaSet;
use crate::i18n::Bilingual;
use crate::scorefile::keys::KeyError;
use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    pub code: String,
    pub title: String,
    pub self_points: String,
    pub appraised_points: String,
    pub differs: bool,
    pub comment: String,
    /// The council said something on it: the agency may explain.
    pub disputable: bool,
    pub answer: ItemAnswer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScreenView {
    /// What the check says (and who signed), with whether it can be answered.
    pub verdict: String,
    pub sound: bool,
    pub agency: String,
    pub items: Vec<ItemRow>,
    pub differences: usize,
    pub self_index: String,
    pub appraised_index: String,
}

/// The screen once both files are open; `None` before.
pub fn screen(state: &ExplanationState, known: &[CriteriaSet], lang: Lang) -> Option<ScreenView> {
    let check = state.check.as_ref()?;
    let signer = check.signer.as_ref();
    let fingerprint = signer.map(|s| s.fingerprint.as_str()).unwrap_or_default();
    let verdict = match check.trust() {
        Trust::Invalid => {
            let reasons: Vec<String> = check.failures.iter().map(|f| f.text(lang)).collect();
            T::AppraisalInvalid { reasons: &reasons.join(" ") }.text(lang)
        }
        _ => {
            let appraiser = check.document.as_ref().map(|d| d.appraiser.clone());
            let (name, code) = appraiser.map(|a| (a.name, a.code)).unwrap_or_default();
            T::AppraisalSound { name: &name, code: &code, fingerprint }.text(lang)
        }
    };
    let mut view = ScreenView {
        verdict,
        sound: false,
        agency: String::new(),
        items: Vec::new(),
        differences: 0,
        self_index: String::new(),
        appraised_index: String::new(),
    };
    let Some(appraisal) = state.sound() else { return Some(view) };
    let Some(set) = known.iter().find(|s| crate::answers::CriteriaRef::of(s) == appraisal.criteria) else {
        return Some(view);
    };
    let Some(score) = state.score.as_ref().and_then(|s| score_document(s.text.as_bytes()).ok()) else {
        return Some(view);
    };
    let compared = compare(set, &score, appraisal);
    view.sound = true;
    view.agency = format!("{}, {}", agency_label(&appraisal.agency.name, &appraisal.agency.code), appraisal.year);
    view.differences = crate::appraisal::compare::differences(&compared);
    view.self_index = format!("{}%", lang.fixed(score.scorecard.index, set.index_places));
    view.appraised_index = format!("{}%", lang.fixed(appraisal.scorecard.index, set.index_places));
    view.items = compared
        .into_iter()
        .filter(|item| {
            set.find(&item.code).is_some_and(|id| set.node(id).leaf().is_some_and(|l| l.rule.is_self_assessed()))
        })
        .map(|item| ItemRow {
            title: set.find(&item.code).map(|id| set.node(id).title.get(lang).to_string()).unwrap_or_default(),
            self_points: lang.number(item.self_points),
            appraised_points: lang.number(item.appraised_points),
            differs: item.differs(),
            comment: item.comment.clone().unwrap_or_default(),
            disputable: appraisal.items.contains_key(&item.code),
            answer: state.answers.get(&item.code).cloned().unwrap_or_default(),
            code: item.code,
        })
        .collect();
    Some(view)
}

pub fn problem(problem: &ExplainProblem, lang: Lang) -> String {
    match problem {
        ExplainProblem::NoSoundAppraisal => T::NoSoundAppraisal.text(lang),
        ExplainProblem::Empty => T::NothingExplained.text(lang),
        ExplainProblem::Key(KeyError::WrongPassphrase) => ReviewText::WrongPassphrase.text(lang),
        ExplainProblem::Key(other) => T::Refused { reason: &other.to_string() }.text(lang),
        ExplainProblem::Clock => ReviewText::Clock.text(lang),
        ExplainProblem::Refused(reason) => T::Refused { reason }.text(lang),
    }
}
