//! The authority page's header: its name, the link back to the agency's page, the language.

use yew::prelude::*;

use super::text;
use crate::app::authority::Msg;
use crate::web::components::language_buttons;
use crate::web::i18n::use_lang;
use crate::web::pages::{page_href, AGENCY_PAGE};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_switch: Callback<Lang>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ text(lang, Msg::PageTitle) }</h1>
                <p class="app-header-tagline">{ text(lang, Msg::PageTagline) }</p>
            </div>
            <nav class="app-header-actions">
                <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ text(lang, Msg::AgencyPageLink) }</a>
                { language_buttons(&props.on_switch, &text(lang, Msg::LanguageLabel), lang) }
            </nav>
        </header>
    }
}
