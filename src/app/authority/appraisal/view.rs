//! What the appraisal screen shows for the open round, worded in the user's language. Every
//! figure is read from scorecards `scoring::score` made; the components only render these rows.

use super::messages::AppraisalText as T;
use super::round::{appraisable, Appraisal};
use super::work::{scorecards, Decision, ItemWork};
use super::{AppraisalState, Notice};
use crate::answers::{agency_label, Answer, InputField};
use crate::app::authority::received::{ReceivedFile, Verdict};
use crate::app::authority::view::Tone;
use crate::app::authority::KeyBook;
use crate::app::report::evidence_line;
use crate::app::review_text::ReviewText;
use crate::app::typed::{fields_of, TypedAnswer};
use crate::appraisal::document::appraised_draft;
use crate::appraisal::Trust;
use crate::criteria::{CriteriaSet, Rule};
use crate::file_name::file_name;
use crate::i18n::Bilingual;
use crate::scoring::explain::explain;
use crate::scoring::{self, Scorecard};
use crate::Lang;

/// A received file the council can appraise, or a round already started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub file: String,
    pub agency: String,
    /// The round's score-file SHA-256 when started (then it reopens).
    pub started: Option<String>,
    /// Where the round stands, in words.
    pub status: String,
}

/// How the council decided an item, for the buttons' state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    Pending,
    Agreed,
    Entered,
}

/// One input of the appraised answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputRow {
    pub field: InputField,
    pub label: String,
    /// The level choices (id, label with points) for a level input.
    pub levels: Vec<(String, String)>,
    pub text: String,
}

/// The council's (or the final) decision on one item, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionRow {
    pub kind: DecisionKind,
    pub inputs: Vec<InputRow>,
    pub comment: String,
    pub answer: String,
    pub points: String,
    /// The core's problem with the entered answer, located.
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRow {
    pub code: String,
    pub title: String,
    pub max: String,
    pub self_answer: String,
    pub self_points: String,
    pub evidence: Vec<String>,
    pub note: String,
    pub decision: DecisionRow,
    pub differs: bool,
    /// The agency's explanation of this item, with its evidence.
    pub explained: Option<(String, Vec<String>)>,
    /// The final decision, on disputed items once an explanation is in.
    pub final_decision: Option<DecisionRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundView {
    pub agency: String,
    pub file: String,
    pub items: Vec<ItemRow>,
    pub differences: usize,
    pub pending: usize,
    pub self_total: String,
    pub appraised_total: String,
    pub final_total: Option<String>,
    pub signed: bool,
    pub file_name: String,
    pub final_file_name: String,
    pub final_signed: bool,
    /// The explanation's file, how its verdict looks (only a verified one is green) and why.
    pub explanation: Option<(String, Tone, String)>,
}

/// Valid received files first (a round not started yet), then the rounds kept.
pub fn candidates(
    state: &AppraisalState,
    files: &[std::rc::Rc<ReceivedFile>],
    keys: &KeyBook,
    lang: Lang,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = state
        .rounds
        .iter()
        .map(|round| Candidate {
            file: round.subject.file_name.clone(),
            agency: agency(round),
            started: Some(round.subject.hash.clone()),
            status: stage(round).text(lang),
        })
        .collect();
    for file in files.iter().filter(|f| matches!(f.verdict(keys), Verdict::Valid { .. })) {
        if out.iter().any(|c| c.file == file.name) {
            continue;
        }
        let agency = file.report.as_ref().and_then(|r| r.agency.as_ref()).map(|a| agency_label(&a.name, &a.code));
        out.push(Candidate {
            file: file.name.clone(),
            agency: agency.unwrap_or_default(),
            started: None,
            status: T::NotStarted.text(lang),
        });
    }
    out
}

fn agency(round: &Appraisal) -> String {
    let a = &round.subject.score.agency;
    format!("{}, {}", agency_label(&a.name, &a.code), round.subject.score.year)
}

fn stage(round: &Appraisal) -> T<'static> {
    match (&round.signed, &round.explanation, &round.final_signed) {
        (_, _, Some(_)) => T::StageFinal,
        (Some(_), Some(_), None) => T::StageExplained,
        (Some(_), None, None) => T::StageSigned,
        (None, _, _) => T::StageInProgress,
    }
}

pub fn notice(state: &AppraisalState, lang: Lang) -> Option<String> {
    Some(match state.notice.as_ref()? {
        Notice::NotAppraisable { file } => T::NotAppraisable { file }.text(lang),
        Notice::SignFirst => T::SignFirst.text(lang),
        Notice::ExplanationUnreadable { file, reason } => ReviewText::Unreadable { file, reason }.text(lang),
    })
}

/// The open round, or `None` when none is open or its set is not loaded yet.
pub fn round_view(round: &Appraisal, known: &[CriteriaSet], lang: Lang) -> Option<RoundView> {
    let set = round.subject.set(known)?;
    let (own, appraised) = scorecards(set, &round.subject, &round.items);
    let disputed = round.explanation.as_ref().map(|e| e.disputed()).unwrap_or_default();
    let final_card = (!disputed.is_empty())
        .then(|| scoring::score(set, &appraised_draft(&round.subject.score, &round.final_items(set))));
    let explained = round.explanation.as_ref().and_then(|e| e.check.document.as_ref()).map(|d| &d.items);
    let items: Vec<ItemRow> = appraisable(set)
        .into_iter()
        .filter_map(|code| {
            let id = set.find(&code)?;
            let node = set.node(id);
            let own_answer = round.subject.self_answer(&code);
            let differs = own.nodes[id].points != appraised.nodes[id].points;
            let work = round.items.get(&code).cloned().unwrap_or_default();
            let final_decision = match (&final_card, disputed.contains(&code)) {
                (Some(card), true) => Some(decision_row(
                    set,
                    card,
                    id,
                    &round.finals.get(&code).cloned().unwrap_or_default(),
                    own_answer,
                    lang,
                )),
                _ => None,
            };
            Some(ItemRow {
                title: node.title.get(lang).to_string(),
                max: lang.number(node.max),
                self_answer: explain(set, &own, id, lang).inputs.join("; "),
                self_points: lang.number(own.nodes[id].points),
                evidence: own_answer
                    .map(|a| a.evidence.iter().map(|e| evidence_line(lang, e)).collect())
                    .unwrap_or_default(),
                note: own_answer.and_then(|a| a.note.clone()).unwrap_or_default(),
                decision: decision_row(set, &appraised, id, &work, own_answer, lang),
                differs,
                explained: explained
                    .and_then(|items| items.get(&code))
                    .map(|item| (item.text.clone(), item.evidence.iter().map(|e| evidence_line(lang, e)).collect())),
                final_decision,
                code,
            })
        })
        .collect();
    let pending = items.iter().filter(|i| i.decision.kind == DecisionKind::Pending).count();
    let explanation = round.explanation.as_ref().map(|e| {
        let (tone, verdict) = match e.check.trust() {
            Trust::Verified => (Tone::Valid, T::ExplanationVerified),
            Trust::SignatureOnly => (Tone::Warning, T::ExplanationUnverified),
            Trust::Invalid => (Tone::Invalid, T::ExplanationInvalid),
        };
        let reasons: Vec<String> = e.check.failures.iter().map(|f| f.text(lang)).collect();
        (e.file_name.clone(), tone, format!("{} {}", verdict.text(lang), reasons.join(" ")).trim().to_string())
    });
    let code = &round.subject.score.agency.code;
    Some(RoundView {
        agency: agency(round),
        file: round.subject.file_name.clone(),
        differences: items.iter().filter(|i| i.differs).count(),
        pending,
        self_total: total(set, &own, lang),
        appraised_total: total(set, &appraised, lang),
        final_total: final_card.as_ref().map(|card| total(set, card, lang)),
        signed: round.signed.is_some(),
        file_name: file_name(&format!("{}-{}", code.trim(), round.subject.score.year), ".appraisal.json"),
        final_file_name: final_file_name(round),
        final_signed: round.final_signed.is_some(),
        explanation,
        items,
    })
}

/// "81,00% — Khá (81 / 100 điểm)"
fn total(set: &CriteriaSet, card: &Scorecard, lang: Lang) -> String {
    let band = card.band.as_ref().and_then(|b| set.bands.get(b.band)).map(|b| b.title.get(lang).to_string());
    T::Total {
        index: &lang.fixed(card.totals.index, set.index_places),
        band: &band.unwrap_or_else(|| T::NoBand.text(lang)),
        points: &lang.number(card.totals.total),
        scale: &lang.number(card.totals.scale),
    }
    .text(lang)
}

fn decision_row(
    set: &CriteriaSet,
    card: &Scorecard,
    id: usize,
    work: &ItemWork,
    own: Option<&Answer>,
    lang: Lang,
) -> DecisionRow {
    let node = set.node(id);
    let rule = node.leaf().map(|l| &l.rule);
    let (kind, typed) = match &work.decision {
        Decision::Pending => (DecisionKind::Pending, None),
        Decision::Agreed => (DecisionKind::Agreed, None),
        Decision::Entered(typed) => (DecisionKind::Entered, Some(typed.clone())),
    };
    let shown = typed.clone().unwrap_or_else(|| own.map(|a| TypedAnswer::from_answer(a, lang)).unwrap_or_default());
    let inputs = rule.map(|rule| inputs(rule, &shown, lang)).unwrap_or_default();
    let problem = typed.and_then(|_| card.problems.iter().find(|p| p.code() == node.code)).map(|p| p.message(lang));
    DecisionRow {
        kind,
        inputs,
        comment: work.comment.clone(),
        answer: explain(set, card, id, lang).inputs.join("; "),
        points: lang.number(card.nodes[id].points),
        problem,
    }
}

fn inputs(rule: &Rule, typed: &TypedAnswer, lang: Lang) -> Vec<InputRow> {
    fields_of(rule)
        .into_iter()
        .map(|field| InputRow {
            field,
            label: T::Field(field).text(lang),
            levels: match rule {
                Rule::Levels(levels) => levels
                    .iter()
                    .map(|l| (l.id.clone(), format!("{} — {}", l.label.get(lang), lang.number(l.points))))
                    .collect(),
                _ => Vec::new(),
            },
            text: typed.text(field).to_string(),
        })
        .collect()
}

/// The name the final appraisal of `round` is downloaded under.
pub fn final_file_name(round: &Appraisal) -> String {
    let score = &round.subject.score;
    file_name(&format!("{}-{}", score.agency.code.trim(), score.year), ".final-appraisal.json")
}
