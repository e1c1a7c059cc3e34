//! The criteria sets a new draft can use: the built-in ones, and a criteria file from disk.

use yew::prelude::*;

use super::{LoadErrors, SetCard, TextFileInput};
use crate::app::state::{Action, LibraryEntry, RejectedFile};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct SetPickerProps {
    pub library: Vec<LibraryEntry>,
    pub rejected_file: Option<RejectedFile>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SetPicker(props: &SetPickerProps) -> Html {
    let lang = use_lang();
    let on_choose = props.on_action.reform(Action::SetChosen);
    html! {
        <section class="set-picker" aria-labelledby="picker-heading">
            <h2 id="picker-heading">{ t(lang, Msg::PickerHeading) }</h2>
            <section aria-labelledby="library-heading">
                <h3 id="library-heading">{ t(lang, Msg::LibraryHeading) }</h3>
                <ul class="set-list">
                    { for props.library.iter().map(|entry| html! {
                        <SetCard key={entry.file} entry={entry.clone()} on_choose={on_choose.clone()} on_action={props.on_action.clone()} />
                    }) }
                </ul>
            </section>
            <section class="file-section" aria-labelledby="file-heading">
                <h3 id="file-heading">{ t(lang, Msg::OpenFileHeading) }</h3>
                <TextFileInput id="criteria-file" label={Msg::OpenFileLabel} hint={Msg::OpenFileHint}
                    on_read={props.on_action.reform(|(name, text): (String, Result<String, String>)| match text {
                        Ok(text) => Action::FileOpened { name, text },
                        Err(reason) => Action::FileUnreadable { name, reason },
                    })} />
                if let Some(rejected) = &props.rejected_file {
                    <LoadErrors name={rejected.name.clone()} failure={rejected.failure.clone()} />
                }
            </section>
        </section>
    }
}
