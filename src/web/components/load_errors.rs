//! Why a criteria file cannot be used: the reason it could not be read, or every located
//! validation problem as a list (the words come from the app model's `LoadFailure`).

use yew::prelude::*;

use crate::app::state::LoadFailure;
use crate::Lang;

/// Why the file `name` (as the user knows it) cannot be used, in `lang`. A function rather than a
/// component (see the module list): it keeps no state.
pub fn load_errors(name: &str, failure: &LoadFailure, lang: Lang) -> Html {
    let problems = failure.problems(lang);
    html! {
        <div class="load-errors" role="alert">
            <p>{ failure.summary(name, lang) }</p>
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
