//! The start every agency-side page beside the form shares (explanation, signing, Verify,
//! trainer): the app model restored from the browser's storage, the built-in sets fetched into
//! it, and the document's language kept in step with the user's choice.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, AppState};
use crate::web::i18n::mark_document_lang;
use crate::web::library::fetch_all;
use crate::web::storage::LocalStore;
use crate::Lang;

/// The restored app, after `first` (the page's own start, e.g. a screen to open); the built-in
/// sets arrive as [`Action::BuiltInFetched`].
#[hook]
pub fn use_restored_app<F>(first: F) -> UseReducerHandle<AppState>
where
    F: FnOnce(AppState) -> AppState + 'static,
{
    let state = use_reducer(move || first(AppState::restore(Rc::new(LocalStore::open()))));
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            fetch_all(move |file, text| dispatcher.dispatch(Action::BuiltInFetched { file, text }))
        });
    }
    use_effect_with(state.lang, |&lang| mark_document_lang(lang));
    state
}

/// The header's language switch for a page on the restored app.
pub fn language_switch(state: &UseReducerHandle<AppState>) -> Callback<Lang> {
    let dispatcher = state.dispatcher();
    Callback::from(move |lang: Lang| dispatcher.dispatch(Action::LanguageSwitched(lang)))
}
