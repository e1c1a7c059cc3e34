//! Where a node sits in the set being edited ([`NodePath`]) and the tree edits an official makes
//! by keyboard: add the next row or a child, delete, move up or down, indent and outdent. Every
//! edit works on the raw set, so that whatever it leaves (an empty group, maxima that no longer
//! add up) is for the validator to say, not for the editor to forbid.

use crate::criteria::model::Part;
use crate::criteria::raw::{RawAdjustment, RawCriteriaSet, RawNode, RawRule};
use crate::{Decimal, Text};

/// A node: its block, then its index at each level (`[0, 2]` is the third child of the first
/// area).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodePath {
    pub part: Part,
    pub indices: Vec<usize>,
}

impl NodePath {
    pub fn main(indices: &[usize]) -> NodePath {
        NodePath { part: Part::Main, indices: indices.to_vec() }
    }

    fn parent(&self) -> Option<NodePath> {
        let mut indices = self.indices.clone();
        indices.pop();
        (!indices.is_empty()).then_some(NodePath { part: self.part, indices })
    }

    fn last(&self) -> usize {
        self.indices.last().copied().unwrap_or(0)
    }

    fn with_last(&self, index: usize) -> NodePath {
        let mut indices = self.indices.clone();
        if let Some(last) = indices.last_mut() {
            *last = index;
        }
        NodePath { part: self.part, indices }
    }

    fn child(&self, index: usize) -> NodePath {
        let mut indices = self.indices.clone();
        indices.push(index);
        NodePath { part: self.part, indices }
    }

    /// The validator's path of this node: `nodes[0].children[2]`, `bonus.items[1]`.
    pub fn json_path(&self) -> String {
        let mut path = match self.part {
            Part::Main => "nodes".to_string(),
            Part::Bonus => "bonus.items".to_string(),
            Part::Penalty => "penalty.items".to_string(),
        };
        for (depth, index) in self.indices.iter().enumerate() {
            if depth > 0 {
                path.push_str(".children");
            }
            path.push_str(&format!("[{index}]"));
        }
        path
    }
}

/// The top-level list of a block (the areas, or a bonus or penalty block's items).
pub fn roots_mut(raw: &mut RawCriteriaSet, part: Part) -> Option<&mut Vec<RawNode>> {
    match part {
        Part::Main => Some(&mut raw.nodes),
        Part::Bonus => raw.bonus.as_mut().map(|b| &mut b.items),
        Part::Penalty => raw.penalty.as_mut().map(|b| &mut b.items),
    }
}

pub fn roots(raw: &RawCriteriaSet, part: Part) -> &[RawNode] {
    fn block(b: &Option<RawAdjustment>) -> &[RawNode] {
        b.as_ref().map(|b| b.items.as_slice()).unwrap_or_default()
    }
    match part {
        Part::Main => &raw.nodes,
        Part::Bonus => block(&raw.bonus),
        Part::Penalty => block(&raw.penalty),
    }
}

/// The list that holds the node at `path`.
fn siblings_mut<'a>(raw: &'a mut RawCriteriaSet, path: &NodePath) -> Option<&'a mut Vec<RawNode>> {
    let (_, parents) = path.indices.split_last()?;
    let mut list = roots_mut(raw, path.part)?;
    for &i in parents {
        list = list.get_mut(i)?.children.as_mut()?;
    }
    Some(list)
}

pub fn node<'a>(raw: &'a RawCriteriaSet, path: &NodePath) -> Option<&'a RawNode> {
    let (first, rest) = path.indices.split_first()?;
    let mut node = roots(raw, path.part).get(*first)?;
    for &i in rest {
        node = node.children.as_ref()?.get(i)?;
    }
    Some(node)
}

pub fn node_mut<'a>(raw: &'a mut RawCriteriaSet, path: &NodePath) -> Option<&'a mut RawNode> {
    siblings_mut(raw, path)?.get_mut(path.last())
}

/// Every node in the order of the decision's table.
pub fn rows(raw: &RawCriteriaSet) -> Vec<(NodePath, &RawNode)> {
    fn walk<'a>(node: &'a RawNode, here: NodePath, out: &mut Vec<(NodePath, &'a RawNode)>) {
        out.push((here.clone(), node));
        for (i, child) in node.children.iter().flatten().enumerate() {
            walk(child, here.child(i), out);
        }
    }
    let mut out = Vec::new();
    for part in [Part::Main, Part::Bonus, Part::Penalty] {
        for (i, node) in roots(raw, part).iter().enumerate() {
            walk(node, NodePath { part, indices: vec![i] }, &mut out);
        }
    }
    out
}

/// A new scored item: pass or fail until the official picks its rule, maximum 0 until typed.
pub fn new_leaf(code: String) -> RawNode {
    RawNode {
        code,
        title: Text::default(),
        max: Decimal::ZERO,
        provenance: None,
        children: None,
        rule: Some(RawRule::PassFail { pass: None, fail: None }),
        evidence: None,
        guidance: None,
    }
}

/// The code after `code` at its level: "1.2" → "1.3", "2" → "3"; a code that does not end in a
/// number gets nothing to guess from and stays as typed, with ".1" appended.
pub fn next_code(code: &str) -> String {
    let (stem, last) = code.rsplit_once('.').map(|(s, l)| (format!("{s}."), l)).unwrap_or((String::new(), code));
    match last.parse::<u32>() {
        Ok(n) => format!("{stem}{}", n + 1),
        Err(_) if code.is_empty() => "1".into(),
        Err(_) => format!("{code}.1"),
    }
}

/// Makes `node` a group (its rule and evidence go: a group has neither) and returns its children.
fn as_group(node: &mut RawNode) -> &mut Vec<RawNode> {
    if node.children.is_none() {
        node.rule = None;
        node.evidence = None;
    }
    node.children.get_or_insert_with(Vec::new)
}

/// Adds the next row after `path` at the same level; returns where it went.
pub fn add_sibling(raw: &mut RawCriteriaSet, path: &NodePath) -> Option<NodePath> {
    let code = next_code(&node(raw, path)?.code);
    let list = siblings_mut(raw, path)?;
    list.insert(path.last() + 1, new_leaf(code));
    Some(path.with_last(path.last() + 1))
}

/// Adds a first row to an empty block (no area yet, or a new bonus or penalty block).
pub fn add_root(raw: &mut RawCriteriaSet, part: Part) -> Option<NodePath> {
    let list = roots_mut(raw, part)?;
    let code = match (part, list.last()) {
        (_, Some(last)) => next_code(&last.code),
        (Part::Main, None) => "1".into(),
        (Part::Bonus, None) => "T1".into(),
        (Part::Penalty, None) => "D1".into(),
    };
    list.push(new_leaf(code));
    Some(NodePath { part, indices: vec![list.len() - 1] })
}

/// Adds a child at the end of the node at `path` (a leaf becomes a group).
pub fn add_child(raw: &mut RawCriteriaSet, path: &NodePath) -> Option<NodePath> {
    let parent = node_mut(raw, path)?;
    let code = parent.code.clone();
    let children = as_group(parent);
    let code = children.last().map(|c| next_code(&c.code)).unwrap_or(format!("{code}.1"));
    children.push(new_leaf(code));
    Some(path.child(children.len() - 1))
}

/// Removes the node at `path` and its subtree; returns the row to select next.
pub fn delete(raw: &mut RawCriteriaSet, path: &NodePath) -> Option<Option<NodePath>> {
    let list = siblings_mut(raw, path)?;
    if path.last() >= list.len() {
        return None;
    }
    list.remove(path.last());
    let next = match (list.len(), path.last()) {
        (0, _) => path.parent(),
        (len, i) => Some(path.with_last(i.min(len - 1))),
    };
    Some(next)
}

/// Swaps the node with the one above (`up`) or below it.
pub fn shift(raw: &mut RawCriteriaSet, path: &NodePath, up: bool) -> Option<NodePath> {
    let list = siblings_mut(raw, path)?;
    let i = path.last();
    let j = if up { i.checked_sub(1)? } else { i + 1 };
    if j >= list.len() {
        return None;
    }
    list.swap(i, j);
    Some(path.with_last(j))
}

/// Makes the node the last child of the node above it.
pub fn indent(raw: &mut RawCriteriaSet, path: &NodePath) -> Option<NodePath> {
    let i = path.last().checked_sub(1).map(|_| path.last())?;
    let list = siblings_mut(raw, path)?;
    if i >= list.len() {
        return None;
    }
    let moved = list.remove(i);
    let children = as_group(list.get_mut(i - 1)?);
    children.push(moved);
    let len = children.len();
    Some(path.with_last(i - 1).child(len - 1))
}

/// Makes the node the next sibling of its parent.
pub fn outdent(raw: &mut RawCriteriaSet, path: &NodePath) -> Option<NodePath> {
    let parent = path.parent()?;
    let list = siblings_mut(raw, path)?;
    if path.last() >= list.len() {
        return None;
    }
    let moved = list.remove(path.last());
    let at = parent.last() + 1;
    siblings_mut(raw, &parent)?.insert(at, moved);
    Some(parent.with_last(at))
}
