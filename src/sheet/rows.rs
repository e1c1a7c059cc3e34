//! The "Tiêu chí" sheet: one row per node, in the decision's order. The codes give the tree (a
//! row's parent is the nearest row above whose code its own extends: 1 > 1.1 > 1.1.4); a row
//! with a "Cách chấm" is a leaf. Rows after a "Điểm thưởng" or "Điểm trừ" row in the "Mã" column
//! are the bonus or penalty items.

use std::collections::HashMap;

use super::cells::{self, Cells, Header, Row};
use super::layout::*;
use super::notation;
use super::problem::{Problem, SheetProblem};
use crate::criteria::raw::{EvidenceSpec, RawNode};
use crate::Lang;

const SHEET: SheetName = SheetName::Criteria;

/// Which block a row belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Main,
    Bonus,
    Penalty,
}

/// The nodes read, by block, and where each came from.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub nodes: Vec<RawNode>,
    /// `None` when the sheet has no marker row for the block.
    pub bonus: Option<Vec<RawNode>>,
    pub penalty: Option<Vec<RawNode>>,
    /// Row of each node by code, and by the validator's path ("nodes[0].children[2]").
    pub by_code: HashMap<String, u32>,
    pub by_path: HashMap<String, u32>,
    pub bonus_row: Option<u32>,
    pub penalty_row: Option<u32>,
}

struct Entry {
    node: RawNode,
    row: u32,
    leaf: bool,
    children: Vec<usize>,
}

/// Reads the sheet; `None` when some cell could not be read.
pub fn read(rows: &[Row], problems: &mut Vec<SheetProblem>) -> Option<Tree> {
    let before = problems.len();
    let mut rows = rows.iter().filter(|r| !r.is_empty());
    let Some(header_row) = rows.next() else {
        problems.push(SheetProblem::new(Some(SHEET), None, Problem::MissingHeader));
        return None;
    };
    let header = Header::read(SHEET, header_row, &CRITERIA_COLUMNS, problems);
    for column in [Column::Code, Column::Title, Column::Max, Column::Rule] {
        if !header.has(column) {
            let problem = Problem::MissingColumn { column };
            problems.push(SheetProblem::new(Some(SHEET), Some(header_row.number), problem));
        }
    }
    if problems.len() > before {
        return None;
    }
    let mut tree = Tree::default();
    let mut arena: Vec<Entry> = Vec::new();
    let mut roots: [Vec<usize>; 3] = Default::default();
    let mut part = Part::Main;
    let mut open: Vec<usize> = Vec::new();
    for row in rows {
        let code = row.cell(header.index(Column::Code).unwrap_or(0)).to_string();
        let marker = [(BONUS_MARKER, "Bonus", Part::Bonus), (PENALTY_MARKER, "Penalty", Part::Penalty)]
            .into_iter()
            .find(|(vi, en, _)| is(&code, vi, en));
        if let Some((_, _, block)) = marker {
            let seen = match block {
                Part::Bonus => tree.bonus_row.replace(row.number),
                _ => tree.penalty_row.replace(row.number),
            };
            if seen.is_some() {
                problems.push(SheetProblem::at(SHEET, row.number, 0, Some(Column::Code), Problem::RepeatedBlock));
            }
            (part, open) = (block, Vec::new());
            continue;
        }
        let mut cells = Cells { sheet: SHEET, row, header: &header, problems };
        let Some(entry) = node(&mut cells) else { continue };
        while open.last().is_some_and(|&i| !code.starts_with(&format!("{}.", arena[i].node.code))) {
            open.pop();
        }
        let index = arena.len();
        match open.last() {
            Some(&parent) => arena[parent].children.push(index),
            None => roots[part as usize].push(index),
        }
        arena.push(entry);
        open.push(index);
    }
    if problems.len() > before {
        return None;
    }
    let [main, bonus, penalty] = roots;
    tree.nodes = build(&arena, &main, "nodes", &mut tree.by_code, &mut tree.by_path);
    let block =
        |tree: &mut Tree, roots: &[usize], path: &str| build(&arena, roots, path, &mut tree.by_code, &mut tree.by_path);
    if tree.bonus_row.is_some() {
        tree.bonus = Some(block(&mut tree, &bonus, "bonus.items"));
    }
    if tree.penalty_row.is_some() {
        tree.penalty = Some(block(&mut tree, &penalty, "penalty.items"));
    }
    Some(tree)
}

fn build(
    arena: &[Entry],
    ids: &[usize],
    path: &str,
    by_code: &mut HashMap<String, u32>,
    by_path: &mut HashMap<String, u32>,
) -> Vec<RawNode> {
    let mut nodes = Vec::new();
    for (i, &id) in ids.iter().enumerate() {
        let Some(entry) = arena.get(id) else { continue };
        let here = format!("{path}[{i}]");
        by_code.entry(entry.node.code.clone()).or_insert(entry.row);
        by_path.insert(here.clone(), entry.row);
        let mut node = entry.node.clone();
        if !entry.children.is_empty() || !entry.leaf {
            node.children = Some(build(arena, &entry.children, &format!("{here}.children"), by_code, by_path));
        }
        nodes.push(node);
    }
    nodes
}

fn node(c: &mut Cells) -> Option<Entry> {
    let code = c.required(Column::Code);
    let title = c.text_pair(Column::Title, Column::TitleEn);
    if title.is_none() {
        c.problem(Column::Title, Problem::Required);
    }
    let max = c.number(Column::Max);
    let rule = rule(c);
    let evidence = evidence(c);
    let guidance = c.text_pair(Column::Guidance, Column::GuidanceEn);
    let provenance = c.provenance(Column::Source, Column::SourceNote);
    let leaf = !c.text(Column::Rule).is_empty();
    let node = RawNode {
        code: code?,
        title: title?,
        max: max?,
        provenance,
        children: None,
        rule: rule?,
        evidence: evidence?,
        guidance,
    };
    Some(Entry { node, row: c.row.number, leaf, children: Vec::new() })
}

/// The rule from "Cách chấm", "Cách chấm (English)" and "Mã các mức"; `Some(None)` for a group.
fn rule(c: &mut Cells) -> Option<Option<crate::criteria::raw::RawRule>> {
    let vi = c.text(Column::Rule).to_string();
    let (en, ids) = (c.optional(Column::RuleEn), c.optional(Column::LevelIds));
    if vi.is_empty() {
        if en.is_some() {
            c.problem(Column::RuleEn, Problem::EnglishWithoutVietnamese);
            return None;
        }
        return Some(None);
    }
    let parsed = |c: &mut Cells, column: Column, text: &str| match notation::parse(text) {
        Ok(n) => Some(n),
        Err(error) => {
            c.problem(column, Problem::Notation { error });
            None
        }
    };
    let vi = parsed(c, Column::Rule, &vi);
    let en = match en {
        Some(en) => Some(parsed(c, Column::RuleEn, &en)?),
        None => None,
    };
    let ids =
        ids.map(|ids| ids.split([',', ';']).map(|id| id.trim().to_string()).filter(|id| !id.is_empty()).collect());
    match notation::merge(vi?, en, ids) {
        Ok(rule) => Some(Some(rule)),
        Err(error) => {
            let column = match error {
                notation::NotationError::LevelIds { .. } | notation::NotationError::LevelIdsWithoutLevels => {
                    Column::LevelIds
                }
                _ => Column::RuleEn,
            };
            c.problem(column, Problem::Notation { error });
            None
        }
    }
}

fn evidence(c: &mut Cells) -> Option<Option<EvidenceSpec>> {
    let expected = c.text_pair(Column::Evidence, Column::EvidenceEn);
    let typed = c.text(Column::Explain).to_string();
    let Some(explain) = cells::yes_no(&typed) else {
        c.problem(Column::Explain, Problem::YesNo { text: typed });
        return None;
    };
    match expected {
        Some(expected) => Some(Some(EvidenceSpec { expected, explain_if_missing: explain })),
        None if explain => {
            c.problem(Column::Explain, Problem::ExplainWithoutEvidence);
            None
        }
        None => Some(None),
    }
}

/// The sheet for these nodes, row by row, or the problem that keeps a table from holding them.
pub fn write(
    nodes: &[RawNode],
    bonus: Option<&[RawNode]>,
    penalty: Option<&[RawNode]>,
) -> Result<Vec<Vec<String>>, Vec<SheetProblem>> {
    let mut rows = vec![CRITERIA_COLUMNS.iter().map(|c| c.header().to_string()).collect::<Vec<_>>()];
    let mut problems = Vec::new();
    write_nodes(nodes, &mut rows, &mut problems);
    for (items, marker, title) in [
        (bonus, BONUS_MARKER, "Điểm thưởng (cộng thêm, tối đa theo trang Thông tin)"),
        (penalty, PENALTY_MARKER, "Điểm trừ (trừ đi, tối đa theo trang Thông tin)"),
    ] {
        if let Some(items) = items {
            rows.push(vec![marker.to_string(), title.to_string()]);
            write_nodes(items, &mut rows, &mut problems);
        }
    }
    match problems.is_empty() {
        true => Ok(rows),
        false => Err(problems),
    }
}

fn write_nodes(nodes: &[RawNode], rows: &mut Vec<Vec<String>>, problems: &mut Vec<SheetProblem>) {
    let mut written: Vec<(String, Option<usize>)> = Vec::new();
    write_subtree(nodes, None, rows, &mut written, problems);
    // Read back, a row goes under the nearest row above whose code it extends: that must be its
    // parent, or the table would give another tree.
    let mut open: Vec<usize> = Vec::new();
    for (i, (code, parent)) in written.iter().enumerate() {
        while open.last().is_some_and(|&o| !code.starts_with(&format!("{}.", written[o].0))) {
            open.pop();
        }
        let marker = is(code, BONUS_MARKER, "Bonus") || is(code, PENALTY_MARKER, "Penalty");
        if open.last().copied() != *parent || marker {
            problems.push(SheetProblem::new(Some(SHEET), None, Problem::CodesDoNotNest { code: code.clone() }));
        }
        open.push(i);
    }
}

fn write_subtree(
    nodes: &[RawNode],
    parent: Option<usize>,
    rows: &mut Vec<Vec<String>>,
    written: &mut Vec<(String, Option<usize>)>,
    problems: &mut Vec<SheetProblem>,
) {
    for node in nodes {
        let index = written.len();
        written.push((node.code.clone(), parent));
        rows.push(node_row(node, problems));
        if let Some(children) = &node.children {
            write_subtree(children, Some(index), rows, written, problems);
        }
    }
}

fn node_row(node: &RawNode, problems: &mut Vec<SheetProblem>) -> Vec<String> {
    let en = |t: &crate::Text| t.en.clone().unwrap_or_default();
    let (rule, rule_en, ids) = match &node.rule {
        Some(rule) => {
            let (vi, en, ids) = notation::split(rule);
            let en = en.map(|en| notation::print(&en, Lang::En)).unwrap_or_default();
            (notation::print(&vi, Lang::Vi), en, ids)
        }
        None => (String::new(), String::new(), None),
    };
    let ids = ids.map(|ids| {
        for id in ids.iter().filter(|id| id.contains([',', ';']) || id.trim() != id.as_str() || id.is_empty()) {
            problems.push(SheetProblem::new(Some(SHEET), None, Problem::LevelIdNotWritable { id: id.clone() }));
        }
        ids.join(", ")
    });
    let evidence = node.evidence.as_ref();
    vec![
        node.code.clone(),
        node.title.vi.clone(),
        en(&node.title),
        cells::write_number(node.max),
        rule,
        evidence.map(|e| e.expected.vi.clone()).unwrap_or_default(),
        evidence.map(|e| cells::write_yes_no(e.explain_if_missing).to_string()).unwrap_or_default(),
        node.provenance.as_ref().map(cells::write_provenance).unwrap_or_default(),
        node.provenance.as_ref().and_then(|p| p.note.clone()).unwrap_or_default(),
        node.guidance.as_ref().map(|g| g.vi.clone()).unwrap_or_default(),
        node.guidance.as_ref().map(en).unwrap_or_default(),
        evidence.map(|e| en(&e.expected)).unwrap_or_default(),
        rule_en,
        ids.unwrap_or_default(),
    ]
}
