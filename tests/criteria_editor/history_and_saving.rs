//! Undo takes back a whole word typed, redo gives it back, the history is bounded, and the set
//! is saved as it changes so that the next visit finds it.

use parscore::app::authority::editor::history::LIMIT;
use parscore::app::authority::editor::{EditorAction, InfoField, NodeField, EDITOR_KEY};
use parscore::app::authority::state::{Action, AuthorityState, Effect};
use parscore::app::store::{MemoryStore, Store, StoreError};

use crate::{act, codes, meta, node_field, page, type_in};

fn title(state: &AuthorityState) -> String {
    state.editor.doc.as_ref().unwrap().raw.title.vi.clone()
}

#[test]
fn undo_takes_back_the_word_typed_and_redo_gives_it_back() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    for typed in ["B", "Bộ", "Bộ tiêu"] {
        type_in(&mut state, &store, meta(InfoField::Title), typed);
    }
    act(&mut state, &store, EditorAction::RowAdded);
    assert_eq!(codes(&state.editor), ["1", "2"]);
    act(&mut state, &store, EditorAction::Undone);
    assert_eq!(codes(&state.editor), ["1"]);
    assert_eq!(title(&state), "Bộ tiêu");
    act(&mut state, &store, EditorAction::Undone);
    assert_eq!(title(&state), "", "the typing in one field is one change");
    act(&mut state, &store, EditorAction::Redone);
    act(&mut state, &store, EditorAction::Redone);
    assert_eq!((title(&state).as_str(), codes(&state.editor).len()), ("Bộ tiêu", 2));
    assert!(!state.editor.can_redo());
    // A new change after an undo drops what could be redone.
    act(&mut state, &store, EditorAction::Undone);
    type_in(&mut state, &store, node_field(&[0], NodeField::TitleVi), "Lĩnh vực");
    assert!(!state.editor.can_redo());
}

#[test]
fn the_history_keeps_the_last_changes_only() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    for _ in 0..LIMIT + 20 {
        act(&mut state, &store, EditorAction::RowAdded);
    }
    let mut undone = 0;
    while state.editor.can_undo() {
        act(&mut state, &store, EditorAction::Undone);
        undone += 1;
    }
    assert_eq!(undone, LIMIT);
    assert_eq!(codes(&state.editor).len(), 21, "the oldest changes are no longer undone");
}

#[test]
fn every_change_is_saved_and_found_on_the_next_visit() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    let effects = state.reduce(Action::Editor(EditorAction::RowAdded));
    assert_eq!(effects, [Effect::SaveEditor]);
    state.persist(&effects, &store);
    type_in(&mut state, &store, node_field(&[1], NodeField::TitleVi), "Cải cách thủ tục hành chính");
    assert!(store.get(EDITOR_KEY).is_some());
    // Selecting a row changes nothing to keep.
    assert!(state
        .reduce(Action::Editor(EditorAction::Selected(parscore::app::authority::editor::NodePath::main(&[0]))))
        .is_empty());

    let next_visit = AuthorityState::restore(&store);
    assert_eq!(codes(&next_visit.editor), ["1", "2"]);
    assert_eq!(next_visit.editor.doc.as_ref().unwrap().raw.nodes[1].title.vi, "Cải cách thủ tục hành chính");
    assert_eq!(next_visit.editor.problems, state.editor.problems);
}

#[test]
fn a_store_that_refuses_is_said_and_the_editing_goes_on() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    store.failing.set(Some(StoreError::Full));
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    assert_eq!(state.storage, Some(StoreError::Full));
    act(&mut state, &store, EditorAction::RowAdded);
    assert_eq!(codes(&state.editor), ["1", "2"]);
}
