//! The trainer's page (trainer.html) through the app model it shares with the agency's form: it
//! restores the draft the form has open from the browser's storage and shows it on the slides,
//! or opens a saved draft or an example agency; its texts exist in both languages.

use parscore::i18n::Bilingual;
use std::rc::Rc;

use parscore::app::state::{Action, AppState, View};
use parscore::app::store::MemoryStore;
use parscore::app::trainer::TrainerText;
use parscore::Lang;

use super::{session, total};

const SET: &str = include_str!("../../criteria/teaching-demo.json");
const DEMO: &str = include_str!("../../criteria/demo/teaching-demo.draft.json");

fn with_library(store: &Rc<MemoryStore>) -> AppState {
    AppState::restore(store.clone()).reduce(Action::BuiltInFetched { file: "teaching-demo.json", text: Ok(SET.into()) })
}

/// The agency's form, with the teaching demo copied into a draft of its own (saved, open).
fn form_with_a_draft(store: &Rc<MemoryStore>) -> AppState {
    with_library(store)
        .reduce(Action::DemoOpened { name: "teaching-demo.draft.json".into(), text: DEMO.into() })
        .reduce(Action::DemoCopied)
}

#[test]
fn the_page_shows_the_draft_the_form_has_open_on_the_slides() {
    let store = Rc::new(MemoryStore::default());
    let form = form_with_a_draft(&store);
    // The trainer's page starts from the same storage, before the built-in sets are fetched.
    let page = AppState::restore(store.clone()).reduce(Action::ViewOpened(View::Presentation));
    let shown = page.scoring().expect("the form's open draft is shown");
    assert_eq!(shown.view, View::Presentation);
    assert_eq!(shown.id, session(&form).id);
    assert_eq!(total(&page), total(&form));
    // The projection is the other view of the page.
    let page = page.reduce(Action::ViewOpened(View::Projection));
    assert_eq!(session(&page).view, View::Projection);
}

#[test]
fn without_an_open_draft_the_page_offers_the_saved_ones_and_the_example_agencies() {
    let store = Rc::new(MemoryStore::default());
    let form = form_with_a_draft(&store);
    let id = session(&form).id.clone();
    let _form = form.reduce(Action::DraftsListOpened);
    let page = with_library(&store).reduce(Action::ViewOpened(View::Presentation));
    assert!(page.scoring().is_none(), "the form closed its draft: nothing is shown");
    assert_eq!(page.drafts.iter().map(|d| d.id.clone()).collect::<Vec<_>>(), vec![id.clone()]);
    // Choosing the saved draft, then the slides.
    let chosen = page.clone().reduce(Action::DraftOpened(id.clone())).reduce(Action::ViewOpened(View::Presentation));
    assert_eq!(chosen.scoring().map(|s| (s.id.clone(), s.view)), Some((id, View::Presentation)));
    // Or the example agency, read-only.
    let demo = page
        .reduce(Action::DemoOpened { name: "teaching-demo.draft.json".into(), text: DEMO.into() })
        .reduce(Action::ViewOpened(View::Presentation));
    assert!(demo.scoring().is_some_and(|s| s.read_only && s.view == View::Presentation));
}

#[test]
fn every_text_of_the_page_exists_in_both_languages() {
    let texts = [
        TrainerText::OpenButton,
        TrainerText::Heading,
        TrainerText::Intro,
        TrainerText::DraftsHeading,
        TrainerText::DemosHeading,
        TrainerText::DemoOf { title: "Bộ mẫu" },
        TrainerText::NothingYet,
        TrainerText::Showing { name: "UBND xã A" },
        TrainerText::ChooseAnother,
    ];
    for text in &texts {
        let (vi, en) = (text.text(Lang::Vi), text.text(Lang::En));
        assert!(!vi.is_empty() && !en.is_empty(), "{text:?}");
        assert_ne!(vi, en, "{text:?} is translated");
    }
    assert!(TrainerText::DemoOf { title: "Bộ mẫu" }.text(Lang::En).contains("Bộ mẫu"));
    assert!(TrainerText::Showing { name: "UBND xã A" }.text(Lang::Vi).contains("UBND xã A"));
}
