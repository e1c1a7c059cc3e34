//! The Verify page's model: what is sent to the verifier and when, replies go to the files of
//! their own request, a reply made obsolete by a new keyring is ignored, a verifier that cannot
//! run leaves files "not checked", and reports are worded from the catalogue.

use parscore::i18n::Bilingual;
use std::rc::Rc;

use parscore::answers::Agency;
use parscore::app::state::SharedSet;
use parscore::app::verify::wording;
use parscore::app::verify::{Check, CheckAction, Checks, Tally, VerifierFailure, WorkerState};
use parscore::criteria::Level;
use parscore::scorefile::keys::KeyOwner;
use parscore::scorefile::request::{KeyringStatus, VerifyReply};
use parscore::scorefile::verify::Signer;
use parscore::scorefile::{Failure, Report};
use parscore::Lang;

const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");

/// The model after `actions`, its verifier running.
fn reduce(mut state: Checks, actions: Vec<CheckAction>) -> Checks {
    if state.worker == WorkerState::Starting {
        state.reduce(CheckAction::VerifierStarted);
    }
    for action in actions {
        state.reduce(action);
    }
    state
}

fn report(failures: Vec<Failure>) -> Report {
    Report { signer: None, agency: None, year: None, criteria: None, index: None, band: None, created: None, failures }
}

fn pending_id(state: &Checks, row: usize) -> u32 {
    match state.rows[row].check {
        Check::Pending(id) => id,
        ref other => panic!("row {row} is not pending: {other:?}"),
    }
}

fn verified(id: u32, keyring: KeyringStatus, reports: Vec<Report>) -> CheckAction {
    CheckAction::Replied(VerifyReply::Verified { id, keyring, reports })
}

#[test]
fn a_reply_made_obsolete_by_a_new_keyring_is_ignored() {
    let files =
        vec![("a.score.json".to_string(), Ok("{}".to_string())), ("b.score.json".to_string(), Err("denied".into()))];
    let state = reduce(Checks::default(), vec![CheckAction::FilesRead(files)]);
    assert_eq!(state.selected, Some(0));
    assert_eq!(state.rows[1].check, Check::Unreadable("denied".into()));
    let first = pending_id(&state, 0);
    let state = reduce(state, vec![CheckAction::KeyringRead { name: "k.json".into(), text: Ok("[]".into()) }]);
    let second = pending_id(&state, 0);
    assert_ne!(first, second);

    let state = reduce(state, vec![verified(first, KeyringStatus::NotGiven, vec![report(vec![])])]);
    assert_eq!(pending_id(&state, 0), second, "the old reply is ignored");
    assert_eq!(state.keyring.as_ref().unwrap().status, None);

    let bad = report(vec![Failure::BadSignature { reason: "changed".into() }]);
    let state = reduce(state, vec![verified(second, KeyringStatus::Loaded { keys: 0 }, vec![bad.clone()])]);
    assert_eq!(state.rows[0].check, Check::Done(Rc::new(bad)));
    assert_eq!(state.keyring.as_ref().unwrap().status, Some(KeyringStatus::Loaded { keys: 0 }));
    // The bad signature and the file the browser could not read: neither is valid.
    assert_eq!((state.tally(), state.pending()), (Tally { invalid: 2, ..Tally::default() }, 0));
}

/// A file signed by `did` for agency SMH, 2025, with no failure: its signer registered or not.
fn signed_by(did: &str, registered: bool) -> Report {
    let owner = KeyOwner { name: "Sở Minh Hoạ".into(), code: "SMH".into() };
    Report {
        signer: Some(Signer {
            did: did.into(),
            fingerprint: "F".into(),
            registered: registered.then(|| owner.clone()),
        }),
        agency: Some(Agency { name: owner.name.clone(), code: owner.code.clone(), level: Level::Department }),
        year: Some(2025),
        ..report(vec![])
    }
}

#[test]
fn unregistered_signers_are_not_counted_valid_and_two_keys_for_one_agency_conflict() {
    let files =
        vec![("a.score.json".to_string(), Ok("{}".to_string())), ("b.score.json".to_string(), Ok("{}".to_string()))];
    let state = reduce(Checks::default(), vec![CheckAction::FilesRead(files)]);
    let id = pending_id(&state, 0);
    let reports = vec![signed_by("did:key:z6MkA", false), signed_by("did:key:z6MkB", false)];
    let state = reduce(state, vec![verified(id, KeyringStatus::NotGiven, reports)]);
    let tally = state.tally();
    assert_eq!(tally, Tally { verified: 0, signature_only: 2, invalid: 0, conflicting: 2 });
    let summary = tally.text().text(Lang::Vi);
    assert!(summary.starts_with("0 tệp hợp lệ, 2 tệp chưa xác minh người ký"), "{summary}");
    assert!(!summary.contains("2/2"), "{summary}");
    let twins = state.duplicates();
    assert_eq!((twins[0].conflicts_with.as_slice(), twins[1].conflicts_with.as_slice()), (&[1][..], &[0][..]));
}

#[test]
fn an_unreadable_keyring_says_why_and_removing_it_checks_again() {
    let files = vec![("a.score.json".to_string(), Ok("{}".to_string()))];
    let unreadable = CheckAction::KeyringRead { name: "k.json".into(), text: Err("denied".into()) };
    let state = reduce(Checks::default(), vec![CheckAction::FilesRead(files), unreadable]);
    let status = state.keyring.as_ref().unwrap().status.clone();
    assert_eq!(status, Some(KeyringStatus::Invalid { location: String::new(), message: "denied".into() }));
    let before = pending_id(&state, 0);
    let state = reduce(state, vec![CheckAction::KeyringRemoved]);
    assert!(state.keyring.is_none());
    assert_ne!(pending_id(&state, 0), before);
    let state = reduce(state, vec![CheckAction::RowSelected(5)]);
    assert_eq!(state.selected, None);
    let state = reduce(state, vec![CheckAction::Cleared]);
    assert!(state.rows.is_empty());
}

#[test]
fn reports_are_worded_in_both_languages() {
    let set = SharedSet::load(TEACHING).unwrap();
    let failures =
        vec![Failure::BadSignature { reason: "changed".into() }, Failure::ScoreDiffers { differences: Vec::new() }];
    let report = report(failures);
    assert_eq!(wording::kinds(Lang::Vi, &report), "chữ ký sai, điểm tính lại khác");
    assert_eq!(wording::kinds(Lang::En, &report), "bad signature, recomputed score differs");
    let item = wording::place(Lang::Vi, "scorecard.nodes.2.1", Some(&set));
    assert!(item.starts_with("2.1 ") && item.len() > 4, "{item}");
    assert_eq!(wording::place(Lang::En, "scorecard.totals.total", Some(&set)), "Total");
    assert_eq!(wording::place(Lang::En, "answers.2.1.numerator", None), "answers.2.1.numerator");
    assert_eq!(wording::band(Lang::Vi, &report, Some(&set)), "chưa xếp loại");
}

#[test]
fn files_wait_for_the_verifier_and_go_to_it_once_it_runs() {
    let mut state = Checks::default();
    let files =
        vec![("a.score.json".to_string(), Ok("A".to_string())), ("b.score.json".to_string(), Ok("B".to_string()))];
    assert_eq!(state.reduce(CheckAction::FilesRead(files)), None, "nothing is sent before the verifier runs");
    assert_eq!(state.pending(), 2);
    let sent = state.reduce(CheckAction::VerifierStarted).expect("both files are sent when it starts");
    assert_eq!(
        (sent.files, sent.keyring, sent.id),
        (vec!["A".to_string(), "B".to_string()], None, pending_id(&state, 0))
    );

    let more =
        vec![("c.score.json".to_string(), Ok("C".to_string())), ("d.score.json".to_string(), Err("denied".into()))];
    let sent = state.reduce(CheckAction::FilesRead(more)).expect("a new file is sent at once");
    assert_eq!(sent.files, vec!["C".to_string()], "only the new readable file");
    assert_eq!(state.reduce(CheckAction::SetsChanged(Vec::new())), None, "the same sets check nothing again");
    let sent = state.reduce(CheckAction::SetsChanged(vec![TEACHING.into()])).expect("new sets check every file again");
    assert_eq!((sent.files.len(), sent.criteria.len()), (3, 1));
}

#[test]
fn a_verifier_that_cannot_run_leaves_files_not_checked() {
    let mut state = Checks::default();
    state.reduce(CheckAction::FilesRead(vec![("a.score.json".to_string(), Ok("A".to_string()))]));
    assert_eq!(state.reduce(CheckAction::VerifierFailed(VerifierFailure::CannotStart)), None);
    assert_eq!(state.worker, WorkerState::Failed(VerifierFailure::CannotStart));
    assert_eq!(state.rows[0].check, Check::NotChecked);
    let later = vec![("b.score.json".to_string(), Ok("B".to_string()))];
    assert_eq!(state.reduce(CheckAction::FilesRead(later)), None);
    assert_eq!((state.rows[1].check.clone(), state.pending()), (Check::NotChecked, 0));
    assert_eq!(state.tally(), Tally::default(), "a file not checked is counted nowhere");
}
