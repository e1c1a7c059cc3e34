//! Trainer mode through the reducer: a built-in set's demo agency opened read-only or copied
//! into a new draft.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::drafts;
use parscore::app::sections::Section;
use parscore::app::state::{Action, AppState, DraftProblem, Screen, View, DEMO_ID};
use parscore::app::store::MemoryStore;
use parscore::Lang;

use super::{session, total, typed};

const SET: &str = include_str!("../../criteria/teaching-demo.json");
const DEMO: &str = include_str!("../../criteria/demo/teaching-demo.draft.json");

/// A state whose library has the teaching set, over `store`.
fn with_library(store: &Rc<MemoryStore>) -> AppState {
    AppState::restore(store.clone()).reduce(Action::BuiltInFetched { file: "teaching-demo.json", text: Ok(SET.into()) })
}

fn open_demo(state: AppState) -> AppState {
    state.reduce(Action::DemoOpened { name: "teaching-demo.draft.json".into(), text: DEMO.into() })
}

#[test]
fn a_demo_opens_read_only_scored_and_unsaved() {
    let store = Rc::new(MemoryStore::default());
    let state = open_demo(with_library(&store));
    let demo = session(&state);
    assert!(demo.read_only);
    assert_eq!(demo.id, DEMO_ID);
    assert!(!demo.draft.answers.is_empty());
    assert!(total(&state) > parscore::decimal::Decimal::ZERO);
    assert!(state.drafts.is_empty(), "a demo is not listed");
    assert!(drafts::list(&*store).is_empty(), "nor saved");
    assert_eq!(drafts::current(&*store), None, "nor reopened after a reload");
}

#[test]
fn a_read_only_demo_takes_no_answer_but_changes_section() {
    let state = open_demo(with_library(&Rc::new(MemoryStore::default())));
    let before = session(&state).draft.clone();
    let state = typed(state, "1.1", InputField::Level, "on_time");
    let state = state.reduce(Action::AnswerCleared { code: "1.2".into() });
    assert_eq!(session(&state).draft, before);
    let second = parscore::app::sections::Section::Area(session(&state).set.roots[1]);
    let state = state.reduce(Action::SectionOpened(second));
    assert_eq!(session(&state).section, second);
}

#[test]
fn copying_a_demo_makes_a_saved_draft_that_can_change() {
    let store = Rc::new(MemoryStore::default());
    let demo = open_demo(with_library(&store));
    let demo_total = total(&demo);
    let state = demo.reduce(Action::DemoCopied);
    let copy = session(&state);
    assert!(!copy.read_only);
    assert_ne!(copy.id, DEMO_ID);
    assert_eq!(total(&state), demo_total);
    assert_eq!(state.drafts.len(), 1);
    assert_eq!(drafts::list(&*store).len(), 1);
    let state = state.reduce(Action::AnswerCleared { code: "1.1".into() });
    assert!(session(&state).draft.answer("1.1").and_then(|a| a.level.as_ref()).is_none());
    assert_eq!(state.screen, Screen::Draft);
}

#[test]
fn a_demo_for_an_unknown_set_is_reported() {
    let state = open_demo(AppState::new(Lang::Vi));
    assert!(state.scoring().is_none());
    assert!(matches!(state.draft_problem, Some(DraftProblem::SetMissing { .. })));
}

#[test]
fn a_scenario_changes_the_score_but_never_the_saved_draft() {
    let store = Rc::new(MemoryStore::default());
    let state = super::demo_draft(AppState::restore(store.clone()));
    let state = typed(state, "1.1", InputField::Level, "on_time");
    let id = session(&state).id.clone();
    let state = state.reduce(Action::ScenarioStarted);
    assert!(session(&state).baseline.is_some());
    let state = typed(state, "1.2", InputField::Pass, "yes");
    let s = session(&state);
    assert_eq!(total(&state), super::dec("10"));
    assert_eq!(s.baseline.as_ref().map(|b| b.card.totals.total), Some(super::dec("5")));
    assert!(drafts::load(&*store, &id).and_then(|r| r.draft.answer("1.2").cloned()).is_none(), "not saved");
    assert!(s.record().draft.answer("1.2").is_none());

    // Reset: back to the draft, still in the scenario.
    let state = state.reduce(Action::ScenarioStarted);
    assert_eq!(total(&state), super::dec("5"));
    assert!(session(&state).baseline.is_some());

    let state = typed(state, "1.3", InputField::Count, "0").reduce(Action::ScenarioLeft);
    assert!(session(&state).baseline.is_none());
    assert_eq!(total(&state), super::dec("5"));
    assert!(session(&state).draft.answer("1.3").is_none());
}

#[test]
fn a_scenario_can_be_tried_on_a_read_only_demo_without_saving_it() {
    let store = Rc::new(MemoryStore::default());
    let state = open_demo(with_library(&store)).reduce(Action::ScenarioStarted);
    let before = total(&state);
    let state = typed(state, "1.1", InputField::Level, "on_time");
    assert_ne!(total(&state), before);
    assert!(drafts::list(&*store).is_empty());
    let state = state.reduce(Action::ScenarioLeft);
    assert_eq!(total(&state), before);
}

#[test]
fn opening_an_item_from_another_view_shows_its_section_in_the_form() {
    let state = super::with_demo().reduce(Action::ViewOpened(View::Losses));
    let state = state.reduce(Action::ItemOpened("2.1".into()));
    let s = session(&state);
    assert_eq!(s.view, View::Form);
    assert_eq!(s.section, Section::Area(s.set.find("2").expect("area 2")));
    assert_eq!(s.focus.as_deref(), Some("2.1"));
    let state = state.reduce(Action::ItemOpened("B1".into()));
    assert_eq!(session(&state).section, Section::Bonus);
}
