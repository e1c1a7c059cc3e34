//! The header of the agency-side pages beside the form (explanation, Verify, trainer): the
//! page's title, a way back to the agency's form and the language switch.

use yew::prelude::*;

use super::LanguageSwitch;
use crate::web::i18n::{t, use_lang, Msg};
use crate::web::pages::{page_href, AGENCY_PAGE};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct PageHeaderProps {
    pub title: AttrValue,
    pub on_switch: Callback<Lang>,
}

#[component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    let lang = use_lang();
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ props.title.clone() }</h1>
            </div>
            <nav class="app-header-actions">
                <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ t(lang, Msg::AppTitle) }</a>
                <LanguageSwitch on_switch={props.on_switch.clone()} label={t(lang, Msg::LanguageLabel)} />
            </nav>
        </header>
    }
}
