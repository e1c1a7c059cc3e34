//! The signing page's model: the address the form links to, the confirmation asked before a
//! draft with unanswered items is signed, and the key backup, safe only once downloaded and
//! opened with its passphrase.

use parscore::answers::Draft;
use parscore::app::sign_page::backup::{Backup, CheckError, Safety, BACKUP_ENTRY};
use parscore::app::sign_page::messages::SignPageText;
use parscore::app::sign_page::{draft_in_fragment, sign_link, suggested_agency, Readiness};
use parscore::app::signing_key::StoredKey;
use parscore::app::state::AppState;
use parscore::app::store::{MemoryStore, Store};
use parscore::criteria;
use parscore::i18n::Bilingual;
use parscore::scorefile::{KeyError, Preview};
use parscore::scoring::score;
use parscore::Lang;

const TEACHING: &str = include_str!("../../criteria/teaching-demo.json");
const DEMO: &str = include_str!("../../criteria/demo/teaching-demo.draft.json");
const PASSPHRASE: &str = "mật khẩu đủ dài";

#[test]
fn the_form_links_to_the_draft_and_the_page_reads_it_back() {
    assert_eq!(sign_link("sign.html", "d-3"), "sign.html#draft=d-3");
    assert_eq!(draft_in_fragment("#draft=d-3"), Some("d-3".to_string()));
    assert_eq!(draft_in_fragment("x=1&draft=d-3"), Some("d-3".to_string()));
    for id in ["bản 1", "a&b=c", "#%"] {
        assert_eq!(draft_in_fragment(&sign_link("sign.html", id).replace("sign.html", "")), Some(id.to_string()));
    }
    assert_eq!(draft_in_fragment(""), None);
    assert_eq!(draft_in_fragment("#draft="), None);
    assert_eq!(draft_in_fragment("#drafts=x"), None);
    // A broken escape is kept as typed, never a panic.
    assert_eq!(draft_in_fragment("#draft=%Z1%"), Some("%Z1%".to_string()));
}

#[test]
fn a_new_key_is_suggested_for_the_draft_to_sign_else_the_one_open_last() {
    let store: std::rc::Rc<dyn Store> = std::rc::Rc::new(MemoryStore::default());
    assert_eq!(suggested_agency(&*store, None), None);
    let state = super::demo_draft(AppState::restore(store.clone()));
    let id = state.session.as_ref().map(|s| s.id.clone()).expect("the copy is a draft");
    let agency = state.session.as_ref().map(|s| (s.draft.agency.name.clone(), s.draft.agency.code.clone()));
    assert_eq!(agency, Some(("UBND huyện Minh Hoạ".to_string(), "H01".to_string())));
    assert_eq!(suggested_agency(&*store, Some(&id)), agency);
    assert_eq!(suggested_agency(&*store, None), agency, "the draft the form had open last");
    assert_eq!(suggested_agency(&*store, Some("không có")), None);
}

#[test]
fn unanswered_items_need_a_confirmation_and_problems_block_signing() {
    let set = criteria::load(TEACHING).expect("teaching set");
    let mut draft = Draft::from_json(DEMO).expect("demo draft");
    let card = score(&set, &draft);
    let preview = Preview::of(&set, &draft, &card);
    assert!(preview.signable());
    let unanswered = preview.unanswered.len();
    if unanswered == 0 {
        // The demo answers everything: take one answer out to have an unanswered item.
        let code = draft.answers.keys().next().cloned().expect("the demo answers items");
        draft.answers.remove(&code);
    }
    let card = score(&set, &draft);
    let preview = Preview::of(&set, &draft, &card);
    let count = preview.unanswered.len();
    assert!(count > 0);
    assert_eq!(Readiness::of(&preview, false), Readiness::Confirm { unanswered: count });
    assert!(!Readiness::of(&preview, false).can_sign());
    assert_eq!(Readiness::of(&preview, true), Readiness::Ready);
    assert!(SignPageText::ConfirmUnanswered { count }.text(Lang::Vi).contains(&count.to_string()));

    let mut blocked = preview.clone();
    blocked.problems = vec![parscore::scoring::AnswerProblem::UnknownCode { code: "9.9.9".into() }];
    assert_eq!(Readiness::of(&blocked, true), Readiness::Blocked);
}

fn new_key() -> StoredKey {
    StoredKey::create("Sở Minh Hoạ", "SMH", PASSPHRASE).expect("creates")
}

#[test]
fn a_new_key_is_safe_only_after_its_backup_downloaded_and_opened() {
    let store = MemoryStore::default();
    let key = new_key();
    let backup = Backup::load(&store, &key);
    assert_eq!(backup.safety(), Safety::NotDownloaded);

    // The browser refused the download: said, and not safe.
    let backup = backup.downloaded(false);
    assert_eq!(backup.safety(), Safety::DownloadRefused);
    backup.save(&store).expect("saves");
    assert_eq!(Backup::load(&store, &key).safety(), Safety::DownloadRefused, "a reload remembers the refusal");

    // Downloaded: not yet called good.
    let backup = Backup::load(&store, &key).downloaded(true);
    assert_eq!(backup.safety(), Safety::Unchecked);
    assert_eq!(
        backup.clone().downloaded(false).safety(),
        Safety::Unchecked,
        "a later refusal keeps the file the user has"
    );

    // The check opens the file: a wrong passphrase, another key's backup, or no backup at all
    // leave it unchecked.
    assert_eq!(
        backup.clone().check(&key, &key.backup, "sai mật khẩu rồi").unwrap_err(),
        CheckError::Key(KeyError::WrongPassphrase)
    );
    let other = new_key();
    assert_eq!(backup.clone().check(&key, &other.backup, PASSPHRASE).unwrap_err(), CheckError::OtherKey);
    assert!(matches!(backup.clone().check(&key, "xin chào", PASSPHRASE), Err(CheckError::Key(_))));

    let checked = backup.check(&key, &key.backup, PASSPHRASE).expect("the backup opens");
    assert_eq!(checked.safety(), Safety::Safe);
    checked.save(&store).expect("saves");
    assert_eq!(Backup::load(&store, &key).safety(), Safety::Safe);

    // Another key in this browser starts over; the key's own entry is untouched by all this.
    assert_eq!(Backup::load(&store, &other).safety(), Safety::NotDownloaded);
    assert!(store.get(parscore::app::signing_key::KEY_ENTRY).is_none());
}

#[test]
fn a_restored_key_is_safe_and_a_damaged_record_counts_as_none() {
    let store = MemoryStore::default();
    let key = new_key();
    assert_eq!(Backup::restored(&key).safety(), Safety::Safe);
    store.set(BACKUP_ENTRY, "{\"did\": 3").expect("sets");
    assert_eq!(Backup::load(&store, &key).safety(), Safety::NotDownloaded);
    store.set(BACKUP_ENTRY, "[]").expect("sets");
    assert_eq!(Backup::load(&store, &key).safety(), Safety::NotDownloaded);
}

#[test]
fn every_text_has_both_languages() {
    let texts = [
        SignPageText::Heading,
        SignPageText::DraftMissing { id: "d-1" },
        SignPageText::NotDownloaded,
        SignPageText::DownloadRefused,
        SignPageText::Unchecked,
        SignPageText::Safe,
        SignPageText::CheckOtherKey,
    ];
    for text in texts {
        let (vi, en) = (text.text(Lang::Vi), text.text(Lang::En));
        assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{text:?}");
    }
}

#[test]
fn an_agency_without_a_code_is_named_alone() {
    use parscore::answers::agency_label;
    assert_eq!(agency_label("Sở Tư pháp", "STP"), "Sở Tư pháp (STP)");
    // The signing page's summary said "Sở Tư pháp ()" for a draft with no code yet.
    assert_eq!([agency_label("Sở Tư pháp", ""), agency_label("Sở Tư pháp", "  ")], ["Sở Tư pháp", "Sở Tư pháp"]);
}
