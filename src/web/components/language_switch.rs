//! The two language buttons in the header.

use yew::prelude::*;

use crate::web::i18n::use_lang;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_switch: Callback<Lang>,
    /// The group's name ("Ngôn ngữ"), from the catalogue of the page it is on.
    pub label: AttrValue,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let lang = use_lang();
    // Each button names its language in that language, so it is found by those who need it.
    let button = |target: Lang, label: &'static str, code: &'static str| {
        let on_switch = props.on_switch.clone();
        html! {
            <button type="button" lang={code} aria-pressed={(lang == target).to_string()}
                onclick={Callback::from(move |_| on_switch.emit(target))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="language-switch" role="group" aria-label={props.label.clone()}>
            { button(Lang::Vi, "Tiếng Việt", "vi") }
            { button(Lang::En, "English", "en") }
        </div>
    }
}
