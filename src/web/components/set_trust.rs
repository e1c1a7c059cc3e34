//! What a criteria set's signature says, beside the set: its publisher and key fingerprint when
//! the signature is valid, or a plain warning when the set is unsigned.

use std::rc::Rc;

use yew::prelude::*;

use crate::signedset::SetTrust;
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct SetTrustNoteProps {
    pub trust: Rc<SetTrust>,
}

#[component]
pub fn SetTrustNote(props: &SetTrustNoteProps) -> Html {
    let lang = use_lang();
    let trust = &*props.trust;
    // The app lists no publishers: a valid signature says who signed, not that the key is theirs.
    let unconfirmed = matches!(trust, SetTrust::Signed { registered: None, .. });
    let class = match trust {
        SetTrust::Signed { .. } => "set-trust set-trust-signed",
        _ => "set-trust set-trust-warning",
    };
    html! {
        <p class={class}>
            { trust.text(lang) }
            if unconfirmed {
                { ". " }{ t(lang, Msg::KeyNotConfirmed) }
            }
        </p>
    }
}
