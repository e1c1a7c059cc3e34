//! The Verify page (verify.html), for the authority that receives score files: a page of its
//! own, so that the agency's form does not download its views. It reads the language the
//! agency's page keeps in this browser and fetches the built-in sets, through the agency app's
//! own model; the files are checked by the verifier worker, as before.

use yew::prelude::*;

use super::components::{page_header, VerifyScreen};
use super::hooks::restored_app::{language_switch, use_restored_app};
use super::i18n::{t, Msg};
use crate::Lang;

/// Mounts the page on its `<body>`.
pub fn start() {
    super::mount::<VerifyPage>();
}

#[component]
fn VerifyPage() -> Html {
    let state = use_restored_app(|state| state);
    let lang = state.lang;
    let on_switch = language_switch(&state);
    html! {
        <ContextProvider<Lang> context={lang}>
            { page_header(t(lang, Msg::VerifyButton), &on_switch, lang) }
            <VerifyScreen library={state.library.clone()} />
        </ContextProvider<Lang>>
    }
}
