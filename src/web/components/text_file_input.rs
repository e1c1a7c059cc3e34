//! A file input for a text file from disk (a criteria set, a draft, a keyring, a key backup). The
//! file is read here (the browser reads it asynchronously); what it means is the caller's job:
//! it turns the text, or the reason it could not be read, into its own action.

use yew::prelude::*;

use crate::web::i18n::{t, use_lang, Msg};
use crate::web::library::read_file;

#[derive(Properties, PartialEq)]
pub struct TextFileInputProps {
    /// The input's element id; the hint's id is derived from it.
    pub id: AttrValue,
    pub label: Msg,
    pub hint: Msg,
    /// The kinds of file the picker offers.
    #[prop_or(AttrValue::Static(".json,application/json"))]
    pub accept: AttrValue,
    /// The file's name and its text, or why the browser could not read it.
    pub on_read: Callback<(String, Result<String, String>)>,
}

#[component]
pub fn TextFileInput(props: &TextFileInputProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let on_read = props.on_read.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Cleared so that opening the same file again (after fixing it) fires `change` again.
            input.set_value("");
            let on_read = on_read.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = read_file(&file).await;
                on_read.emit((file.name(), text));
            });
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="file-open">
            <label for={props.id.clone()}>{ t(lang, props.label) }</label>
            <input id={props.id.clone()} type="file" accept={props.accept.clone()} onchange={on_change}
                aria-describedby={hint_id.clone()} />
            <p id={hint_id} class="hint">{ t(lang, props.hint) }</p>
        </div>
    }
}
