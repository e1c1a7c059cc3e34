//! The page's state between visits and its effects: the keyring kept in the store, the language
//! shared with the agency's page, removal only after confirmation, a refusing store said.

use parscore::app::authority::state::{Action, AuthorityState, Effect, KEYRING_KEY};
use parscore::app::authority::view::{file_rows, key_rows, Tone};
use parscore::app::store::{MemoryStore, Store, StoreError, LANG_KEY};
use parscore::Lang;

use crate::fixtures::{at, did, key_file, score_file};
use crate::util::signing::{read, TEACHING};

fn add_keys(state: &mut AuthorityState, store: &MemoryStore, files: &[(&str, String)]) {
    let effects = state.reduce(Action::KeyFilesRead {
        files: files.iter().map(|(n, t)| (n.to_string(), Ok(t.clone()))).collect(),
        now: at("2026-12-03T09:00:00Z"),
    });
    state.persist(&effects, store);
}

#[test]
fn the_keyring_is_found_again_on_the_next_visit() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    add_keys(&mut state, &store, &[("sa.json", key_file(1, "Sở A", "SA")), ("sb.json", key_file(2, "Sở B", "SB"))]);
    assert!(store.get(KEYRING_KEY).is_some());
    let next_visit = AuthorityState::restore(&store);
    assert_eq!(key_rows(&next_visit), key_rows(&state));
    assert_eq!(key_rows(&next_visit)[0].added, "2026-12-03");
}

#[test]
fn the_language_is_the_one_chosen_on_either_page() {
    let store = MemoryStore::default();
    // Chosen on the agency's page, which writes the same key.
    store.set(LANG_KEY, "en").unwrap();
    let mut state = AuthorityState::restore(&store);
    assert_eq!(state.lang, Lang::En);
    let effects = state.reduce(Action::LanguageSwitched(Lang::Vi));
    assert_eq!(effects, [Effect::SaveLang]);
    state.persist(&effects, &store);
    assert_eq!(store.get(LANG_KEY).as_deref(), Some("vi"));
}

#[test]
fn a_key_is_removed_only_once_confirmed() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    add_keys(&mut state, &store, &[("sa.json", key_file(1, "Sở A", "SA")), ("sb.json", key_file(2, "Sở B", "SB"))]);
    assert!(state.reduce(Action::KeyRemovalAsked { did: did(1) }).is_empty());
    assert_eq!(state.removing.as_deref(), Some(did(1).as_str()));
    state.reduce(Action::KeyRemovalCancelled);
    assert_eq!(key_rows(&state).len(), 2);
    state.reduce(Action::KeyRemovalAsked { did: did(1) });
    let effects = state.reduce(Action::KeyRemovalConfirmed);
    state.persist(&effects, &store);
    assert_eq!(key_rows(&AuthorityState::restore(&store)).iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["SB"]);
}

#[test]
fn a_store_that_refuses_is_remembered_and_the_keyring_still_works() {
    let store = MemoryStore::default();
    store.failing.set(Some(StoreError::Full));
    let mut state = AuthorityState::restore(&store);
    add_keys(&mut state, &store, &[("sa.json", key_file(1, "Sở A", "SA"))]);
    assert_eq!(state.storage, Some(StoreError::Full));
    assert_eq!(key_rows(&state).len(), 1);
    store.failing.set(Some(StoreError::Unavailable));
    assert_eq!(AuthorityState::restore(&store).storage, Some(StoreError::Unavailable));
}

#[test]
fn files_received_before_the_sets_arrive_are_checked_again_when_they_do() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    add_keys(&mut state, &store, &[("sa.json", key_file(1, "Sở A", "SA"))]);
    state.reduce(Action::ScoreFilesRead(vec![(
        "sa.score.json".into(),
        Ok(score_file(1, "SA", "2026-02-01T00:00:00Z")),
    )]));
    assert_eq!(file_rows(&state, Lang::Vi)[0].tone, Tone::Invalid, "no set known yet");
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    state.reduce(Action::BuiltInFetched { file: "missing.json".into(), text: Err("HTTP 404".into()) });
    let row = &file_rows(&state, Lang::Vi)[0];
    assert_eq!((row.tone, row.verdict.as_str()), (Tone::Valid, "Hợp lệ"));
    assert_eq!(state.sets_answered, 2);
    assert_eq!(
        parscore::app::authority::view::set_problems(&state, Lang::En),
        ["The criteria set missing.json cannot be loaded: HTTP 404"]
    );
    state.reduce(Action::ScoreFilesCleared);
    assert!(file_rows(&state, Lang::Vi).is_empty());
}
