//! Received files checked by a pool of verifier workers: files dealt out one batch per worker,
//! answered in any order and matched to their files, a failed worker's files taken by the others
//! or, with none left, checked in the page and said; the verdicts are the same as checked in the
//! page. The workers are played here by the worker's own request handler.

use parscore::app::authority::intake::{status_lines, IntakeAction, IntakeMsg, Outgoing};
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::authority::view::{file_rows, Tone};
use parscore::app::store::MemoryStore;
use parscore::app::verify::pool::{workers_for, Pool, MAX_BATCH, MAX_WORKERS};
use parscore::app::verify::VerifierFailure;
use parscore::scorefile::request::{handle, VerifyReply};
use parscore::Lang;

use crate::fixtures::score_file;
use crate::util::signing::{read, TEACHING};

#[test]
fn one_worker_per_core_at_least_one_at_most_eight() {
    assert_eq!(workers_for(None), 1);
    assert_eq!(workers_for(Some(0)), 1);
    assert_eq!(workers_for(Some(2)), 2);
    assert_eq!(workers_for(Some(64)), MAX_WORKERS);
}

#[test]
fn every_job_is_answered_once_whatever_the_order_of_the_replies() {
    let mut pool = Pool::new(3);
    let first = pool.add(0..100u32);
    assert!(first.orphaned.is_empty());
    assert_eq!(
        first.dispatches.iter().map(|d| d.worker).collect::<Vec<_>>(),
        [0, 1, 2, 0, 1, 2],
        "two requests in flight per worker, every worker served first"
    );
    let mut in_flight = first.dispatches;
    let mut answered = Vec::new();
    // The last sent is answered first, and so on.
    while let Some(dispatch) = in_flight.pop() {
        assert!(!dispatch.jobs.is_empty() && dispatch.jobs.len() <= MAX_BATCH);
        let (jobs, next) = pool.replied(dispatch.request).expect("a request in flight");
        assert_eq!(jobs, dispatch.jobs);
        assert!(next.iter().all(|d| d.worker == dispatch.worker), "only the worker that answered had room");
        assert!(next.len() <= 1);
        answered.extend(jobs);
        in_flight.splice(0..0, next);
    }
    answered.sort();
    assert_eq!(answered, (0..100).collect::<Vec<_>>());
    assert_eq!(pool.pending(), 0);
    assert_eq!(pool.replied(1), None, "a reply already taken is ignored");
}

#[test]
fn a_failed_workers_files_go_to_the_others_and_with_none_left_come_back() {
    let mut pool = Pool::new(2);
    let sent = pool.add(0..10u32).dispatches;
    let (to_first, to_second) = (sent[0].clone(), sent[1].clone());
    let failover = pool.failed(to_first.worker);
    assert!(failover.orphaned.is_empty());
    assert!(failover.dispatches.is_empty(), "the other worker is busy: the files wait for it");
    assert_eq!(pool.pending(), 10);
    let (_, next) = pool.replied(to_second.request).expect("in flight");
    assert_eq!(next[0].worker, to_second.worker);
    assert_eq!(next[0].jobs[..to_first.jobs.len()], to_first.jobs[..], "the failed worker's files go first");
    let last = pool.failed(to_second.worker);
    let mut orphaned = last.orphaned;
    orphaned.sort();
    let answered: Vec<u32> = to_second.jobs.clone();
    let expected: Vec<u32> = (0..10).filter(|j| !answered.contains(j)).collect();
    assert_eq!(orphaned, expected);
    assert_eq!(pool.add([42]).orphaned, [42], "no worker left: new files come back at once");
}

fn page_with_files(count: u8) -> AuthorityState {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    state.intake.use_workers();
    let files = (1..=count)
        .map(|i| (format!("s{i:02}.json"), Ok(score_file(i, &format!("S{i:02}"), "2026-02-01T00:00:00Z"))))
        .collect();
    state.reduce(Action::ScoreFilesRead(files));
    state
}

/// The worker's answer to a request, as the worker computes it.
fn answer(outgoing: &Outgoing) -> Action {
    Action::Intake(IntakeAction::Replied { worker: outgoing.worker, reply: handle(&outgoing.request) })
}

fn checked_in_page(count: u8) -> AuthorityState {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    let files = (1..=count)
        .map(|i| (format!("s{i:02}.json"), Ok(score_file(i, &format!("S{i:02}"), "2026-02-01T00:00:00Z"))))
        .collect();
    state.reduce(Action::ScoreFilesRead(files));
    state
}

#[test]
fn files_wait_for_the_workers_and_get_the_verdicts_the_page_would_give() {
    let mut state = page_with_files(30);
    assert!(state.intake.start_wanted());
    assert!(file_rows(&state, Lang::Vi).iter().all(|row| row.tone == Tone::Pending && row.verdict == "Đang kiểm tra…"));
    state.reduce(Action::Intake(IntakeAction::WorkersStarted { size: 2, failed: Vec::new() }));
    assert_eq!(status_lines(&state.intake, Lang::Vi), ["Đang kiểm tra 30 tệp…"]);
    let mut outbox = state.intake.take_outbox();
    assert_eq!(outbox.len(), 4, "two batches in flight for each of the two workers");
    // Answered newest first: replies come back in any order.
    while let Some(outgoing) = outbox.pop() {
        state.reduce(answer(&outgoing));
        outbox.splice(0..0, state.intake.take_outbox());
    }
    assert_eq!(state.intake.checking(), 0);
    assert!(status_lines(&state.intake, Lang::En).is_empty());
    assert_eq!(file_rows(&state, Lang::Vi), file_rows(&checked_in_page(30), Lang::Vi));
}

#[test]
fn no_worker_can_start_the_files_are_checked_in_the_page_and_that_is_said() {
    let mut state = page_with_files(5);
    let failed = vec![(0, VerifierFailure::CannotStart), (1, VerifierFailure::CannotStart)];
    state.reduce(Action::Intake(IntakeAction::WorkersStarted { size: 2, failed }));
    assert!(state.intake.take_outbox().is_empty());
    assert_eq!(file_rows(&state, Lang::Vi), file_rows(&checked_in_page(5), Lang::Vi));
    assert_eq!(state.intake.notice(), Some(IntakeMsg::InPage(VerifierFailure::CannotStart)));
    assert!(status_lines(&state.intake, Lang::Vi)[0].starts_with("Trình duyệt không cho chạy bộ kiểm tra nền"));
    // Later files too, at once.
    state.reduce(Action::ScoreFilesRead(vec![("late.json".into(), Ok(score_file(9, "S09", "2026-02-02T00:00:00Z")))]));
    assert!(file_rows(&state, Lang::En).iter().all(|row| row.tone != Tone::Pending));
}

#[test]
fn a_worker_that_stops_has_its_files_checked_by_the_other() {
    let mut state = page_with_files(12);
    state.reduce(Action::Intake(IntakeAction::WorkersStarted { size: 2, failed: Vec::new() }));
    let outbox = state.intake.take_outbox();
    let dead = outbox[0].worker;
    state.reduce(Action::Intake(IntakeAction::WorkerFailed { worker: dead, why: VerifierFailure::Stopped }));
    let mut outbox: Vec<Outgoing> = outbox.into_iter().filter(|o| o.worker != dead).collect();
    while let Some(outgoing) = outbox.pop() {
        assert_ne!(outgoing.worker, dead, "nothing more goes to a stopped worker");
        state.reduce(answer(&outgoing));
        outbox.extend(state.intake.take_outbox());
    }
    assert_eq!(file_rows(&state, Lang::Vi), file_rows(&checked_in_page(12), Lang::Vi));
    assert_eq!(state.intake.notice(), Some(IntakeMsg::SomeStopped { stopped: 1, of: 2 }));
    assert_eq!(
        IntakeMsg::SomeStopped { stopped: 1, of: 2 }.text(Lang::En),
        "1 of 2 background checkers stopped; their files were checked again by the others."
    );
}

#[test]
fn a_reply_made_before_a_set_arrived_is_sent_again_and_a_bad_reply_fails_its_worker() {
    let mut state = AuthorityState::restore(&MemoryStore::default());
    state.intake.use_workers();
    state.reduce(Action::ScoreFilesRead(vec![("s01.json".into(), Ok(score_file(1, "S01", "2026-02-01T00:00:00Z")))]));
    state.reduce(Action::Intake(IntakeAction::WorkersStarted { size: 2, failed: Vec::new() }));
    let sent = state.intake.take_outbox();
    // The set arrives while the worker checks against none: its reply is not used, the file is
    // sent again with the set.
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    state.reduce(answer(&sent[0]));
    let again = state.intake.take_outbox();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].request.criteria.len(), 1);
    assert_eq!(file_rows(&state, Lang::Vi)[0].tone, Tone::Pending);
    state.reduce(answer(&again[0]));
    assert_eq!(file_rows(&state, Lang::Vi), file_rows(&checked_in_page(1), Lang::Vi));

    let mut state = page_with_files(1);
    state.reduce(Action::Intake(IntakeAction::WorkersStarted { size: 1, failed: Vec::new() }));
    let sent = state.intake.take_outbox();
    let nonsense = VerifyReply::BadRequest { message: "not a request".into() };
    state.reduce(Action::Intake(IntakeAction::Replied { worker: sent[0].worker, reply: nonsense }));
    assert_eq!(state.intake.notice(), Some(IntakeMsg::InPage(VerifierFailure::Stopped)));
    assert_eq!(file_rows(&state, Lang::Vi), file_rows(&checked_in_page(1), Lang::Vi));
}
