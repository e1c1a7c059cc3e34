//! The round on the authority's page: the intake register from the roster and the files received
//! (submitted, late, superseded, invalid, unverified signer, missing), survey results with located
//! errors, the ranking as the core computes it, exports, and the inputs kept between visits.

use parscore::app::authority::round::view::{self, ExportKind, Filter, StatusKind};
use parscore::app::authority::round::{InputProblem, RoundAction, Saved};
use parscore::app::authority::state::{Action, AuthorityState, Effect};
use parscore::app::authority::view::Tone;
use parscore::app::store::{MemoryStore, StoreError};
use parscore::authority::{self, Basis, Entrant, ResultsFile, SurveyResults};
use parscore::criteria::CriteriaSet;
use parscore::scorefile;
use parscore::Lang;
use serde_json::json;

use crate::fixtures::{at, key, key_file};
use crate::util::{self, group, leaf, load, set_json};

/// 60 points appraised (a manual item) and 40 from the survey (points), national bands.
fn set_text() -> String {
    set_json(vec![
        group("1", "60", vec![leaf("1.1", "60", json!({ "kind": "manual" }))]),
        group("2", "40", vec![leaf("2.1", "40", json!({ "kind": "survey" }))]),
    ])
    .to_string()
}

fn set() -> CriteriaSet {
    load(&serde_json::from_str(&set_text()).expect("json"))
}

/// Agency `code`'s file: `points` self-assessed on 1.1, signed by key `seed` at `created`.
fn score_file(seed: u8, code: &str, points: &str, created: &str) -> String {
    let set = set();
    let mut draft = util::draft(&set, json!({ "1.1": { "points": points, "justification": "tự chấm" } }));
    draft.agency.code = code.into();
    draft.agency.name = format!("Sở {code}");
    scorefile::sign(&set, &draft, &key(seed), at(created), scorefile::App::this()).expect("signs").to_json_pretty()
}

const ROSTER: &str = "Mã;Tên;Nhóm\nSA;Sở A;Sở\nSB;Sở B;Sở\nSC;Sở C;Sở\nSD;Sở D;Sở\nSE;Sở E;Sở\nSF;Sở F;Sở\n";

fn act(state: &mut AuthorityState, store: &MemoryStore, action: Action) -> Vec<Effect> {
    let effects = state.reduce(action);
    state.persist(&effects, store);
    effects
}

fn round(state: &mut AuthorityState, store: &MemoryStore, action: RoundAction) -> Vec<Effect> {
    act(state, store, Action::Round(action))
}

fn table(name: &str, text: &str) -> (String, Result<Vec<u8>, String>) {
    (name.to_string(), Ok(text.as_bytes().to_vec()))
}

/// A page with the set, keys for SA–SE (SF's real key is not registered), the roster, a
/// deadline, and: SA in time, SB late, SC twice (the later supersedes), SD tampered, SE
/// missing, SF signed by a key nobody registered, with SF's code.
fn page(store: &MemoryStore) -> AuthorityState {
    let mut state = AuthorityState::restore(store);
    act(&mut state, store, Action::BuiltInFetched { file: "test.json".into(), text: Ok(set_text()) });
    let keys = (1..=5u8)
        .zip(["SA", "SB", "SC", "SD", "SE"])
        .map(|(seed, code)| (format!("{code}.json"), Ok(key_file(seed, &format!("Sở {code}"), code))))
        .collect();
    act(&mut state, store, Action::KeyFilesRead { files: keys, now: at("2026-01-01T00:00:00Z") });
    round(&mut state, store, RoundAction::RosterRead(table("roster.csv", ROSTER)));
    round(&mut state, store, RoundAction::DeadlineTyped("2026-02-10".into()));
    let tampered = score_file(4, "SD", "50", "2026-02-01T00:00:00Z").replace("\"Sở SD\"", "\"Sở SD sửa\"");
    let files = vec![
        ("sa.json", score_file(1, "SA", "55", "2026-02-01T00:00:00Z")),
        ("sb.json", score_file(2, "SB", "50", "2026-02-11T08:00:00Z")),
        ("sc-1.json", score_file(3, "SC", "40", "2026-02-01T00:00:00Z")),
        ("sc-2.json", score_file(3, "SC", "45", "2026-02-05T00:00:00Z")),
        ("sd.json", tampered),
        ("sf.json", score_file(9, "SF", "60", "2026-02-01T00:00:00Z")),
    ];
    let read = files.into_iter().map(|(name, text)| (name.to_string(), Ok(text))).collect();
    act(&mut state, store, Action::ScoreFilesRead(read));
    state
}

fn kinds(state: &AuthorityState) -> Vec<(String, StatusKind)> {
    view::register_lines(&state.round, &Filter::default(), Lang::Vi).into_iter().map(|l| (l.code, l.kind)).collect()
}

#[test]
fn every_agency_of_the_roster_gets_its_status() {
    let store = MemoryStore::default();
    let state = page(&store);
    let expected = [
        ("SA", StatusKind::Submitted),
        ("SB", StatusKind::Late),
        ("SC", StatusKind::Submitted),
        ("SC", StatusKind::Superseded),
        ("SD", StatusKind::Invalid),
        ("SE", StatusKind::Missing),
        ("SF", StatusKind::Unverified),
    ];
    assert_eq!(kinds(&state), expected.map(|(c, k)| (c.to_string(), k)));
    let lines = view::register_lines(&state.round, &Filter::default(), Lang::Vi);
    assert_eq!(lines[3].file, "sc-1.json");
    assert!(lines[3].detail.contains("sc-2.json"), "{}", lines[3].detail);
    // The file changed after signing is invalid with its reason, not just "invalid".
    assert!(!lines[4].detail.is_empty());
    // The unregistered signer with the right code is never shown as verified.
    assert_ne!(StatusKind::Unverified.tone(), Tone::Valid);
    assert!(lines[6].detail.contains(&crate::fixtures::fingerprint(9)), "{}", lines[6].detail);
}

#[test]
fn registering_the_missing_key_verifies_the_file_without_reading_it_again() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    let files = vec![("sf.json".to_string(), Ok(key_file(9, "Sở SF", "SF")))];
    act(&mut state, &store, Action::KeyFilesRead { files, now: at("2026-03-01T00:00:00Z") });
    assert!(kinds(&state).contains(&("SF".to_string(), StatusKind::Submitted)));
}

#[test]
fn the_register_filters_by_status_and_group_and_counts_each_status() {
    let store = MemoryStore::default();
    let state = page(&store);
    let late = Filter { status: Some(StatusKind::Late), group: None };
    let lines = view::register_lines(&state.round, &late, Lang::En);
    assert_eq!(lines.iter().map(|l| l.code.as_str()).collect::<Vec<_>>(), ["SB"]);
    assert_eq!(lines[0].status, "Submitted after the deadline");
    let other_group = Filter { status: None, group: Some("Xã".into()) };
    assert!(view::register_lines(&state.round, &other_group, Lang::Vi).is_empty());
    let counts = view::status_counts(&state.round);
    assert_eq!(counts.iter().find(|(k, _)| *k == StatusKind::Submitted).map(|c| c.1), Some(2));
    assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 7);
}

#[test]
fn the_ranking_is_the_cores_over_the_accepted_files_with_survey_points() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    let survey = "Mã đơn vị;Mã tiêu chí;Giá trị\nSA;2.1;30\nSB;2.1;40\nSC;2.1;35\n";
    round(&mut state, &store, RoundAction::SurveyRead(table("survey.csv", survey)));
    let Some(Ok(ranking)) = &state.round.ranking else { panic!("a ranking") };
    // SA 55+30, SB 50+40, SC's later file 45+35: SB 90, SA 85, SC 80.
    let set = set();
    let entrant = |code: &str, points: &str| {
        let mut draft = util::draft(&set, json!({ "1.1": { "points": points, "justification": "tự chấm" } }));
        draft.agency.code = code.into();
        Entrant { code: code.into(), name: format!("Sở {code}"), group: "Sở".into(), criteria: &set, draft }
    };
    let results = SurveyResults::from_csv(survey.as_bytes(), |_| Some(&set)).expect("survey");
    let expected: Vec<_> = [("SA", "55"), ("SB", "50"), ("SC", "45")]
        .iter()
        .map(|(c, p)| authority::final_result(&entrant(c, p), Some(&results)))
        .collect();
    let expected = authority::rank(expected, std::slice::from_ref(&set), Basis::SelfAssessed, 2025, None);
    let codes = |r: &authority::Ranking| -> Vec<(u32, String, String)> {
        r.groups[0].rows.iter().map(|x| (x.rank, x.result.code.clone(), x.result.index().canonical())).collect()
    };
    assert_eq!(codes(ranking), codes(&expected));
    assert_eq!(codes(ranking)[0], (1, "SB".to_string(), "90".to_string()));
    let groups = view::groups_view(ranking, Lang::Vi);
    assert_eq!(
        groups[0].bands,
        [("Nhóm A".to_string(), 1), ("Nhóm B".into(), 2), ("Nhóm C".into(), 0), ("Dưới nhóm C".into(), 0)]
    );
    // SB: 50 of 60 self-assessed, 40 of 40 from the survey.
    assert_eq!(groups[0].lines[0].areas, [("83,33".to_string(), 3), ("100".to_string(), 4)]);
    assert_eq!(groups[0].top[0].code, "SB");
    assert_eq!(groups[0].bottom[0].code, "SC");
}

#[test]
fn survey_errors_are_located_and_the_register_says_who_still_lacks_results() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    let bad = "Mã đơn vị;Mã tiêu chí;Giá trị\nSA;2.1;30\nSB;1.1;10\nSZ;2.1;10\nSC;2.1;45\n";
    round(&mut state, &store, RoundAction::SurveyRead(table("survey.csv", bad)));
    let Some(InputProblem::Table(errors)) = &state.round.survey_problem else { panic!("located errors") };
    let located: Vec<(usize, Option<String>)> = errors.iter().map(|e| (e.row, e.column_letter())).collect();
    assert_eq!(located, [(3, Some("B".into())), (4, Some("A".into())), (5, Some("C".into()))]);
    assert!(state.round.survey.is_none());
    // Nothing loaded: every accepted agency lacks 2.1, and its final index waits.
    let partial = "Mã đơn vị;Mã tiêu chí;Giá trị\nSA;2.1;30\n";
    round(&mut state, &store, RoundAction::SurveyRead(table("survey.csv", partial)));
    let lacking: Vec<(String, String)> = view::register_lines(&state.round, &Filter::default(), Lang::Vi)
        .into_iter()
        .filter(|l| !l.survey_missing.is_empty())
        .map(|l| (l.code, l.survey_missing))
        .collect();
    assert_eq!(lacking, [("SB".to_string(), "2.1".to_string()), ("SC".into(), "2.1".into())]);
}

#[test]
fn survey_results_wait_for_the_roster_and_the_files() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    round(&mut state, &store, RoundAction::SurveyRead(table("survey.csv", "Mã đơn vị;Mã tiêu chí;Giá trị\n")));
    assert_eq!(state.round.survey_problem, Some(InputProblem::SurveyNeedsFiles));
}

#[test]
fn last_years_results_give_the_change_in_index_and_rank() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    round(
        &mut state,
        &store,
        RoundAction::SurveyRead(table("s.csv", "Mã;Mục;Giá trị\nSA;2.1;30\nSB;2.1;40\nSC;2.1;35\n")),
    );
    let Some(Ok(ranking)) = state.round.ranking.clone() else { panic!("a ranking") };
    let mut last_year = ResultsFile::of(&ranking);
    // Last year SC was first with 70 and SB third.
    for entry in &mut last_year.agencies {
        (entry.rank, entry.index) = match entry.code.as_str() {
            "SC" => (1, "70".parse().expect("d")),
            "SA" => (2, "86".parse().expect("d")),
            _ => (3, "60".parse().expect("d")),
        };
    }
    let text = last_year.to_json_pretty();
    round(&mut state, &store, RoundAction::PreviousRead { file: "2024.json".into(), text: Ok(text) });
    let Some(Ok(ranking)) = &state.round.ranking else { panic!("a ranking") };
    let lines = &view::groups_view(ranking, Lang::Vi)[0].lines;
    let moves: Vec<(&str, &str, &str)> =
        lines.iter().map(|l| (l.code.as_str(), l.index_change.as_str(), l.movement.as_str())).collect();
    assert_eq!(moves, [("SB", "+30", "tăng 2 bậc"), ("SA", "-1", "giữ nguyên"), ("SC", "+10", "giảm 2 bậc")]);
    let bad = RoundAction::PreviousRead { file: "x.json".into(), text: Ok("{}".into()) };
    round(&mut state, &store, bad);
    assert!(matches!(state.round.previous_problem, Some(InputProblem::Core(_))));
}

#[test]
fn roster_errors_are_located_and_the_roster_is_not_replaced() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    round(&mut state, &store, RoundAction::RosterRead(table("r.csv", "Mã;Tên;Nhóm\nSA;Sở A;Sở\nSA;;Sở\n")));
    let Some(InputProblem::Table(errors)) = &state.round.roster_problem else { panic!("errors") };
    assert!(errors.iter().all(|e| e.row == 3), "{errors:?}");
    assert_eq!(state.round.roster.as_ref().map(|r| r.value.agencies.len()), Some(6));
}

#[test]
fn a_reload_finds_every_input_again() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    round(&mut state, &store, RoundAction::SurveyRead(table("s.csv", "Mã;Mục;Giá trị\nSA;2.1;30,5\n")));
    round(&mut state, &store, RoundAction::DecisionTyped("(Kèm theo Quyết định số 1/QĐ-UBND)".into()));
    let again = AuthorityState::restore(&store);
    assert_eq!(again.round.roster, state.round.roster);
    assert_eq!(again.round.survey, state.round.survey);
    assert_eq!(again.round.deadline, state.round.deadline);
    assert_eq!(again.round.decision, "(Kèm theo Quyết định số 1/QĐ-UBND)");
    // Without the received files (they are not kept), every agency is missing.
    assert!(kinds(&again).iter().all(|(_, k)| *k == StatusKind::Missing));
}

#[test]
fn a_store_that_refuses_an_input_is_said_not_silent() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    store.failing.set(Some(StoreError::Full));
    let effects = round(&mut state, &store, RoundAction::RosterRead(table("r2.csv", "Mã;Tên;Nhóm\nSA;Sở A;Sở\n")));
    assert_eq!(effects, [Effect::SaveRound(Saved::Roster)]);
    let said = view::not_kept(&state.round, Lang::Vi);
    assert_eq!(said.len(), 1);
    assert!(said[0].contains("Danh sách đơn vị") && said[0].contains("đầy"), "{said:?}");
    // The roster still works until the page closes; the other files are now outside it.
    assert_eq!(kinds(&state)[0], ("SA".to_string(), StatusKind::Submitted));
    assert!(kinds(&state)[1..].iter().all(|(_, k)| *k == StatusKind::NotInRoster));
}

#[test]
fn exports_are_the_cores_tables_as_csv_and_xlsx() {
    let store = MemoryStore::default();
    let state = page(&store);
    let csv = view::export(&state.round, ExportKind::RegisterCsv, Lang::Vi).expect("a register").expect("csv");
    let text = String::from_utf8(csv.bytes).expect("utf-8");
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(text.lines().count(), 8, "{text}");
    assert!(text.contains("SE;Sở E;Chưa nộp") || text.contains("Chưa nộp"), "{text}");
    // Workbooks are the spreadsheet worker's to write: the page gives it the same sheets.
    assert!(view::export(&state.round, ExportKind::RegisterXlsx, Lang::Vi).is_none());
    let (name, sheets) = view::workbook(&state.round, ExportKind::RegisterXlsx, Lang::Vi).expect("a register");
    assert_eq!(name, "so-tiep-nhan.xlsx");
    assert_eq!(sheets[0].rows.len(), 7, "as many rows as the CSV");
    let written =
        parscore::sheet_worker::answer_request(parscore::sheet_worker::SheetsRequest::WriteTables { id: 1, sheets });
    match written {
        parscore::sheet_worker::SheetsReply::Written { id: 1, result: Ok(bytes) } => assert!(bytes.starts_with(b"PK")),
        other => panic!("{other:?}"),
    }
    let results = view::export(&state.round, ExportKind::ResultsCsv, Lang::En).expect("a ranking").expect("csv");
    assert_eq!(results.name, "xep-hang-2025.csv");
    let empty = AuthorityState::restore(&MemoryStore::default());
    assert!(view::workbook(&empty.round, ExportKind::ResultsXlsx, Lang::Vi).is_none());
}

#[test]
fn an_xlsx_roster_reads_like_the_csv() {
    let store = MemoryStore::default();
    let mut state = page(&store);
    let sheet = parscore::authority::export::Sheet {
        name: "Roster".into(),
        title: String::new(),
        header: Vec::new(),
        headings: vec!["Mã".into(), "Tên".into(), "Nhóm".into()],
        rows: vec![vec![
            parscore::authority::export::Cell::Text("SA".into()),
            parscore::authority::export::Cell::Text("Sở A".into()),
            parscore::authority::export::Cell::Text("Sở".into()),
        ]],
    };
    let bytes = parscore::authority::xlsx::workbook(&[sheet]).expect("xlsx");
    // The page sends the workbook to the spreadsheet worker; its answer loads the roster.
    let effects = round(&mut state, &store, RoundAction::RosterRead(("r.xlsx".into(), Ok(bytes))));
    assert_eq!(effects, [Effect::SendSheets]);
    assert_eq!(state.round.roster.as_ref().map(|r| r.file.as_str()), Some("roster.csv"));
    assert_eq!(crate::sheets::answer_all(&mut state, &store), [Effect::SaveRound(Saved::Roster)]);
    assert_eq!(state.round.roster.as_ref().map(|r| r.file.as_str()), Some("r.xlsx"));
    assert_eq!(state.round.roster_problem, None);
    assert_eq!(kinds(&state)[0], ("SA".to_string(), StatusKind::Submitted));
    assert_eq!(kinds(&state).len(), 6);
}

#[test]
fn heat_map_shades_follow_the_national_band_edges() {
    let d = |s: &str| s.parse().expect("d");
    assert_eq!([d("49.99"), d("50"), d("70"), d("89.99"), d("90")].map(view::shade), [0, 1, 2, 3, 4]);
}

#[test]
fn the_register_is_derived_again_only_when_its_inputs_change() {
    use parscore::app::authority::editor::EditorAction;
    use std::rc::Rc;
    let store = MemoryStore::default();
    let mut state = page(&store);
    let register = |state: &AuthorityState| state.round.register.clone().expect("a register");
    let before = register(&state);
    // Typing in the editor, switching the language: the same register, not a new derivation.
    act(&mut state, &store, Action::Editor(EditorAction::NewSet { year: 2026 }));
    act(&mut state, &store, Action::LanguageSwitched(Lang::En));
    assert!(Rc::ptr_eq(&before, &register(&state)));
    // A key registered is an input: the register follows it.
    let files = vec![("sf.json".to_string(), Ok(key_file(9, "Sở SF", "SF")))];
    act(&mut state, &store, Action::KeyFilesRead { files, now: at("2026-03-01T00:00:00Z") });
    assert!(!Rc::ptr_eq(&before, &register(&state)));
    assert!(kinds(&state).contains(&("SF".to_string(), StatusKind::Submitted)));
}

#[test]
fn survey_results_in_a_workbook_read_through_the_worker_like_the_csv() {
    use parscore::authority::export::{Cell, Sheet};
    let store = MemoryStore::default();
    let mut state = page(&store);
    let csv = "Mã đơn vị;Mã tiêu chí;Giá trị\nSA;2.1;30\nSB;2.1;40\nSC;2.1;35\n";
    round(&mut state, &store, RoundAction::SurveyRead(table("survey.csv", csv)));
    let from_csv = state.round.survey.clone().expect("read from CSV").value;
    round(&mut state, &store, RoundAction::SurveyCleared);

    let text = |s: &str| Cell::Text(s.into());
    let rows = [("SA", "30"), ("SB", "40"), ("SC", "35")].iter().map(|(c, v)| vec![text(c), text("2.1"), text(v)]);
    let sheet = Sheet {
        name: "Survey".into(),
        title: String::new(),
        header: Vec::new(),
        headings: vec!["Mã đơn vị".into(), "Mã tiêu chí".into(), "Giá trị".into()],
        rows: rows.collect(),
    };
    // Its headings are on row 3, under an empty title: blank rows are skipped, as in a table an
    // official typed.
    let bytes = parscore::authority::xlsx::workbook(&[sheet]).expect("xlsx");
    let effects = round(&mut state, &store, RoundAction::SurveyRead(("s.xlsx".into(), Ok(bytes))));
    assert_eq!(effects, [Effect::SendSheets]);
    assert_eq!(crate::sheets::answer_all(&mut state, &store), [Effect::SaveRound(Saved::Survey)]);
    let loaded = state.round.survey.as_ref().expect("read from the workbook");
    assert_eq!(loaded.file, "s.xlsx");
    assert_eq!(loaded.value, from_csv);
}
