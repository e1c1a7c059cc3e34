//! The preview scores answers typed against the set being edited, through scoring::score, and
//! saves nothing.

use parscore::answers::InputField;
use parscore::app::authority::editor::preview::preview;
use parscore::app::authority::editor::{EditorAction, EDITOR_KEY};
use parscore::app::store::Store;
use parscore::Lang;

use crate::{act, page};

#[test]
fn answers_typed_in_the_preview_are_scored_and_not_saved() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: "parscore-teaching-demo".into() });
    let saved = store.get(EDITOR_KEY);
    let before = preview(&state.editor, Lang::Vi).expect("a valid set has a preview");
    let row = before.rows.iter().find(|r| r.code == "1.1").unwrap();
    assert_eq!(row.points, "0 / 10");
    assert_eq!(row.inputs[0].field, InputField::Level);
    let answer = |code: &str, field, value: &str| EditorAction::PreviewAnswered {
        code: code.into(),
        field,
        value: value.into(),
    };
    act(&mut state, &store, answer("1.1", InputField::Level, "late"));
    act(&mut state, &store, answer("1.2", InputField::Pass, "true"));
    let after = preview(&state.editor, Lang::Vi).unwrap();
    let points = |code: &str| after.rows.iter().find(|r| r.code == code).unwrap().points.clone();
    assert_eq!((points("1.1"), points("1.2")), ("5 / 10".to_string(), "10 / 10".to_string()));
    assert!(after.total.starts_with("Tổng điểm 15 / 100"), "{}", after.total);
    assert_eq!(store.get(EDITOR_KEY), saved, "the trial answers are not saved with the set");
    // A value that does not read clears the input.
    act(&mut state, &store, answer("1.1", InputField::Level, ""));
    assert_eq!(preview(&state.editor, Lang::Vi).unwrap().rows[0].points, "0 / 10");
}
