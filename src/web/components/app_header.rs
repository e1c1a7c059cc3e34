//! The page header: the app's name, the language switch and, while scoring, the way back to the
//! set picker.

use yew::prelude::*;

use super::LanguageSwitch;
use crate::web::i18n::{t, use_lang, Msg};
use crate::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    /// The set being scored, when the scoring screen is shown.
    pub set_title: Option<Text>,
    pub on_switch: Callback<Lang>,
    pub on_pick_another: Callback<()>,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let lang = use_lang();
    let on_pick = props.on_pick_another.reform(|_: MouseEvent| ());
    html! {
        <header class="app-header">
            <div class="app-header-text">
                <h1>{ t(lang, Msg::AppTitle) }</h1>
                if let Some(title) = &props.set_title {
                    <p class="app-header-set">{ title.get(lang) }</p>
                } else {
                    <p class="app-header-tagline">{ t(lang, Msg::AppTagline) }</p>
                }
            </div>
            <div class="app-header-actions">
                if props.set_title.is_some() {
                    <button type="button" class="button-quiet" onclick={on_pick}>{ t(lang, Msg::ChooseAnotherSet) }</button>
                }
                <LanguageSwitch on_switch={props.on_switch.clone()} />
            </div>
        </header>
    }
}
