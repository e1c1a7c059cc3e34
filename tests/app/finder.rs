//! Finding items in the open draft: words typed with or without accents, a code, what is
//! still to do, and the next or previous item for the keyboard.

use parscore::answers::InputField;
use parscore::app::finder::{find, fold, narrows, neighbour, Found, Show};
use parscore::app::state::{Action, AppState, EvidenceField};
use parscore::Lang;

use super::{session, typed, with_demo};

fn codes(state: &AppState, words: &str, show: Show) -> Vec<String> {
    let s = session(state);
    find(&s.set, &s.card, &s.draft, words, show, Lang::Vi).into_iter().map(|f| f.code).collect()
}

#[test]
fn accents_and_case_are_ignored_composed_or_not() {
    assert_eq!(fold("Kế hoạch ĐẦU NĂM"), "ke hoach dau nam");
    assert_eq!(fold("Ke\u{302}\u{301} hoa\u{323}ch"), "ke hoach", "decomposed marks");
    assert_eq!(fold("Ưu tiên ỷ lại"), "uu tien y lai");
}

#[test]
fn words_find_titles_typed_without_accents_and_a_code_finds_its_items() {
    let state = with_demo();
    assert_eq!(codes(&state, "ke hoach", Show::All), ["1.1", "1.3"]);
    assert_eq!(codes(&state, "KẾ HOẠCH năm", Show::All), ["1.1"], "every word must be in the title");
    assert_eq!(codes(&state, "2.", Show::All), ["2.1", "2.2", "2.3"]);
    assert_eq!(codes(&state, "sang kien", Show::All), ["2.3", "B1"], "bonus items are found too");
    assert!(codes(&state, "hai long", Show::All).is_empty(), "survey items are the authority's");
    assert!(codes(&state, "không có mục này", Show::All).is_empty());
    assert!(!narrows("  ", Show::All) && narrows("a", Show::All) && narrows("", Show::Unanswered));
}

#[test]
fn unanswered_and_missing_evidence_follow_the_draft() {
    let state = with_demo();
    assert_eq!(codes(&state, "", Show::Unanswered), ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]);
    assert_eq!(codes(&state, "", Show::MissingEvidence), ["1.1"]);

    let state = typed(state, "1.1", InputField::Level, "on_time");
    assert_eq!(codes(&state, "", Show::Unanswered), ["1.2", "1.3", "2.1", "2.2", "2.3"]);
    let found = &find(&session(&state).set, &session(&state).card, &session(&state).draft, "1.1", Show::All, Lang::Vi);
    let expected = Found {
        code: "1.1".into(),
        title: "Ban hành kế hoạch CCHC năm".into(),
        answered: true,
        missing_evidence: true,
    };
    assert_eq!(found, &[expected]);

    // An entry added but still empty names no document; a title does.
    let state = state.reduce(Action::EvidenceAdded { code: "1.1".into() });
    assert_eq!(codes(&state, "", Show::MissingEvidence), ["1.1"]);
    let title =
        Action::EvidenceChanged {
            code: "1.1".into(), index: 0, field: EvidenceField::Title, text: "Kế hoạch".into()
        };
    let state = state.reduce(title);
    assert!(codes(&state, "", Show::MissingEvidence).is_empty());
}

#[test]
fn next_and_previous_cross_sections_and_skip_the_survey() {
    let state = with_demo();
    let set = &session(&state).set;
    assert_eq!(neighbour(set, Some("1.1"), true).as_deref(), Some("1.2"));
    assert_eq!(neighbour(set, Some("1.3"), true).as_deref(), Some("2.1"), "into the next area");
    assert_eq!(neighbour(set, Some("2.3"), true).as_deref(), Some("B1"), "over the survey item 3.1");
    assert_eq!(neighbour(set, Some("B1"), false).as_deref(), Some("2.3"));
    assert_eq!(neighbour(set, Some("P1"), true), None, "the last item has no next");
    assert_eq!(neighbour(set, Some("1.1"), false), None);
    assert_eq!(neighbour(set, None, true).as_deref(), Some("1.1"), "from outside any item: the first");
    assert_eq!(
        neighbour(set, Some("3.1"), false).as_deref(),
        Some("P1"),
        "a code that is no answerable item counts as outside"
    );
}
