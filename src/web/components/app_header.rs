//! The page header: the app's name, the language switch and, while a draft is open, its name
//! and the way back to the list of drafts.

use yew::prelude::*;

use super::LanguageSwitch;
use crate::web::i18n::{t, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    /// The open draft's name, when it is shown.
    pub draft_name: Option<AttrValue>,
    pub on_switch: Callback<Lang>,
    pub on_drafts: Callback<()>,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let lang = use_lang();
    let on_drafts = props.on_drafts.reform(|_: MouseEvent| ());
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ t(lang, Msg::AppTitle) }</h1>
                if let Some(name) = &props.draft_name {
                    <p class="app-header-set">{ name }</p>
                } else {
                    <p class="app-header-tagline">{ t(lang, Msg::AppTagline) }</p>
                }
            </div>
            <div class="app-header-actions">
                if props.draft_name.is_some() {
                    <button type="button" class="button-quiet" onclick={on_drafts}>{ t(lang, Msg::DraftsButton) }</button>
                }
                <LanguageSwitch on_switch={props.on_switch.clone()} />
            </div>
        </header>
    }
}
