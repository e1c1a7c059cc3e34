//! The Verify page's keyring: the file of registered agencies' public keys (or a single public
//! key file), what the verifier made of it, and the way to stop using it.

use yew::prelude::*;

use super::TextFileInput;
use crate::app::verify::{CheckAction, KeyringFile};
use crate::scorefile::request::KeyringStatus;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct KeyringInputProps {
    pub keyring: Option<KeyringFile>,
    pub on_action: Callback<CheckAction>,
}

#[component]
pub fn KeyringInput(props: &KeyringInputProps) -> Html {
    let lang = use_lang();
    let on_read = props.on_action.reform(|(name, text)| CheckAction::KeyringRead { name, text });
    let on_remove = props.on_action.reform(|_: MouseEvent| CheckAction::KeyringRemoved);
    html! {
        <div class="keyring">
            <TextFileInput id="keyring-file" label={Msg::KeyringLabel} hint={Msg::KeyringHint} on_read={on_read} />
            {
                match &props.keyring {
                    None => html! { <p class="hint">{ t(lang, Msg::NoKeyring) }</p> },
                    Some(keyring) => html! {
                        <>
                            { status(lang, keyring) }
                            <button type="button" class="button-quiet" onclick={on_remove}>{ t(lang, Msg::RemoveKeyring) }</button>
                        </>
                    },
                }
            }
        </div>
    }
}

fn status(lang: crate::Lang, keyring: &KeyringFile) -> Html {
    let name = keyring.name.as_str();
    match &keyring.status {
        None => html! { <p class="hint" role="status">{ tf(lang, Msg::KeyringChecking, &[name]) }</p> },
        // Only the worker says "not given", and never for a keyring it was given.
        Some(KeyringStatus::NotGiven) => html! {},
        Some(KeyringStatus::Loaded { keys }) => html! {
            <p class="keyring-status" role="status">{ tf(lang, Msg::KeyringLoaded, &[name, &keys.to_string()]) }</p>
        },
        Some(KeyringStatus::Invalid { location, message }) => {
            let problem = if location.is_empty() { message.clone() } else { format!("{location}: {message}") };
            html! {
                <div class="load-errors" role="alert"><p>{ tf(lang, Msg::KeyringInvalid, &[name, &problem]) }</p></div>
            }
        }
    }
}
