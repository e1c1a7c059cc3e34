//! The Verify page's input for score files: one or many at once (an authority receives
//! hundreds). Every chosen file is read, then all of them are handed over together.

use yew::prelude::*;

use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::web::library::read_utf8_file;

#[derive(Properties, PartialEq)]
pub struct ScoreFilesInputProps {
    /// Each file's name and its text, or why the browser could not read it.
    pub on_read: Callback<Vec<(String, Result<String, String>)>>,
}

#[component]
pub fn ScoreFilesInput(props: &ScoreFilesInputProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let on_read = props.on_read.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(list) = input.files() else { return };
            let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
            // Cleared so that choosing the same files again checks them again.
            input.set_value("");
            let on_read = on_read.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::with_capacity(files.len());
                for file in files {
                    let text = read_utf8_file(&file).await.map_err(|e| match e {
                        Ok(at) => tf(lang, Msg::NotUtf8, &[&at.to_string()]),
                        Err(reason) => reason,
                    });
                    read.push((file.name(), text));
                }
                on_read.emit(read);
            });
        })
    };
    html! {
        <div class="file-open">
            <label for="score-files">{ t(lang, Msg::VerifyFilesLabel) }</label>
            <input id="score-files" type="file" multiple=true accept=".json,application/json" onchange={on_change}
                aria-describedby="score-files-hint" />
            <p id="score-files-hint" class="hint">{ t(lang, Msg::VerifyFilesHint) }</p>
        </div>
    }
}
