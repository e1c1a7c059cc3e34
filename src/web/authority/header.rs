//! The authority page's header: its name, the link back to the agency's page, the language.

use yew::prelude::*;

use super::text;
use crate::app::authority::Msg;
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
    // Each button names its language in that language, so it is found by those who need it.
    let button = |target: Lang, label: &'static str, code: &'static str| {
        let on_switch = props.on_switch.clone();
        html! {
            <button type="button" lang={code} aria-pressed={(lang == target).to_string()}
                onclick={Callback::from(move |_| on_switch.emit(target))}>{ label }</button>
        }
    };
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ text(lang, Msg::PageTitle) }</h1>
                <p class="app-header-tagline">{ text(lang, Msg::PageTagline) }</p>
            </div>
            <nav class="app-header-actions">
                <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ text(lang, Msg::AgencyPageLink) }</a>
                <div class="language-switch" role="group" aria-label={text(lang, Msg::LanguageLabel)}>
                    { button(Lang::Vi, "Tiếng Việt", "vi") }
                    { button(Lang::En, "English", "en") }
                </div>
            </nav>
        </header>
    }
}
