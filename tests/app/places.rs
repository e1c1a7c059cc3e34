//! The form's address (a hash route): every draft, view, section and item has one, Back and
//! Forward go through `Action::PlaceChanged`, and an address opened later comes back to the place.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::state::{Action, AppState, Place, Screen, View};
use parscore::app::store::MemoryStore;

use super::{demo_draft, session, typed};

fn draft_place(id: &str, view: View, section: &str, item: Option<&str>) -> Place {
    Place::Draft { id: id.into(), view, section: Some(section.into()), item: item.map(Into::into) }
}

#[test]
fn an_address_reads_back_as_the_place_it_was_made_from() {
    let places = [
        Place::Drafts,
        Place::Storage,
        draft_place("7", View::Chart, "2", Some("2.1")),
        draft_place("12", View::Losses, "+", None),
        draft_place("3", View::Form, "A & B", Some("Mục 1=#%")),
    ];
    for place in places {
        assert_eq!(Place::parse(&place.to_hash()), place, "{}", place.to_hash());
    }
    assert_eq!(draft_place("7", View::Chart, "2", Some("2.1")).to_hash(), "#draft=7&view=chart&section=2&item=2.1");
    assert_eq!(
        Place::parse("#draft=3&item=M%E1%BB%A5c%201"),
        Place::Draft { id: "3".into(), view: View::Form, section: None, item: Some("Mục 1".into()) }
    );
    assert_eq!(
        Place::parse("#draft=3&view=slides&x=1&item=%zz"),
        Place::Draft { id: "3".into(), view: View::Form, section: None, item: Some("%zz".into()) }
    );
    assert_eq!(Place::parse(""), Place::Drafts);
    assert_eq!(Place::parse("#view=chart"), Place::Drafts, "no draft named");
}

#[test]
fn the_place_follows_what_the_user_opens() {
    let state = demo_draft(AppState::restore(Rc::new(MemoryStore::default())));
    let id = session(&state).id.clone();
    assert_eq!(state.place(), draft_place(&id, View::Form, "1", None));
    let state = state.reduce(Action::ItemOpened("2.1".into()));
    assert_eq!(state.place(), draft_place(&id, View::Form, "2", Some("2.1")));
    let state = state.reduce(Action::ViewOpened(View::Chart));
    assert_eq!(state.place(), draft_place(&id, View::Chart, "2", Some("2.1")));
    let state = state.reduce(Action::DraftsListOpened);
    assert_eq!(state.place(), Place::Drafts);
    let state = state.reduce(Action::StorageScreenOpened);
    assert_eq!(state.place(), Place::Storage);
}

#[test]
fn back_forward_and_a_bookmark_go_to_the_place_named() {
    let store = Rc::new(MemoryStore::default());
    let first = demo_draft(AppState::restore(store.clone()));
    let first_id = session(&first).id.clone();
    let state = typed(first, "1.1", InputField::Level, "on_time").reduce(Action::DraftsListOpened);
    let state = demo_draft(state);
    let second_id = session(&state).id.clone();
    assert_ne!(first_id, second_id);

    // Back to the first draft's chart, on its item 2.1.
    let state = state.reduce(Action::PlaceChanged(draft_place(&first_id, View::Chart, "2", Some("2.1"))));
    assert_eq!(state.screen, Screen::Draft);
    let open = session(&state);
    assert_eq!((open.id.as_str(), open.view, open.focus.as_deref()), (first_id.as_str(), View::Chart, Some("2.1")));
    assert_eq!(open.draft.answers["1.1"].level.as_deref(), Some("on_time"), "its own answers");

    // The place it is already at asks for nothing.
    let (_, effects) = state.clone().transition(Action::PlaceChanged(state.place()));
    assert!(effects.is_empty(), "{effects:?}");

    // A section without an item, then the list, then a draft this browser does not have.
    let state = state.reduce(Action::PlaceChanged(draft_place(&second_id, View::Form, "2", None)));
    assert_eq!(state.place(), draft_place(&second_id, View::Form, "2", None));
    let state = state.reduce(Action::PlaceChanged(Place::Drafts));
    assert_eq!(state.screen, Screen::Drafts);
    let state = state.reduce(Action::PlaceChanged(draft_place("999", View::Form, "1", None)));
    assert_eq!(state.screen, Screen::Drafts, "an unknown draft leaves the list showing");

    // A bookmark opened after a restart.
    let back = AppState::restore(store.clone())
        .reduce(Action::PlaceChanged(Place::parse(&format!("#draft={first_id}&view=losses&section=2"))));
    assert_eq!(back.place(), draft_place(&first_id, View::Losses, "2", None));
}

#[test]
fn the_tab_title_names_the_open_draft() {
    let state = demo_draft(AppState::restore(Rc::new(MemoryStore::default())));
    assert_eq!(state.page_title(), "UBND huyện Minh Hoạ 2024 · Tự đánh giá Chỉ số cải cách hành chính");
    let state = state.reduce(Action::DraftsListOpened);
    assert_eq!(state.page_title(), "Tự đánh giá Chỉ số cải cách hành chính");
}
