#![cfg(not(target_arch = "wasm32"))]
//! The criteria-set editor's model, natively: a set encoded row by row from nothing, tree edits,
//! problems placed at their node and field, undo and redo, autosave, copies, new versions and
//! imported sheets.

#[path = "../util/mod.rs"]
mod util;

mod encoding;
mod history_and_saving;
mod opening;
mod preview;
mod signing;
mod tree_edits;

use parscore::app::authority::editor::{EditorAction, EditorState, Field, InfoField, NodeField, NodePath};
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::store::MemoryStore;

/// The page's state with the built-in teaching set arrived, and the store it saves to.
pub fn page() -> (AuthorityState, MemoryStore) {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    let text = util::signing::read(util::signing::TEACHING);
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(text) });
    (state, store)
}

/// Does `action` as the page does: reduce, then write what it asks.
pub fn act(state: &mut AuthorityState, store: &MemoryStore, action: EditorAction) {
    let effects = state.reduce(Action::Editor(action));
    state.persist(&effects, store);
}

pub fn type_in(state: &mut AuthorityState, store: &MemoryStore, field: Field, value: &str) {
    act(state, store, EditorAction::Edited { field, value: value.into() });
}

pub fn node_field(indices: &[usize], field: NodeField) -> Field {
    Field::Node(NodePath::main(indices), field)
}

pub fn meta(field: InfoField) -> Field {
    Field::Meta(field)
}

/// The codes of the rows in the decision's order.
pub fn codes(editor: &EditorState) -> Vec<String> {
    let doc = editor.doc.as_ref().expect("a set is being edited");
    parscore::app::authority::editor::tree::rows(&doc.raw).into_iter().map(|(_, n)| n.code.clone()).collect()
}

/// The places of the problems at the node `indices` (main block).
pub fn places_at(editor: &EditorState, indices: &[usize]) -> Vec<String> {
    let path = NodePath::main(indices);
    editor.problems.iter().filter(|p| p.node.as_ref() == Some(&path)).map(|p| p.place.clone()).collect()
}

/// The places of the set's own problems.
pub fn set_places(editor: &EditorState) -> Vec<String> {
    editor.problems.iter().filter(|p| p.node.is_none()).map(|p| p.place.clone()).collect()
}
