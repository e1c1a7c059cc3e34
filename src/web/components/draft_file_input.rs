//! The file input that imports a draft file. The file is read here; the reducer parses it and
//! finds its criteria set.

use yew::prelude::*;

use crate::web::i18n::{t, use_lang, Msg};
use crate::web::library::read_file;
use crate::web::state::Action;

#[derive(Properties, PartialEq)]
pub struct DraftFileInputProps {
    /// Gets `DraftFileImported` or `DraftFileUnreadable`.
    pub on_action: Callback<Action>,
}

#[component]
pub fn DraftFileInput(props: &DraftFileInputProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Cleared so that importing the same file again fires `change` again.
            input.set_value("");
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                on_action.emit(match read_file(&file).await {
                    Ok(text) => Action::DraftFileImported { name, text },
                    Err(reason) => Action::DraftFileUnreadable { name, reason },
                });
            });
        })
    };
    html! {
        <div class="file-open">
            <label for="draft-file">{ t(lang, Msg::ImportLabel) }</label>
            <input id="draft-file" type="file" accept=".json,application/json" onchange={on_change}
                aria-describedby="draft-file-hint" />
            <p id="draft-file-hint" class="hint">{ t(lang, Msg::ImportHint) }</p>
        </div>
    }
}
