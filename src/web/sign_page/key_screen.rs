//! The agency's signing key (khoá ký): what it is, its two files (the encrypted backup and the
//! public key file to register with the authority), whether its backup can be counted on, and
//! the two ways to get one: create a new key here, or restore one from its backup on a screen of
//! its own ([`KeyRestoreScreen`]). Either replaces the key this browser had.

use yew::prelude::*;

use super::backup_view::BackupCheck;
use crate::app::sign_page::backup::Backup;
use crate::app::signing_key::StoredKey;
use crate::app::state::Action;
use crate::web::components::key_forms::{NewKeyForm, RestoreKeyForm};
use crate::web::hooks::download::{use_downloads, DownloadRefused, Downloads, Offer};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct KeyScreenProps {
    pub signing_key: Option<StoredKey>,
    /// The key's backup record (for the key above).
    pub backup: Option<Backup>,
    /// The open draft's agency (name, code), to fill in a new key's owner.
    pub agency: Option<(String, String)>,
    pub on_action: Callback<Action>,
    /// A backup record changed (a download, a check, a restore): the page keeps it.
    pub on_backup: Callback<Backup>,
}

/// The owner a key form starts with: the current key's, else the open draft's agency.
fn suggested_owner(props: &KeyScreenProps) -> (String, String) {
    match (&props.signing_key, &props.agency) {
        (Some(key), _) => (key.public.agency.name.clone(), key.public.agency.code.clone()),
        (None, Some(agency)) => agency.clone(),
        (None, None) => Default::default(),
    }
}

/// The backup file of `key`, to download.
fn backup_offer(key: &StoredKey) -> Offer {
    Offer::new(key.backup_file_name(), "application/x-pem-file", key.backup.as_str())
}

/// A notice said by the screen rather than by its form (a new key changes the whole screen), and
/// the callback that saves a key and sets it. A new key's backup downloads at once (it is the
/// only way back to the key) and whether the browser took it is recorded; a restored key came
/// from its backup, which therefore exists and opens.
#[hook]
fn use_key_saved(
    props: &KeyScreenProps,
    downloads: &Downloads,
) -> (UseStateHandle<Option<Msg>>, Callback<(StoredKey, Msg)>) {
    let notice = use_state(|| None::<Msg>);
    let on_saved = {
        let (notice, on_action, on_backup, downloads) =
            (notice.clone(), props.on_action.clone(), props.on_backup.clone(), downloads.clone());
        Callback::from(move |(key, done): (StoredKey, Msg)| {
            let backup = if done == Msg::KeyRestored {
                Backup::restored(&key)
            } else {
                Backup::new(&key).downloaded(downloads.offer(backup_offer(&key)))
            };
            on_action.emit(Action::KeySaved(key));
            on_backup.emit(backup);
            notice.set(Some(done));
        })
    };
    (notice, on_saved)
}

/// A refused download offered again: when it is the key's backup, whether the browser took it
/// this time is recorded.
fn backup_retry(props: &KeyScreenProps) -> Callback<(Offer, bool)> {
    let (key, backup, on_backup) = (props.signing_key.clone(), props.backup.clone(), props.on_backup.clone());
    Callback::from(move |(file, taken): (Offer, bool)| {
        if let (Some(key), Some(backup)) = (&key, &backup) {
            if file.name == key.backup_file_name() && backup.is_for(key) {
                on_backup.emit(backup.clone().downloaded(taken));
            }
        }
    })
}

#[component]
pub fn KeyScreen(props: &KeyScreenProps) -> Html {
    let lang = use_lang();
    let (name, code) = suggested_owner(props);
    let downloads = use_downloads();
    let (notice, on_saved) = use_key_saved(props, &downloads);
    let has_key = props.signing_key.is_some();
    let on_retry = backup_retry(props);
    let on_restore = props.on_action.reform(|_: MouseEvent| Action::KeyRestoreOpened);
    html! {
        <main class="key-screen" id="main">
            <h2>{ t(lang, Msg::KeyHeading) }</h2>
            <p class="hint">{ t(lang, Msg::KeyIntro) }</p>
            if let Some(done) = *notice {
                <p class="key-done" role="status">{ t(lang, done) }</p>
            }
            <DownloadRefused downloads={downloads.clone()} on_retry={on_retry} />
            if let (Some(key), Some(backup)) = (&props.signing_key, &props.backup) {
                <KeyDetails signing_key={key.clone()} backup={backup.clone()} downloads={downloads.clone()} on_backup={props.on_backup.clone()} />
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
                <NewKeyForm name={name} code={code} on_saved={on_saved} />
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
    let downloads = use_downloads();
    let (notice, on_saved) = use_key_saved(props, &downloads);
    let on_retry = backup_retry(props);
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
            <DownloadRefused downloads={downloads.clone()} on_retry={on_retry} />
            if let (Some(key), Some(backup), Some(_)) = (&props.signing_key, &props.backup, *notice) {
                <KeyDetails signing_key={key.clone()} backup={backup.clone()} downloads={downloads} on_backup={props.on_backup.clone()} />
            }
            <p><button type="button" class="button-quiet" onclick={on_back}>{ t(lang, Msg::KeyBack) }</button></p>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct KeyDetailsProps {
    signing_key: StoredKey,
    backup: Backup,
    downloads: Downloads,
    on_backup: Callback<Backup>,
}

/// The key's identity, its two files for download, and its backup's state and check.
#[component]
fn KeyDetails(props: &KeyDetailsProps) -> Html {
    let lang = use_lang();
    let key = &props.signing_key;
    let on_backup = {
        let (downloads, file, backup, on_backup) =
            (props.downloads.clone(), backup_offer(key), props.backup.clone(), props.on_backup.clone());
        Callback::from(move |_: MouseEvent| on_backup.emit(backup.clone().downloaded(downloads.offer(file.clone()))))
    };
    let on_public = {
        let (downloads, file) = (
            props.downloads.clone(),
            Offer::new(key.public_file_name(), "application/json", key.public.to_json_pretty()),
        );
        Callback::from(move |_: MouseEvent| {
            downloads.offer(file.clone());
        })
    };
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
                <button type="button" id="download-backup" onclick={on_backup}>{ t(lang, Msg::KeyDownloadBackup) }</button>
            </div>
            <p class="hint">{ t(lang, Msg::KeyFilesHint) }</p>
            <BackupCheck signing_key={key.clone()} backup={props.backup.clone()} on_backup={props.on_backup.clone()} />
        </section>
    }
}
