#![cfg(not(target_arch = "wasm32"))]
//! The app model, natively: the reducer (choosing a set, answering, problems at the field) and the
//! small pure helpers beside it here; drafts and storage, evidence, import, the report, trainer
//! mode, the signing key, the storage page and signed criteria sets in the modules below. What needs a browser
//! (localStorage, hashing a `File`, the verifier worker) is in tests/web.rs.
//!
//! The fixture is the complete example of docs/criteria-format.md: every rule kind, a bonus and
//! a penalty block, and a survey-only area.

mod calm;
mod damaged;
mod details;
mod draft_figures;
mod drafts;
mod effects;
mod evidence;
mod finder;
mod help;
mod import;
mod places;
mod quota;
mod report;
mod report_page;
mod report_workbook;
mod set_checks;
mod sets;
mod sign_page;
mod signing;
mod storage;
mod storage_page;
mod tabs;
mod trainer;
mod trainer_page;
mod undo;
mod verification;

use parscore::answers::Agency;
use parscore::answers::InputField;
use parscore::app::library::BUILT_IN;
use parscore::app::sections::{summaries, Section};
use parscore::app::state::{Action, AppState, LibraryStatus, LoadFailure, Screen, Session};
use parscore::app::typed::TypingProblem;
use parscore::criteria::Level;
use parscore::decimal::Decimal;
use parscore::i18n::{fill, points, t, Msg};
use parscore::scoring::AnswerProblem;
use parscore::Lang;

pub const DEMO: &str = include_str!("demo-district.json");

pub fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal literal in the test")
}

/// The agency the tests' drafts are for.
pub fn agency() -> Agency {
    Agency { name: "UBND huyện Minh Hoạ".into(), code: "H01".into(), level: Level::District }
}

/// `state` after opening the demo file from disk and creating a draft on it.
pub fn demo_draft(state: AppState) -> AppState {
    state
        .reduce(Action::FileOpened { name: "demo.json".into(), text: DEMO.into() })
        .reduce(Action::DraftCreated { agency: agency(), year: 2024 })
}

/// A new draft on the demo set, in memory.
pub fn with_demo() -> AppState {
    demo_draft(AppState::new(Lang::Vi))
}

pub fn session(state: &AppState) -> &Session {
    state.scoring().expect("a set is being scored")
}

pub fn typed(state: AppState, code: &str, field: InputField, text: &str) -> AppState {
    state.reduce(Action::AnswerChanged { code: code.into(), field, text: text.into() })
}

pub fn total(state: &AppState) -> Decimal {
    session(state).card.totals.total
}

#[test]
fn a_new_draft_on_a_set_from_json_text_opens_its_first_area() {
    let opened = AppState::new(Lang::Vi).reduce(Action::FileOpened { name: "demo.json".into(), text: DEMO.into() });
    assert!(matches!(&opened.screen, Screen::NewDraft(set) if set.id == "demo-district-2024"));
    assert!(opened.scoring().is_none(), "the agency's details come first");
    let state = opened.reduce(Action::DraftCreated { agency: agency(), year: 2024 });
    let session = session(&state);
    assert_eq!(session.set.id, "demo-district-2024");
    assert_eq!(session.draft.agency, agency());
    assert_eq!(session.name, "UBND huyện Minh Hoạ 2024");
    assert_eq!(session.section, Section::Area(session.set.roots[0]));
    assert!(session.draft.answers.is_empty());
    assert_eq!(total(&state), Decimal::ZERO);
    assert!(state.rejected_file.is_none());
}

#[test]
fn a_broken_file_stays_on_the_picker_with_located_errors() {
    let broken = DEMO.replacen(r#""max": "5""#, r#""max": "7""#, 1);
    let state = AppState::new(Lang::Vi).reduce(Action::FileOpened { name: "broken.json".into(), text: broken });
    assert!(state.scoring().is_none());
    assert_eq!(state.screen, Screen::Drafts);
    let rejected = state.rejected_file.as_ref().expect("the file is rejected");
    assert_eq!(rejected.name, "broken.json");
    let LoadFailure::Invalid(errors) = &rejected.failure else {
        panic!("expected validation errors, got {:?}", rejected.failure)
    };
    assert!(errors.iter().any(|e| e.location.starts_with("1.1")), "{errors:?}");

    let state = state.reduce(Action::FileOpened { name: "syntax.json".into(), text: "{ \"format\": ".into() });
    let Some(LoadFailure::Invalid(errors)) = state.rejected_file.as_ref().map(|r| &r.failure) else {
        panic!("expected a syntax error")
    };
    assert!(errors[0].location.starts_with("line 1"), "{errors:?}");
}

#[test]
fn the_set_picker_says_why_a_file_is_refused_in_the_ui_language() {
    let broken = DEMO.replacen(
        r#""format": "parscore-criteria/1","#,
        r#""format": "parscore-criteria/1", "created": "2026","#,
        1,
    );
    let state = AppState::new(Lang::Vi).reduce(Action::FileOpened { name: "bo.json".into(), text: broken });
    let rejected = state.rejected_file.as_ref().expect("the file is rejected");
    assert_eq!(rejected.failure.summary(&rejected.name, Lang::Vi), "Tệp bo.json không dùng được: 1 lỗi");
    assert_eq!(
        rejected.failure.summary(&rejected.name, Lang::En),
        fill(t(Lang::En, Msg::FileInvalid), &["bo.json", "1"])
    );
    let [(location, message)] = &rejected.failure.problems(Lang::Vi)[..] else { panic!("one problem") };
    assert!(location.starts_with("created (dòng "), "{location}");
    assert!(message.starts_with("trường `created` không có trong định dạng; các trường được phép: "), "{message}");
    let [(location, message)] = &rejected.failure.problems(Lang::En)[..] else { panic!("one problem") };
    assert!(location.starts_with("created (line "), "{location}");
    assert!(message.starts_with("unknown field `created`; the fields allowed here: "), "{message}");
}

#[test]
fn answers_of_every_kind_update_the_total_and_index() {
    let mut state = with_demo();
    state = typed(state, "1.1", InputField::Level, "on_time");
    assert_eq!(total(&state), dec("5"));
    assert_eq!(session(&state).card.totals.index, dec("5"));

    state = typed(state, "1.2", InputField::Pass, "yes");
    state = typed(state, "1.3", InputField::Count, "1");
    // 1.3: 10 less 2 per fault.
    assert_eq!(total(&state), dec("18"));

    state = typed(state, "2.1", InputField::Numerator, "45");
    state = typed(state, "2.1", InputField::Denominator, "50");
    // 90% lies in [70, 90]: 20 points.
    assert_eq!(total(&state), dec("38"));

    state = typed(state, "2.2", InputField::Percent, "62,5");
    // 62.5% of 10 points.
    assert_eq!(total(&state), dec("44.25"));

    state = typed(state, "2.3", InputField::Points, "7,5");
    assert_eq!(total(&state), dec("44.25"), "manual points need a justification before they count");
    state = typed(state, "2.3", InputField::Justification, "Hai sáng kiến được áp dụng");
    assert_eq!(total(&state), dec("51.75"));

    // 5 initiatives × 1 point, capped at 3; 2 cases × 1 point taken away.
    state = typed(state, "B1", InputField::Count, "5");
    state = typed(state, "P1", InputField::Count, "2");
    let card = &session(&state).card;
    assert_eq!(card.totals.total, dec("52.75"));
    assert_eq!(card.totals.index, dec("52.75"));
    assert_eq!(card.totals.answered, 6);
    assert!(card.problems.is_empty(), "{:?}", card.problems);
}

#[test]
fn text_that_is_not_a_number_is_kept_and_reported_at_its_field() {
    let state = typed(with_demo(), "2.1", InputField::Numerator, "4a");
    let first = session(&state);
    let typed_answer = first.typed("2.1");
    assert_eq!(typed_answer.text(InputField::Numerator), "4a");
    assert_eq!(typed_answer.problem(InputField::Numerator), Some(TypingProblem::NotAWholeNumber("4a".into())));
    // Nothing readable was typed, so the item is still blank, not an answered 0.
    assert!(first.draft.answer("2.1").is_none());

    let state = typed(state, "2.1", InputField::Denominator, "50");
    let then = session(&state);
    assert_eq!(then.typed("2.1").text(InputField::Numerator), "4a");
    assert_eq!(then.draft.answer("2.1").and_then(|a| a.denominator), Some(50));
    assert!(then.card.problems_for("2.1").any(|p| p.field() == Some(InputField::Numerator)));
}

#[test]
fn an_answer_out_of_range_keeps_the_text_and_scores_nothing() {
    let state = typed(typed(with_demo(), "2.1", InputField::Numerator, "60"), "2.1", InputField::Denominator, "50");
    let session = session(&state);
    assert_eq!(session.typed("2.1").text(InputField::Numerator), "60");
    assert_eq!(session.typed("2.1").problem(InputField::Numerator), None);
    let problems: Vec<&AnswerProblem> = session.card.problems_for("2.1").collect();
    assert!(
        matches!(
            problems.as_slice(),
            [AnswerProblem::NumeratorAboveDenominator { numerator: 60, denominator: 50, .. }]
        ),
        "{problems:?}"
    );
    assert!(problems[0].message(Lang::Vi).contains("60"));
    assert_eq!(session.card.totals.total, Decimal::ZERO);
}

#[test]
fn clearing_an_answer_makes_the_item_blank_again() {
    let state = typed(with_demo(), "1.1", InputField::Level, "late");
    assert_eq!(total(&state), dec("2.5"));
    let state = state.reduce(Action::AnswerCleared { code: "1.1".into() });
    let session = session(&state);
    assert!(session.draft.answer("1.1").is_none());
    assert_eq!(session.typed("1.1").text(InputField::Level), "");
    assert_eq!(session.card.totals.total, Decimal::ZERO);
}

#[test]
fn survey_items_cannot_be_answered_in_the_form() {
    let state = typed(with_demo(), "3.1", InputField::Points, "30");
    let session = session(&state);
    assert!(session.draft.answer("3.1").is_none());
    assert_eq!(session.card.totals.total, Decimal::ZERO);
}

#[test]
fn section_summaries_count_answers_and_leave_survey_areas_aside() {
    let state = typed(with_demo(), "1.1", InputField::Level, "on_time");
    let session = session(&state);
    let all = summaries(&session.set, &session.card);
    assert_eq!(all.len(), 5, "three areas, bonus, penalty");
    assert_eq!(
        (all[0].counts.answered, all[0].counts.self_assessed, all[0].points, all[0].max),
        (1, 3, dec("5"), dec("20"))
    );
    assert_eq!((all[2].counts.self_assessed, all[2].counts.survey), (0, 1));
    assert_eq!(all[3].section, Section::Bonus);
    assert_eq!(all[3].max, dec("3"));
}

#[test]
fn opening_a_section_and_coming_back_from_the_list_keeps_the_draft() {
    let state = typed(with_demo(), "1.1", InputField::Level, "on_time").reduce(Action::SectionOpened(Section::Bonus));
    assert_eq!(session(&state).section, Section::Bonus);
    let state = state.reduce(Action::DraftsListOpened);
    assert!(state.scoring().is_none());
    let id = state.session.as_ref().map(|s| s.id.clone()).expect("the session is kept");
    let state = state.reduce(Action::DraftOpened(id));
    assert_eq!(total(&state), dec("5"));
    assert_eq!(session(&state).section, Section::Bonus);
}

#[test]
fn a_built_in_file_that_cannot_be_fetched_is_reported_for_that_file() {
    let state = AppState::new(Lang::Vi);
    assert!(state.library.iter().all(|e| e.status == LibraryStatus::Loading));
    let state = state.reduce(Action::BuiltInFetched { file: BUILT_IN[0], text: Err("HTTP 404".into()) });
    assert_eq!(state.library[0].status, LibraryStatus::Failed(LoadFailure::Unreadable("HTTP 404".into())));
    let state = state.reduce(Action::BuiltInFetched { file: BUILT_IN[1], text: Ok(DEMO.into()) });
    assert!(matches!(&state.library[1].status, LibraryStatus::Ready(set) if set.id == "demo-district-2024"));
}

#[test]
fn switching_language_changes_the_catalogue() {
    let state = AppState::new(Lang::Vi).reduce(Action::LanguageSwitched(Lang::En));
    assert_eq!(state.lang, Lang::En);
    assert_eq!(t(state.lang, Msg::TotalLabel), "Total");
    assert_eq!(t(Lang::Vi, Msg::TotalLabel), "Tổng điểm");
    assert_eq!(fill("{0}/{1} điểm", &["2,5", "5"]), "2,5/5 điểm");
}

#[test]
fn one_point_is_singular_in_english() {
    assert_eq!(points(Lang::En, dec("1")), "1 point");
    assert_eq!(points(Lang::En, dec("0.5")), "0.5 points");
    assert_eq!(points(Lang::En, dec("2")), "2 points");
    assert_eq!(points(Lang::Vi, dec("1")), "1 điểm");
    assert_eq!(points(Lang::Vi, dec("2.5")), "2,5 điểm");
}
