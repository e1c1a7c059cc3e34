//! The two language buttons in the header.

use yew::prelude::*;

use crate::Lang;

/// The buttons, `lang` pressed; `label` names the group ("Ngôn ngữ") from the catalogue of the
/// page it is on. A function, not a component (see the module list).
pub fn language_buttons(on_switch: &Callback<Lang>, label: &str, lang: Lang) -> Html {
    // Each button names its language in that language, so it is found by those who need it.
    let button = |target: Lang, label: &'static str, code: &'static str| {
        let on_switch = on_switch.clone();
        html! {
            <button type="button" lang={code} aria-pressed={(lang == target).to_string()}
                onclick={Callback::from(move |_| on_switch.emit(target))}>
                { label }
            </button>
        }
    };
    html! {
        <div class="language-switch" role="group" aria-label={label.to_string()}>
            { button(Lang::Vi, "Tiếng Việt", "vi") }
            { button(Lang::En, "English", "en") }
        </div>
    }
}
