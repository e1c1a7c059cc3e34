//! Two tabs (or windows) on one draft, over one store: what each saves is merged field by field,
//! changes from the other tab arrive live, and a field changed in both keeps both versions until
//! the user chooses.

use std::rc::Rc;

use parscore::answers::{Evidence, InputField};
use parscore::app::drafts::{self, Record};
use parscore::app::merge::{self, Conflict, FieldKey};
use parscore::app::sections::Section;
use parscore::app::state::{Action, AppState};
use parscore::app::store::{MemoryStore, StoreError};

use super::{dec, demo_draft, session, total, typed};

/// A first tab with a new draft on the demo set, and a second tab opened on it.
fn two_tabs() -> (Rc<MemoryStore>, AppState, AppState) {
    let store = Rc::new(MemoryStore::default());
    let a = demo_draft(AppState::restore(store.clone()));
    let b = AppState::restore(store.clone());
    assert_eq!(session(&b).id, session(&a).id, "the second tab opens the draft open in the first");
    (store, a, b)
}

fn stored(store: &MemoryStore, state: &AppState) -> Record {
    drafts::load(store, &session(state).id).expect("the draft is stored")
}

fn justification(state: &AppState, code: &str) -> String {
    session(state).typed(code).text(InputField::Justification).to_string()
}

#[test]
fn the_issues_scenario_keeps_both_tabs_typing_after_a_reload() {
    let (store, a, b) = two_tabs();
    let a = typed(a, "2.3", InputField::Justification, "Hai sáng kiến");
    // Tab B has not heard of A's change: it saves over a revision it did not read.
    let b = typed(b, "1.3", InputField::Count, "1");
    assert_eq!(justification(&b, "2.3"), "Hai sáng kiến", "B merged A's justification when it saved");
    drop(a);
    let reloaded = AppState::restore(store.clone());
    assert_eq!(justification(&reloaded, "2.3"), "Hai sáng kiến");
    assert_eq!(session(&reloaded).typed("1.3").text(InputField::Count), "1");
    assert_eq!(session(&reloaded).draft.answer("1.3").and_then(|a| a.count), Some(1));
    assert!(session(&reloaded).conflicts.is_empty());
    assert_eq!(total(&reloaded), dec("8"), "1.3 is scored from the merged count");
}

#[test]
fn a_tab_that_saved_still_merges_what_the_other_saved_unannounced() {
    let (store, a, b) = two_tabs();
    // A types on: from its second save on, the store holds what A wrote, and A does not read
    // its own record back.
    let a = typed(a, "2.3", InputField::Justification, "Hai sáng kiến");
    let first = stored(&store, &a).revision;
    let a = typed(a, "2.3", InputField::Justification, "Hai sáng kiến mới");
    assert_eq!(stored(&store, &a).revision, first + 1, "one revision a save");
    // The storage page's count follows the saves without reading the store back.
    assert_eq!(a.storage_used, drafts::bytes_used(&*store));
    // B saves; A has not heard of it when it saves again, and must not write over it.
    let b = typed(b, "1.3", InputField::Count, "1");
    assert_eq!(justification(&b, "2.3"), "Hai sáng kiến mới");
    let after_b = stored(&store, &b).revision;
    let a = typed(a, "1.1", InputField::Level, "on_time");
    assert_eq!(session(&a).typed("1.3").text(InputField::Count), "1", "A merged B's count when it saved");
    let reloaded = AppState::restore(store.clone());
    assert_eq!(justification(&reloaded, "2.3"), "Hai sáng kiến mới");
    assert_eq!(session(&reloaded).typed("1.3").text(InputField::Count), "1");
    assert_eq!(session(&reloaded).typed("1.1").text(InputField::Level), "on_time");
    assert!(session(&reloaded).conflicts.is_empty());
    assert_eq!(stored(&store, &a).revision, after_b + 1);
}

#[test]
fn a_change_in_one_tab_appears_live_in_the_other_without_a_write() {
    let (store, a, b) = two_tabs();
    let a = typed(a, "1.1", InputField::Level, "on_time");
    let revision = stored(&store, &a).revision;
    let b = b.reduce(Action::SectionOpened(Section::Bonus)).reduce(Action::StoreChangedElsewhere);
    assert_eq!(session(&b).typed("1.1").text(InputField::Level), "on_time");
    assert_eq!(total(&b), dec("5"));
    // B's own section change was saved before; taking A's change writes nothing more, so the
    // tabs do not answer each other's events for ever.
    let after_b = stored(&store, &b).revision;
    let b = b.reduce(Action::StoreChangedElsewhere);
    assert_eq!(stored(&store, &b).revision, after_b);
    assert!(after_b > revision);
    let a = a.reduce(Action::StoreChangedElsewhere);
    assert_eq!(stored(&store, &a).revision, after_b, "A takes B's save without writing again");
    assert_eq!(session(&a).typed("1.1").text(InputField::Level), "on_time");
}

#[test]
fn two_inputs_of_one_item_typed_in_two_tabs_make_one_answer() {
    let (store, a, b) = two_tabs();
    let a = typed(a, "2.1", InputField::Numerator, "45");
    let b = typed(b, "2.1", InputField::Denominator, "50");
    let a = a.reduce(Action::StoreChangedElsewhere);
    for state in [&a, &b] {
        let answer = session(state).draft.answer("2.1").cloned().expect("an answer");
        assert_eq!((answer.numerator, answer.denominator), (Some(45), Some(50)));
        assert_eq!(total(state), dec("20"));
    }
    assert_eq!(stored(&store, &a).draft.answer("2.1").and_then(|x| x.numerator), Some(45));
}

#[test]
fn the_same_field_changed_in_both_tabs_keeps_both_and_the_user_chooses() {
    let (store, a, b) = two_tabs();
    let a = typed(a, "2.3", InputField::Justification, "Bản của A");
    let b = typed(b, "2.3", InputField::Justification, "Bản của B");
    let key = FieldKey::Input { code: "2.3".into(), field: "justification".into() };
    let expected =
        Conflict { key: key.clone(), kept: Some("Bản của B".into()), other: Some("Bản của A".into()) };
    assert_eq!(session(&b).conflicts, vec![expected.clone()]);
    assert_eq!(justification(&b, "2.3"), "Bản của B", "the tab typing keeps what it typed");
    assert_eq!(stored(&store, &b).conflicts, vec![expected.clone()], "kept in the store for every tab");

    // The other tab hears of it and shows the same choice.
    let a = a.reduce(Action::StoreChangedElsewhere);
    assert_eq!(session(&a).conflicts, vec![expected]);
    assert_eq!(justification(&a, "2.3"), "Bản của B");

    // Choosing in A settles it in both.
    let a = a.reduce(Action::ConflictResolved { key: key.clone(), use_other: true });
    assert_eq!(justification(&a, "2.3"), "Bản của A");
    assert!(session(&a).conflicts.is_empty());
    let b = b.reduce(Action::StoreChangedElsewhere);
    assert_eq!(justification(&b, "2.3"), "Bản của A");
    assert!(session(&b).conflicts.is_empty());
    assert!(stored(&store, &b).conflicts.is_empty());
    let reloaded = AppState::restore(store);
    assert_eq!(justification(&reloaded, "2.3"), "Bản của A");
}

#[test]
fn choosing_the_version_the_other_tab_emptied_empties_the_field() {
    let (store, a, b) = two_tabs();
    let a = typed(a, "2.3", InputField::Justification, "Hai sáng kiến");
    let b = b.reduce(Action::StoreChangedElsewhere);
    assert_eq!(justification(&b, "2.3"), "Hai sáng kiến");
    // A empties the field; B, not having heard of it, rewrites it.
    let _a = typed(a, "2.3", InputField::Justification, "");
    let b = typed(b, "2.3", InputField::Justification, "Ba sáng kiến");
    let key = FieldKey::Input { code: "2.3".into(), field: "justification".into() };
    let expected = Conflict { key: key.clone(), kept: Some("Ba sáng kiến".into()), other: None };
    assert_eq!(session(&b).conflicts, vec![expected]);
    let b = b.reduce(Action::ConflictResolved { key, use_other: true });
    assert_eq!(justification(&b, "2.3"), "");
    assert!(session(&b).conflicts.is_empty());
    assert_eq!(session(&b).name, stored(&store, &b).name, "the other fields stay");
    assert_eq!(justification(&AppState::restore(store), "2.3"), "");
}

#[test]
fn keeping_ones_own_version_settles_the_conflict_too() {
    let (_store, a, b) = two_tabs();
    let _a = typed(a, "1.3", InputField::Count, "2");
    let b = typed(b, "1.3", InputField::Count, "3");
    let key = FieldKey::Input { code: "1.3".into(), field: "count".into() };
    let b = b.reduce(Action::ConflictResolved { key, use_other: false });
    assert!(session(&b).conflicts.is_empty());
    assert_eq!(session(&b).draft.answer("1.3").and_then(|a| a.count), Some(3));
}

#[test]
fn a_tab_whose_store_refuses_keeps_its_own_typing_and_takes_the_others() {
    let store = Rc::new(MemoryStore::default());
    let a = demo_draft(AppState::restore(store.clone()));
    let b = AppState::restore(store.clone());
    // B cannot write (say the quota is reached while it types), A then saves another field.
    store.failing.set(Some(StoreError::Full));
    let b = typed(b, "1.2", InputField::Pass, "yes");
    assert_eq!(b.storage, Some(StoreError::Full));
    store.failing.set(None);
    let a = typed(a, "1.1", InputField::Level, "late");
    let b = b.reduce(Action::StoreChangedElsewhere);
    assert_eq!(session(&b).typed("1.2").text(InputField::Pass), "yes", "B's unsaved answer is not lost");
    assert_eq!(session(&b).typed("1.1").text(InputField::Level), "late");
    assert_eq!(b.storage, None, "B's merge is saved once the store accepts it");
    let a = a.reduce(Action::StoreChangedElsewhere);
    assert_eq!(session(&a).typed("1.2").text(InputField::Pass), "yes");
}

#[test]
fn the_merge_takes_notes_evidence_and_names_field_by_field() {
    let (_store, a, _b) = two_tabs();
    let base = session(&a).record();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.name = "Tên mới".into();
    let evidence = Evidence { number: "12/KH".into(), title: "Kế hoạch".into(), ..Evidence::default() };
    ours.draft.answers.entry("1.1".into()).or_default().evidence.push(evidence.clone());
    theirs.draft.answers.entry("1.2".into()).or_default().note = Some("Đang trình ký".into());
    theirs.revision = 7;
    let merged = merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.name, "Tên mới");
    assert_eq!(merged.draft.answer("1.1").map(|a| a.evidence.clone()), Some(vec![evidence]));
    assert_eq!(merged.draft.answer("1.2").and_then(|a| a.note.clone()).as_deref(), Some("Đang trình ký"));
    assert_eq!(merged.revision, 7);
    assert!(merged.conflicts.is_empty());

    // A field emptied on one side and changed on the other is a conflict, blank against text.
    let mut theirs = merged.clone();
    theirs.name = "Tên khác".into();
    let mut ours = merged.clone();
    ours.draft.answers.remove("1.2");
    theirs.draft.answers.entry("1.2".into()).or_default().note = Some("Đã ký".into());
    let again = merge::merge(&merged, &ours, &theirs);
    assert_eq!(again.name, "Tên khác");
    let [conflict] = &again.conflicts[..] else { panic!("one conflict: {:?}", again.conflicts) };
    assert_eq!(conflict.key, FieldKey::Note { code: "1.2".into() });
    assert_eq!((conflict.kept.as_deref(), conflict.other.as_deref()), (None, Some("Đã ký")));
    let settled = merge::resolve(&again, &conflict.key, true);
    assert_eq!(settled.draft.answer("1.2").and_then(|a| a.note.clone()).as_deref(), Some("Đã ký"));
    assert!(settled.conflicts.is_empty());
}

#[test]
fn a_record_saved_before_revisions_existed_still_opens() {
    let (store, a, _b) = two_tabs();
    let id = session(&a).id.clone();
    let text = parscore::app::store::Store::get(&*store, &format!("parscore.draft.{id}")).expect("stored");
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value.as_object_mut().map(|o| o.remove("revision"));
    parscore::app::store::Store::set(&*store, &format!("parscore.draft.{id}"), &value.to_string()).expect("stored");
    let back = AppState::restore(store.clone());
    assert_eq!(session(&back).id, id);
    let back = typed(back, "1.1", InputField::Level, "on_time");
    assert_eq!(stored(&store, &back).revision, 1);
}

#[test]
fn a_conflicts_field_is_kept_in_the_record_as_a_flat_object_and_read_back() {
    let keys = [
        (FieldKey::Name, r#"{"part":"name"}"#),
        (
            FieldKey::Input { code: "2.3".into(), field: "justification".into() },
            r#"{"part":"input","code":"2.3","field":"justification"}"#,
        ),
        (FieldKey::Note { code: "1.2".into() }, r#"{"part":"note","code":"1.2"}"#),
        (FieldKey::Evidence { code: "1.1".into() }, r#"{"part":"evidence","code":"1.1"}"#),
    ];
    for (key, json) in keys {
        assert_eq!(serde_json::to_string(&key).unwrap(), json);
        assert_eq!(serde_json::from_str::<FieldKey>(json).unwrap(), key);
    }
    // The members in any order, as any JSON writer may put them.
    let reordered: FieldKey = serde_json::from_str(r#"{"field":"count","code":"1.3","part":"input"}"#).unwrap();
    assert_eq!(reordered, FieldKey::Input { code: "1.3".into(), field: "count".into() });
    for (json, refused) in [
        (r#"{"part":"input","code":"1.3"}"#, "missing field `field`"),
        (r#"{"part":"note"}"#, "missing field `code`"),
        (r#"{"part":"answer","code":"1.3"}"#, "unknown variant `answer`"),
        (r#"{"code":"1.3"}"#, "missing field `part`"),
        (r#"["input","1.3","count"]"#, "invalid type"),
    ] {
        let error = parscore::json_error::parse::<FieldKey>(json, None).unwrap_err();
        assert!(error.message.contains(refused), "{json}: {}", error.message);
    }
}
