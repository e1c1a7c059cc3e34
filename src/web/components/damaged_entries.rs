//! The stored entries the app cannot use (`app::damaged`): what each is and why, its raw text
//! to download, a way to try importing it, and deleting it after a confirmation.

use yew::prelude::*;

use crate::app::damaged::DamagedEntry;
use crate::app::safety_messages::SafetyMsg;
use crate::app::state::Action;
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct DamagedEntriesProps {
    pub entries: Vec<DamagedEntry>,
    pub on_action: Callback<Action>,
}

/// Nothing when no entry is damaged.
#[component]
pub fn DamagedEntries(props: &DamagedEntriesProps) -> Html {
    let lang = use_lang();
    if props.entries.is_empty() {
        return html! {};
    }
    html! {
        <section class="damaged-entries" aria-labelledby="damaged-heading">
            <h2 id="damaged-heading">{ SafetyMsg::DamagedHeading.text(lang) }</h2>
            <p>{ SafetyMsg::DamagedIntro.text(lang) }</p>
            <ul>
                { for props.entries.iter().map(|entry| html! {
                    <DamagedEntryItem key={entry.key.clone()} entry={entry.clone()} on_action={props.on_action.clone()} />
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    entry: DamagedEntry,
    on_action: Callback<Action>,
}

#[component]
fn DamagedEntryItem(props: &ItemProps) -> Html {
    let lang = use_lang();
    let text = |msg: SafetyMsg| msg.text(lang);
    let entry = &props.entry;
    let confirming = use_state(|| false);
    let downloads = use_downloads();
    let on_download = {
        let (downloads, offer) =
            (downloads.clone(), Offer::new(entry.file_name(), "application/json", entry.raw.as_str()));
        Callback::from(move |_: MouseEvent| {
            downloads.offer(offer.clone());
        })
    };
    let key = entry.key.clone();
    let on_import = props.on_action.reform({
        let key = key.clone();
        move |_: MouseEvent| Action::DamagedEntryImported(key.clone())
    });
    let on_delete = props.on_action.reform(move |_: MouseEvent| Action::DamagedEntryDeleted(key.clone()));
    let ask = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let confirm_id = format!("damaged-{}-confirm", entry.file_name().replace('.', "-"));
    html! {
        <li class="damaged-entry" data-key={entry.key.clone()}>
            <p class="damaged-title">{ entry.title(lang) }</p>
            <p class="damaged-why">{ entry.why(lang) }</p>
            <button type="button" class="button-quiet" onclick={on_download}>{ text(SafetyMsg::DownloadRaw) }</button>
            if entry.importable().is_some() {
                { " " }<button type="button" class="button-quiet" onclick={on_import}>{ text(SafetyMsg::TryImport) }</button>
            }
            { " " }
            if *confirming {
                <div class="draft-confirm" role="alertdialog" aria-labelledby={confirm_id.clone()}>
                    <p id={confirm_id}>{ text(SafetyMsg::ConfirmDeleteEntry) }</p>
                    <button type="button" class="button-danger-strong" onclick={on_delete}>{ text(SafetyMsg::ConfirmDeleteButton) }</button>
                    { " " }
                    <button type="button" class="button-quiet" onclick={ask(false)}>{ text(SafetyMsg::Cancel) }</button>
                </div>
            } else {
                <button type="button" class="button-quiet" onclick={ask(true)}>{ text(SafetyMsg::DeleteEntry) }</button>
            }
            <DownloadRefused downloads={downloads} />
        </li>
    }
}
