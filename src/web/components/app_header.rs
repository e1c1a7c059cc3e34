//! The page header: the app's name, the language switch, links to the agency's signing key (a
//! page of its own, sign.html), the storage page, the Verify page (verify.html, for authorities
//! receiving score files) and the authority's own page and, away from the list of drafts, the way
//! back to it (with the open draft's name while it is shown).

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::language_buttons;
use crate::app::explanation::ExplanationText;
use crate::app::help::HelpText;
use crate::app::sign_page::sign_link;
use crate::web::i18n::{t, use_lang, Msg};
use crate::web::pages::{page_href, AUTHORITY_PAGE, EXPLAIN_PAGE, HELP_PAGE, SIGN_PAGE, VERIFY_PAGE};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    /// The open draft's name, when it is shown.
    pub draft_name: Option<AttrValue>,
    /// The open draft's id: the help page shows its set's bands and survey part.
    pub draft_id: Option<AttrValue>,
    /// Whether a screen other than the list of drafts is shown.
    pub away: bool,
    pub on_switch: Callback<Lang>,
    pub on_drafts: Callback<()>,
    pub on_storage: Callback<()>,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let lang = use_lang();
    let on_drafts = props.on_drafts.reform(|_: MouseEvent| ());
    let on_storage = props.on_storage.reform(|_: MouseEvent| ());
    let help = match &props.draft_id {
        Some(id) => sign_link(&page_href(HELP_PAGE), id),
        None => page_href(HELP_PAGE),
    };
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
                if props.away {
                    <button type="button" class="button-quiet" id="open-drafts" onclick={on_drafts}>{ t(lang, Msg::DraftsButton) }</button>
                }
                <a class="button-quiet" id="open-help" href={help}>{ HelpText::Link.text(lang) }</a>
                <a class="button-quiet" id="open-key" href={page_href(SIGN_PAGE)}>{ t(lang, Msg::KeyButton) }</a>
                <button type="button" class="button-quiet" id="open-storage" onclick={on_storage}>{ t(lang, Msg::StorageButton) }</button>
                <a class="button-quiet" id="open-verify" href={page_href(VERIFY_PAGE)}>{ t(lang, Msg::VerifyButton) }</a>
                <a class="button-quiet" id="open-explanation" href={page_href(EXPLAIN_PAGE)}>{ ExplanationText::OpenButton.text(lang) }</a>
                <a class="button-quiet" id="authority-page" href={page_href(AUTHORITY_PAGE)}>{ t(lang, Msg::AuthorityPage) }</a>
                { language_buttons(&props.on_switch, t(lang, Msg::LanguageLabel), lang) }
            </div>
        </header>
    }
}
