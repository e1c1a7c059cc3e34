//! The keyring manager: add many public key files at once (picked or dropped), the registered
//! agencies with code, name, fingerprint and date added, removal after confirmation, export and
//! import of the keyring file.

use std::rc::Rc;

use yew::prelude::*;

use super::file_drop::{on_texts, FileDrop};
use super::text;
use crate::app::authority::view::KeyRow;
use crate::app::authority::{Action, Msg};
use crate::scorefile::Timestamp;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct KeyringPanelProps {
    pub rows: Rc<Vec<KeyRow>>,
    /// The last keys offered: (refused, sentence).
    pub notices: Rc<Vec<(bool, String)>>,
    /// The key whose removal waits for confirmation.
    pub removing: Option<AttrValue>,
    pub on_action: Callback<Action>,
    pub on_export: Callback<()>,
}

#[component]
pub fn KeyringPanel(props: &KeyringPanelProps) -> Html {
    let lang = use_lang();
    let on_files = {
        let on_action = props.on_action.clone();
        on_texts(move |read| {
            if let Some(now) = now() {
                on_action.emit(Action::KeyFilesRead { files: read, now });
            }
        })
    };
    let on_export = props.on_export.reform(|_: MouseEvent| ());
    let on_dismiss = props.on_action.reform(|_: MouseEvent| Action::KeyNoticesDismissed);
    let count = if props.rows.is_empty() { Msg::KeyringEmpty } else { Msg::KeyringCount(props.rows.len()) };
    html! {
        <section class="authority-section" aria-labelledby="keyring-heading">
            <h2 id="keyring-heading">{ text(lang, Msg::KeyringHeading) }</h2>
            <p class="hint">{ text(lang, Msg::KeyringIntro) }</p>
            <div class="authority-inputs">
                <FileDrop id="key-files" label={text(lang, Msg::AddKeysLabel)} hint={text(lang, Msg::AddKeysHint)}
                    drop_text={text(lang, Msg::DropKeysHere)} on_files={on_files.clone()} />
                <div class="keyring-file">
                    <FileDrop id="keyring-import" multiple={false} label={text(lang, Msg::ImportKeyringLabel)}
                        hint={text(lang, Msg::ImportKeyringHint)} drop_text={text(lang, Msg::DropKeysHere)} on_files={on_files} />
                    <button type="button" id="export-keyring" disabled={props.rows.is_empty()} onclick={on_export}>
                        { text(lang, Msg::ExportKeyring) }
                    </button>
                </div>
            </div>
            if !props.notices.is_empty() {
                <div class="key-notices" role="status">
                    <ul>
                        { for props.notices.iter().map(|(refused, sentence)| html! {
                            <li class={if *refused { "notice-refused" } else { "notice-done" }}>{ sentence }</li>
                        }) }
                    </ul>
                    <button type="button" class="button-quiet" onclick={on_dismiss}>{ text(lang, Msg::Dismiss) }</button>
                </div>
            }
            <p id="keyring-count">{ text(lang, count) }</p>
            if !props.rows.is_empty() {
                { key_table(lang, props) }
            }
        </section>
    }
}

fn key_table(lang: crate::Lang, props: &KeyringPanelProps) -> Html {
    let row = |key: &KeyRow| {
        let did = key.did.clone();
        let on_remove = props.on_action.reform(move |_: MouseEvent| Action::KeyRemovalAsked { did: did.clone() });
        let confirming = props.removing.as_deref() == Some(key.did.as_str());
        html! {
            <tr data-code={key.code.clone()}>
                <th scope="row">{ &key.code }</th>
                <td>{ &key.name }</td>
                <td class="mono fingerprint">{ &key.fingerprint }</td>
                <td class="number">{ &key.added }</td>
                <td>
                    if confirming {
                        { confirm(lang, key, &props.on_action) }
                    } else {
                        <button type="button" class="button-quiet" onclick={on_remove}
                            aria-label={format!("{} {}", text(lang, Msg::RemoveKey), key.code)}>{ text(lang, Msg::RemoveKey) }</button>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <div class="table-scroll">
            <table class="verify-table key-table">
                <thead><tr>
                    <th scope="col">{ text(lang, Msg::CodeColumn) }</th>
                    <th scope="col">{ text(lang, Msg::NameColumn) }</th>
                    <th scope="col">{ text(lang, Msg::FingerprintColumn) }</th>
                    <th scope="col">{ text(lang, Msg::AddedColumn) }</th>
                    <th scope="col"><span class="visually-hidden">{ text(lang, Msg::RemoveKey) }</span></th>
                </tr></thead>
                <tbody>{ for props.rows.iter().map(row) }</tbody>
            </table>
        </div>
    }
}

fn confirm(lang: crate::Lang, key: &KeyRow, on_action: &Callback<Action>) -> Html {
    let on_confirm = on_action.reform(|_: MouseEvent| Action::KeyRemovalConfirmed);
    let on_cancel = on_action.reform(|_: MouseEvent| Action::KeyRemovalCancelled);
    html! {
        <div class="confirm" role="alert">
            <p>{ text(lang, Msg::ConfirmRemoveKey { name: &key.name, code: &key.code }) }</p>
            <button type="button" class="button-danger" onclick={on_confirm}>{ text(lang, Msg::ConfirmRemoveButton) }</button>
            <button type="button" class="button-quiet" onclick={on_cancel}>{ text(lang, Msg::Cancel) }</button>
        </div>
    }
}

/// The time the keys are added (the model reads no clock).
fn now() -> Option<Timestamp> {
    Timestamp::from_unix((js_sys::Date::now() / 1000.0) as i64)
}
