//! The agency's explanation page (explain.html): an appraisal file answered item by item and
//! signed. A page of its own, so that the agency's form does not download it. It reads what the
//! agency's page keeps in this browser (the language, the sets added, the signing key) and
//! fetches the built-in sets, through the agency app's own model.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::components::{page_header, ExplanationScreen};
use super::hooks::restored_app::{language_switch, use_restored_app};
use crate::app::explanation::ExplanationText;
use crate::Lang;

/// Mounts the page on its `<body>`.
pub fn start() {
    super::mount::<ExplainPage>();
}

#[component]
fn ExplainPage() -> Html {
    let state = use_restored_app(|state| state);
    let lang = state.lang;
    let on_switch = language_switch(&state);
    html! {
        <ContextProvider<Lang> context={lang}>
            // The page is named as the form's button that leads here; the screen's heading says what it does.
            { page_header(&ExplanationText::OpenButton.text(lang), &on_switch, lang) }
            <ExplanationScreen library={state.library.clone()} added={state.added.clone()} signing_key={state.key.clone()} />
        </ContextProvider<Lang>>
    }
}
