//! Where an edited set comes from: a built-in set copied (same hash), the next version of it, a
//! criteria file, and a spreadsheet whose problems are located by row and placed at the node.

use parscore::app::authority::editor::start::{next_version, Opened};
use parscore::app::authority::editor::EditorAction;
use parscore::criteria::raw::RawCriteriaSet;
use parscore::sheet::SheetName;

use crate::{act, page, util};

fn teaching() -> RawCriteriaSet {
    serde_json::from_str(&util::signing::read(util::signing::TEACHING)).unwrap()
}

#[test]
fn a_copied_built_in_set_is_the_same_content_and_its_own_base() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: teaching().id });
    let valid = state.editor.valid.clone().expect("the teaching set is valid");
    assert_eq!(valid.sha256, util::signing::teaching_set().sha256);
    assert!(state.editor.doc.as_ref().unwrap().base.is_some());
    // An id that no built-in set has copies nothing.
    let before = state.editor.doc.clone();
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: "khong-co".into() });
    assert!(std::rc::Rc::ptr_eq(before.as_ref().unwrap(), state.editor.doc.as_ref().unwrap()));
}

#[test]
fn a_new_version_is_next_year_and_remembers_where_it_started() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: teaching().id });
    act(&mut state, &store, EditorAction::NewVersion);
    let doc = state.editor.doc.as_ref().unwrap();
    assert_eq!(doc.raw.year, teaching().year + 1);
    assert_eq!(doc.base.as_ref().unwrap().version, teaching().version);
    assert_ne!(doc.raw.version, teaching().version);
    assert_eq!(next_version("1.2.0"), "2.0.0");
    assert_eq!(next_version("v1"), "v1-2");
}

#[test]
fn a_sheet_with_a_wrong_row_is_opened_with_the_problem_at_its_row_and_node() {
    let mut raw = teaching();
    // 1.1's row: its maximum no longer what its best level gives.
    let leaf = &mut raw.nodes[0].children.as_mut().unwrap()[0];
    leaf.max = leaf.max.times(2);
    let code = leaf.code.clone();
    let csv = parscore::sheet::export_csv(&raw).unwrap();
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::FileOpened { name: "bo.csv".into(), bytes: csv });
    let report = state.editor.report.clone().expect("a report");
    let Opened::Sheet { problems, loaded: true, .. } = report.outcome else { panic!("{report:?}") };
    assert!(!problems.is_empty());
    assert!(problems.iter().all(|p| p.sheet == Some(SheetName::Criteria) && p.row.is_some()), "{problems:?}");
    let placed = &state.editor.problems;
    assert!(placed.iter().any(|p| p.node.is_some()), "{placed:?}");
    let rows = parscore::app::authority::editor::tree::rows(&state.editor.doc.as_ref().unwrap().raw);
    let at_leaf = placed.iter().filter_map(|p| p.node.as_ref()).any(|path| {
        rows.iter().any(|(p, n)| p == path && (n.code == code || code.starts_with(&format!("{}.", n.code))))
    });
    assert!(at_leaf, "{placed:?}");
}

#[test]
fn a_file_that_is_not_a_set_opens_nothing_and_says_why() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::FileOpened { name: "x.json".into(), bytes: b"{\"format\": 3}".to_vec() });
    assert!(state.editor.doc.is_none());
    assert!(matches!(state.editor.report.as_ref().unwrap().outcome, Opened::JsonUnreadable(_)));
    act(&mut state, &store, EditorAction::FileOpened { name: "x.csv".into(), bytes: b"\xff\xfe\x00garbage".to_vec() });
    let Opened::Sheet { loaded, problems, .. } = &state.editor.report.as_ref().unwrap().outcome else { panic!() };
    assert!(!loaded && !problems.is_empty());
}

#[test]
fn the_diff_lists_what_changed_from_the_copied_set() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: teaching().id });
    let lines = parscore::app::authority::editor::view::diff_lines(&state.editor, parscore::Lang::Vi).unwrap().unwrap();
    assert_eq!(lines.len(), 1, "nothing changed yet: {lines:?}");
    let title = parscore::app::authority::editor::Field::Node(
        parscore::app::authority::editor::NodePath::main(&[0]),
        parscore::app::authority::editor::NodeField::TitleVi,
    );
    act(&mut state, &store, EditorAction::Edited { field: title, value: "Kế hoạch".into() });
    let changed =
        parscore::app::authority::editor::view::diff_lines(&state.editor, parscore::Lang::Vi).unwrap().unwrap();
    assert_ne!(changed, lines);
    assert!(changed.iter().any(|l| l.contains("Kế hoạch")), "{changed:?}");
}
