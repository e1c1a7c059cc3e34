//! A set typed from nothing: the validator's problems placed at the node and field they concern
//! while it is incomplete, then a set the core loads.

use parscore::app::authority::editor::apply::InputProblem;
use parscore::app::authority::editor::{forms, BandField, Edge, EditorAction, Field, InfoField, NodeField};
use parscore::app::authority::state::AuthorityState;
use parscore::app::store::MemoryStore;
use parscore::criteria::CriteriaProblem;
use parscore::Lang;

use crate::{act, meta, node_field, page, places_at, set_places, type_in};

/// Area 1 (10 points): 1.1 by levels (6), 1.2 by bands of a percent (4); two result bands.
fn encode_small_set(state: &mut AuthorityState, store: &MemoryStore) {
    act(state, store, EditorAction::NewSet { year: 2026 });
    for (field, value) in [
        (InfoField::Title, "Bộ tiêu chí thử"),
        (InfoField::DecisionNumber, "12/QĐ-SNV"),
        (InfoField::DecisionDate, "2026-01-15"),
        (InfoField::Issuer, "Sở Nội vụ"),
        (InfoField::ProvenanceNote, "Quyết định 12/QĐ-SNV, Phụ lục"),
        (InfoField::Scale, "10"),
    ] {
        type_in(state, store, meta(field), value);
    }
    type_in(state, store, node_field(&[0], NodeField::TitleVi), "Công tác chỉ đạo, điều hành");
    type_in(state, store, node_field(&[0], NodeField::Max), "10");
    act(state, store, EditorAction::ChildAdded);
    let leaf = |field| node_field(&[0, 0], field);
    type_in(state, store, leaf(NodeField::TitleVi), "Ban hành kế hoạch CCHC năm");
    type_in(state, store, leaf(NodeField::Max), "6");
    type_in(state, store, leaf(NodeField::RuleKind), "levels");
    type_in(state, store, leaf(NodeField::LevelLabel(0)), "Kịp thời");
    type_in(state, store, leaf(NodeField::LevelLabel(1)), "Không ban hành");
    act(state, store, EditorAction::RowAdded);
    let leaf = |field| node_field(&[0, 1], field);
    type_in(state, store, leaf(NodeField::TitleVi), "Tỷ lệ hồ sơ giải quyết đúng hạn");
    type_in(state, store, leaf(NodeField::Max), "4");
    type_in(state, store, leaf(NodeField::RuleKind), "bands");
    type_in(state, store, leaf(NodeField::PercentLabel), "Tỷ lệ đúng hạn");
    type_in(state, store, leaf(NodeField::RuleBand(0, Edge::Lo)), "90");
    act(state, store, EditorAction::RuleRowAdded);
    type_in(state, store, leaf(NodeField::RuleBand(1, Edge::Hi)), "90");
    type_in(state, store, leaf(NodeField::RuleBand(1, Edge::HiInclusive)), "false");
    type_in(state, store, leaf(NodeField::RuleBandPoints(1)), "0,5");
    for (i, (id, title, lo, hi_inclusive)) in
        [("dat", "Đạt", "50", "true"), ("chua_dat", "Chưa đạt", "0", "false")].into_iter().enumerate()
    {
        act(state, store, EditorAction::BandAdded);
        type_in(state, store, Field::Band(i, BandField::Id), id);
        type_in(state, store, Field::Band(i, BandField::TitleVi), title);
        type_in(state, store, Field::Band(i, BandField::Range(Edge::Lo)), lo);
        if i == 1 {
            type_in(state, store, Field::Band(i, BandField::Range(Edge::Hi)), "50");
        }
        type_in(state, store, Field::Band(i, BandField::Range(Edge::HiInclusive)), hi_inclusive);
    }
}

#[test]
fn a_new_set_shows_each_missing_field_where_it_belongs() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    let set = set_places(&state.editor);
    for place in ["title.vi", "decision.number", "decision.date", "provenance.source", "bands"] {
        assert!(set.contains(&place.to_string()), "{place} missing from {set:?}");
    }
    let row = places_at(&state.editor, &[0]);
    assert!(row.contains(&"title.vi".to_string()) && row.contains(&"max".to_string()), "{row:?}");
    assert!(state.editor.valid.is_none());
}

#[test]
fn the_sets_details_show_their_problems_and_the_english_title_has_its_own_field() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    let details = |state: &AuthorityState| forms::set_forms(&state.editor, Lang::Vi).meta;
    let field = |views: &[forms::FieldView], field: Field| views.iter().find(|v| v.field == field).cloned().unwrap();
    let before = details(&state);
    for detail in [InfoField::Title, InfoField::DecisionNumber, InfoField::DecisionDate, InfoField::ProvenanceNote] {
        assert_eq!(field(&before, meta(detail)).problems.len(), 1, "{detail:?}: {before:?}");
    }
    assert!(field(&before, Field::TitleEn).problems.is_empty(), "an English title is optional");
    type_in(&mut state, &store, meta(InfoField::Title), "Bộ tiêu chí thử");
    type_in(&mut state, &store, Field::TitleEn, "Test set");
    let after = details(&state);
    assert!(field(&after, meta(InfoField::Title)).problems.is_empty(), "{after:?}");
    assert_eq!(field(&after, Field::TitleEn).value, "Test set");
    let title = &state.editor.doc.as_ref().unwrap().raw.title;
    assert_eq!((title.vi.as_str(), title.en.as_deref()), ("Bộ tiêu chí thử", Some("Test set")));
    type_in(&mut state, &store, Field::TitleEn, "");
    assert_eq!(state.editor.doc.as_ref().unwrap().raw.title.en, None, "an emptied English title is left out");
}

#[test]
fn a_set_typed_row_by_row_loads_in_the_core() {
    let (mut state, store) = page();
    encode_small_set(&mut state, &store);
    let problems: Vec<String> = state.editor.problems.iter().map(|p| p.error.message()).collect();
    assert!(problems.is_empty(), "{problems:?}");
    let set = state.editor.valid.clone().expect("valid");
    assert_eq!(set.leaf_count(), 2);
    let json = state.editor.json().unwrap();
    let loaded = parscore::criteria::load(&json).expect("the file the editor writes loads");
    assert_eq!(loaded.sha256, set.sha256);
    assert!(json.contains("\"range\": \"[0, 90)\"") && json.contains("\"points\": \"0.5\""), "{json}");
}

#[test]
fn an_edge_made_exclusive_leaves_a_gap_said_at_that_band() {
    let (mut state, store) = page();
    encode_small_set(&mut state, &store);
    type_in(&mut state, &store, node_field(&[0, 1], NodeField::RuleBand(0, Edge::LoInclusive)), "false");
    let placed = state.editor.problems.iter().find(|p| p.node.is_some()).expect("a problem at a node");
    assert_eq!(placed.node, Some(parscore::app::authority::editor::NodePath::main(&[0, 1])));
    assert!(placed.place.starts_with("rule.bands["), "{}", placed.place);
    assert!(matches!(placed.error.problem, CriteriaProblem::NotCovered { .. }), "{:?}", placed.error);
}

#[test]
fn a_number_that_is_not_one_is_kept_as_typed_and_the_set_unchanged() {
    let (mut state, store) = page();
    encode_small_set(&mut state, &store);
    let max = node_field(&[0], NodeField::Max);
    type_in(&mut state, &store, max.clone(), "mười");
    assert_eq!(state.editor.typed, vec![(max.clone(), "mười".to_string(), InputProblem::NotANumber)]);
    assert!(state.editor.valid.is_some(), "the set keeps its last good value");
    type_in(&mut state, &store, max, "10");
    assert!(state.editor.typed.is_empty());
}

#[test]
fn a_problem_named_by_code_is_placed_at_that_row() {
    let (mut state, store) = page();
    encode_small_set(&mut state, &store);
    type_in(&mut state, &store, node_field(&[0, 0], NodeField::LevelPoints(0)), "7");
    let places = places_at(&state.editor, &[0, 0]);
    assert!(places.contains(&"rule.levels[0].points".to_string()), "{places:?}");
}
