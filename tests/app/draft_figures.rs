//! The list of drafts shows each draft's total, items scored, evidence and last save, as of its
//! last save: written with the record by the store's clock, so the list needs no set and no
//! scoring, and another tab's list reads them from the store.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::drafts::SavedFigures;
use parscore::app::state::{Action, AppState, EvidenceField};
use parscore::app::store::{MemoryStore, StoreError};
use parscore::Lang;

use super::{dec, demo_draft, session, typed};

/// 2026-12-04 07:05:00 UTC, 14:05 in Việt Nam.
const NOON_IN_HANOI: i64 = 1_796_367_900;

fn answered_with_evidence(store: &Rc<MemoryStore>) -> AppState {
    store.clock.set(Some(NOON_IN_HANOI));
    let mut state = typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "on_time");
    state = state.reduce(Action::EvidenceAdded { code: "1.1".into() });
    let title = Action::EvidenceChanged {
        code: "1.1".into(),
        index: 0,
        field: EvidenceField::Title,
        text: "Kế hoạch CCHC năm 2024".into(),
    };
    state = state.reduce(title);
    // An entry added and left empty names no document.
    state.reduce(Action::EvidenceAdded { code: "1.2".into() })
}

#[test]
fn a_save_writes_the_figures_and_the_time_the_list_shows() {
    let store = Rc::new(MemoryStore::default());
    let state = answered_with_evidence(&store);
    let items = parscore::app::counts::item_counts(&session(&state).set, None).self_assessed;
    let expected = SavedFigures { total: dec("5"), scale: dec("100"), answered: 1, items, evidence: 1 };
    let listed = &state.drafts[0];
    assert_eq!(listed.figures.as_ref(), Some(&expected));
    assert_eq!(listed.saved_at, Some(NOON_IN_HANOI));

    let back = AppState::restore(store.clone()).reduce(Action::DraftsListOpened);
    assert_eq!(back.drafts[0].figures.as_ref(), Some(&expected), "read from the store, not scored again");
    let figures = back.drafts[0].figures_text(Lang::Vi).unwrap();
    assert_eq!(figures, format!("5/100 điểm · đã chấm 1/{items} mục · 1 tài liệu kiểm chứng"));
    assert_eq!(back.drafts[0].saved_text(Lang::Vi, 420).unwrap(), "Lưu lúc 14:05, 04/12/2026");
    assert_eq!(back.drafts[0].saved_text(Lang::En, 0).unwrap(), "Saved 2026-12-04 07:05");
}

#[test]
fn a_refused_save_keeps_the_time_of_the_last_one_that_was_kept() {
    let store = Rc::new(MemoryStore::default());
    let state = answered_with_evidence(&store);
    store.failing.set(Some(StoreError::Full));
    store.clock.set(Some(NOON_IN_HANOI + 600));
    let state = typed(state, "1.2", InputField::Pass, "yes");
    assert_eq!(state.storage, Some(StoreError::Full));
    assert_eq!(state.drafts[0].saved_at, Some(NOON_IN_HANOI), "the list never claims a save that failed");

    store.failing.set(None);
    let state = typed(state, "1.2", InputField::Pass, "no");
    assert_eq!(state.drafts[0].saved_at, Some(NOON_IN_HANOI + 600));
}

#[test]
fn renaming_a_draft_from_the_list_stamps_it_and_a_scenario_is_not_its_figures() {
    let store = Rc::new(MemoryStore::default());
    let state = answered_with_evidence(&store);
    let id = session(&state).id.clone();

    // A scenario is tried on a copy: the list keeps the draft's own total.
    let state = state.reduce(Action::ScenarioStarted);
    let state = typed(state, "1.2", InputField::Pass, "yes");
    assert!(session(&state).card.totals.total > dec("5"));
    assert_eq!(state.drafts[0].figures.as_ref().map(|f| f.total), Some(dec("5")));
    let state = state.reduce(Action::ScenarioLeft).reduce(Action::DraftsListOpened);

    store.clock.set(Some(NOON_IN_HANOI + 3_600));
    let state = state.reduce(Action::DraftRenamed { id, name: "Bản nộp".into() });
    assert_eq!(state.drafts[0].saved_at, Some(NOON_IN_HANOI + 3_600));
    assert_eq!(state.drafts[0].figures.as_ref().map(|f| f.answered), Some(1));
}

#[test]
fn a_record_saved_before_the_figures_existed_still_opens_and_lists_none() {
    let store = Rc::new(MemoryStore::default());
    let state = answered_with_evidence(&store);
    let key = parscore::app::drafts::draft_key(&session(&state).id);
    let mut value: serde_json::Value =
        serde_json::from_str(&parscore::app::store::Store::get(&*store, &key).unwrap()).unwrap();
    let record = value.as_object_mut().unwrap();
    assert!(record.remove("figures").is_some() && record.remove("saved_at").is_some());
    parscore::app::store::Store::set(&*store, &key, &value.to_string()).unwrap();

    let back = AppState::restore(store.clone()).reduce(Action::DraftsListOpened);
    assert!(back.damaged.is_empty(), "{:?}", back.damaged);
    assert_eq!((back.drafts[0].figures.as_ref(), back.drafts[0].saved_text(Lang::Vi, 420)), (None, None));
}
