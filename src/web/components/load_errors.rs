//! Why a criteria file cannot be used: the reason it could not be read, its signature refusing
//! it (changed after signing), or every located validation problem as a list.

use yew::prelude::*;

use crate::app::state::LoadFailure;
use crate::signedset::Message;
use crate::web::i18n::{tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    /// The file's name as the user knows it.
    pub name: AttrValue,
    pub failure: LoadFailure,
}

#[component]
pub fn LoadErrors(props: &LoadErrorsProps) -> Html {
    let lang = use_lang();
    match &props.failure {
        LoadFailure::Unreadable(reason) => html! {
            <div class="load-errors" role="alert">
                <p>{ tf(lang, Msg::FileUnreachable, &[&props.name, reason]) }</p>
            </div>
        },
        LoadFailure::Tampered(broken) => html! {
            <div class="load-errors" role="alert">
                <p>{ tf(lang, Msg::FileRefused, &[&props.name, &Message::Tampered(broken.clone()).text(lang)]) }</p>
            </div>
        },
        LoadFailure::Invalid(errors) => html! {
            <div class="load-errors" role="alert">
                <p>{ tf(lang, Msg::FileInvalid, &[&props.name, &errors.len().to_string()]) }</p>
                <ul>
                    { for errors.iter().map(|e| html! {
                        <li><code class="location">{ &e.location }</code>{ ": " }{ &e.message }</li>
                    }) }
                </ul>
            </div>
        },
    }
}
