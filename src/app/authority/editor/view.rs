//! What the editor shows besides its forms ([`super::forms`]): the tree's rows, the set's state
//! (valid, or how many problems), and what opening a file gave.

use super::messages::EditorMsg;
use super::problems::place_location;
use super::start::Opened;
use super::state::EditorState;
use super::tree::{self, NodePath};
use crate::criteria::model::Part;
use crate::i18n::Bilingual;
use crate::Lang;

/// One row of the tree, in the decision's order.
#[derive(Clone, Debug, PartialEq)]
pub struct TreeRow {
    pub path: NodePath,
    pub code: String,
    pub title: String,
    pub max: String,
    /// 0 for an area (or a bonus or penalty item).
    pub depth: usize,
    pub group: bool,
    pub selected: bool,
    /// The first row of its block: the page puts the block's heading before it.
    pub block_start: Option<Part>,
    pub problems: usize,
}

pub fn tree_rows(state: &EditorState, lang: Lang) -> Vec<TreeRow> {
    let Some(doc) = state.doc.as_ref() else { return Vec::new() };
    let mut last_part = None;
    tree::rows(&doc.raw)
        .into_iter()
        .map(|(path, node)| {
            let block_start = (last_part != Some(path.part)).then_some(path.part);
            last_part = Some(path.part);
            let problems = state.problems.iter().filter(|p| p.node.as_ref() == Some(&path)).count()
                + state.typed.iter().filter(|(f, _, _)| f.node() == Some(&path)).count();
            TreeRow {
                code: node.code.clone(),
                title: if node.title.vi.trim().is_empty() {
                    EditorMsg::NoTitle.text(lang)
                } else {
                    node.title.get(lang).to_string()
                },
                max: lang.number(node.max),
                depth: path.indices.len() - 1,
                group: node.children.is_some(),
                selected: state.selected.as_ref() == Some(&path),
                block_start,
                problems,
                path,
            }
        })
        .collect()
}

/// The row above or below the selected one (arrow keys), if any.
pub fn neighbour(state: &EditorState, down: bool) -> Option<NodePath> {
    let doc = state.doc.as_ref()?;
    let rows = tree::rows(&doc.raw);
    let at = rows.iter().position(|(p, _)| Some(p) == state.selected.as_ref());
    let next = match (at, down) {
        (None, _) => 0,
        (Some(i), true) => i + 1,
        (Some(i), false) => i.checked_sub(1)?,
    };
    rows.get(next).map(|(p, _)| p.clone())
}

/// Whether the set is valid, and the sentence that says so.
pub fn status(state: &EditorState, lang: Lang) -> (bool, String) {
    match (&state.valid, state.problems.len() + state.typed.len()) {
        (Some(set), 0) => (true, EditorMsg::SetValid { rows: set.nodes.len(), sha: &set.sha256 }.text(lang)),
        (_, n) => (false, EditorMsg::SetProblems(n).text(lang)),
    }
}

/// What opening a file gave: a summary, then each located problem with the row of the tree it
/// concerns when it can be found there.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportView {
    pub ok: bool,
    pub summary: String,
    pub lines: Vec<(String, Option<NodePath>)>,
}

pub fn report(state: &EditorState, lang: Lang) -> Option<ReportView> {
    let report = state.report.as_ref()?;
    let file = report.file.as_str();
    let raw = state.doc.as_ref().map(|d| &d.raw);
    Some(match &report.outcome {
        Opened::Json => {
            let problems = state.problems.len();
            let summary = match problems {
                0 => EditorMsg::Opened { file }.text(lang),
                n => EditorMsg::OpenedWithProblems { file, problems: n }.text(lang),
            };
            ReportView { ok: problems == 0, summary, lines: Vec::new() }
        }
        Opened::JsonUnreadable(e) => {
            let detail = format!("{}: {}", e.location_in(lang), e.problem.text(lang));
            ReportView {
                ok: false,
                summary: EditorMsg::JsonNotRead { file, detail: &detail }.text(lang),
                lines: Vec::new(),
            }
        }
        Opened::Sheet { problems, notices, loaded } => {
            let summary = match (loaded, problems.len()) {
                (true, 0) => EditorMsg::Opened { file }.text(lang),
                (true, n) => EditorMsg::OpenedWithProblems { file, problems: n }.text(lang),
                (false, n) => EditorMsg::SheetNotRead { file, problems: n }.text(lang),
            };
            let node_of = |p: &crate::sheet::SheetProblem| match (&p.problem, raw) {
                (crate::sheet::Problem::Invalid { location, .. }, Some(raw)) => place_location(raw, location),
                _ => None,
            };
            let lines = notices
                .iter()
                .map(|n| (n.text(lang), None))
                .chain(problems.iter().map(|p| (p.text(lang), node_of(p))))
                .collect();
            ReportView { ok: *loaded && problems.is_empty(), summary, lines }
        }
    })
}

/// What changed from the version the set started from (a copied set, last year's version, a
/// criteria file opened): nodes added, removed and changed, with their points. `None` when the
/// set started from nothing; the edited set must be valid to be compared.
pub fn diff_lines(state: &EditorState, lang: Lang) -> Option<Result<Vec<String>, String>> {
    let doc = state.doc.as_ref()?;
    let base = crate::criteria::load(&super::state::document_json(doc.base.as_ref()?)).ok()?;
    Some(match &state.valid {
        Some(set) => Ok(crate::criteria::diff(&base, set).lines(lang, crate::scoring::explain::describe_rule)),
        None => Err(EditorMsg::DiffNeedsValid.text(lang)),
    })
}
