//! Signed criteria sets in the agency's app: every set is verified when it loads (a tampered one
//! is refused, never kept), sets added from files are kept beside the built-in ones and can be
//! removed without losing a draft's set, and a set replaced under a draft is noticed.

use std::rc::Rc;

use ed25519_dalek::SigningKey;
use parscore::answers::InputField;
use parscore::app::drafts::to_json;
use parscore::app::library::BUILT_IN;
use parscore::app::state::{Action, AppState, DraftProblem, LibraryStatus, LoadFailure, Screen};
use parscore::app::store::{MemoryStore, Store};
use parscore::scorefile::Timestamp;
use parscore::signedset::{sign_set, Broken, SetChange, SetTrust};
use parscore::Lang;

use super::{agency, dec, session, total, typed, DEMO};

const PUBLISHER: &str = "Sở Nội vụ tỉnh Minh Hoạ";

fn key_a() -> SigningKey {
    SigningKey::from_bytes(&[3; 32])
}

fn key_b() -> SigningKey {
    SigningKey::from_bytes(&[5; 32])
}

fn signed(text: &str, key: &SigningKey) -> String {
    let created = Timestamp::parse("2026-01-02T03:04:05Z").expect("a time");
    sign_set(text, key, PUBLISHER, "SNV-MH", created).expect("the demo set signs")
}

/// The demo set with one title changed: the same id and version, other content.
fn replaced_demo() -> String {
    let changed = DEMO.replacen("Ban hành kế hoạch CCHC năm", "Ban hành kế hoạch CCHC năm (sửa)", 1);
    assert_ne!(changed, DEMO);
    signed(&changed, &key_a())
}

fn open_file(state: AppState, name: &str, text: String) -> AppState {
    state.reduce(Action::FileOpened { name: name.into(), text })
}

/// A draft with one answer on `text`, in `store`, then the list of drafts.
fn draft_on(store: &Rc<MemoryStore>, text: String) -> (AppState, String) {
    let state = open_file(AppState::restore(store.clone()), "set.json", text)
        .reduce(Action::DraftCreated { agency: agency(), year: 2024 });
    let state = typed(state, "1.1", InputField::Level, "on_time");
    let id = session(&state).id.clone();
    (state.reduce(Action::DraftsListOpened), id)
}

fn set_keys(store: &MemoryStore) -> usize {
    store.keys().iter().filter(|k| k.starts_with("parscore.set.")).count()
}

#[test]
fn a_signed_set_from_a_file_names_its_publisher_and_is_kept_after_a_reload() {
    let store = Rc::new(MemoryStore::default());
    let state = open_file(AppState::restore(store.clone()), "snv.json", signed(DEMO, &key_a()));
    let Screen::NewDraft(set) = &state.screen else { panic!("a new draft on the set, got {:?}", state.screen) };
    let SetTrust::Signed { publisher, fingerprint, registered: None } = &*set.trust else {
        panic!("a valid signature, got {:?}", set.trust)
    };
    assert_eq!(publisher.name, PUBLISHER);
    let vi = set.trust.text(Lang::Vi);
    assert!(vi.starts_with("Ban hành bởi Sở Nội vụ tỉnh Minh Hoạ (SNV-MH)"), "{vi}");
    assert!(vi.contains(fingerprint.as_str()) && vi.ends_with("chữ ký hợp lệ"), "{vi}");
    assert!(set.trust.text(Lang::En).starts_with("Issued by Sở Nội vụ tỉnh Minh Hoạ (SNV-MH)"));

    let back = AppState::restore(store.clone());
    assert_eq!(back.added.len(), 1, "listed in the picker after a reload");
    assert_eq!(back.added[0].sha256, set.sha256);
    assert_eq!(back.added[0].trust, set.trust);

    // The same file again is not listed twice.
    let again = open_file(back, "snv.json", signed(DEMO, &key_a()));
    assert_eq!(again.added.len(), 1);
}

#[test]
fn an_unsigned_set_is_used_with_a_plain_warning() {
    let state = open_file(AppState::new(Lang::Vi), "demo.json", DEMO.into());
    let Screen::NewDraft(set) = &state.screen else { panic!("an unsigned set is still usable") };
    assert_eq!(*set.trust, SetTrust::Unsigned);
    assert!(set.trust.text(Lang::Vi).starts_with("Bộ tiêu chí không có chữ ký"));
    assert!(set.trust.text(Lang::En).starts_with("The criteria set is not signed"));
}

#[test]
fn a_set_changed_after_signing_is_refused_and_never_kept() {
    let store = Rc::new(MemoryStore::default());
    let altered = signed(DEMO, &key_a()).replacen(r#""max": "5""#, r#""max": "4""#, 1);
    let state = open_file(AppState::restore(store.clone()), "altered.json", altered.clone());
    assert_eq!(state.screen, Screen::Drafts, "never loaded");
    let rejected = state.rejected_file.as_ref().expect("the file is refused");
    assert_eq!(rejected.failure, LoadFailure::Tampered(Broken::BadSignature));
    assert!(state.added.is_empty());
    assert_eq!(set_keys(&store), 0, "nothing kept");

    // A built-in file is checked the same way.
    let fetched = state.reduce(Action::BuiltInFetched { file: BUILT_IN[0], text: Ok(altered) });
    let refused = fetched.library.iter().find(|e| e.file == BUILT_IN[0]).map(|e| e.status.clone());
    assert_eq!(refused, Some(LibraryStatus::Failed(LoadFailure::Tampered(Broken::BadSignature))));
}

#[test]
fn removing_an_added_set_keeps_the_set_a_draft_uses() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, signed(DEMO, &key_a()));
    let sha = state.added[0].sha256.clone();

    let state = state.reduce(Action::AddedSetRemoved(sha.clone()));
    assert!(state.added.is_empty());
    assert_eq!(set_keys(&store), 1, "the draft's set stays");
    let back = AppState::restore(store.clone());
    assert!(back.added.is_empty(), "no longer listed after a reload");
    let reopened = back.reduce(Action::DraftOpened(id.clone()));
    assert_eq!(session(&reopened).set.sha256, sha);
    assert_eq!(total(&reopened), dec("5"), "the draft still scores with its set");

    // With the last draft gone, the text goes too.
    let state = reopened.reduce(Action::DraftDeleted(id));
    assert!(state.drafts.is_empty());
    assert_eq!(set_keys(&store), 0);
}

#[test]
fn a_set_replaced_under_a_draft_is_said_plainly_and_not_used() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, signed(DEMO, &key_a()));
    let original = state.added[0].sha256.clone();
    let before = total(&state.clone().reduce(Action::DraftOpened(id.clone())));

    let state = open_file(state, "replaced.json", replaced_demo()).reduce(Action::DraftsListOpened);
    assert_eq!(state.added.len(), 2, "another content: a set of its own");
    let opened = state.reduce(Action::DraftOpened(id.clone()));
    let s = session(&opened);
    let Some(SetChange::Replaced { id: set_id, version, remembered, found }) = &s.set_change else {
        panic!("the replacement is noticed, got {:?}", s.set_change)
    };
    assert_eq!((set_id.as_str(), version.as_str(), remembered), ("demo-district-2024", "1.0.0", &original));
    assert_ne!(found, &original);
    let change = s.set_change.as_ref().map(|c| (c.text(Lang::Vi), c.text(Lang::En)));
    let (vi, en) = change.expect("a message");
    assert!(vi.contains("đã bị thay nội dung mà không đổi phiên bản"), "{vi}");
    assert!(en.contains("was replaced without a new version"), "{en}");
    assert_eq!(s.set.sha256, original, "the draft keeps the set it was made with");
    assert_eq!(total(&opened), before);

    // After a reload too.
    let back = AppState::restore(store.clone());
    assert!(matches!(session(&back).set_change, Some(SetChange::Replaced { .. })));
}

#[test]
fn the_same_set_signed_by_another_key_is_noticed() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, signed(DEMO, &key_a()));
    let state = open_file(state, "other-key.json", signed(DEMO, &key_b())).reduce(Action::DraftsListOpened);
    assert_eq!(state.added.len(), 1, "the same content replaces the kept text");
    let opened = state.reduce(Action::DraftOpened(id));
    let change = session(&opened).set_change.clone();
    assert!(matches!(change, Some(SetChange::OtherPublisher { found: Some(_), .. })), "{change:?}");
    assert!(change.is_some_and(|c| c.text(Lang::Vi).starts_with("Bộ tiêu chí nay được ký bởi khoá")));
}

#[test]
fn a_set_signed_after_the_draft_was_made_is_the_same_set() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, DEMO.into());
    let state = open_file(state, "signed.json", signed(DEMO, &key_a())).reduce(Action::DraftsListOpened);
    let opened = state.reduce(Action::DraftOpened(id));
    assert_eq!(session(&opened).set_change, None);
    assert_eq!(total(&opened), dec("5"));
}

#[test]
fn a_draft_file_whose_set_was_replaced_is_not_rescored_with_the_other_set() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, signed(DEMO, &key_a()));
    let file = to_json(&*session(&state.reduce(Action::DraftOpened(id))).draft);

    // Another browser has only the replaced set.
    let other = open_file(AppState::new(Lang::Vi), "replaced.json", replaced_demo()).reduce(Action::DraftsListOpened);
    let refused = other.reduce(Action::DraftFileImported { name: "ban.draft.json".into(), text: file });
    assert!(refused.scoring().is_none());
    let Some(DraftProblem::SetReplaced { name, change: SetChange::Replaced { .. } }) = &refused.draft_problem else {
        panic!("the import is refused, got {:?}", refused.draft_problem)
    };
    assert_eq!(name, "ban.draft.json");
    assert!(refused.drafts.is_empty());
}

#[test]
fn an_unsigned_built_in_copy_of_a_drafts_signed_set_is_no_replacement() {
    let store = Rc::new(MemoryStore::default());
    let (state, id) = draft_on(&store, signed(DEMO, &key_a()));
    let sha = state.added[0].sha256.clone();
    state.reduce(Action::AddedSetRemoved(sha));
    let back =
        AppState::restore(store.clone()).reduce(Action::BuiltInFetched { file: BUILT_IN[0], text: Ok(DEMO.into()) });
    let opened = back.reduce(Action::DraftsListOpened).reduce(Action::DraftOpened(id));
    let s = session(&opened);
    assert_eq!(s.set_change, None);
    assert!(matches!(&*s.set.trust, SetTrust::Signed { .. }), "the draft's own signed text: {:?}", s.set.trust);
}
