//! The two ways to get a signing key: a new one made here (its backup downloads at once), or one
//! restored from its backup file; and the fields they share (owner, passphrase).

use yew::prelude::*;

use super::{input_text, TextFileInput};
use crate::app::signing_key::StoredKey;
use crate::scorefile::keys::MIN_PASSPHRASE_CHARS;
use crate::scorefile::KeyError;
use crate::web::hooks::download::{Downloads, Offer};
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub(crate) struct KeyFormProps {
    pub name: String,
    pub code: String,
    /// Where the new key's backup is offered, so that a refusal is said on the screen.
    #[prop_or_default]
    pub downloads: Option<Downloads>,
    /// The key, and what to tell the user about it.
    pub on_saved: Callback<(StoredKey, Msg)>,
}

/// The fields both forms share: the key's owner and a passphrase.
#[derive(Clone, Default, PartialEq)]
struct Owner {
    name: String,
    code: String,
    passphrase: String,
}

/// Where a key form is: typing, working (scrypt takes a moment), or failed and why.
#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Working,
    Failed(String),
}

/// A new key: owner, passphrase twice. On success the backup downloads at once.
#[component]
pub(crate) fn NewKeyForm(props: &KeyFormProps) -> Html {
    let lang = use_lang();
    let owner = use_state(|| Owner { name: props.name.clone(), code: props.code.clone(), ..Owner::default() });
    let confirm = use_state(String::new);
    let progress = use_state(|| Progress::Idle);
    let on_submit = {
        let (owner, confirm, progress, on_saved, downloads) =
            (owner.clone(), confirm.clone(), progress.clone(), props.on_saved.clone(), props.downloads.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(problem) = owner_problem(lang, &owner).or_else(|| passphrase_problem(lang, &owner, &confirm)) {
                progress.set(Progress::Failed(problem));
                return;
            }
            // The passphrase leaves the form as it is used: nothing keeps it once the job has it.
            let owner = take_passphrase(&owner);
            confirm.set(String::new());
            let downloads = downloads.clone();
            run_key_job(lang, &progress, &on_saved, Msg::KeyCreated, move || {
                let key = StoredKey::create(owner.name.trim(), owner.code.trim(), &owner.passphrase)?;
                // The backup downloads at once: it is the only way back to this key. A refusal is
                // said on the screen, with a button to download it again.
                if let Some(downloads) = &downloads {
                    downloads.offer(Offer::new(key.backup_file_name(), "application/x-pem-file", key.backup.as_str()));
                }
                Ok(key)
            });
        })
    };
    html! {
        <form class="key-form" id="new-key-form" onsubmit={on_submit} novalidate=true aria-labelledby="new-key-heading">
            <h3 id="new-key-heading">{ t(lang, Msg::KeyCreateHeading) }</h3>
            <OwnerFields prefix="new-key" owner={owner.clone()} />
            <PassphraseField id="new-key-passphrase" label={Msg::KeyPassphrase} autocomplete="new-password"
                value={owner.passphrase.clone()} hint={Some(tf(lang, Msg::KeyPassphraseHint, &[&MIN_PASSPHRASE_CHARS.to_string()]))}
                on_input={{ let owner = owner.clone(); Callback::from(move |v| owner.set(Owner { passphrase: v, ..(*owner).clone() })) }} />
            <PassphraseField id="new-key-confirm" label={Msg::KeyPassphraseAgain} autocomplete="new-password"
                value={(*confirm).clone()} hint={None::<String>}
                on_input={{ let confirm = confirm.clone(); Callback::from(move |v| confirm.set(v)) }} />
            <div class="form-actions">
                <button type="submit" class="button-primary" disabled={*progress == Progress::Working}>{ t(lang, Msg::KeyCreate) }</button>
            </div>
            { progress_message(lang, &progress) }
        </form>
    }
}

/// A key from its backup file: the file, its passphrase, and the owner to write in the public
/// key file. A wrong passphrase is said as such.
#[component]
pub(crate) fn RestoreKeyForm(props: &KeyFormProps) -> Html {
    let lang = use_lang();
    let owner = use_state(|| Owner { name: props.name.clone(), code: props.code.clone(), ..Owner::default() });
    // The backup file's name and text, once read.
    let backup = use_state(|| None::<(String, String)>);
    let progress = use_state(|| Progress::Idle);
    let on_file = {
        let (backup, progress) = (backup.clone(), progress.clone());
        Callback::from(move |(name, text): (String, Result<String, String>)| match text {
            Ok(text) => {
                backup.set(Some((name, text)));
                progress.set(Progress::Idle);
            }
            Err(reason) => progress.set(Progress::Failed(tf(lang, Msg::KeyBackupUnreadable, &[&reason]))),
        })
    };
    let on_submit = {
        let (owner, backup, progress, on_saved) =
            (owner.clone(), backup.clone(), progress.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some((_, pem)) = (*backup).clone() else {
                progress.set(Progress::Failed(t(lang, Msg::KeyBackupMissing).to_string()));
                return;
            };
            if let Some(problem) = owner_problem(lang, &owner) {
                progress.set(Progress::Failed(problem));
                return;
            }
            let owner = take_passphrase(&owner);
            run_key_job(lang, &progress, &on_saved, Msg::KeyRestored, move || {
                StoredKey::restore(&pem, &owner.passphrase, owner.name.trim(), owner.code.trim())
            });
        })
    };
    html! {
        <form class="key-form" id="restore-key-form" onsubmit={on_submit} novalidate=true aria-labelledby="restore-key-heading">
            <h3 id="restore-key-heading">{ t(lang, Msg::KeyBackupHeading) }</h3>
            <TextFileInput id="restore-key-file" label={Msg::KeyBackupFile} hint={Msg::KeyBackupFileHint}
                accept=".pem,.key,application/x-pem-file,text/plain" on_read={on_file} />
            if let Some((name, _)) = &*backup {
                <p class="hint" id="restore-key-chosen">{ name }</p>
            }
            <PassphraseField id="restore-key-passphrase" label={Msg::KeyPassphrase} autocomplete="current-password"
                value={owner.passphrase.clone()} hint={None::<String>}
                on_input={{ let owner = owner.clone(); Callback::from(move |v| owner.set(Owner { passphrase: v, ..(*owner).clone() })) }} />
            <OwnerFields prefix="restore-key" owner={owner.clone()} />
            <div class="form-actions">
                <button type="submit" class="button-primary" disabled={*progress == Progress::Working}>{ t(lang, Msg::KeyRestore) }</button>
            </div>
            { progress_message(lang, &progress) }
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct OwnerFieldsProps {
    prefix: &'static str,
    owner: UseStateHandle<Owner>,
}

/// The agency that owns the key, as its public key file will name it.
#[component]
fn OwnerFields(props: &OwnerFieldsProps) -> Html {
    let lang = use_lang();
    let owner = &props.owner;
    let on = |change: fn(&mut Owner, String)| {
        let owner = owner.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*owner).clone();
            change(&mut next, input_text(e));
            owner.set(next);
        })
    };
    let (name_id, code_id) = (format!("{}-name", props.prefix), format!("{}-code", props.prefix));
    html! {
        <>
            <div class="field">
                <label for={name_id.clone()}>{ t(lang, Msg::AgencyName) }</label>
                <input id={name_id} type="text" value={owner.name.clone()} oninput={on(|o, v| o.name = v)} aria-required="true" />
            </div>
            <div class="field">
                <label for={code_id.clone()}>{ t(lang, Msg::AgencyCode) }</label>
                <input id={code_id} type="text" value={owner.code.clone()} oninput={on(|o, v| o.code = v)} aria-required="true" autocomplete="off" />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct PassphraseFieldProps {
    pub id: AttrValue,
    pub label: Msg,
    pub autocomplete: AttrValue,
    pub value: String,
    pub hint: Option<String>,
    pub on_input: Callback<String>,
}

/// A passphrase input (never echoed, never saved by the app).
#[component]
pub fn PassphraseField(props: &PassphraseFieldProps) -> Html {
    let lang = use_lang();
    let on_input = props.on_input.reform(input_text);
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ t(lang, props.label) }</label>
            <input id={props.id.clone()} type="password" value={props.value.clone()} oninput={on_input}
                autocomplete={props.autocomplete.clone()} aria-describedby={props.hint.is_some().then(|| hint_id.clone())} />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

/// Runs `job` (scrypt: it holds the page for a moment) once "working" is on screen, then hands
/// the key on with `done`, or shows why there is none.
fn run_key_job(
    lang: Lang,
    progress: &UseStateHandle<Progress>,
    on_saved: &Callback<(StoredKey, Msg)>,
    done: Msg,
    job: impl FnOnce() -> Result<StoredKey, KeyError> + 'static,
) {
    let (progress, on_saved) = (progress.clone(), on_saved.clone());
    progress.set(Progress::Working);
    wasm_bindgen_futures::spawn_local(async move {
        after_paint().await;
        match job() {
            Ok(key) => {
                progress.set(Progress::Idle);
                on_saved.emit((key, done));
            }
            Err(error) => progress.set(Progress::Failed(key_error(lang, &error))),
        }
    });
}

/// What the form holds, for a job; the form keeps all of it but the passphrase.
fn take_passphrase(owner: &UseStateHandle<Owner>) -> Owner {
    let taken = (**owner).clone();
    owner.set(Owner { passphrase: String::new(), ..taken.clone() });
    taken
}

/// What is wrong with the owner fields, if anything.
fn owner_problem(lang: Lang, owner: &Owner) -> Option<String> {
    if owner.name.trim().is_empty() || owner.code.trim().is_empty() {
        return Some(t(lang, Msg::KeyOwnerRequired).to_string());
    }
    None
}

/// What is wrong with a new passphrase and its confirmation, if anything.
fn passphrase_problem(lang: Lang, owner: &Owner, confirm: &str) -> Option<String> {
    if owner.passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Some(tf(lang, Msg::KeyPassphraseShort, &[&MIN_PASSPHRASE_CHARS.to_string()]));
    }
    (owner.passphrase != confirm).then(|| t(lang, Msg::KeyPassphraseMismatch).to_string())
}

/// A key error in the user's words; a wrong passphrase says only that.
pub fn key_error(lang: Lang, error: &KeyError) -> String {
    match error {
        KeyError::WrongPassphrase => t(lang, Msg::KeyWrongPassphrase).to_string(),
        KeyError::WeakPassphrase => tf(lang, Msg::KeyPassphraseShort, &[&MIN_PASSPHRASE_CHARS.to_string()]),
        KeyError::BadBackup(reason) => tf(lang, Msg::KeyBackupInvalid, &[reason]),
        other => tf(lang, Msg::KeyFailed, &[&other.to_string()]),
    }
}

fn progress_message(lang: Lang, progress: &Progress) -> Html {
    match progress {
        Progress::Idle => html! {},
        Progress::Working => html! { <p class="key-progress" role="status">{ t(lang, Msg::KeyWorking) }</p> },
        Progress::Failed(message) => html! { <p class="field-problem" role="alert">{ message }</p> },
    }
}

/// Resolves after the browser had a chance to paint: scrypt holds the page for a moment, and
/// "working…" should be on screen meanwhile.
pub async fn after_paint() {
    gloo_timers::future::TimeoutFuture::new(30).await;
}
