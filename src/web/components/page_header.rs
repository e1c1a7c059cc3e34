//! The header of the agency-side pages beside the form (explanation, Verify, trainer): the
//! page's title, a way back to the agency's form and the language switch.

use yew::prelude::*;

use super::language_buttons;
use crate::web::i18n::{t, Msg};
use crate::web::pages::{page_href, AGENCY_PAGE};
use crate::Lang;

/// The header, in `lang` (a function, not a component: see the module list).
pub fn page_header(title: &str, on_switch: &Callback<Lang>, lang: Lang) -> Html {
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ title }</h1>
            </div>
            <nav class="app-header-actions">
                <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ t(lang, Msg::AppTitle) }</a>
                { language_buttons(on_switch, t(lang, Msg::LanguageLabel), lang) }
            </nav>
        </header>
    }
}
