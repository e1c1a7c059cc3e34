//! Draft files: exported, imported onto the same set, onto another version of it with a list of
//! what no longer matches, and refused when they are not drafts or their set is unknown.

use parscore::answers::InputField;
use parscore::answers::{Answer, Draft};
use parscore::app::drafts::to_json;
use parscore::app::state::{Action, AppState, DraftProblem};
use parscore::scoring::AnswerProblem;
use parscore::Lang;

use super::{dec, session, total, typed, with_demo, DEMO};

fn import(state: AppState, text: String) -> AppState {
    state.reduce(Action::DraftFileImported { name: "ban.draft.json".into(), text })
}

/// A filled draft's file.
fn exported() -> (AppState, String) {
    let state = typed(typed(with_demo(), "1.1", InputField::Level, "on_time"), "2.2", InputField::Percent, "62,5");
    let json = to_json(&*session(&state).draft);
    (state, json)
}

#[test]
fn an_exported_draft_imports_as_a_new_draft_on_the_same_set() {
    let (state, json) = exported();
    assert!(json.contains("\"format\": \"parscore-draft/1\""));
    let state = import(state, json);
    let s = session(&state);
    assert_eq!(state.drafts.len(), 2);
    assert_eq!(s.import_report, None, "same version: nothing to report");
    assert_eq!(total(&state), dec("11.25"));
    // Numbers read from the file are shown the Vietnamese way.
    assert_eq!(s.typed("2.2").text(InputField::Percent), "62,5");
}

#[test]
fn a_draft_for_another_version_lists_what_no_longer_matches() {
    let (_, json) = exported();
    let mut draft: Draft = serde_json::from_str(&json).expect("the export is a draft");
    draft.criteria.version = "0.9.0".into();
    draft.criteria.sha256 = "0".repeat(64);
    draft.answers.insert("9.9".into(), Answer { count: Some(1), ..Answer::default() });
    draft.answers.insert("1.2".into(), Answer { level: Some("on_time".into()), ..Answer::default() });

    // Another browser: only the demo set, opened from disk for an earlier draft.
    let other = AppState::new(Lang::En).reduce(Action::FileOpened { name: "demo.json".into(), text: DEMO.into() });
    let sha = other.added[0].sha256.clone();
    let other = other.reduce(Action::DraftsListOpened).reduce(Action::AddedSetRemoved(sha));
    // Without any draft on the set, nor the set among the added ones, the app does not know it.
    let refused = import(other.clone(), to_json(&draft));
    assert_eq!(
        refused.draft_problem,
        Some(DraftProblem::SetMissing { id: "demo-district-2024".into(), version: "0.9.0".into() })
    );

    let state = import(with_demo(), to_json(&draft));
    let s = session(&state);
    let report = s.import_report.as_ref().expect("another version is reported");
    assert_eq!(report.from.version, "0.9.0");
    assert_eq!(report.to.version, "1.0.0");
    assert_eq!(s.draft.criteria.sha256, s.set.sha256, "the draft now uses this version");
    let codes: Vec<&str> = report.problems.iter().map(AnswerProblem::code).collect();
    assert!(codes.contains(&"9.9"), "{codes:?}");
    assert!(codes.contains(&"1.2"), "{codes:?}");
    assert!(report.problems.iter().any(|p| matches!(p, AnswerProblem::UnknownCode { code } if code == "9.9")));
    // What still fits is scored, and nothing is dropped from the draft.
    assert_eq!(total(&state), dec("11.25"));
    assert!(s.draft.answer("9.9").is_some());

    let state = state.reduce(Action::ImportReportDismissed);
    assert_eq!(session(&state).import_report, None);
}

#[test]
fn a_file_that_is_not_a_draft_is_refused_with_its_location() {
    let state = import(with_demo(), "{ \"format\": \"parscore-draft/1\", ".into());
    assert!(
        matches!(&state.draft_problem, Some(DraftProblem::NotADraft { error, .. }) if error.location.starts_with("line 1"))
    );
    let problem = state.draft_problem.as_ref().expect("refused");
    assert_eq!(
        problem.text(Lang::Vi),
        "Tệp ban.draft.json không phải là bản tự đánh giá: dòng 1, cột 32: tệp kết thúc khi một giá trị chưa xong \
         (tệp bị cắt cụt?)"
    );
    assert!(
        problem.text(Lang::En).contains("line 1, column 32: EOF while parsing a value"),
        "{}",
        problem.text(Lang::En)
    );
    assert_eq!(state.drafts.len(), 1, "the drafts are untouched");
    let state =
        state.reduce(Action::DraftFileImported { name: "ghi-chu.txt".into(), text: "không phải JSON".into() });
    let problem = state.draft_problem.as_ref().expect("refused").text(Lang::Vi);
    assert!(
        problem.starts_with("Tệp ghi-chu.txt không phải là bản tự đánh giá: dòng 1, cột 1: thiếu một giá trị"),
        "{problem}"
    );

    let (_, json) = exported();
    let state = import(state, json.replace("parscore-draft/1", "parscore-draft/9"));
    assert!(matches!(&state.draft_problem, Some(DraftProblem::NotADraft { error, .. }) if error.location == "format"));
}

#[test]
fn a_score_file_imported_as_a_draft_is_named_as_such_in_the_ui_language() {
    let score_file = include_str!("../golden/teaching-demo.score.json");
    let state = import(with_demo(), score_file.into());
    let problem = state.draft_problem.as_ref().expect("a score file is not a draft");
    let vi = problem.text(Lang::Vi);
    assert_eq!(
        vi,
        "Tệp ban.draft.json không phải là bản tự đánh giá: format: đây là tệp điểm đã ký (parscore-score/1), \
         không phải bản tự đánh giá: hãy mở nó bằng “Kiểm tra tệp điểm” (hoặc lệnh parscore verify)"
    );
    assert!(!vi.contains("unknown field") && !vi.contains("created"), "{vi}");
    assert!(problem.text(Lang::En).contains("this is a signed score file (parscore-score/1), not a draft"));
    assert_eq!(state.drafts.len(), 1, "the drafts are untouched");
}

#[test]
fn a_draft_file_is_read_as_strictly_as_the_core_reads_it() {
    let (_, json) = exported();
    // A wrong value is placed by its JSON path, not only its line and column.
    let state = import(with_demo(), json.replacen("\"level\": \"on_time\"", "\"level\": 5", 1));
    let problem = state.draft_problem.as_ref().expect("refused").text(Lang::En);
    assert!(problem.contains("answers.1.1.level (line "), "{problem}");
    // An answer given twice is refused where it stands: which one would win is not the user's choice.
    let twice = json.replacen("\"answers\": {", "\"answers\": {\n    \"2.2\": { \"percent\": \"10\" },", 1);
    let state = import(with_demo(), twice);
    let problem = state.draft_problem.as_ref().expect("refused");
    assert!(problem.text(Lang::En).ends_with("line 19, column 9: duplicate field `2.2`"), "{}", problem.text(Lang::En));
    assert!(problem.text(Lang::Vi).contains("dòng 19, cột 9"), "{}", problem.text(Lang::Vi));
    assert_eq!(state.drafts.len(), 1, "the drafts are untouched");
}
