//! The root component: owns the state (restored from the browser's storage), loads the
//! built-in sets, and shows the list of drafts, a new draft's details, or the open draft.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{
    AppHeader, DraftScreen, DraftsScreen, NewDraftForm, StorageBanner, StorageFillingBanner, StorageScreen,
};
use super::i18n::mark_document_lang;
use super::library::fetch_all;
use crate::app::state::{Action, AppState, Place, Screen, SetChecks, WORKER};
use crate::web::address;
use crate::web::hooks::set_checks::use_set_checks;
use crate::web::storage::{ask_persistence, LocalStore};
use crate::Lang;

#[component]
pub fn App() -> Html {
    // Signed sets are checked by the verifier worker: the form carries no verifier.
    let state = use_reducer(|| AppState::restore_with(Rc::new(LocalStore::open()), SetChecks::Worker(&WORKER)));
    use_set_checks(&state);

    // Once, when the app starts: fetch the built-in sets, and ask the browser not to evict the
    // drafts under storage pressure.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            ask_persistence();
            fetch_all(move |file, text| dispatcher.dispatch(Action::BuiltInFetched { file, text }))
        });
    }
    use_effect_with(state.lang, |&lang| mark_document_lang(lang));
    use_effect_with(state.page_title(), |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
    // Other tabs and windows on the same drafts: their saves are merged in as they happen.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = crate::web::tabs::on_storage(move |action| dispatcher.dispatch(action));
            move || drop(listener)
        });
    }

    // The address follows the place; Back and Forward go to the place they name. An address
    // the page was opened with (a bookmark, a link) is gone to, not overwritten.
    {
        let dispatcher = state.dispatcher();
        // The first address of a visit replaces the one the page was opened with (after going
        // to it, once, when it names another place); every later place is a new entry.
        let first = use_mut_ref(|| true);
        let went = use_mut_ref(|| false);
        use_effect_with(state.place().to_hash(), move |hash| {
            let opened_with = address::current();
            let is_first = *first.borrow();
            if is_first
                && !*went.borrow()
                && !opened_with.is_empty()
                && Place::parse(&opened_with) != Place::parse(hash)
            {
                // Once: the state moves to it, and this runs again with its address.
                *went.borrow_mut() = true;
                dispatcher.dispatch(Action::PlaceChanged(Place::parse(&opened_with)));
                return;
            }
            address::show(hash, is_first);
            *first.borrow_mut() = false;
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = address::on_history(move |place| dispatcher.dispatch(Action::PlaceChanged(place)));
            move || drop(listener)
        });
    }

    // One stable callback for every view: the dispatcher never changes, so neither does it,
    // and views that receive it do not re-render because of it.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_switch = on_action.reform(Action::LanguageSwitched);
    let on_drafts = on_action.reform(|()| Action::DraftsListOpened);
    let on_storage = on_action.reform(|()| Action::StorageScreenOpened);

    let scoring = state.scoring();
    // The banner offers the open draft for download: while storage fails, it is the only copy.
    let unsaved = state.storage.and_then(|_| state.session.as_ref()).map(|s| (s.name.clone(), s.saved_draft().clone()));
    html! {
        <ContextProvider<Lang> context={state.lang}>
            <AppHeader draft_name={scoring.map(|s| AttrValue::from(s.name.clone()))}
                draft_id={scoring.filter(|s| !s.read_only).map(|s| AttrValue::from(s.id.clone()))} away={state.screen != Screen::Drafts}
                on_switch={on_switch} on_drafts={on_drafts} on_storage={on_storage} />
            if let Some(problem) = state.storage {
                <StorageBanner problem={problem} draft={unsaved} />
            } else if let Some(filling) = state.storage_filling() {
                <StorageFillingBanner filling={filling} />
            }
            {
                match (&state.screen, scoring) {
                    (Screen::NewDraft(set), _) => html! { <NewDraftForm set={set.clone()} on_action={on_action.clone()} /> },
                    (Screen::Draft, Some(session)) => html! { <DraftScreen session={session.clone()} on_action={on_action.clone()} /> },
                    (Screen::Storage, _) => html! { <StorageScreen store={state.store.clone()} damaged={state.damaged.clone()} on_action={on_action.clone()} /> },
                    _ => html! {
                        <DraftsScreen library={state.library.clone()} added={state.added.clone()} drafts={state.drafts.clone()} damaged={state.damaged.clone()}
                            rejected_file={state.rejected_file.clone()} checking={state.checking_file().map(AttrValue::from)} draft_problem={state.draft_problem.clone()}
                            open_id={state.session.as_ref().map(|s| AttrValue::from(s.id.clone()))} on_action={on_action.clone()} />
                    },
                }
            }
        </ContextProvider<Lang>>
    }
}
