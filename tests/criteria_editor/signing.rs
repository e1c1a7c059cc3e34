//! The edited set signed with the authority's own key, kept encrypted in the browser's store:
//! only a valid set is signed, a wrong passphrase is said, and the signed set names its
//! publisher and keeps the set's hash.

use parscore::app::authority::editor::signing::{sign_edited, SignProblem, AUTHORITY_KEY_ENTRY};
use parscore::app::authority::editor::EditorAction;
use parscore::app::authority::state::AuthorityState;
use parscore::app::signing_key::StoredKey;
use parscore::app::store::Store;
use parscore::scorefile::KeyError;
use parscore::signedset::{verify_set, SetTrust};

use crate::{act, page, util};

const PASSPHRASE: &str = "mật khẩu của Sở";

#[test]
fn the_signed_set_names_the_authority_and_keeps_its_hash() {
    let (mut state, store) = page();
    let key = StoredKey::create("Sở Nội vụ tỉnh Mẫu", "SNV-MAU", PASSPHRASE).unwrap();
    act(&mut state, &store, EditorAction::KeySaved(key.clone()));
    assert_eq!(StoredKey::load_from(&store, AUTHORITY_KEY_ENTRY), Some(key.clone()));
    assert_eq!(AuthorityState::restore(&store).editor.key, Some(key.clone()), "kept for the next visit");

    assert_eq!(sign_edited(&state.editor, PASSPHRASE, 1_780_000_000), Err(SignProblem::NothingToSign));
    act(&mut state, &store, EditorAction::CopyBuiltIn { id: "parscore-teaching-demo".into() });
    let wrong = sign_edited(&state.editor, "not the passphrase", 1_780_000_000);
    assert_eq!(wrong, Err(SignProblem::Key(KeyError::WrongPassphrase)));

    let signed = sign_edited(&state.editor, PASSPHRASE, 1_780_000_000).expect("signed");
    assert!(signed.file_name.ends_with(".signed.json"), "{}", signed.file_name);
    match verify_set(&signed.text, None) {
        SetTrust::Signed { publisher, .. } => {
            assert_eq!((publisher.name.as_str(), publisher.code.as_str()), ("Sở Nội vụ tỉnh Mẫu", "SNV-MAU"));
            assert_eq!(publisher.did, key.public.did);
        }
        other => panic!("{other:?}"),
    }
    let loaded = parscore::criteria::load(&signed.text).unwrap();
    assert_eq!(loaded.sha256, util::signing::teaching_set().sha256);
}

#[test]
fn a_set_with_problems_is_not_signed() {
    let (mut state, store) = page();
    act(&mut state, &store, EditorAction::KeySaved(StoredKey::create("Sở Nội vụ", "SNV", PASSPHRASE).unwrap()));
    act(&mut state, &store, EditorAction::NewSet { year: 2026 });
    let problems = state.editor.problems.len();
    assert_eq!(sign_edited(&state.editor, PASSPHRASE, 1_780_000_000), Err(SignProblem::NotValid(problems)));
    assert!(store.get(AUTHORITY_KEY_ENTRY).is_some());
}
