//! Drafts and their storage through the reducer: every change saved at once, a restart brings
//! the draft back exactly, several drafts, and a store that refuses.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::drafts;
use parscore::app::sections::Section;
use parscore::app::state::{Action, AppState, Screen};
use parscore::app::store::{MemoryStore, Store, StoreError};
use parscore::Lang;

use super::{dec, demo_draft, session, total, typed};

fn restart(store: &Rc<MemoryStore>) -> AppState {
    AppState::restore(store.clone())
}

fn area(state: &AppState, code: &str) -> Section {
    Section::Area(session(state).set.find(code).expect("the area exists"))
}

#[test]
fn a_restart_brings_the_draft_back_exactly_on_the_same_section() {
    let store = Rc::new(MemoryStore::default());
    let mut state = demo_draft(AppState::restore(store.clone()));
    state = typed(state, "1.1", InputField::Level, "on_time");
    state = typed(state, "2.1", InputField::Numerator, "4a");
    state = typed(state, "2.1", InputField::Denominator, "50");
    state = typed(state, "2.2", InputField::Percent, "62,");
    state = typed(state, "2.3", InputField::Justification, "  hai dòng\nthứ hai ");
    state = state.reduce(Action::NoteChanged { code: "1.1".into(), text: "Đang trình ký".into() });
    let second = area(&state, "2");
    state = state.reduce(Action::SectionOpened(second));
    assert_eq!(state.storage, None);

    let back = restart(&store);
    let s = session(&back);
    assert_eq!(back.screen, Screen::Draft);
    assert_eq!(s.section, second);
    assert_eq!(s.typed("2.1").text(InputField::Numerator), "4a", "invalid text is kept as typed");
    assert_eq!(s.typed("2.2").text(InputField::Percent), "62,");
    assert_eq!(s.typed("2.3").text(InputField::Justification), "  hai dòng\nthứ hai ");
    assert_eq!(s.draft, session(&state).draft);
    assert_eq!(total(&back), total(&state));
    assert_eq!(total(&back), dec("5"));
    assert_eq!(back.drafts.len(), 1);
}

#[test]
fn the_list_of_drafts_comes_back_when_no_draft_was_open() {
    let store = Rc::new(MemoryStore::default());
    let state = demo_draft(AppState::restore(store.clone())).reduce(Action::DraftsListOpened);
    assert!(state.scoring().is_none());
    let back = restart(&store);
    assert_eq!(back.screen, Screen::Drafts);
    assert!(back.session.is_none());
    assert_eq!(back.drafts.len(), 1);
    assert_eq!(back.drafts[0].agency.code, "H01");
}

#[test]
fn drafts_are_duplicated_renamed_opened_and_deleted() {
    let store = Rc::new(MemoryStore::default());
    let state = typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "late");
    let first = session(&state).id.clone();
    let state = state.reduce(Action::DraftDuplicated(first.clone()));
    assert_eq!(state.drafts.len(), 2);
    let copy = state.drafts[1].id.clone();
    assert_ne!(copy, first);
    assert_eq!(state.drafts[1].name, "UBND huyện Minh Hoạ 2024 (bản sao)");

    let state = state.reduce(Action::DraftRenamed { id: copy.clone(), name: "Bản thử".into() });
    assert_eq!(state.drafts[1].name, "Bản thử");
    let state = state.reduce(Action::DraftOpened(copy.clone()));
    assert_eq!(session(&state).id, copy);
    assert_eq!(session(&state).name, "Bản thử");
    assert_eq!(total(&state), dec("2.5"), "the copy has the answers");

    // Changing the copy leaves the original alone.
    let state = typed(state, "1.1", InputField::Level, "on_time");
    let state = state.reduce(Action::DraftOpened(first.clone()));
    assert_eq!(total(&state), dec("2.5"));

    let state = state.reduce(Action::DraftDeleted(first.clone()));
    assert!(state.session.is_none());
    assert_eq!(state.screen, Screen::Drafts);
    assert_eq!(state.drafts.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), [copy.as_str()]);
    let back = restart(&store);
    assert_eq!(back.drafts.len(), 1);
    assert_eq!(back.drafts[0].name, "Bản thử");

    // The criteria text goes with the last draft that used it, once the set opened from a file
    // is no longer listed among the added sets either.
    let sha = back.added[0].sha256.clone();
    let state = back.reduce(Action::DraftDeleted(copy));
    assert!(state.drafts.is_empty());
    assert!(store.keys().iter().any(|k| k.starts_with("parscore.set.")), "the added set is kept");
    let state = state.reduce(Action::AddedSetRemoved(sha));
    assert!(state.added.is_empty());
    assert!(store.keys().iter().all(|k| !k.starts_with("parscore.set.") && !k.starts_with("parscore.draft.")));
}

#[test]
fn a_full_storage_keeps_everything_in_memory_and_says_so() {
    let store = Rc::new(MemoryStore::default());
    let state = typed(demo_draft(AppState::restore(store.clone())), "2.1", InputField::Numerator, "45");
    store.failing.set(Some(StoreError::Full));
    let state = typed(state, "2.1", InputField::Denominator, "50");
    assert_eq!(state.storage, Some(StoreError::Full));
    let s = session(&state);
    assert_eq!(s.typed("2.1").text(InputField::Denominator), "50", "nothing typed is lost");
    assert_eq!(total(&state), dec("20"));
    // What was saved before the storage filled up is still there.
    assert_eq!(session(&restart(&store)).typed("2.1").text(InputField::Denominator), "");

    // Once there is room again, the next change saves everything.
    store.failing.set(None);
    let state = typed(state, "2.1", InputField::Numerator, "46");
    assert_eq!(state.storage, None);
    let back = restart(&store);
    assert_eq!(session(&back).typed("2.1").text(InputField::Denominator), "50");
    assert_eq!(session(&back).typed("2.1").text(InputField::Numerator), "46");
}

#[test]
fn an_unavailable_storage_is_reported_from_the_start_and_drafts_still_work() {
    let store = Rc::new(MemoryStore::default());
    store.failing.set(Some(StoreError::Unavailable));
    let state = restart(&store);
    assert_eq!(state.storage, Some(StoreError::Unavailable));
    let state = typed(demo_draft(state.clone()), "1.1", InputField::Level, "on_time");
    assert_eq!(total(&state), dec("5"));
    assert_eq!(state.storage, Some(StoreError::Unavailable));
    assert!(drafts::list(&*store).is_empty());
}

#[test]
fn the_language_is_saved_with_the_drafts() {
    let store = Rc::new(MemoryStore::default());
    let state = restart(&store).reduce(Action::LanguageSwitched(Lang::En));
    assert_eq!(state.lang, Lang::En);
    assert_eq!(restart(&store).lang, Lang::En);
}

#[test]
fn a_draft_whose_set_is_gone_stays_in_the_list_with_a_reason() {
    let store = Rc::new(MemoryStore::default());
    let state = demo_draft(AppState::restore(store.clone()));
    let id = session(&state).id.clone();
    let sha = session(&state).set.sha256.clone();
    store.remove(&format!("parscore.set.{sha}"));
    let back = restart(&store);
    assert_eq!(back.screen, Screen::Drafts, "the set is needed to show the draft");
    assert_eq!(back.drafts.len(), 1);
    let back = back.reduce(Action::DraftOpened(id));
    assert!(back.scoring().is_none());
    assert!(back.draft_problem.is_some());
}
