//! What a criteria set's signature says, beside the set: its publisher and key fingerprint when
//! the signature is valid, or a plain warning when the set is unsigned.

use yew::prelude::*;

use crate::signedset::SetTrust;
use crate::web::i18n::{t, Msg};
use crate::Lang;

/// The note, in `lang`. A function rather than a component (see the module list): it keeps no
/// state, and its parents redraw it only with themselves.
pub fn set_trust_note(trust: &SetTrust, lang: Lang) -> Html {
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
