//! The validator's problems placed in the editor: each at a node and the field inside it
//! (`1.1.4 rule.bands[1]`, `nodes[0].children[2].code`), or at a field of the set (`bands[2]`,
//! `decision.date`), so that the page shows it next to the field.

use std::collections::HashMap;

use super::tree::{self, NodePath};
use crate::criteria::raw::RawCriteriaSet;
use crate::criteria::CriteriaError;

/// A problem and where it is in the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The node it concerns; `None` for the set's own fields.
    pub node: Option<NodePath>,
    /// The field inside the node (`max`, `rule.levels[0].points`), or the set's field
    /// (`decision.date`, `bands[1]`); empty for the node as a whole.
    pub place: String,
    pub error: CriteriaError,
}

/// Places every problem of `errors`, found in `raw`.
pub fn place_all(raw: &RawCriteriaSet, errors: &[CriteriaError]) -> Vec<Placed> {
    let rows = tree::rows(raw);
    let mut by_code: HashMap<&str, &NodePath> = HashMap::new();
    for (path, node) in &rows {
        by_code.entry(node.code.as_str()).or_insert(path);
    }
    let by_json: Vec<(String, &NodePath)> = rows.iter().map(|(path, _)| (path.json_path(), path)).collect();
    errors
        .iter()
        .map(|error| {
            let (node, place) = place_one(&error.location, &by_code, &by_json);
            Placed { node, place, error: error.clone() }
        })
        .collect()
}

/// Where one validator location points; also used for the located problems of an imported sheet.
pub fn place_location(raw: &RawCriteriaSet, location: &str) -> Option<NodePath> {
    let rows = tree::rows(raw);
    let by_code = rows.iter().map(|(path, node)| (node.code.as_str(), path)).rev().collect();
    let by_json: Vec<(String, &NodePath)> = rows.iter().map(|(path, _)| (path.json_path(), path)).collect();
    place_one(location, &by_code, &by_json).0
}

fn place_one(
    location: &str,
    by_code: &HashMap<&str, &NodePath>,
    by_json: &[(String, &NodePath)],
) -> (Option<NodePath>, String) {
    // "1.1.4 rule.bands[1]": a node's code, then its field.
    if let Some((code, field)) = location.split_once(' ') {
        if let Some(path) = by_code.get(code) {
            return (Some((*path).clone()), field.to_string());
        }
    }
    // "nodes[0].children[2].code": the longest node path it starts with.
    let best =
        by_json.iter().filter(|(json, _)| super::fields::within(location, json)).max_by_key(|(json, _)| json.len());
    match best {
        Some((json, path)) => {
            let field = location.get(json.len()..).unwrap_or("").trim_start_matches('.');
            (Some((*path).clone()), field.to_string())
        }
        None => (None, location.to_string()),
    }
}
