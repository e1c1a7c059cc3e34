//! Evidence entries and the note: kept in the draft (files are hashed in the browser:
//! tests/web/evidence.rs), the note
//! required while evidence is expected and missing; survey items take neither.

use parscore::answers::FileRef;
use parscore::app::state::{Action, AppState, EvidenceField};

use super::{session, with_demo};

fn act(state: AppState, action: Action) -> AppState {
    state.reduce(action)
}

#[test]
fn evidence_is_added_filled_in_and_removed() {
    let code = || "1.1".to_string();
    let fresh = with_demo();
    let id = session(&fresh).set.find("1.1").expect("1.1 exists");
    assert!(session(&fresh).card.nodes[id].needs_explanation, "1.1 expects evidence");
    let mut state = act(fresh, Action::EvidenceAdded { code: code() });
    for (field, text) in [
        (EvidenceField::Number, "125/KH-UBND"),
        (EvidenceField::Date, "2024-01-10"),
        (EvidenceField::Title, "Kế hoạch CCHC năm 2024"),
    ] {
        state = act(state, Action::EvidenceChanged { code: code(), index: 0, field, text: text.into() });
    }
    let file = FileRef { name: "kh.pdf".into(), size: 3, sha256: "ab".repeat(32) };
    state = act(state, Action::EvidenceFileAttached { code: code(), index: 0, file: file.clone() });
    let s = session(&state);
    let answer = s.draft.answer("1.1").expect("evidence makes an answer");
    assert_eq!(answer.evidence.len(), 1);
    let entry = &answer.evidence[0];
    assert_eq!(
        (entry.number.as_str(), entry.date.as_str(), entry.title.as_str()),
        ("125/KH-UBND", "2024-01-10", "Kế hoạch CCHC năm 2024")
    );
    assert_eq!(entry.file.as_ref(), Some(&file));
    assert!(!s.card.nodes[id].needs_explanation, "evidence is given");
    assert_eq!(s.card.nodes[id].answered, 0, "evidence is not an answer");

    let state = act(state, Action::EvidenceFileRemoved { code: code(), index: 0 });
    assert_eq!(session(&state).draft.answer("1.1").and_then(|a| a.evidence[0].file.clone()), None);
    let state = act(state, Action::EvidenceRemoved { code: code(), index: 0 });
    assert!(session(&state).draft.answer("1.1").is_none(), "nothing is left of the item");
    assert!(session(&state).card.nodes[id].needs_explanation);
    // An index past the end changes nothing.
    let state = act(state, Action::EvidenceRemoved { code: code(), index: 3 });
    assert!(session(&state).draft.answer("1.1").is_none());
}

#[test]
fn a_note_is_kept_as_typed_and_explains_missing_evidence() {
    let state = act(with_demo(), Action::NoteChanged { code: "1.1".into(), text: "  Kế hoạch đang trình ký\n".into() });
    let s = session(&state);
    let id = s.set.find("1.1").expect("1.1 exists");
    assert_eq!(s.draft.answer("1.1").and_then(|a| a.note.as_deref()), Some("  Kế hoạch đang trình ký\n"));
    assert!(!s.card.nodes[id].needs_explanation);
    let state = act(state, Action::NoteChanged { code: "1.1".into(), text: String::new() });
    assert!(session(&state).draft.answer("1.1").is_none());
    assert!(session(&state).card.nodes[id].needs_explanation);
}

#[test]
fn survey_items_take_no_evidence_and_no_note() {
    let state = act(with_demo(), Action::EvidenceAdded { code: "3.1".into() });
    let state = act(state, Action::NoteChanged { code: "3.1".into(), text: "x".into() });
    assert!(session(&state).draft.answer("3.1").is_none());
}
