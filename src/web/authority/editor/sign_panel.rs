//! The authority's own key (made here or restored from its backup, with the agency app's own
//! forms) and the signature on the edited set: the signed file downloads at once.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::authority::editor::signing::sign_edited;
use crate::app::authority::editor::{EditorAction, EditorMsg, EditorState};
use crate::app::signing_key::StoredKey;
use crate::web::components::key_forms::{after_paint, NewKeyForm, RestoreKeyForm};
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties)]
pub struct SignPanelProps {
    pub editor: Rc<EditorState>,
    pub on_edit: Callback<EditorAction>,
}

impl PartialEq for SignPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.editor, &other.editor) && self.on_edit == other.on_edit
    }
}

/// Where the signing is: nothing asked yet, working (scrypt takes a moment), done or refused.
#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Working,
    Done(String),
    Failed(String),
}

#[component]
pub fn SignPanel(props: &SignPanelProps) -> Html {
    let lang = use_lang();
    let downloads = use_downloads();
    let notice = use_state(|| None::<Msg>);
    let passphrase = use_state(String::new);
    let outcome = use_state(|| Outcome::Idle);
    let on_saved = {
        let (on_edit, notice) = (props.on_edit.clone(), notice.clone());
        Callback::from(move |(key, msg): (StoredKey, Msg)| {
            notice.set(Some(msg));
            on_edit.emit(EditorAction::KeySaved(key));
        })
    };
    let on_passphrase = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            use wasm_bindgen::JsCast;
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                passphrase.set(input.value());
            }
        })
    };
    let on_sign = {
        let (editor, passphrase, outcome, downloads) =
            (props.editor.clone(), passphrase.clone(), outcome.clone(), downloads.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let secret = (*passphrase).clone();
            passphrase.set(String::new());
            outcome.set(Outcome::Working);
            let (editor, outcome, downloads) = (editor.clone(), outcome.clone(), downloads.clone());
            wasm_bindgen_futures::spawn_local(async move {
                after_paint().await;
                let now = (js_sys::Date::now() / 1000.0) as i64;
                outcome.set(match sign_edited(&editor, &secret, now) {
                    Ok(signed) => {
                        downloads.offer(Offer::new(signed.file_name.clone(), "application/json", signed.text));
                        Outcome::Done(EditorMsg::Signed { file: &signed.file_name }.text(lang))
                    }
                    Err(problem) => Outcome::Failed(problem.text(lang)),
                });
            });
        })
    };
    let key = props.editor.key.as_ref();
    let offer = |name: String, mime: &'static str, text: String| {
        let downloads = downloads.clone();
        let file = Offer::new(name, mime, text);
        Callback::from(move |_: MouseEvent| {
            downloads.offer(file.clone());
        })
    };
    html! {
        <section class="ed-sign" aria-labelledby="ed-sign-heading">
            <h3 id="ed-sign-heading">{ EditorMsg::SignHeading.text(lang) }</h3>
            <p class="hint">{ EditorMsg::SignIntro.text(lang) }</p>
            <DownloadRefused downloads={downloads.clone()} />
            if let Some(msg) = *notice {
                <p class="notice-done" role="status">{ t(lang, msg) }</p>
            }
            if let Some(key) = key {
                <p id="ed-key">{ EditorMsg::KeyOf { name: &key.public.agency.name, code: &key.public.agency.code, fingerprint: &key.public.fingerprint }.text(lang) }</p>
                <div class="ed-exports">
                    <button type="button" id="ed-key-public" onclick={offer(key.public_file_name(), "application/json", key.public.to_json_pretty())}>
                        { EditorMsg::DownloadPublicKey.text(lang) }
                    </button>
                    <button type="button" id="ed-key-backup" onclick={offer(key.backup_file_name(), "application/x-pem-file", key.backup.clone())}>
                        { EditorMsg::DownloadBackup.text(lang) }
                    </button>
                </div>
                <form id="ed-sign-form" onsubmit={on_sign} novalidate=true>
                    <div class="ed-field">
                        <label for="ed-sign-passphrase">{ EditorMsg::Passphrase.text(lang) }</label>
                        <input id="ed-sign-passphrase" type="password" autocomplete="current-password" value={(*passphrase).clone()} oninput={on_passphrase} />
                    </div>
                    <button type="submit" class="button-primary" disabled={*outcome == Outcome::Working || props.editor.valid.is_none()}>
                        { EditorMsg::SignButton.text(lang) }
                    </button>
                </form>
                { outcome_line(lang, &outcome) }
            } else {
                <p>{ EditorMsg::NoKeyYet.text(lang) }</p>
                <div class="authority-inputs">
                    <NewKeyForm name={String::new()} code={String::new()} on_saved={on_saved.clone()} downloads={Some(downloads.clone())} />
                    <RestoreKeyForm name={String::new()} code={String::new()} on_saved={on_saved} />
                </div>
            }
        </section>
    }
}

fn outcome_line(lang: crate::Lang, outcome: &Outcome) -> Html {
    match outcome {
        Outcome::Idle => html! {},
        Outcome::Working => html! { <p role="status">{ EditorMsg::Signing.text(lang) }</p> },
        Outcome::Done(text) => html! { <p id="ed-signed" class="notice-done" role="status">{ text }</p> },
        Outcome::Failed(text) => html! { <p id="ed-sign-failed" class="ed-problems" role="alert">{ text }</p> },
    }
}
