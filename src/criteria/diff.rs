//! [`diff`]: what changed between two versions of a criteria set, node by node (matched by
//! code): nodes added, removed, and changed in title, maximum, rule, evidence or survey flag.

use super::model::{CriteriaSet, EvidenceSpec, Node, NodeKind, Part, Rule};
use crate::decimal::Decimal;
use crate::i18n::Bilingual;
use crate::{Lang, Text};

/// The differences between an old and a new set. Nodes keep the order of the set they are in:
/// added and changed ones the new set's, removed ones the old set's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetDiff {
    pub added: Vec<NodeSummary>,
    pub removed: Vec<NodeSummary>,
    pub changed: Vec<NodeChange>,
}

/// A node as the diff lists it: code, title and points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSummary {
    pub code: String,
    pub title: Text,
    pub max: Decimal,
    pub part: Part,
    /// A leaf scored by the sociological survey.
    pub survey: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeChange {
    /// The node in the new set.
    pub node: NodeSummary,
    pub changes: Vec<Change>,
}

/// One field of a node that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Title {
        old: Text,
        new: Text,
    },
    Max {
        old: Decimal,
        new: Decimal,
    },
    /// The scoring rule; `None` on a group (a leaf became a group, or the other way round). The
    /// maxima are the node's, which the rule's points are read against.
    Rule {
        old: Option<Box<Rule>>,
        new: Option<Box<Rule>>,
        old_max: Decimal,
        new_max: Decimal,
    },
    Evidence {
        old: Option<EvidenceSpec>,
        new: Option<EvidenceSpec>,
    },
    Survey {
        old: bool,
        new: bool,
    },
}

impl SetDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn rule(node: &Node) -> Option<&Rule> {
    node.leaf().map(|l| &l.rule)
}

fn summary(node: &Node) -> NodeSummary {
    NodeSummary {
        code: node.code.clone(),
        title: node.title.clone(),
        max: node.max,
        part: node.part,
        survey: matches!(rule(node), Some(Rule::Survey { .. })),
    }
}

/// Compares `old` and `new` node by node. Pure: the same two sets always give the same diff.
pub fn diff(old: &CriteriaSet, new: &CriteriaSet) -> SetDiff {
    let added = new.nodes.iter().filter(|n| old.find(&n.code).is_none()).map(summary).collect();
    let removed = old.nodes.iter().filter(|n| new.find(&n.code).is_none()).map(summary).collect();
    let changed = new
        .nodes
        .iter()
        .filter_map(|n| {
            let before = old.node(old.find(&n.code)?);
            let changes = changes(before, n);
            (!changes.is_empty()).then(|| NodeChange { node: summary(n), changes })
        })
        .collect();
    SetDiff { added, removed, changed }
}

fn changes(old: &Node, new: &Node) -> Vec<Change> {
    let mut changes = Vec::new();
    if old.title != new.title {
        changes.push(Change::Title { old: old.title.clone(), new: new.title.clone() });
    }
    if old.max != new.max {
        changes.push(Change::Max { old: old.max, new: new.max });
    }
    let (old_survey, new_survey) = (summary(old).survey, summary(new).survey);
    if old_survey != new_survey {
        changes.push(Change::Survey { old: old_survey, new: new_survey });
    }
    if rule(old) != rule(new) {
        changes.push(Change::Rule {
            old: rule(old).cloned().map(Box::new),
            new: rule(new).cloned().map(Box::new),
            old_max: old.max,
            new_max: new.max,
        });
    }
    let evidence = |n: &Node| match &n.kind {
        NodeKind::Leaf(leaf) => leaf.evidence.clone(),
        NodeKind::Group { .. } => None,
    };
    if evidence(old) != evidence(new) {
        changes.push(Change::Evidence { old: evidence(old), new: evidence(new) });
    }
    changes
}

/// The sentences of a diff, Vietnamese first: one exhaustive match per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffMessage<'a> {
    Added(&'a NodeSummary),
    Removed(&'a NodeSummary),
    Changed(&'a NodeSummary),
    Field(&'a Change),
    /// One line of a rule in words, before or after the change.
    RuleLine {
        before: bool,
        line: &'a str,
    },
    Nothing,
}

impl Bilingual for DiffMessage<'_> {
    fn vi(&self) -> String {
        let n = |d: &Decimal| Lang::Vi.number(*d);
        let kind = |r: &Option<Box<Rule>>| r.as_ref().map_or("nhóm (không có cách chấm)", |r| kind_vi(r));
        let survey = |s: &bool| if *s { " [điều tra XHH]" } else { "" };
        match self {
            DiffMessage::Added(s) => format!("+ {} {} ({} điểm){}", s.code, s.title.vi, n(&s.max), survey(&s.survey)),
            DiffMessage::Removed(s) => format!("- {} {} ({} điểm){}", s.code, s.title.vi, n(&s.max), survey(&s.survey)),
            DiffMessage::Changed(s) => format!("~ {} {} ({} điểm)", s.code, s.title.vi, n(&s.max)),
            DiffMessage::Field(Change::Title { old, new }) => format!("    tên: \"{}\" → \"{}\"", old.vi, new.vi),
            DiffMessage::Field(Change::Max { old, new }) => format!("    điểm tối đa: {} → {}", n(old), n(new)),
            DiffMessage::Field(Change::Rule { old, new, .. }) => {
                format!("    cách chấm: {} → {}", kind(old), kind(new))
            }
            DiffMessage::Field(Change::Evidence { old, new }) => format!(
                "    tài liệu kiểm chứng: {} → {}",
                old.as_ref().map_or("(không)", |e| e.expected.vi.as_str()),
                new.as_ref().map_or("(không)", |e| e.expected.vi.as_str())
            ),
            DiffMessage::Field(Change::Survey { new, .. }) => {
                format!(
                    "    {}",
                    if *new {
                        "nay chấm bằng điều tra XHH"
                    } else {
                        "không còn chấm bằng điều tra XHH"
                    }
                )
            }
            DiffMessage::RuleLine { before, line } => {
                format!("      {} {line}", if *before { "trước:" } else { "sau:  " })
            }
            DiffMessage::Nothing => "Hai phiên bản không khác nhau ở tiêu chí nào".to_string(),
        }
    }
    fn en(&self) -> String {
        let n = |d: &Decimal| Lang::En.number(*d);
        let t = |text: &Text| text.get(Lang::En).to_string();
        let kind = |r: &Option<Box<Rule>>| r.as_ref().map_or("group (no rule)", |r| r.kind_name());
        let survey = |s: &bool| if *s { " [survey]" } else { "" };
        match self {
            DiffMessage::Added(s) => {
                format!("+ {} {} ({} points){}", s.code, t(&s.title), n(&s.max), survey(&s.survey))
            }
            DiffMessage::Removed(s) => {
                format!("- {} {} ({} points){}", s.code, t(&s.title), n(&s.max), survey(&s.survey))
            }
            DiffMessage::Changed(s) => format!("~ {} {} ({} points)", s.code, t(&s.title), n(&s.max)),
            DiffMessage::Field(Change::Title { old, new }) => format!("    title: \"{}\" → \"{}\"", t(old), t(new)),
            DiffMessage::Field(Change::Max { old, new }) => format!("    maximum: {} → {}", n(old), n(new)),
            DiffMessage::Field(Change::Rule { old, new, .. }) => format!("    rule: {} → {}", kind(old), kind(new)),
            DiffMessage::Field(Change::Evidence { old, new }) => format!(
                "    evidence: {} → {}",
                old.as_ref().map_or("(none)".to_string(), |e| t(&e.expected)),
                new.as_ref().map_or("(none)".to_string(), |e| t(&e.expected))
            ),
            DiffMessage::Field(Change::Survey { new, .. }) => {
                format!("    {}", if *new { "now scored by the survey" } else { "no longer scored by the survey" })
            }
            DiffMessage::RuleLine { before, line } => {
                format!("      {} {line}", if *before { "before:" } else { "after: " })
            }
            DiffMessage::Nothing => "The two versions differ in no node".to_string(),
        }
    }
}

/// The rule kinds as the Vietnamese decisions name them.
fn kind_vi(rule: &Rule) -> &'static str {
    match rule {
        Rule::Levels(_) => "theo mức",
        Rule::PassFail { .. } => "đạt / không đạt",
        Rule::Bands { .. } => "theo khoảng tỷ lệ",
        Rule::Proportional { .. } => "tỷ lệ × điểm tối đa",
        Rule::Deduction { .. } => "trừ điểm mỗi lỗi",
        Rule::PerCount { .. } => "cộng điểm mỗi lần",
        Rule::Manual { .. } => "tự chấm có lý do",
        Rule::Survey { .. } => "điều tra XHH",
    }
}

impl SetDiff {
    /// Every line of the diff in `lang`: added, removed, then changed nodes with their fields;
    /// a changed rule is spelled out by `describe` (the scoring's words for a rule and its max).
    pub fn lines(&self, lang: Lang, describe: impl Fn(&Rule, Decimal, Lang) -> Vec<String>) -> Vec<String> {
        if self.is_empty() {
            return vec![DiffMessage::Nothing.text(lang)];
        }
        let mut lines: Vec<String> = self.added.iter().map(|s| DiffMessage::Added(s).text(lang)).collect();
        lines.extend(self.removed.iter().map(|s| DiffMessage::Removed(s).text(lang)));
        for change in &self.changed {
            lines.push(DiffMessage::Changed(&change.node).text(lang));
            for field in &change.changes {
                lines.push(DiffMessage::Field(field).text(lang));
                if let Change::Rule { old, new, old_max, new_max } = field {
                    for (before, rule, max) in [(true, old, old_max), (false, new, new_max)] {
                        for line in rule.as_deref().map(|r| describe(r, *max, lang)).unwrap_or_default() {
                            lines.push(DiffMessage::RuleLine { before, line: &line }.text(lang));
                        }
                    }
                }
            }
        }
        lines
    }
}
