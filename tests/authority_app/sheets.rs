//! Workbooks on the authority's page go through the spreadsheet worker: a request as an effect,
//! the reply as an action. Natively the worker's own `answer` replies, through JSON text as in
//! the browser. Opening a criteria workbook, a roster workbook, writing the template, the set
//! and the round's tables, and a worker that cannot start, which leaves nothing waiting.

use parscore::app::authority::editor::EditorAction;
use parscore::app::authority::round::{InputProblem, RoundAction};
use parscore::app::authority::sheets::{SheetsAction, SheetsFailure, SheetsMsg, WorkbookExport};
use parscore::app::authority::state::{Action, AuthorityState, Effect};
use parscore::app::store::MemoryStore;
use parscore::authority::Message;
use parscore::criteria::raw::RawCriteriaSet;
use parscore::i18n::Bilingual;
use parscore::sheet_worker::{answer, SheetsReply, SheetsRequest};
use parscore::Lang;

const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");

fn act(state: &mut AuthorityState, store: &MemoryStore, action: Action) -> Vec<Effect> {
    let effects = state.reduce(action);
    state.persist(&effects, store);
    effects
}

/// What the page does with [`Effect::SendSheets`], the worker standing in: every waiting request
/// sent as JSON text, answered, and the replies reduced. The effects of the replies.
pub fn answer_all(state: &mut AuthorityState, store: &MemoryStore) -> Vec<Effect> {
    let mut effects = Vec::new();
    for request in state.sheets.take_outbox() {
        let reply: SheetsReply = serde_json::from_str(&answer(&serde_json::to_string(&request).unwrap())).unwrap();
        effects.extend(act(state, store, Action::Sheets(SheetsAction::Replied(reply))));
    }
    effects
}

fn teaching() -> RawCriteriaSet {
    serde_json::from_str(TEACHING).unwrap()
}

/// The set's tree as JSON, to compare two sets' criteria.
fn nodes(raw: &RawCriteriaSet) -> serde_json::Value {
    serde_json::to_value(&raw.nodes).unwrap()
}

/// The workbook the page last offered as a download, taken.
fn offered(state: &mut AuthorityState, store: &MemoryStore) -> (String, Vec<u8>) {
    let (_, export) = state.sheets.finished.clone().expect("a workbook written");
    act(state, store, Action::Sheets(SheetsAction::Offered));
    assert!(state.sheets.finished.is_none());
    assert_eq!(export.mime, parscore::sheet_worker::XLSX_TYPE);
    (export.name, export.bytes)
}

#[test]
fn a_criteria_workbook_opens_in_the_editor_once_the_worker_has_read_it() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    let bytes = parscore::sheet::export_xlsx(&teaching()).unwrap();
    let effects = act(&mut state, &store, Action::Editor(EditorAction::FileOpened { name: "bo.xlsx".into(), bytes }));
    assert_eq!(effects, [Effect::SendSheets]);
    assert!(state.sheets.working() && state.editor.doc.is_none());
    assert_eq!(answer_all(&mut state, &store), [Effect::SaveEditor]);
    assert!(!state.sheets.working());
    let doc = state.editor.doc.as_ref().expect("the set opened");
    assert_eq!(nodes(&doc.raw), nodes(&teaching()));
    assert_eq!(state.editor.report.as_ref().map(|r| r.file.as_str()), Some("bo.xlsx"));
}

#[test]
fn a_csv_sheet_is_still_read_by_the_page_itself() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    let bytes = parscore::sheet::export_csv(&teaching()).unwrap();
    let effects = act(&mut state, &store, Action::Editor(EditorAction::FileOpened { name: "bo.csv".into(), bytes }));
    assert_eq!(effects, [Effect::SaveEditor]);
    assert!(state.sheets.take_outbox().is_empty());
    assert_eq!(nodes(&state.editor.doc.as_ref().unwrap().raw), nodes(&teaching()));
}

#[test]
fn a_file_named_xlsx_that_is_no_workbook_is_said_at_its_first_row() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    let roster = ("r.xlsx".to_string(), Ok(b"Ma;Ten;Nhom\n".to_vec()));
    assert_eq!(act(&mut state, &store, Action::Round(RoundAction::RosterRead(roster))), [Effect::SendSheets]);
    assert!(answer_all(&mut state, &store).is_empty());
    match &state.round.roster_problem {
        Some(InputProblem::Table(errors)) => {
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].row, 1);
            assert!(matches!(errors[0].message, Message::NotXlsx { .. }), "{errors:?}");
            assert!(errors[0].text(Lang::Vi).contains("không phải bảng tính XLSX"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_template_and_the_edited_set_are_written_by_the_worker_and_read_back_the_same() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    assert_eq!(
        act(&mut state, &store, Action::Sheets(SheetsAction::ExportAsked(WorkbookExport::Template))),
        [Effect::SendSheets]
    );
    answer_all(&mut state, &store);
    let (name, bytes) = offered(&mut state, &store);
    assert_eq!(name, "mau-bo-tieu-chi.xlsx");
    assert_eq!(nodes(&parscore::sheet::import_xlsx(&bytes).into_result().unwrap()), nodes(&teaching()));

    // No set yet: nothing to write, nothing sent.
    assert!(act(&mut state, &store, Action::Sheets(SheetsAction::ExportAsked(WorkbookExport::EditedSet))).is_empty());
    act(&mut state, &store, Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(TEACHING.into()) });
    act(&mut state, &store, Action::Editor(EditorAction::CopyBuiltIn { id: teaching().id }));
    act(&mut state, &store, Action::Sheets(SheetsAction::ExportAsked(WorkbookExport::EditedSet)));
    answer_all(&mut state, &store);
    let (name, bytes) = offered(&mut state, &store);
    assert_eq!(name, format!("{}.xlsx", teaching().id));
    assert_eq!(bytes, parscore::sheet::export_xlsx(&state.editor.doc.as_ref().unwrap().raw).unwrap());
}

#[test]
fn a_worker_that_cannot_start_leaves_nothing_waiting_and_says_why_in_both_languages() {
    let store = MemoryStore::default();
    let mut state = AuthorityState::restore(&store);
    let bytes = parscore::sheet::export_xlsx(&teaching()).unwrap();
    act(&mut state, &store, Action::Editor(EditorAction::FileOpened { name: "bo.xlsx".into(), bytes: bytes.clone() }));
    let sent = state.sheets.take_outbox();
    assert_eq!(sent.len(), 1);
    act(&mut state, &store, Action::Sheets(SheetsAction::Failed(SheetsFailure::CannotStart)));
    assert!(!state.sheets.working());
    assert_eq!(state.sheets.failure, Some(SheetsFailure::CannotStart));
    // A reply that comes after all (to a request dropped) is left unread.
    let late = parscore::sheet_worker::answer_request(sent.into_iter().next().unwrap());
    assert!(act(&mut state, &store, Action::Sheets(SheetsAction::Replied(late))).is_empty());
    assert!(state.editor.doc.is_none());
    let (vi, en) = (SheetsMsg::CannotStart.text(Lang::Vi), SheetsMsg::CannotStart.text(Lang::En));
    assert!(vi.contains("Web Worker") && en.contains("Web Workers") && vi != en);
    // Asking again clears the notice and sends again.
    act(&mut state, &store, Action::Editor(EditorAction::FileOpened { name: "bo.xlsx".into(), bytes }));
    assert_eq!(state.sheets.failure, None);
    assert_eq!(answer_all(&mut state, &store), [Effect::SaveEditor]);
}

#[test]
fn the_worker_answers_what_is_not_a_request_without_panicking() {
    for text in ["", "{", "{\"kind\":\"read_table\",\"id\":1,\"bytes\":\"%%\"}", "[1,2]"] {
        let reply: SheetsReply = serde_json::from_str(&answer(text)).unwrap();
        assert!(matches!(reply, SheetsReply::BadRequest { .. }), "{text}: {reply:?}");
    }
    let read = SheetsRequest::ReadCriteria { id: 7, bytes: b"PK not really".to_vec() };
    match parscore::sheet_worker::answer_request(read) {
        SheetsReply::CriteriaRead { id: 7, result: Err(problems) } => assert_eq!(problems.len(), 1),
        other => panic!("{other:?}"),
    }
}
