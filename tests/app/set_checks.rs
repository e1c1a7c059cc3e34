//! Signed sets on the agency's form, which carries no verifier (`SetChecks::Worker`): an
//! unsigned set loads at once; a signed one waits for the verifier worker's verdict, which is
//! kept by the text's SHA-256 so that a reload (or a draft on the set) needs no second check; a
//! tampered verdict refuses the file; a worker that cannot run says why.

use std::rc::Rc;

use ed25519_dalek::SigningKey;
use parscore::answers::InputField;
use parscore::app::library::BUILT_IN;
use parscore::app::state::{
    Action, AppState, LibraryStatus, LoadFailure, Purpose, Screen, SetChecks, VERDICTS_KEY, WORKER,
};
use parscore::app::store::{MemoryStore, Store};
use parscore::scorefile::Timestamp;
use parscore::signedset::{sign_set, verify_set, Broken, SetTrust, SignatureVerdict};
use parscore::Lang;

use super::{agency, dec, session, total, typed, DEMO};

fn signed() -> String {
    let created = Timestamp::parse("2026-01-02T03:04:05Z").expect("a time");
    sign_set(DEMO, &SigningKey::from_bytes(&[3; 32]), "Sở Nội vụ tỉnh Minh Hoạ", "SNV-MH", created).expect("signs")
}

fn form(store: &Rc<MemoryStore>) -> AppState {
    AppState::restore_with(store.clone(), SetChecks::Worker(&WORKER))
}

fn open_file(state: AppState, name: &str, text: &str) -> AppState {
    state.reduce(Action::FileOpened { name: name.into(), text: text.into() })
}

/// What the web layer does: each waiting text to the worker, whose verdicts come back.
fn worker_answers(state: AppState) -> AppState {
    let texts: Vec<String> = state.unchecked.iter().map(|u| u.text.to_string()).collect();
    let verdicts = texts.iter().map(|t| SignatureVerdict::of(&verify_set(t, None))).collect();
    state.reduce(Action::SetsChecked { texts, verdicts })
}

#[test]
fn an_unsigned_set_loads_at_once_without_the_worker() {
    let state = open_file(form(&Rc::new(MemoryStore::default())), "demo.json", DEMO);
    assert!(state.unchecked.is_empty());
    let Screen::NewDraft(set) = &state.screen else { panic!("a new draft, got {:?}", state.screen) };
    assert_eq!(*set.trust, SetTrust::Unsigned);
}

#[test]
fn a_signed_set_waits_for_the_worker_then_opens_with_its_verdict_and_is_not_asked_again() {
    let store = Rc::new(MemoryStore::default());
    let text = signed();
    let state = open_file(form(&store), "snv.json", &text);
    assert_eq!(state.screen, Screen::Drafts, "not opened before the verdict");
    assert_eq!(state.rejected_file, None);
    assert_eq!(state.unchecked.len(), 1);
    assert_eq!(state.unchecked[0].purpose, Purpose::Opened("snv.json".into()));
    assert_eq!(state.checking_file().as_deref(), Some("snv.json"), "the page says it is checking");
    assert_eq!(LoadFailure::Unchecked.summary("snv.json", Lang::Vi), "Đang kiểm tra chữ ký số của tệp snv.json…");

    let state = worker_answers(state);
    assert!(state.unchecked.is_empty());
    let Screen::NewDraft(set) = &state.screen else { panic!("a new draft, got {:?}", state.screen) };
    assert_eq!(*set.trust, verify_set(&text, None), "the worker's verdict, as the page would find it");
    assert!(store.get(VERDICTS_KEY).is_some(), "the verdict is kept");

    // A draft on it, then a reload: the set and the draft open with no second check.
    let state =
        typed(state.reduce(Action::DraftCreated { agency: agency(), year: 2024 }), "1.1", InputField::Level, "on_time");
    let id = session(&state).id.clone();
    let back = form(&store);
    assert!(back.unchecked.is_empty(), "nothing to ask: {:?}", back.unchecked);
    assert_eq!(back.added.len(), 1);
    assert_eq!(*back.added[0].trust, verify_set(&text, None));
    let reopened = back.reduce(Action::DraftOpened(id));
    assert_eq!(total(&reopened), dec("5"));
    assert!(matches!(&*session(&reopened).set.trust, SetTrust::Signed { .. }));
}

#[test]
fn a_tampered_verdict_refuses_the_file_and_keeps_nothing() {
    let store = Rc::new(MemoryStore::default());
    let altered = signed().replacen(r#""max": "5""#, r#""max": "4""#, 1);
    let state = worker_answers(open_file(form(&store), "altered.json", &altered));
    assert_eq!(state.screen, Screen::Drafts);
    let rejected = state.rejected_file.as_ref().expect("refused");
    // In the words a page with the verifier says it.
    let here = LoadFailure::Tampered(Broken::BadSignature);
    for lang in [Lang::Vi, Lang::En] {
        assert_eq!(rejected.failure.summary("altered.json", lang), here.summary("altered.json", lang));
    }
    assert!(state.added.is_empty());
    assert_eq!(store.get(VERDICTS_KEY), None, "a refusal is not kept");

    // A signed built-in file waits as "loading", then is refused the same way.
    let state = state.reduce(Action::BuiltInFetched { file: BUILT_IN[0], text: Ok(altered) });
    let status = |s: &AppState| s.library.iter().find(|e| e.file == BUILT_IN[0]).map(|e| e.status.clone());
    assert_eq!(status(&state), Some(LibraryStatus::Loading));
    let state = worker_answers(state);
    let Some(LibraryStatus::Failed(failure)) = status(&state) else { panic!("refused: {:?}", status(&state)) };
    assert_eq!(failure.summary("x", Lang::Vi), here.summary("x", Lang::Vi));
}

#[test]
fn a_worker_that_cannot_run_says_why_for_the_file_waiting_on_it() {
    let state = open_file(form(&Rc::new(MemoryStore::default())), "snv.json", &signed());
    let reason = "trình duyệt không chạy được Web Worker".to_string();
    let state = state.reduce(Action::SetsUncheckable { reason: reason.clone() });
    assert!(state.unchecked.is_empty());
    let rejected = state.rejected_file.as_ref().expect("said");
    assert_eq!(rejected.failure, LoadFailure::Unreadable(reason));
}

#[test]
fn kept_signed_sets_without_a_verdict_are_asked_about_when_the_form_starts() {
    // Kept by a page that checks signatures itself (no verdict stored), as before this version.
    let store = Rc::new(MemoryStore::default());
    let text = signed();
    let state = open_file(AppState::restore(store.clone()), "snv.json", &text);
    let state = state.reduce(Action::DraftCreated { agency: agency(), year: 2024 });
    let id = session(&state).id.clone();
    assert_eq!(store.get(VERDICTS_KEY), None);

    let started = form(&store);
    assert!(started.added.is_empty(), "not listed before its verdict");
    assert_eq!(started.unchecked.len(), 1, "one kept text, asked once: {:?}", started.unchecked);
    assert_eq!(started.unchecked[0].purpose, Purpose::Kept);
    assert!(started.damaged.is_empty(), "waiting is not damage");
    let checked = worker_answers(started);
    assert_eq!(checked.added.len(), 1, "listed once judged");
    let reopened = checked.reduce(Action::DraftOpened(id));
    assert!(matches!(&*session(&reopened).set.trust, SetTrust::Signed { .. }));
}

#[test]
fn a_page_that_checks_on_the_spot_opens_a_signed_set_at_once_and_ignores_worker_verdicts() {
    let store = Rc::new(MemoryStore::default());
    let text = signed();
    let state = open_file(AppState::restore(store.clone()), "snv.json", &text);
    assert!(state.unchecked.is_empty(), "nothing waits on a page that carries the verifier");
    let Screen::NewDraft(set) = &state.screen else { panic!("a new draft, got {:?}", state.screen) };
    assert!(matches!(&*set.trust, SetTrust::Signed { .. }), "{:?}", set.trust);
    // A verdict or a failure that reached such a page by mistake changes nothing and keeps nothing.
    let state = state.reduce(Action::SetsChecked { texts: vec![text], verdicts: vec![SignatureVerdict::Holds] });
    let state = state.reduce(Action::SetsUncheckable { reason: "x".into() });
    assert!(matches!(state.screen, Screen::NewDraft(_)));
    assert_eq!(store.get(VERDICTS_KEY), None);
}
