//! The fields of the editor's forms, each with the place the validator names when it finds a
//! problem there, so that a problem is shown next to the field it concerns.

use super::tree::NodePath;
use crate::sheet::layout::InfoField;

/// One end of an interval, or whether it belongs to the interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Lo,
    LoInclusive,
    /// Empty for no upper bound.
    Hi,
    HiInclusive,
}

/// The kinds of rule (thang điểm) an official picks from, in the order the form lists them.
pub const RULE_KINDS: [&str; 8] =
    ["levels", "pass_fail", "bands", "proportional", "deduction", "per_count", "manual", "survey"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeField {
    Code,
    TitleVi,
    TitleEn,
    Max,
    Evidence,
    ExplainIfMissing,
    Guidance,
    /// One of [`RULE_KINDS`].
    RuleKind,
    LevelId(usize),
    LevelLabel(usize),
    LevelPoints(usize),
    PassLabel,
    FailLabel,
    /// "percent" (typed directly) or "ratio" (two counts).
    MeasureKind,
    Numerator,
    Denominator,
    PercentLabel,
    RuleBand(usize, Edge),
    RuleBandPoints(usize),
    IfNone,
    Places,
    /// "half_up", "down" or "up".
    Rounding,
    PerFault,
    Fault,
    PerItem,
    Item,
    Step,
    Respondents,
    /// Whether a survey's result comes as a percent of the maximum.
    SurveyPercent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandField {
    Id,
    TitleVi,
    TitleEn,
    Range(Edge),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateField {
    Id,
    Title,
    /// "measure" (a leaf's measured value) or "index" (a node's index).
    Operand,
    Code,
    Range(Edge),
    Cap,
    Source,
}

/// Any field of the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// A detail of the set, named as the "Thông tin" sheet names it; [`InfoField::Title`] is the
    /// Vietnamese title.
    Meta(InfoField),
    /// The English title, which shares the title's row in the sheet.
    TitleEn,
    Band(usize, BandField),
    Gate(usize, GateField),
    Node(NodePath, NodeField),
}

impl Field {
    /// The node the field belongs to, if any.
    pub fn node(&self) -> Option<&NodePath> {
        match self {
            Field::Node(path, _) => Some(path),
            _ => None,
        }
    }

    /// Where the validator says a problem of this field is: for a node's field the part after
    /// the node (`max`, `rule.levels[1].points`), for the set's fields the whole place
    /// (`decision.date`, `bands[2]`, `gates[0].cap`).
    pub fn place(&self) -> String {
        match self {
            Field::Meta(field) => field.place().into(),
            Field::TitleEn => "title.en".into(),
            Field::Band(i, BandField::Id) => format!("bands[{i}].id"),
            Field::Band(i, BandField::TitleVi | BandField::TitleEn) => format!("bands[{i}].title"),
            Field::Band(i, BandField::Range(_)) => format!("bands[{i}]"),
            Field::Gate(i, field) => match field {
                GateField::Id => format!("gates[{i}].id"),
                GateField::Title => format!("gates[{i}].title"),
                GateField::Operand | GateField::Range(_) => format!("gates[{i}].when"),
                GateField::Code => format!("gates[{i}].when.code"),
                GateField::Cap => format!("gates[{i}].cap"),
                GateField::Source => format!("gates[{i}].source"),
            },
            Field::Node(_, field) => node_place(field),
        }
    }
}

fn node_place(field: &NodeField) -> String {
    use NodeField::*;
    match field {
        Code => "code".into(),
        TitleVi => "title.vi".into(),
        TitleEn => "title.en".into(),
        Max => "max".into(),
        Evidence | ExplainIfMissing => "evidence".into(),
        Guidance => "guidance".into(),
        RuleKind => "rule".into(),
        LevelId(i) => format!("rule.levels[{i}].id"),
        LevelLabel(i) => format!("rule.levels[{i}].label"),
        LevelPoints(i) => format!("rule.levels[{i}].points"),
        PassLabel | FailLabel => "rule.pass".into(),
        MeasureKind | Numerator | Denominator | PercentLabel => "rule.measure".into(),
        RuleBand(i, _) => format!("rule.bands[{i}]"),
        RuleBandPoints(i) => format!("rule.bands[{i}].points"),
        IfNone => "rule.if_none".into(),
        Places | SurveyPercent => "rule.places".into(),
        Rounding => "rule.rounding".into(),
        PerFault | Fault => "rule.per_fault".into(),
        PerItem | Item => "rule.per_item".into(),
        Step => "rule.step".into(),
        Respondents => "rule.respondents".into(),
    }
}

/// Whether a problem at `problem` (same form as [`Field::place`]) is shown at a field placed at
/// `field`: the same place, or a place inside it (`rule.bands[1].points` inside `rule.bands[1]`).
pub fn within(problem: &str, field: &str) -> bool {
    problem == field || problem.strip_prefix(field).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}
