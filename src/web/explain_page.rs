//! The agency's explanation page (explain.html): an appraisal file answered item by item and
//! signed. A page of its own, so that the agency's form does not download it. It reads what the
//! agency's page keeps in this browser (the language, the sets added, the signing key) and
//! fetches the built-in sets, through the agency app's own model.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{ExplanationScreen, LanguageSwitch};
use super::i18n::{mark_document_lang, t, Msg};
use super::library::fetch_all;
use super::pages::{page_href, AGENCY_PAGE};
use super::storage::LocalStore;
use crate::app::explanation::ExplanationText;
use crate::app::state::{Action, AppState};
use crate::Lang;

/// Mounts the page on its `<body>`.
pub fn start() {
    yew::Renderer::<ExplainPage>::new().render();
}

#[component]
fn ExplainPage() -> Html {
    let state = use_reducer(|| AppState::restore(Rc::new(LocalStore::open())));
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            fetch_all(move |file, text| dispatcher.dispatch(Action::BuiltInFetched { file, text }))
        });
    }
    let lang = state.lang;
    use_effect_with(lang, |&lang| mark_document_lang(lang));
    let on_switch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang: Lang| dispatcher.dispatch(Action::LanguageSwitched(lang)))
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="app-header">
                <div class="app-header-text">
                    <h1>{ ExplanationText::Heading.text(lang) }</h1>
                </div>
                <nav class="app-header-actions">
                    <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ t(lang, Msg::AppTitle) }</a>
                    <LanguageSwitch on_switch={on_switch} label={t(lang, Msg::LanguageLabel)} />
                </nav>
            </header>
            <ExplanationScreen library={state.library.clone()} added={state.added.clone()} signing_key={state.key.clone()} />
        </ContextProvider<Lang>>
    }
}
