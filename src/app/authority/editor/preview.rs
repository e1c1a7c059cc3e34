//! The set as an agency will see it: an answer typed for each item and the score computed by
//! [`crate::scoring::score`], the only place points are computed. The answers are a trial:
//! never saved, never part of the set.

use std::collections::BTreeMap;

use super::messages::EditorMsg;
use super::state::EditorState;
use crate::answers::{Agency, Answer, Draft, InputField};
use crate::criteria::{Measure, Rule};
use crate::Lang;

/// Writes what was typed into the answer of `code` (an empty value clears the input; a value
/// that does not read as its field's kind clears it too).
pub fn answer(answers: &mut BTreeMap<String, Answer>, code: &str, field: InputField, value: &str) {
    let answer = answers.entry(code.to_string()).or_default();
    let text = value.trim();
    let number = || super::apply::decimal(text).ok();
    let count = || text.parse::<i64>().ok();
    match field {
        InputField::Level => answer.level = (!text.is_empty()).then(|| text.to_string()),
        InputField::Pass => answer.pass = text.parse::<bool>().ok(),
        InputField::Numerator => answer.numerator = count(),
        InputField::Denominator => answer.denominator = count(),
        InputField::Percent => answer.percent = number(),
        InputField::Count => answer.count = count(),
        InputField::Points => answer.points = number(),
        InputField::Justification => answer.justification = (!text.is_empty()).then(|| value.to_string()),
    }
}

/// One input of an item in the preview; `options` for a choice (value, label).
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewInput {
    pub field: InputField,
    pub id: String,
    pub label: String,
    pub value: String,
    pub options: Option<Vec<(String, String)>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    pub code: String,
    pub title: String,
    pub inputs: Vec<PreviewInput>,
    /// "7,5 / 10"
    pub points: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PreviewView {
    pub rows: Vec<PreviewRow>,
    pub total: String,
}

/// The preview of a valid set; `None` while it has problems.
pub fn preview(state: &EditorState, lang: Lang) -> Option<PreviewView> {
    let set = state.valid.as_ref()?;
    let agency = Agency { name: String::new(), code: String::new(), level: set.level };
    let mut draft = Draft::new(set, agency, set.year);
    draft.answers = state.preview.clone();
    let card = crate::scoring::score(set, &draft);
    let rows = set
        .leaves()
        .filter_map(|id| {
            let node = set.node(id);
            let leaf = node.leaf()?;
            let given = state.preview.get(&node.code).cloned().unwrap_or_default();
            let input = |field: InputField, value: String, options: Option<Vec<(String, String)>>| PreviewInput {
                field,
                id: format!("ed-preview-{}-{}", node.code.replace('.', "-"), field.name()),
                label: field.label(lang).to_string(),
                value,
                options,
            };
            let shown = |d: Option<crate::Decimal>| d.map(|d| lang.number(d)).unwrap_or_default();
            let whole = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
            let none = (String::new(), EditorMsg::Choose.text(lang));
            let inputs = match &leaf.rule {
                Rule::Levels(levels) => {
                    let options = std::iter::once(none)
                        .chain(levels.iter().map(|l| (l.id.clone(), l.label.get(lang).to_string())));
                    vec![input(InputField::Level, given.level.unwrap_or_default(), Some(options.collect()))]
                }
                Rule::PassFail { .. } => {
                    let options = vec![
                        none,
                        ("true".into(), EditorMsg::Passed.text(lang)),
                        ("false".into(), EditorMsg::Failed.text(lang)),
                    ];
                    vec![input(InputField::Pass, given.pass.map(|p| p.to_string()).unwrap_or_default(), Some(options))]
                }
                Rule::Bands { measure, .. } | Rule::Proportional { measure, .. } => match measure {
                    Measure::Ratio { .. } => vec![
                        input(InputField::Numerator, whole(given.numerator), None),
                        input(InputField::Denominator, whole(given.denominator), None),
                    ],
                    Measure::Percent { .. } => vec![input(InputField::Percent, shown(given.percent), None)],
                },
                Rule::Deduction { .. } | Rule::PerCount { .. } => {
                    vec![input(InputField::Count, whole(given.count), None)]
                }
                Rule::Manual { .. } => vec![
                    input(InputField::Points, shown(given.points), None),
                    input(InputField::Justification, given.justification.unwrap_or_default(), None),
                ],
                Rule::Survey { percent: Some(_), .. } => vec![input(InputField::Percent, shown(given.percent), None)],
                Rule::Survey { .. } => vec![input(InputField::Points, shown(given.points), None)],
            };
            let score = card.nodes.get(id)?;
            let points = format!("{} / {}", lang.number(score.points), lang.number(score.max));
            Some(PreviewRow { code: node.code.clone(), title: node.title.get(lang).to_string(), inputs, points })
        })
        .collect();
    let totals = &card.totals;
    let total = EditorMsg::PreviewTotal {
        total: &lang.number(totals.total),
        scale: &lang.number(totals.scale),
        index: &lang.number(totals.index),
    }
    .text(lang);
    Some(PreviewView { rows, total })
}
