//! Undo of the edits that throw work away (clearing an answer, removing evidence or its file):
//! the item comes back as it was, saved; never over work done on the item since.

use std::rc::Rc;

use parscore::answers::{FileRef, InputField};
use parscore::app::drafts;
use parscore::app::state::{Action, AppState, EvidenceField, UndoKind, UNDO_DEPTH};
use parscore::app::store::MemoryStore;

use super::{dec, demo_draft, session, total, typed, with_demo};

fn clear(state: AppState, code: &str) -> AppState {
    state.reduce(Action::AnswerCleared { code: code.into() })
}

fn level(state: &AppState, code: &str) -> String {
    session(state).typed(code).text(InputField::Level).to_string()
}

#[test]
fn a_cleared_answer_comes_back_with_its_texts_total_and_save() {
    let store = Rc::new(MemoryStore::default());
    let state = typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "late");
    let state = state.reduce(Action::NoteChanged { code: "1.1".into(), text: "Trễ 3 ngày".into() });
    let answered = session(&state).draft.answer("1.1").cloned();
    assert_eq!(total(&state), dec("2.5"));

    let state = clear(state, "1.1");
    assert_eq!(total(&state), dec("0"));
    let entry = session(&state).last_undoable().expect("clearing can be undone");
    assert_eq!((entry.code.as_str(), entry.kind), ("1.1", UndoKind::AnswerCleared));

    let state = state.reduce(Action::Undone);
    assert_eq!(session(&state).draft.answer("1.1").cloned(), answered);
    assert_eq!(level(&state, "1.1"), "late");
    assert_eq!(total(&state), dec("2.5"));
    assert!(session(&state).last_undoable().is_none(), "one undo per edit");
    let saved = drafts::load(&*store, &session(&state).id).expect("saved");
    assert_eq!(saved.draft.answer("1.1").cloned(), answered, "the undo is saved like any edit");
    // Nothing left to undo: another Ctrl+Z changes nothing.
    let again = state.clone().reduce(Action::Undone);
    assert_eq!(session(&again).draft, session(&state).draft);
}

#[test]
fn removed_evidence_and_a_detached_file_come_back_in_their_place() {
    let mut state = with_demo();
    for title in ["Kế hoạch", "Báo cáo", "Quyết định"] {
        state = state.reduce(Action::EvidenceAdded { code: "1.1".into() });
        let index = session(&state).draft.answer("1.1").map_or(0, |a| a.evidence.len() - 1);
        state = state.reduce(Action::EvidenceChanged {
            code: "1.1".into(),
            index,
            field: EvidenceField::Title,
            text: title.into(),
        });
    }
    let file = FileRef { name: "bc.pdf".into(), size: 9, sha256: "cd".repeat(32) };
    state = state.reduce(Action::EvidenceFileAttached { code: "1.1".into(), index: 1, file: file.clone() });
    let full = session(&state).draft.answer("1.1").cloned();

    let state = state.reduce(Action::EvidenceFileRemoved { code: "1.1".into(), index: 1 });
    let state = state.reduce(Action::EvidenceRemoved { code: "1.1".into(), index: 1 });
    let titles = |s: &AppState| -> Vec<String> {
        session(s).draft.answer("1.1").map(|a| a.evidence.iter().map(|e| e.title.clone()).collect()).unwrap_or_default()
    };
    assert_eq!(titles(&state), ["Kế hoạch", "Quyết định"]);
    assert_eq!(session(&state).last_undoable().map(|e| e.kind), Some(UndoKind::EvidenceRemoved(1)));

    let state = state.reduce(Action::Undone);
    assert_eq!(titles(&state), ["Kế hoạch", "Báo cáo", "Quyết định"], "the entry is back in its place");
    assert_eq!(session(&state).draft.answer("1.1").and_then(|a| a.evidence[1].file.clone()), None);
    assert_eq!(session(&state).last_undoable().map(|e| e.kind), Some(UndoKind::EvidenceFileRemoved(1)));
    let state = state.reduce(Action::Undone);
    assert_eq!(session(&state).draft.answer("1.1").cloned(), full, "and then its file");
}

#[test]
fn undo_goes_back_edit_by_edit_across_items() {
    let state = typed(with_demo(), "1.1", InputField::Level, "on_time");
    let state = typed(state, "1.3", InputField::Count, "1");
    let state = clear(clear(state, "1.1"), "1.3");
    let state = state.reduce(Action::Undone);
    assert_eq!(session(&state).typed("1.3").text(InputField::Count), "1", "the last edit first");
    assert_eq!(level(&state, "1.1"), "");
    let state = state.reduce(Action::Undone);
    assert_eq!(level(&state, "1.1"), "on_time");
}

#[test]
fn undo_never_throws_away_work_done_on_the_item_since() {
    let state = clear(typed(with_demo(), "1.1", InputField::Level, "late"), "1.1");
    let state = typed(state, "1.1", InputField::Level, "on_time");
    assert!(session(&state).last_undoable().is_none(), "the item changed: its undo is gone");
    let state = state.reduce(Action::Undone);
    assert_eq!(level(&state, "1.1"), "on_time");
    assert_eq!(total(&state), dec("5"));
}

#[test]
fn work_on_other_items_is_kept_when_an_item_is_undone() {
    let state = clear(typed(with_demo(), "1.1", InputField::Level, "late"), "1.1");
    let state = typed(state, "1.3", InputField::Count, "1");
    let state = state.reduce(Action::Undone);
    assert_eq!(level(&state, "1.1"), "late");
    assert_eq!(session(&state).typed("1.3").text(InputField::Count), "1");
}

#[test]
fn a_change_from_another_tab_to_the_item_drops_its_undo() {
    let store = Rc::new(MemoryStore::default());
    let a = clear(typed(demo_draft(AppState::restore(store.clone())), "1.1", InputField::Level, "late"), "1.1");
    assert!(session(&a).last_undoable().is_some());
    let b = AppState::restore(store.clone());
    let b = typed(b, "1.1", InputField::Level, "on_time");
    let a = a.reduce(Action::StoreChangedElsewhere);
    assert_eq!(level(&a, "1.1"), "on_time");
    assert!(session(&a).last_undoable().is_none(), "undo would throw away the other tab's answer");
    drop(b);
}

#[test]
fn clearing_a_blank_item_leaves_nothing_to_undo_and_the_list_is_bounded() {
    let state = clear(with_demo(), "1.1");
    assert!(session(&state).last_undoable().is_none());
    let mut state = state;
    for _ in 0..UNDO_DEPTH + 5 {
        state = clear(typed(state, "1.1", InputField::Level, "late"), "1.1");
    }
    assert_eq!(session(&state).undo.len(), 1, "each new answer on the item drops the older undo");
    for code in ["1.1", "1.3"] {
        state = typed(state, code, InputField::Level, "late");
    }
    assert!(session(&state).undo.len() <= UNDO_DEPTH);
}

#[test]
fn a_scenario_has_its_own_undo_and_leaving_it_forgets_it() {
    let state = clear(typed(with_demo(), "1.1", InputField::Level, "late"), "1.1");
    let state = state.reduce(Action::ScenarioStarted);
    assert!(session(&state).last_undoable().is_none(), "the draft's undo does not act on a scenario");
    let state = clear(typed(state, "1.3", InputField::Count, "2"), "1.3");
    assert!(session(&state).last_undoable().is_some());
    let state = state.reduce(Action::ScenarioLeft);
    assert!(session(&state).last_undoable().is_none());
    assert_eq!(level(&state, "1.1"), "");
}

#[test]
fn the_notice_names_the_item_and_the_entry_in_both_languages() {
    use parscore::i18n::Bilingual;
    let state = typed(with_demo(), "1.1", InputField::Level, "late");
    let state = state.reduce(Action::EvidenceAdded { code: "1.1".into() });
    let state = state.reduce(Action::EvidenceAdded { code: "1.1".into() });
    let state = state.reduce(Action::EvidenceRemoved { code: "1.1".into(), index: 1 });
    let entry = session(&state).last_undoable().expect("removing evidence can be undone");
    assert_eq!(entry.vi(), "Đã xoá tài liệu kiểm chứng thứ 2 của mục 1.1.");
    assert_eq!(entry.en(), "Evidence 2 of item 1.1 was removed.");
    let cleared = clear(state, "1.1");
    assert_eq!(session(&cleared).last_undoable().map(|e| e.vi()).as_deref(), Some("Đã xoá câu trả lời của mục 1.1."));
}

#[test]
fn the_notice_shows_right_after_the_edit_and_ctrl_z_still_undoes_after_it_goes() {
    let state = clear(typed(with_demo(), "1.1", InputField::Level, "late"), "1.1");
    assert_eq!(session(&state).undo_notice().map(|e| e.code.as_str()), Some("1.1"));
    // The user goes on with another item: the notice goes, the undo stays.
    let state = typed(state, "1.3", InputField::Count, "1");
    assert!(session(&state).undo_notice().is_none());
    assert!(session(&state).last_undoable().is_some());
    let state = state.reduce(Action::Undone);
    assert_eq!(level(&state, "1.1"), "late");
    assert!(session(&state).undo_notice().is_none(), "an undo is not itself offered for undo");
}
