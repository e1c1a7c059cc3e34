//! Why a criteria file cannot be used: the reason it could not be read, or every located
//! validation problem as a list (the words come from the app model's `LoadFailure`).

use yew::prelude::*;

use crate::app::state::LoadFailure;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    /// The file's name as the user knows it.
    pub name: AttrValue,
    pub failure: LoadFailure,
}

#[component]
pub fn LoadErrors(props: &LoadErrorsProps) -> Html {
    let lang = use_lang();
    let problems = props.failure.problems(lang);
    html! {
        <div class="load-errors" role="alert">
            <p>{ props.failure.summary(&props.name, lang) }</p>
            if !problems.is_empty() {
                <ul>
                    { for problems.into_iter().map(|(location, message)| html! {
                        <li><code class="location">{ location }</code>{ ": " }{ message }</li>
                    }) }
                </ul>
            }
        </div>
    }
}
