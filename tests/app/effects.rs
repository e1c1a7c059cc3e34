//! Persistence as an explicit step: a transition changes the state and lists its writes
//! ([`Effect`]) without touching the store; `perform` writes them, and `reduce` does both, so a
//! reload right after a keystroke finds it.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::state::{Action, AppState, Effect, View};
use parscore::app::store::{MemoryStore, Store};

use super::{demo_draft, session, typed};

/// The store's whole content, to compare before and after.
fn snapshot(store: &MemoryStore) -> Vec<(String, Option<String>)> {
    let mut keys = store.keys();
    keys.sort();
    keys.into_iter().map(|k| (k.clone(), store.get(&k))).collect()
}

#[test]
fn a_keystroke_asks_for_one_save_and_writes_nothing_until_performed() {
    let store = Rc::new(MemoryStore::default());
    let state = demo_draft(AppState::restore(store.clone()));
    let before = snapshot(&store);
    let action = Action::AnswerChanged { code: "1.1".into(), field: InputField::Level, text: "on_time".into() };
    let (mut next, effects) = state.transition(action);
    assert_eq!(effects, [Effect::SaveOpenDraft]);
    assert_eq!(snapshot(&store), before, "the transition itself writes nothing");

    next.perform(effects);
    let back = AppState::restore(store.clone());
    assert_eq!(session(&back).draft, session(&next).draft, "a reload after the keystroke finds it");
    assert_ne!(snapshot(&store), before);
}

#[test]
fn looking_around_asks_for_no_write() {
    let store = Rc::new(MemoryStore::default());
    let state = typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "on_time");
    let before = snapshot(&store);
    let (state, effects) = state.transition(Action::ViewOpened(View::Chart));
    assert_eq!(effects, []);
    let (_, effects) = state.transition(Action::ItemOpened("2.1".into()));
    assert_eq!(effects, [Effect::SaveOpenDraft], "the section open is saved with the draft");
    assert_eq!(snapshot(&store), before);
}

#[test]
fn list_actions_ask_for_their_writes_in_order() {
    let store = Rc::new(MemoryStore::default());
    let state = demo_draft(AppState::restore(store.clone()));
    let id = session(&state).id.clone();
    let (state, effects) = state.transition(Action::DraftsListOpened);
    assert_eq!(effects, [Effect::RememberCurrent]);
    let (mut state, effects) = state.transition(Action::DraftDuplicated(id.clone()));
    let [Effect::SaveRecord { id: copy, .. }] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(state.drafts.len(), 2, "listed at once");
    assert_eq!(AppState::restore(store.clone()).drafts.len(), 1, "kept once performed");
    let copy = copy.clone();
    state.perform(effects);
    assert_eq!(AppState::restore(store.clone()).drafts.len(), 2);

    let (mut state, effects) = state.transition(Action::DraftDeleted(copy.clone()));
    assert_eq!(effects, [Effect::DeleteDraft(copy)]);
    state.perform(effects);
    assert_eq!(AppState::restore(store.clone()).drafts.len(), 1);
    let (_, effects) = state.transition(Action::LanguageSwitched(parscore::Lang::En));
    assert_eq!(effects, [Effect::SaveLang(parscore::Lang::En)]);
}

#[test]
fn a_refused_write_is_said_when_performed() {
    let store = Rc::new(MemoryStore::default());
    let state = demo_draft(AppState::restore(store.clone()));
    store.failing.set(Some(parscore::app::store::StoreError::Full));
    let action = Action::NoteChanged { code: "1.1".into(), text: "Đang trình ký".into() };
    let (mut next, effects) = state.transition(action);
    assert_eq!(next.storage, None, "nothing was written yet");
    next.perform(effects);
    assert_eq!(next.storage, Some(parscore::app::store::StoreError::Full));
    assert_eq!(session(&next).draft.answers["1.1"].note.as_deref(), Some("Đang trình ký"), "kept in memory");
}
