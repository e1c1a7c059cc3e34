//! The agency's signing key (khoá ký): what it is, its two files (the encrypted backup and the
//! public key file to register with the authority), and the two ways to get one: create a new
//! key here, or restore one from its backup on a screen of its own ([`KeyRestoreScreen`]).
//! Either replaces the key this browser had.

use yew::prelude::*;

use super::key_forms::{NewKeyForm, RestoreKeyForm};
use crate::app::signing_key::StoredKey;
use crate::app::state::Action;
use crate::web::hooks::download::{use_downloads, DownloadRefused, Downloads, Offer};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct KeyScreenProps {
    pub signing_key: Option<StoredKey>,
    /// The open draft's agency (name, code), to fill in a new key's owner.
    pub agency: Option<(String, String)>,
    pub on_action: Callback<Action>,
}

/// The owner a key form starts with: the current key's, else the open draft's agency.
fn suggested_owner(props: &KeyScreenProps) -> (String, String) {
    match (&props.signing_key, &props.agency) {
        (Some(key), _) => (key.public.agency.name.clone(), key.public.agency.code.clone()),
        (None, Some(agency)) => agency.clone(),
        (None, None) => Default::default(),
    }
}

/// A notice said by the screen rather than by its form (a new key changes the whole screen), and
/// the callback that saves a key and sets it.
#[hook]
fn use_key_saved(on_action: &Callback<Action>) -> (UseStateHandle<Option<Msg>>, Callback<(StoredKey, Msg)>) {
    let notice = use_state(|| None::<Msg>);
    let on_saved = {
        let (notice, on_action) = (notice.clone(), on_action.clone());
        Callback::from(move |(key, done): (StoredKey, Msg)| {
            on_action.emit(Action::KeySaved(key));
            notice.set(Some(done));
        })
    };
    (notice, on_saved)
}

#[component]
pub fn KeyScreen(props: &KeyScreenProps) -> Html {
    let lang = use_lang();
    let (name, code) = suggested_owner(props);
    let (notice, on_saved) = use_key_saved(&props.on_action);
    let downloads = use_downloads();
    let has_key = props.signing_key.is_some();
    let on_restore = props.on_action.reform(|_: MouseEvent| Action::KeyRestoreOpened);
    html! {
        <main class="key-screen" id="main">
            <h2>{ t(lang, Msg::KeyHeading) }</h2>
            <p class="hint">{ t(lang, Msg::KeyIntro) }</p>
            if let Some(done) = *notice {
                <p class="key-done" role="status">{ t(lang, done) }</p>
            }
            <DownloadRefused downloads={downloads.clone()} />
            if let Some(key) = &props.signing_key {
                <KeyDetails signing_key={key.clone()} downloads={downloads.clone()} />
            } else {
                <p class="warning">{ t(lang, Msg::KeyNone) }</p>
            }
            // The same form in the same place with or without a key, so that it keeps what was
            // typed; with a key it is folded away behind "replace".
            <details class="key-forms" open={!has_key}>
                <summary>{ t(lang, if has_key { Msg::KeyReplace } else { Msg::KeyCreateHeading }) }</summary>
                if has_key {
                    <p class="warning">{ t(lang, Msg::KeyReplaceWarning) }</p>
                }
                <NewKeyForm name={name} code={code} on_saved={on_saved} downloads={Some(downloads)} />
            </details>
            <p class="key-restore-link">
                { t(lang, Msg::KeyRestoreIntro) }{ " " }
                <button type="button" class="button-quiet" id="open-restore" onclick={on_restore}>{ t(lang, Msg::KeyRestoreHeading) }</button>
            </p>
        </main>
    }
}

/// Restoring a key from its backup file, on a screen of its own: on another computer, or after
/// the browser's data was cleared.
#[component]
pub fn KeyRestoreScreen(props: &KeyScreenProps) -> Html {
    let lang = use_lang();
    let (name, code) = suggested_owner(props);
    let (notice, on_saved) = use_key_saved(&props.on_action);
    let downloads = use_downloads();
    let on_back = props.on_action.reform(|_: MouseEvent| Action::KeyScreenOpened);
    html! {
        <main class="key-screen" id="main">
            <h2>{ t(lang, Msg::KeyRestoreHeading) }</h2>
            <p class="hint">{ t(lang, Msg::KeyRestoreHint) }</p>
            if let Some(done) = *notice {
                <p class="key-done" role="status">{ t(lang, done) }</p>
            } else if props.signing_key.is_some() {
                <p class="warning">{ t(lang, Msg::KeyReplaceWarning) }</p>
            }
            <RestoreKeyForm name={name} code={code} on_saved={on_saved} />
            <DownloadRefused downloads={downloads.clone()} />
            if let (Some(key), Some(_)) = (&props.signing_key, *notice) {
                <KeyDetails signing_key={key.clone()} downloads={downloads} />
            }
            <p><button type="button" class="button-quiet" onclick={on_back}>{ t(lang, Msg::KeyBack) }</button></p>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct KeyDetailsProps {
    signing_key: StoredKey,
    downloads: Downloads,
}

/// The key's identity, and its two files for download.
#[component]
fn KeyDetails(props: &KeyDetailsProps) -> Html {
    let lang = use_lang();
    let key = &props.signing_key;
    let offer = |name: String, mime: &'static str, text: String| {
        let (downloads, file) = (props.downloads.clone(), Offer::new(name, mime, text));
        Callback::from(move |_: MouseEvent| {
            downloads.offer(file.clone());
        })
    };
    let on_backup = offer(key.backup_file_name(), "application/x-pem-file", key.backup.clone());
    let on_public = offer(key.public_file_name(), "application/json", key.public.to_json_pretty());
    html! {
        <section class="key-details" aria-labelledby="key-details-heading">
            <h3 id="key-details-heading">{ t(lang, Msg::KeyCurrent) }</h3>
            <dl>
                <dt>{ t(lang, Msg::AgencyLabel) }</dt>
                <dd id="key-agency">{ &key.public.agency.name }{ " (" }{ &key.public.agency.code }{ ")" }</dd>
                <dt>{ t(lang, Msg::KeyFingerprint) }</dt>
                <dd id="key-fingerprint" class="mono">{ &key.public.fingerprint }</dd>
                <dt>{ t(lang, Msg::KeyDid) }</dt>
                <dd id="key-did" class="mono breakable">{ &key.public.did }</dd>
            </dl>
            <div class="form-actions">
                <button type="button" class="button-primary" onclick={on_public}>{ t(lang, Msg::KeyDownloadPublic) }</button>
                <button type="button" onclick={on_backup}>{ t(lang, Msg::KeyDownloadBackup) }</button>
            </div>
            <p class="hint">{ t(lang, Msg::KeyFilesHint) }</p>
        </section>
    }
}
