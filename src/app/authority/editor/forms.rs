//! The editor's forms as the page shows them: each field with its label, value, kind of input,
//! id, and the problems said next to it; what no field shows is said above the form.

use super::apply::{band_value, gate_value, meta_value};
use super::fields::{within, BandField, Edge, Field, GateField, NodeField, RULE_KINDS};
use super::messages::EditorMsg;
use super::node_values::{node_value, rule_rows};
use super::state::EditorState;
use super::tree;
use crate::criteria::raw::{Measure, RawNode, RawRule};
use crate::sheet::layout::InfoField;
use crate::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Text,
    Number,
    /// On or off ("true"/"false").
    Flag,
    /// One of these (value, label).
    Choice(Vec<(String, String)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    pub field: Field,
    /// The element's id: stable, for labels, problems and tests.
    pub id: String,
    pub label: String,
    pub value: String,
    pub input: Input,
    pub problems: Vec<String>,
}

/// The selected node's form.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeForm {
    pub heading: String,
    pub fields: Vec<FieldView>,
    /// A rule's levels or bands: a heading and the row's fields.
    pub rows: Vec<(String, Vec<FieldView>)>,
    /// The label of the button that adds a level or band, when the rule has such rows.
    pub add_row: Option<String>,
    /// Problems of the node that no field shows.
    pub general: Vec<String>,
    pub group: bool,
}

/// "RuleBand(0, Lo)" → "ed-ruleband-0-lo": ids that say which field they are.
fn id_of(prefix: &str, debug: String) -> String {
    let slug: String =
        debug.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let slug = slug.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-");
    format!("ed-{prefix}{slug}")
}

fn choice<'a>(
    values: impl IntoIterator<Item = &'a str>,
    label: impl Fn(&'a str) -> EditorMsg<'a>,
    lang: Lang,
) -> Input {
    Input::Choice(values.into_iter().map(|v| (v.to_string(), label(v).text(lang))).collect())
}

fn view(
    state: &EditorState,
    field: Field,
    id: String,
    label: EditorMsg,
    value: String,
    input: Input,
    lang: Lang,
) -> FieldView {
    let (value, problems) = match state.typed.iter().find(|(f, _, _)| f == &field) {
        Some((_, typed, problem)) => {
            let msg = match problem {
                super::apply::InputProblem::NotAWholeNumber => EditorMsg::NotAWholeNumber,
                _ => EditorMsg::NotANumber,
            };
            (typed.clone(), vec![msg.text(lang)])
        }
        None => (value, Vec::new()),
    };
    FieldView { field, id, label: label.text(lang), value, input, problems }
}

/// Gives each problem to the field whose place holds it most closely (the first such field);
/// returns the problems no field shows.
fn assign<'a>(fields: &mut [&mut FieldView], problems: impl Iterator<Item = (&'a str, String)>) -> Vec<String> {
    let places: Vec<String> = fields.iter().map(|f| f.field.place()).collect();
    let mut general = Vec::new();
    for (place, text) in problems {
        let best =
            (0..places.len()).filter(|&i| within(place, &places[i])).max_by_key(|&i| (places[i].len(), usize::MAX - i));
        match best {
            Some(i) => fields[i].problems.push(text),
            None => general.push(text),
        }
    }
    general
}

pub fn node_form(state: &EditorState, lang: Lang) -> Option<NodeForm> {
    let (doc, path) = (state.doc.as_ref()?, state.selected.as_ref()?);
    let node = tree::node(&doc.raw, path)?;
    let group = node.children.is_some();
    // A field's label is the field's own (`EditorMsg::Field`).
    let field = |f: NodeField, input: Input| {
        let id = id_of("", format!("{f:?}"));
        let value = node_value(node, &f);
        view(state, Field::Node(path.clone(), f.clone()), id, EditorMsg::Field(f), value, input, lang)
    };
    use NodeField as F;
    let mut fields = vec![
        field(F::Code, Input::Text),
        field(F::TitleVi, Input::Text),
        field(F::TitleEn, Input::Text),
        field(F::Max, Input::Number),
    ];
    let mut rows = Vec::new();
    let mut add_row = None;
    if !group {
        fields.push(field(F::Evidence, Input::Text));
        fields.push(field(F::ExplainIfMissing, Input::Flag));
        fields.push(field(F::RuleKind, choice(RULE_KINDS, EditorMsg::Kind, lang)));
        if let Some(rule) = &node.rule {
            rule_fields(rule, &field, lang, &mut fields);
            for i in 0..rule_rows(node) {
                rows.push(rule_row(rule, i, &field, lang));
            }
            add_row = match rule {
                RawRule::Levels { .. } => Some(EditorMsg::AddLevel.text(lang)),
                RawRule::Bands { .. } => Some(EditorMsg::AddRuleBand.text(lang)),
                _ => None,
            };
        }
    }
    fields.push(field(F::Guidance, Input::Text));
    let problems = state
        .problems
        .iter()
        .filter(|p| p.node.as_ref() == Some(path))
        .map(|p| (p.place.as_str(), p.error.message_in(lang)));
    let mut all: Vec<&mut FieldView> =
        fields.iter_mut().chain(rows.iter_mut().flat_map(|(_, r)| r.iter_mut())).collect();
    let general = assign(&mut all, problems);
    let code = if node.code.is_empty() { "…" } else { &node.code };
    Some(NodeForm { heading: EditorMsg::NodeHeading { code }.text(lang), fields, rows, add_row, general, group })
}

fn rule_fields(rule: &RawRule, field: &dyn Fn(NodeField, Input) -> FieldView, lang: Lang, out: &mut Vec<FieldView>) {
    use NodeField as F;
    let measure = |measure: &Measure, out: &mut Vec<FieldView>| {
        let kinds = [("percent", EditorMsg::MeasurePercent), ("ratio", EditorMsg::MeasureRatio)];
        let kinds = Input::Choice(kinds.into_iter().map(|(v, m)| (v.to_string(), m.text(lang))).collect());
        out.push(field(F::MeasureKind, kinds));
        match measure {
            Measure::Percent { .. } => out.push(field(F::PercentLabel, Input::Text)),
            Measure::Ratio { .. } => {
                out.push(field(F::Numerator, Input::Text));
                out.push(field(F::Denominator, Input::Text));
            }
        }
    };
    let rounding = || choice(["half_up", "down", "up"], EditorMsg::RoundingName, lang);
    match rule {
        RawRule::Manual { .. } => out.push(field(F::Step, Input::Number)),
        RawRule::PassFail { .. } => {
            out.push(field(F::PassLabel, Input::Text));
            out.push(field(F::FailLabel, Input::Text));
        }
        RawRule::Bands { measure: m, .. } => {
            measure(m, out);
            out.push(field(F::IfNone, Input::Number));
        }
        RawRule::Proportional { measure: m, .. } => {
            measure(m, out);
            out.push(field(F::Places, Input::Number));
            out.push(field(F::Rounding, rounding()));
            out.push(field(F::IfNone, Input::Number));
        }
        RawRule::Deduction { .. } => {
            out.push(field(F::PerFault, Input::Number));
            out.push(field(F::Fault, Input::Text));
        }
        RawRule::PerCount { .. } => {
            out.push(field(F::PerItem, Input::Number));
            out.push(field(F::Item, Input::Text));
        }
        RawRule::Survey { percent, .. } => {
            out.push(field(F::Respondents, Input::Text));
            out.push(field(F::SurveyPercent, Input::Flag));
            if percent.is_some() {
                out.push(field(F::Places, Input::Number));
            }
        }
        RawRule::Levels { .. } => {}
    }
}

fn rule_row(
    rule: &RawRule,
    i: usize,
    field: &dyn Fn(NodeField, Input) -> FieldView,
    lang: Lang,
) -> (String, Vec<FieldView>) {
    use NodeField as F;
    match rule {
        RawRule::Levels { .. } => (
            EditorMsg::LevelRow(i).text(lang),
            vec![
                field(F::LevelLabel(i), Input::Text),
                field(F::LevelPoints(i), Input::Number),
                field(F::LevelId(i), Input::Text),
            ],
        ),
        _ => (
            EditorMsg::BandRow(i).text(lang),
            vec![
                field(F::RuleBand(i, Edge::Lo), Input::Number),
                field(F::RuleBand(i, Edge::LoInclusive), Input::Flag),
                field(F::RuleBand(i, Edge::Hi), Input::Number),
                field(F::RuleBand(i, Edge::HiInclusive), Input::Flag),
                field(F::RuleBandPoints(i), Input::Number),
            ],
        ),
    }
}

/// The set's own forms: its details, result bands, gates and the caps of its bonus and penalty.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SetForms {
    pub meta: Vec<FieldView>,
    pub bands: Vec<Vec<FieldView>>,
    pub gates: Vec<Vec<FieldView>>,
    pub bonus_cap: Option<FieldView>,
    pub penalty_cap: Option<FieldView>,
    /// Problems of the set that no field shows (such as "no result band yet").
    pub general: Vec<String>,
}

pub fn set_forms(state: &EditorState, lang: Lang) -> SetForms {
    let Some(doc) = state.doc.as_ref() else { return SetForms::default() };
    let raw = &doc.raw;
    let meta_field = |m: InfoField, label: EditorMsg, input: Input| {
        view(state, Field::Meta(m), id_of("meta-", format!("{m:?}")), label, meta_value(raw, m), input, lang)
    };
    let title_en = raw.title.en.clone().unwrap_or_default();
    use InfoField as M;
    let levels = ["department", "commune", "province", "district", "ministry", "training"];
    let meta = vec![
        meta_field(M::Title, EditorMsg::SetTitle, Input::Text),
        view(
            state,
            Field::TitleEn,
            id_of("meta-", "TitleEn".into()),
            EditorMsg::SetTitleEn,
            title_en,
            Input::Text,
            lang,
        ),
        meta_field(M::DecisionNumber, EditorMsg::DecisionNumber, Input::Text),
        meta_field(M::DecisionDate, EditorMsg::DecisionDate, Input::Text),
        meta_field(M::Issuer, EditorMsg::Issuer, Input::Text),
        meta_field(M::Level, EditorMsg::Level, choice(levels, EditorMsg::LevelName, lang)),
        meta_field(M::Year, EditorMsg::Year, Input::Number),
        meta_field(M::Scale, EditorMsg::Scale, Input::Number),
        meta_field(M::Id, EditorMsg::SetId, Input::Text),
        meta_field(M::Version, EditorMsg::Version, Input::Text),
        meta_field(
            M::Provenance,
            EditorMsg::ProvenanceStatus,
            choice(["verified", "inferred", "demonstration"], EditorMsg::ProvenanceName, lang),
        ),
        meta_field(M::ProvenanceNote, EditorMsg::ProvenanceSource, Input::Text),
    ];
    let bands = (0..raw.bands.len())
        .map(|i| {
            let f = |b: BandField, label: EditorMsg, input: Input| {
                let value = band_value(&raw.bands[i], b);
                view(
                    state,
                    Field::Band(i, b),
                    id_of(&format!("band-{i}-"), format!("{b:?}")),
                    label,
                    value,
                    input,
                    lang,
                )
            };
            vec![
                f(BandField::TitleVi, EditorMsg::BandTitle, Input::Text),
                f(BandField::Id, EditorMsg::BandId, Input::Text),
                f(BandField::Range(Edge::Lo), EditorMsg::From, Input::Number),
                f(BandField::Range(Edge::LoInclusive), EditorMsg::EdgeIncluded, Input::Flag),
                f(BandField::Range(Edge::Hi), EditorMsg::To, Input::Number),
                f(BandField::Range(Edge::HiInclusive), EditorMsg::EdgeIncluded, Input::Flag),
                f(BandField::TitleEn, EditorMsg::BandTitleEn, Input::Text),
            ]
        })
        .collect();
    let gates = (0..raw.gates.len())
        .map(|i| {
            let f = |g: GateField, label: EditorMsg, input: Input| {
                let value = gate_value(&raw.gates[i], g);
                view(
                    state,
                    Field::Gate(i, g),
                    id_of(&format!("gate-{i}-"), format!("{g:?}")),
                    label,
                    value,
                    input,
                    lang,
                )
            };
            let operands = Input::Choice(vec![
                ("measure".into(), EditorMsg::OperandMeasure.text(lang)),
                ("index".into(), EditorMsg::OperandIndex.text(lang)),
            ]);
            vec![
                f(GateField::Title, EditorMsg::GateTitle, Input::Text),
                f(GateField::Id, EditorMsg::GateId, Input::Text),
                f(GateField::Operand, EditorMsg::GateOperand, operands),
                f(GateField::Code, EditorMsg::GateCode, Input::Text),
                f(GateField::Range(Edge::Lo), EditorMsg::From, Input::Number),
                f(GateField::Range(Edge::LoInclusive), EditorMsg::EdgeIncluded, Input::Flag),
                f(GateField::Range(Edge::Hi), EditorMsg::To, Input::Number),
                f(GateField::Range(Edge::HiInclusive), EditorMsg::EdgeIncluded, Input::Flag),
                f(GateField::Cap, EditorMsg::GateCap, Input::Text),
                f(GateField::Source, EditorMsg::GateSource, Input::Text),
            ]
        })
        .collect();
    let cap = |m: InfoField, present: bool| present.then(|| meta_field(m, EditorMsg::BlockCap, Input::Number));
    let mut forms = SetForms {
        meta,
        bands,
        gates,
        bonus_cap: cap(M::BonusCap, raw.bonus.is_some()),
        penalty_cap: cap(M::PenaltyCap, raw.penalty.is_some()),
        general: Vec::new(),
    };
    let problems =
        state.problems.iter().filter(|p| p.node.is_none()).map(|p| (p.place.as_str(), p.error.message_in(lang)));
    let SetForms { meta, bands, gates, bonus_cap, penalty_cap, .. } = &mut forms;
    let mut all: Vec<&mut FieldView> = meta
        .iter_mut()
        .chain(bands.iter_mut().flatten())
        .chain(gates.iter_mut().flatten())
        .chain(bonus_cap.iter_mut())
        .chain(penalty_cap.iter_mut())
        .collect();
    forms.general = assign(&mut all, problems);
    forms
}

/// How many rows of the tree a node counts, itself included (for the deletion's question).
pub fn subtree_rows(node: &RawNode) -> usize {
    1 + node.children.iter().flatten().map(subtree_rows).sum::<usize>()
}
