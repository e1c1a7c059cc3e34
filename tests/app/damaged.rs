//! Stored entries the app cannot use: listed with their raw text (never left out silently),
//! importable where they hold a file, deleted only when the user asks.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::damaged::{Damage, EntryKind};
use parscore::app::state::{Action, AppState, DraftProblem, Screen};
use parscore::app::store::{MemoryStore, Store};
use parscore::Lang;

use super::{demo_draft, session, typed, DEMO};

/// A store with one good draft (answered) and what `damage` does to it afterwards.
fn store_with_draft(damage: impl FnOnce(&MemoryStore, &str)) -> (Rc<MemoryStore>, String) {
    let store = Rc::new(MemoryStore::default());
    let state = typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "on_time");
    let id = session(&state).id.clone();
    damage(&store, &id);
    (store, id)
}

fn draft_key(id: &str) -> String {
    format!("parscore.draft.{id}")
}

#[test]
fn a_truncated_draft_is_listed_as_damaged_with_its_raw_text_and_where_it_breaks() {
    let (store, id) = store_with_draft(|store, id| {
        let text = store.get(&draft_key(id)).expect("stored");
        store.set(&draft_key(id), &text[..text.len() / 2]).expect("stored");
    });
    let state = AppState::restore(store.clone());
    assert!(state.drafts.is_empty(), "it cannot be opened");
    let [entry] = &state.damaged[..] else { panic!("one damaged entry: {:?}", state.damaged) };
    assert_eq!((entry.key.as_str(), entry.kind), (draft_key(&id).as_str(), EntryKind::Draft));
    assert_eq!(Some(&entry.raw), store.get(&draft_key(&id)).as_ref(), "the raw text, exactly");
    assert!(matches!(entry.damage, Damage::Unreadable(_)));
    assert_eq!(entry.title(Lang::Vi), format!("Bản tự đánh giá số {id}"));
    assert!(entry.why(Lang::Vi).starts_with("Không đọc được: dòng "), "{}", entry.why(Lang::Vi));
    assert!(entry.why(Lang::En).starts_with("Cannot be read: line "), "{}", entry.why(Lang::En));
    assert_eq!(entry.file_name(), format!("parscore.draft.{id}.json"));
}

#[test]
fn a_draft_written_by_a_newer_version_is_damaged_and_never_overwritten() {
    let (store, id) = store_with_draft(|store, id| {
        let text = store.get(&draft_key(id)).expect("stored");
        let newer = text.replacen("\"parscore-draft/1\"", "\"parscore-draft/2\"", 1);
        store.set(&draft_key(id), &newer).expect("stored");
    });
    let state = AppState::restore(store.clone());
    assert!(state.session.is_none(), "not opened, so not saved over");
    let [entry] = &state.damaged[..] else { panic!("one damaged entry") };
    assert_eq!(entry.damage, Damage::Newer("parscore-draft/2".into()));
    assert!(entry.why(Lang::En).contains("newer version of the app (format parscore-draft/2)"));
    // A new draft takes another id.
    let state = demo_draft(state);
    assert_ne!(session(&state).id, id);
    assert!(store.get(&draft_key(&id)).expect("kept").contains("parscore-draft/2"));

    let newer_record = r#"{"record_format": 2, "draft": {}}"#;
    store.set(&draft_key("9"), newer_record).expect("stored");
    let state = AppState::restore(store.clone());
    assert!(state
        .damaged
        .iter()
        .any(|e| e.key == draft_key("9") && e.damage == Damage::Newer("record_format 2".into())));
}

#[test]
fn trying_to_import_a_damaged_draft_recovers_its_answers_into_a_new_draft() {
    // A record the app cannot read (its section is a number), whose draft is intact.
    let (store, id) = store_with_draft(|store, id| {
        let text = store.get(&draft_key(id)).expect("stored");
        let mut value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        value["section"] = serde_json::json!(12);
        store.set(&draft_key(id), &value.to_string()).expect("stored");
    });
    let state =
        AppState::restore(store.clone()).reduce(Action::FileOpened { name: "demo.json".into(), text: DEMO.into() });
    let state = state.reduce(Action::DamagedEntryImported(draft_key(&id)));
    assert_eq!(state.screen, Screen::Draft);
    assert_ne!(session(&state).id, id);
    assert_eq!(session(&state).typed("1.1").text(InputField::Level), "on_time");
    assert_eq!(state.damaged.len(), 1, "the damaged entry stays until the user deletes it");
    assert!(store.get(&draft_key(&id)).is_some());
}

#[test]
fn importing_a_truncated_draft_says_where_it_breaks() {
    let (store, id) = store_with_draft(|store, id| {
        let text = store.get(&draft_key(id)).expect("stored");
        store.set(&draft_key(id), &text[..40]).expect("stored");
    });
    let state = AppState::restore(store).reduce(Action::DamagedEntryImported(draft_key(&id)));
    let Some(DraftProblem::NotADraft { name, error }) = &state.draft_problem else {
        panic!("a located problem: {:?}", state.draft_problem)
    };
    assert_eq!(name, &format!("parscore.draft.{id}.json"));
    assert!(error.location.starts_with("line "), "{error:?}");
}

#[test]
fn a_damaged_set_text_key_and_list_are_listed_and_deleted_only_on_request() {
    let store = Rc::new(MemoryStore::default());
    store.set("parscore.set.abc", "{\"format\": \"parscore-criteria/1\"").expect("stored");
    store.set("parscore.set.def", "{\"format\": \"parscore-criteria/3\"}").expect("stored");
    store.set("parscore.signing-key", "{\"format\": \"parscore-stored-key/1\", \"backup\": 5}").expect("stored");
    store.set("parscore.sets", "{}").expect("stored");
    let state = AppState::restore(store.clone());
    let kinds: Vec<(&str, EntryKind)> = state.damaged.iter().map(|e| (e.key.as_str(), e.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("parscore.set.abc", EntryKind::CriteriaText),
            ("parscore.set.def", EntryKind::CriteriaText),
            ("parscore.sets", EntryKind::AddedSets),
            ("parscore.signing-key", EntryKind::SigningKey),
        ]
    );
    assert_eq!(state.damaged[1].damage, Damage::Newer("parscore-criteria/3".into()));
    assert!(state.damaged[3].importable().is_none(), "a key is recovered from its download");
    assert_eq!(state.damaged[0].title(Lang::En), "Stored criteria set (SHA-256 abc)");

    // Trying the set text shows the criteria file's own located problem.
    let state = state.reduce(Action::DamagedEntryImported("parscore.set.abc".into()));
    assert!(state.rejected_file.is_some());

    let state = state.reduce(Action::DamagedEntryDeleted("parscore.set.abc".into()));
    assert!(store.get("parscore.set.abc").is_none());
    assert_eq!(state.damaged.len(), 3);
    // Only a listed damaged entry can be deleted this way.
    store.set("parscore.lang", "en").expect("stored");
    let state = state.reduce(Action::DamagedEntryDeleted("parscore.lang".into()));
    assert_eq!(store.get("parscore.lang").as_deref(), Some("en"));
    assert_eq!(state.damaged.len(), 3);
}

#[test]
fn an_entry_damaged_in_another_tab_appears_when_the_browser_says_so() {
    let (store, id) = store_with_draft(|_, _| {});
    let state = AppState::restore(store.clone()).reduce(Action::DraftsListOpened);
    assert!(state.damaged.is_empty());
    store.set(&draft_key(&id), "{").expect("stored");
    let state = state.reduce(Action::StoreChangedElsewhere);
    assert_eq!(state.damaged.len(), 1);
}

#[test]
fn a_set_text_changed_under_a_loaded_set_is_read_again_and_listed() {
    // The demo set, opened from a file: kept as an added set, loaded at every start.
    let store = Rc::new(MemoryStore::default());
    let state =
        AppState::restore(store.clone()).reduce(Action::FileOpened { name: "demo.json".into(), text: DEMO.into() });
    let key = format!("parscore.set.{}", state.added[0].sha256);
    assert_eq!(store.get(&key).as_deref(), Some(DEMO), "the text is kept as it was read");
    let state = AppState::restore(store.clone());
    assert_eq!(state.added.len(), 1);
    assert!(state.damaged.is_empty(), "{:?}", state.damaged);

    // Another tab (or a hand) changes the kept text: it is not the loaded set's any more.
    store.set(&key, &DEMO.replacen("\"max\"", "\"maxx\"", 1)).expect("stored");
    let state = state.reduce(Action::StoreChangedElsewhere);
    let [entry] = &state.damaged[..] else { panic!("one damaged entry: {:?}", state.damaged) };
    assert_eq!((entry.key.as_str(), entry.kind), (key.as_str(), EntryKind::CriteriaText));
    assert!(matches!(entry.damage, Damage::NotUsable(_)), "{:?}", entry.damage);
}

#[test]
fn a_readable_record_that_names_a_later_layout_is_not_opened_nor_listed_as_a_draft() {
    let (store, _) = store_with_draft(|store, id| {
        let text = store.get(&draft_key(id)).expect("stored");
        store.set(&draft_key(id), &text.replacen('{', "{\n  \"record_format\": 2,", 1)).expect("stored");
    });
    let state = AppState::restore(store.clone());
    assert!(state.drafts.is_empty(), "an older app does not read (and then overwrite) it");
    assert!(state.session.is_none());
    let [entry] = &state.damaged[..] else { panic!("one damaged entry: {:?}", state.damaged) };
    assert_eq!(entry.damage, Damage::Newer("record_format 2".into()));

    // The layout this version writes, named, reads; a layout that is no number is a damaged record.
    for (named, opens) in [("\"record_format\": 1,", true), ("\"record_format\": \"2\",", false)] {
        let (store, _) = store_with_draft(|store, id| {
            let text = store.get(&draft_key(id)).expect("stored");
            store.set(&draft_key(id), &text.replacen('{', &format!("{{\n  {named}"), 1)).expect("stored");
        });
        let state = AppState::restore(store);
        assert_eq!(state.drafts.len(), usize::from(opens), "{named}");
        assert_eq!(state.damaged.len(), usize::from(!opens), "{named}: {:?}", state.damaged);
        if let [entry] = &state.damaged[..] {
            assert!(entry.why(Lang::En).contains("record_format"), "{}", entry.why(Lang::En));
        }
    }
}
