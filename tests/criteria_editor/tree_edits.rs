//! Rows added by keyboard get the next code; delete waits for confirmation; move, indent and
//! outdent change the tree as the decision's table would.

use parscore::app::authority::editor::{EditorAction, NodeField, NodePath};

use crate::{act, codes, node_field, page, type_in};

#[test]
fn enter_adds_the_next_code_and_a_child_extends_its_parent() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    act(&mut state, &store, EditorAction::RowAdded);
    act(&mut state, &store, EditorAction::ChildAdded);
    act(&mut state, &store, EditorAction::RowAdded);
    act(&mut state, &store, EditorAction::ChildAdded);
    assert_eq!(codes(&state.editor), ["1", "2", "2.1", "2.2", "2.2.1"]);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[1, 1, 0])));
}

#[test]
fn a_row_is_deleted_only_once_confirmed() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    act(&mut state, &store, EditorAction::RowAdded);
    act(&mut state, &store, EditorAction::DeleteAsked);
    assert_eq!(state.editor.deleting, Some(NodePath::main(&[1])));
    act(&mut state, &store, EditorAction::DeleteCancelled);
    assert_eq!(codes(&state.editor), ["1", "2"]);
    act(&mut state, &store, EditorAction::DeleteAsked);
    act(&mut state, &store, EditorAction::DeleteConfirmed);
    assert_eq!(codes(&state.editor), ["1"]);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[0])));
    // Confirming with nothing asked deletes nothing.
    act(&mut state, &store, EditorAction::DeleteConfirmed);
    assert_eq!(codes(&state.editor), ["1"]);
}

#[test]
fn indent_outdent_and_moves_reshape_the_tree() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    act(&mut state, &store, EditorAction::RowAdded);
    act(&mut state, &store, EditorAction::RowAdded);
    type_in(&mut state, &store, node_field(&[2], NodeField::Code), "1.2");
    act(&mut state, &store, EditorAction::Indented);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[1, 0])));
    assert_eq!(codes(&state.editor), ["1", "2", "1.2"]);
    act(&mut state, &store, EditorAction::Outdented);
    assert_eq!(codes(&state.editor), ["1", "2", "1.2"]);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[2])));
    act(&mut state, &store, EditorAction::MovedUp);
    assert_eq!(codes(&state.editor), ["1", "1.2", "2"]);
    act(&mut state, &store, EditorAction::Indented);
    assert_eq!(codes(&state.editor), ["1", "1.2", "2"]);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[0, 0])));
    // The first child cannot be indented further, nor the first row moved up.
    act(&mut state, &store, EditorAction::Indented);
    act(&mut state, &store, EditorAction::MovedUp);
    assert_eq!(state.editor.selected, Some(NodePath::main(&[0, 0])));
    let doc = state.editor.doc.as_ref().unwrap();
    assert!(doc.raw.nodes[0].rule.is_none(), "a row given children becomes a group, without a rule");
}
