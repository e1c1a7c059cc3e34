//! The validator's problems ("1.1.4 rule.bands[1]", "gates[0].cap", "nodes[2].code") mapped back
//! to the sheet, row and column they come from.

use super::info::InfoRows;
use super::layout::{Column, InfoField, SheetName};
use super::problem::{Problem, SheetProblem};
use super::rows::Tree;
use crate::criteria::CriteriaError;

pub fn locate(error: &CriteriaError, tree: &Tree, info: &InfoRows) -> SheetProblem {
    let problem = Problem::Invalid { location: error.location.clone(), error: Box::new(error.clone()) };
    let location = error.location.as_str();
    let on_criteria = |row: u32, field: &str, problem: Problem| {
        let column = node_column(field);
        let index = super::layout::CRITERIA_COLUMNS.iter().position(|&c| c == column).unwrap_or(0) as u32;
        SheetProblem::at(SheetName::Criteria, row, index, Some(column), problem)
    };
    // "1.1.4 rule.bands[1]": a node's code, then its field.
    if let Some((code, field)) = location.split_once(' ') {
        if let Some(&row) = tree.by_code.get(code) {
            return on_criteria(row, field, problem);
        }
    }
    // "nodes[0].children[2].code": the longest known path.
    let mut best: Option<(&str, u32)> = None;
    for (path, &row) in &tree.by_path {
        let matches = location == path || location.strip_prefix(path.as_str()).is_some_and(|r| r.starts_with('.'));
        if matches && best.is_none_or(|(b, _)| b.len() < path.len()) {
            best = Some((path, row));
        }
    }
    if let Some((path, row)) = best {
        let field = location.get(path.len()..).unwrap_or("").trim_start_matches('.');
        return on_criteria(row, field, problem);
    }
    for (prefix, rows, gates) in [("bands[", &info.bands, false), ("gates[", &info.gates, true)] {
        if let Some(rest) = location.strip_prefix(prefix) {
            let (index, field) = rest.split_once(']').unwrap_or((rest, ""));
            if let Some(&row) = index.parse::<usize>().ok().and_then(|i| rows.get(i)) {
                let column = table_column(field, gates);
                let columns: &[Column] =
                    if gates { &super::layout::GATE_COLUMNS } else { &super::layout::BAND_COLUMNS };
                let index = columns.iter().position(|&c| c == column).unwrap_or(0) as u32;
                return SheetProblem::at(SheetName::Info, row, index, Some(column), problem);
            }
        }
    }
    let field = match location.split(['.', '[']).next().unwrap_or("") {
        "format" => Some(InfoField::Format),
        "id" => Some(InfoField::Id),
        "version" => Some(InfoField::Version),
        "title" => Some(InfoField::Title),
        "description" => Some(InfoField::Description),
        "decision" if location.ends_with("date") => Some(InfoField::DecisionDate),
        "decision" if location.ends_with("issuer") => Some(InfoField::Issuer),
        "decision" => Some(InfoField::DecisionNumber),
        "year" => Some(InfoField::Year),
        "level" => Some(InfoField::Level),
        "scale" => Some(InfoField::Scale),
        "index_places" => Some(InfoField::IndexPlaces),
        "provenance" => Some(InfoField::Provenance),
        "bonus" => Some(InfoField::BonusCap),
        "penalty" => Some(InfoField::PenaltyCap),
        _ => None,
    };
    let marker = match location.split('.').next() {
        Some("bonus") => tree.bonus_row,
        Some("penalty") => tree.penalty_row,
        _ => None,
    };
    match (field.and_then(|f| info.fields.get(&f)), marker) {
        (Some(&row), _) => SheetProblem::at(SheetName::Info, row, 1, Some(Column::Value), problem),
        (None, Some(row)) => SheetProblem::at(SheetName::Criteria, row, 0, Some(Column::Code), problem),
        (None, None) if location.starts_with("nodes") => SheetProblem::new(Some(SheetName::Criteria), None, problem),
        (None, None) => SheetProblem::new(Some(SheetName::Info), None, problem),
    }
}

/// The criteria sheet's column for a node's field ("rule.bands[1]" → "Cách chấm").
fn node_column(field: &str) -> Column {
    let first = field.split(['.', '[']).next().unwrap_or("");
    match first {
        "code" => Column::Code,
        "title" if field.ends_with("en") => Column::TitleEn,
        "title" => Column::Title,
        "max" => Column::Max,
        "evidence" => Column::Evidence,
        "provenance" => Column::Source,
        "guidance" => Column::Guidance,
        "rule" if field.contains(".id") => Column::LevelIds,
        _ => Column::Rule,
    }
}

fn table_column(field: &str, gates: bool) -> Column {
    let field = field.trim_start_matches('.');
    match field.split(['.', '[']).next().unwrap_or("") {
        "id" => Column::Id,
        "title" => Column::Name,
        "cap" if gates => Column::GateCap,
        "source" => Column::GateSource,
        "when" if field.ends_with("in") => Column::Range,
        "when" => Column::GateCode,
        _ => Column::Range,
    }
}
