//! The agency's details of the open draft (issue 15): edited at any time, checked, saved, used by
//! the signed file; a copied demo asks for them; the year defaults to the assessed year and a
//! year before the set's decision is questioned.

use parscore::answers::Agency;
use parscore::app::details::{assessment_year, check, code_is_valid, year_warning, DetailsInput, DetailsProblem};
use parscore::app::state::{Action, AppState};
use parscore::criteria::Level;
use parscore::Lang;

use super::{agency, session, with_demo};

fn input(name: &str, code: &str, year: &str) -> DetailsInput {
    DetailsInput { name: name.into(), code: code.into(), level: Level::Commune, year: year.into() }
}

#[test]
fn details_are_checked_field_by_field() {
    let ok = check(&input("  UBND xã An Hải ", " X-01.2 ", "2025")).expect("valid");
    assert_eq!(ok, (Agency { name: "UBND xã An Hải".into(), code: "X-01.2".into(), level: Level::Commune }, 2025));
    assert!(check(&input("UBND xã An Hải", "", "2025")).is_ok(), "a code not registered yet may be empty");
    let problems = check(&input(" ", "X 01/2", "20x5")).unwrap_err();
    assert_eq!(
        problems,
        vec![
            DetailsProblem::NameRequired,
            DetailsProblem::CodeInvalid("X 01/2".into()),
            DetailsProblem::YearInvalid("20x5".into())
        ]
    );
    assert!(problems[1].text(Lang::Vi).contains("«X 01/2»"));
    assert!(!code_is_valid("Sở"), "no accents: the code names files and keyring entries");
    assert!(!code_is_valid(&"A".repeat(33)));
}

#[test]
fn editing_the_details_saves_them_and_the_record_keeps_them() {
    let state = with_demo();
    let id = session(&state).id.clone();
    let new = Agency { name: "UBND huyện Mới".into(), code: "H02".into(), level: Level::District };
    let state = state.reduce(Action::DetailsChanged { agency: new.clone(), year: 2025 });
    assert_eq!((&session(&state).draft.agency, session(&state).draft.year), (&new, 2025));
    let restored = AppState::restore(state.store.0.clone());
    let reopened = restored.session.as_ref().filter(|s| s.id == id).expect("the draft reopens");
    assert_eq!((&reopened.draft.agency, reopened.draft.year), (&new, 2025));
    assert_eq!(restored.drafts.iter().find(|d| d.id == id).map(|d| d.agency.code.clone()), Some("H02".into()));
}

#[test]
fn details_edited_during_a_scenario_reach_the_draft_itself() {
    let state = with_demo().reduce(Action::ScenarioStarted);
    let new = Agency { code: "H09".into(), ..agency() };
    let state = state.reduce(Action::DetailsChanged { agency: new, year: 2024 }).reduce(Action::ScenarioLeft);
    assert_eq!(session(&state).draft.agency.code, "H09");
    assert_eq!(session(&state).record().draft.agency.code, "H09");
}

#[test]
fn a_copied_demo_asks_for_the_real_details_until_they_are_saved() {
    let set = std::fs::read_to_string(format!("{}/criteria/teaching-demo.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let demo =
        std::fs::read_to_string(format!("{}/criteria/demo/teaching-demo.draft.json", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let state = AppState::new(Lang::Vi)
        .reduce(Action::BuiltInFetched { file: "teaching-demo.json", text: Ok(set) })
        .reduce(Action::DemoOpened { name: "demo".into(), text: demo });
    assert!(!session(&state).details_needed, "a demo looked at asks nothing");
    let state = state.reduce(Action::DemoCopied);
    assert!(session(&state).details_needed);
    let state = state.reduce(Action::DetailsChanged { agency: agency(), year: 2026 });
    assert!(!session(&state).details_needed);
}

#[test]
fn the_year_defaults_to_the_assessed_year_and_an_early_one_is_questioned() {
    assert_eq!(assessment_year(2026, 12), 2026);
    assert_eq!(assessment_year(2026, 4), 2026);
    assert_eq!(assessment_year(2027, 2), 2026, "early in the year the past year is assessed");
    let state = with_demo();
    let set = &session(&state).set;
    // The demo set's decision is of 2024.
    assert_eq!(year_warning(set, 2024, Lang::Vi), None);
    let warning = year_warning(set, 2023, Lang::Vi).expect("questioned");
    assert!(warning.contains("2023") && warning.contains("0/QĐ-MINHHOA"), "{warning}");
}
