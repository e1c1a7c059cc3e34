//! Received files kept between visits through the shelf port (a memory shelf here, IndexedDB in
//! the page): the next visit lists the same files with the same verdicts, checked again; one
//! file or all of them removed only once confirmed; a full storage says which files were not
//! kept and loses none kept before.

use std::cell::RefCell;
use std::rc::Rc;

use parscore::app::authority::intake::kept::{MemoryShelf, Shelf, ShelfError};
use parscore::app::authority::intake::{removal_question, shelf_problems, IntakeAction, Removal};
use parscore::app::authority::state::{Action, AuthorityState};
use parscore::app::authority::view::{file_rows, FileRow};
use parscore::app::store::MemoryStore;
use parscore::Lang;

use crate::fixtures::{key_file, score_file};
use crate::util::signing::{read, TEACHING};

/// A visit: the state restored from `store`, the set fetched, the kept files read back.
fn visit(store: &MemoryStore, shelf: &MemoryShelf) -> AuthorityState {
    let mut state = AuthorityState::restore(store);
    state.reduce(Action::BuiltInFetched { file: "teaching-demo.json".into(), text: Ok(read(TEACHING)) });
    let kept = Rc::new(RefCell::new(None));
    let answer = kept.clone();
    shelf.load(Box::new(move |files| *answer.borrow_mut() = Some(files)));
    state.reduce(Action::Intake(IntakeAction::Restored(kept.take().expect("answered at once"))));
    state
}

/// Runs what the state asks of the shelf and hands back what went wrong.
fn shelve(state: &mut AuthorityState, shelf: &MemoryShelf) {
    for command in state.intake.take_shelf_commands() {
        let outcome = Rc::new(RefCell::new(None));
        let answer = outcome.clone();
        shelf.run(command, Box::new(move |o| *answer.borrow_mut() = Some(o)));
        state.reduce(Action::Intake(IntakeAction::Shelved(outcome.take().expect("answered at once"))));
    }
}

fn drop_files(state: &mut AuthorityState, shelf: &MemoryShelf, range: std::ops::RangeInclusive<u8>) {
    let files =
        range.map(|i| (format!("s{i:02}.json"), Ok(score_file(i, &format!("S{i:02}"), "2026-02-01T00:00:00Z"))));
    state.reduce(Action::ScoreFilesRead(files.collect()));
    shelve(state, shelf);
}

fn names(rows: &[FileRow]) -> Vec<&str> {
    rows.iter().map(|row| row.file.as_str()).collect()
}

#[test]
fn the_next_visit_lists_the_same_files_checked_again_against_the_keyring_of_then() {
    let (store, shelf) = (MemoryStore::default(), MemoryShelf::default());
    let mut state = visit(&store, &shelf);
    drop_files(&mut state, &shelf, 1..=30);
    state.reduce(Action::ScoreFilesRead(vec![(
        "broken.json".into(),
        Err(parscore::app::authority::ReadProblem::NotUtf8 { at: 3 }),
    )]));
    shelve(&mut state, &shelf);
    assert_eq!(shelf.len(), 30, "an unreadable file has nothing to keep");
    let next = visit(&store, &shelf);
    assert_eq!(file_rows(&next, Lang::Vi), file_rows(&state, Lang::Vi)[..30]);
    // A key added since: the kept file is judged against it on the next visit.
    let mut keyed = visit(&store, &shelf);
    let effects = keyed.reduce(Action::KeyFilesRead {
        files: vec![("s01.key.json".into(), Ok(key_file(1, "Sở 01", "S01")))],
        now: crate::fixtures::at("2026-12-03T09:00:00Z"),
    });
    keyed.persist(&effects, &store);
    assert_eq!(file_rows(&visit(&store, &shelf), Lang::En)[0].verdict, "Valid");
    // New files follow the kept ones, numbered after them.
    drop_files(&mut keyed, &shelf, 31..=31);
    assert_eq!(shelf.len(), 31);
    assert_eq!(names(&file_rows(&visit(&store, &shelf), Lang::Vi)).last(), Some(&"s31.json"));
}

#[test]
fn one_file_or_all_are_removed_only_once_confirmed() {
    let (store, shelf) = (MemoryStore::default(), MemoryShelf::default());
    let mut state = visit(&store, &shelf);
    drop_files(&mut state, &shelf, 1..=3);
    let second = file_rows(&state, Lang::Vi)[1].id;
    state.reduce(Action::Intake(IntakeAction::RemovalAsked(Removal::One(second))));
    assert_eq!(
        removal_question(&state.intake, &state.files, Lang::Vi).as_deref(),
        Some("Bỏ tệp s02.json khỏi danh sách và khỏi trình duyệt?")
    );
    state.reduce(Action::Intake(IntakeAction::RemovalCancelled));
    assert_eq!(removal_question(&state.intake, &state.files, Lang::Vi), None);
    shelve(&mut state, &shelf);
    assert_eq!(shelf.len(), 3);
    state.reduce(Action::Intake(IntakeAction::RemovalAsked(Removal::One(second))));
    state.reduce(Action::Intake(IntakeAction::RemovalConfirmed));
    shelve(&mut state, &shelf);
    assert_eq!(names(&file_rows(&state, Lang::Vi)), ["s01.json", "s03.json"]);
    assert_eq!(names(&file_rows(&visit(&store, &shelf), Lang::Vi)), ["s01.json", "s03.json"]);

    state.reduce(Action::Intake(IntakeAction::RemovalAsked(Removal::All)));
    assert_eq!(
        removal_question(&state.intake, &state.files, Lang::En).as_deref(),
        Some("Remove all 2 received files from the list and from this browser? To use them again, load them again.")
    );
    state.reduce(Action::Intake(IntakeAction::RemovalConfirmed));
    shelve(&mut state, &shelf);
    assert!(state.files.is_empty() && shelf.is_empty());
    assert!(visit(&store, &shelf).files.is_empty());
}

#[test]
fn a_full_storage_says_which_files_were_not_kept_and_loses_none_kept_before() {
    let (store, shelf) = (MemoryStore::default(), MemoryShelf::default());
    let mut state = visit(&store, &shelf);
    drop_files(&mut state, &shelf, 1..=2);
    let one_file = score_file(3, "S03", "2026-02-01T00:00:00Z").len();
    shelf.capacity.set(Some(one_file * 3 + one_file / 2));
    drop_files(&mut state, &shelf, 3..=5);
    assert_eq!(names(&file_rows(&state, Lang::Vi)).len(), 5, "every file is listed for this visit");
    assert_eq!(state.intake.not_kept, ["s04.json", "s05.json"]);
    assert_eq!(state.intake.keep_problem, Some(ShelfError::Full));
    let said = shelf_problems(&state.intake, Lang::Vi);
    assert!(
        said[0].starts_with("Bộ nhớ của trình duyệt đã đầy: 2 tệp không được giữ (s04.json, s05.json)"),
        "{said:?}"
    );
    assert!(shelf_problems(&state.intake, Lang::En)[0].contains("the files kept before are still kept"));
    assert_eq!(names(&file_rows(&visit(&store, &shelf), Lang::Vi)), ["s01.json", "s02.json", "s03.json"]);
}
