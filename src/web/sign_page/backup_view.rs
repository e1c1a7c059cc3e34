//! The key backup's state, said plainly, and its check: the user picks the backup file and types
//! the passphrase, and the page opens the file once (the model, [`Backup::check`], says whether
//! it holds this key). Nothing of the file or the passphrase is kept.

use crate::i18n::Bilingual;
use yew::prelude::*;

use crate::app::sign_page::backup::{Backup, CheckError, Safety};
use crate::app::sign_page::messages::SignPageText;
use crate::app::signing_key::StoredKey;
use crate::web::components::key_forms::{after_paint, key_error, PassphraseField};
use crate::web::components::TextFileInput;
use crate::web::i18n::{use_lang, Msg};
use crate::Lang;

/// What the page says of `safety`, and the class that colours it.
pub fn safety_text(lang: Lang, safety: Safety) -> (String, &'static str) {
    match safety {
        Safety::NotDownloaded => (SignPageText::NotDownloaded.text(lang), "warning"),
        Safety::DownloadRefused => (SignPageText::DownloadRefused.text(lang), "warning"),
        Safety::Unchecked => (SignPageText::Unchecked.text(lang), "warning"),
        Safety::Safe => (SignPageText::Safe.text(lang), "key-safe"),
    }
}

#[derive(Properties, PartialEq)]
pub struct BackupCheckProps {
    pub signing_key: StoredKey,
    pub backup: Backup,
    pub on_backup: Callback<Backup>,
}

/// Where a check is.
#[derive(Clone, PartialEq)]
enum Checking {
    Idle,
    Working,
    Failed(String),
    Passed,
}

#[component]
pub fn BackupCheck(props: &BackupCheckProps) -> Html {
    let lang = use_lang();
    let file = use_state(|| None::<(String, String)>);
    let passphrase = use_state(String::new);
    let checking = use_state(|| Checking::Idle);
    let on_file = {
        let (file, checking) = (file.clone(), checking.clone());
        Callback::from(move |(name, text): (String, Result<String, String>)| match text {
            Ok(text) => {
                file.set(Some((name, text)));
                checking.set(Checking::Idle);
            }
            Err(reason) => checking.set(Checking::Failed(format!("{name}: {reason}"))),
        })
    };
    let on_submit = {
        let (file, passphrase, checking) = (file.clone(), passphrase.clone(), checking.clone());
        let (key, backup, on_backup) = (props.signing_key.clone(), props.backup.clone(), props.on_backup.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some((_, text)) = (*file).clone() else {
                checking.set(Checking::Failed(SignPageText::CheckNoFile.text(lang)));
                return;
            };
            // Used once: the field is emptied as the check starts.
            let pass = (*passphrase).clone();
            passphrase.set(String::new());
            checking.set(Checking::Working);
            let (checking, key, backup, on_backup) = (checking.clone(), key.clone(), backup.clone(), on_backup.clone());
            wasm_bindgen_futures::spawn_local(async move {
                after_paint().await;
                checking.set(match backup.check(&key, &text, &pass) {
                    Ok(checked) => {
                        on_backup.emit(checked);
                        Checking::Passed
                    }
                    Err(CheckError::Key(error)) => Checking::Failed(key_error(lang, &error)),
                    Err(CheckError::OtherKey) => Checking::Failed(SignPageText::CheckOtherKey.text(lang)),
                });
            });
        })
    };
    let safety = props.backup.safety();
    let (said, class) = safety_text(lang, safety);
    html! {
        <div class="key-backup">
            <p id="key-safety" class={class} data-safety={format!("{safety:?}")} role="status">{ said }</p>
            if safety != Safety::Safe {
                <form class="key-form" id="check-backup-form" onsubmit={on_submit} novalidate=true aria-labelledby="check-backup-heading">
                    <h4 id="check-backup-heading">{ SignPageText::CheckHeading.text(lang) }</h4>
                    <p class="hint">{ SignPageText::CheckHint.text(lang) }</p>
                    <TextFileInput id="check-backup-file" label={Msg::KeyBackupFile} hint={Msg::KeyBackupFileHint}
                        accept=".pem,.key,application/x-pem-file,text/plain" on_read={on_file} />
                    if let Some((name, _)) = &*file {
                        <p class="hint" id="check-backup-chosen">{ name }</p>
                    }
                    <PassphraseField id="check-backup-passphrase" label={Msg::KeyPassphrase} autocomplete="current-password"
                        value={(*passphrase).clone()} hint={None::<String>}
                        on_input={{ let passphrase = passphrase.clone(); Callback::from(move |v| passphrase.set(v)) }} />
                    <div class="form-actions">
                        <button type="submit" disabled={*checking == Checking::Working}>{ SignPageText::CheckButton.text(lang) }</button>
                    </div>
                    { checking_message(lang, &checking) }
                </form>
            } else if *checking == Checking::Passed {
                <p class="key-done" role="status">{ SignPageText::CheckPassed.text(lang) }</p>
            }
        </div>
    }
}

fn checking_message(lang: Lang, checking: &Checking) -> Html {
    match checking {
        Checking::Idle | Checking::Passed => html! {},
        Checking::Working => {
            html! { <p class="key-progress" role="status">{ SignPageText::CheckWorking.text(lang) }</p> }
        }
        Checking::Failed(message) => html! { <p class="field-problem" role="alert">{ message }</p> },
    }
}
