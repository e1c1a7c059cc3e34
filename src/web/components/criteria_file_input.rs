//! The file input that opens a criteria file from disk. The file is read here (the browser
//! reads it asynchronously); parsing and validating it is the reducer's job.

use yew::prelude::*;

use crate::web::i18n::{t, use_lang, Msg};
use crate::web::library::read_file;
use crate::web::state::Action;

#[derive(Properties, PartialEq)]
pub struct CriteriaFileInputProps {
    /// Gets `FileOpened` or `FileUnreadable`.
    pub on_action: Callback<Action>,
}

#[component]
pub fn CriteriaFileInput(props: &CriteriaFileInputProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Cleared so that opening the same file again (after fixing it) fires `change` again.
            input.set_value("");
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                on_action.emit(match read_file(&file).await {
                    Ok(text) => Action::FileOpened { name, text },
                    Err(reason) => Action::FileUnreadable { name, reason },
                });
            });
        })
    };
    html! {
        <div class="file-open">
            <label for="criteria-file">{ t(lang, Msg::OpenFileLabel) }</label>
            <input id="criteria-file" type="file" accept=".json,application/json" onchange={on_change}
                aria-describedby="criteria-file-hint" />
            <p id="criteria-file-hint" class="hint">{ t(lang, Msg::OpenFileHint) }</p>
        </div>
    }
}
