//! The root component: owns the state, loads the built-in sets, remembers the language, and
//! shows the set picker or the scoring screen.

use yew::prelude::*;

use super::components::{AppHeader, ScoringScreen, SetPicker};
use super::i18n::mark_document_lang;
use super::library::fetch_all;
use super::state::{Action, AppState};
use super::storage::{store_lang, stored_lang};
use crate::Lang;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(stored_lang()));

    // The built-in sets are fetched once, when the app starts.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            fetch_all(move |file, text| dispatcher.dispatch(Action::BuiltInFetched { file, text }))
        });
    }
    // The language survives reloads; drafts will be saved the same way, on `state.session`.
    use_effect_with(state.lang, |&lang| {
        store_lang(lang);
        mark_document_lang(lang);
    });

    // One stable callback for every view: the dispatcher never changes, so neither does it,
    // and views that receive it do not re-render because of it.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_switch = on_action.reform(Action::LanguageSwitched);
    let on_pick_another = on_action.reform(|()| Action::PickerOpened);

    let scoring = state.scoring();
    html! {
        <ContextProvider<Lang> context={state.lang}>
            <AppHeader set_title={scoring.map(|s| s.set.title.clone())} on_switch={on_switch} on_pick_another={on_pick_another} />
            if let Some(session) = scoring {
                <ScoringScreen session={session.clone()} on_action={on_action.clone()} />
            } else {
                <SetPicker library={state.library.clone()} rejected_file={state.rejected_file.clone()}
                    can_resume={state.session.is_some()} on_action={on_action.clone()} />
            }
        </ContextProvider<Lang>>
    }
}
