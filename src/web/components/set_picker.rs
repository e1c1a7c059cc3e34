//! The criteria sets a new draft can use: the built-in ones, those added from files before, and
//! a criteria file from disk (kept among the added ones once it loads).

use yew::prelude::*;

use super::{load_errors, AddedSetCard, SetCard, TextFileInput};
use crate::app::state::{Action, LibraryEntry, LoadFailure, RejectedFile, SharedSet};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct SetPickerProps {
    pub library: Vec<LibraryEntry>,
    /// The sets added from files, kept in this browser.
    pub added: Vec<SharedSet>,
    pub rejected_file: Option<RejectedFile>,
    /// A signed file opened, whose signature the verifier worker is checking: its name.
    pub checking: Option<AttrValue>,
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
            if !props.added.is_empty() {
                <section aria-labelledby="added-heading">
                    <h3 id="added-heading">{ t(lang, Msg::AddedSetsHeading) }</h3>
                    <ul class="added-set-list">
                        { for props.added.iter().map(|set| html! {
                            <AddedSetCard key={set.sha256.clone()} set={set.clone()} on_action={props.on_action.clone()} />
                        }) }
                    </ul>
                </section>
            }
            <section class="file-section" aria-labelledby="file-heading">
                <h3 id="file-heading">{ t(lang, Msg::OpenFileHeading) }</h3>
                <TextFileInput id="criteria-file" label={Msg::OpenFileLabel} hint={Msg::OpenFileHint}
                    on_read={props.on_action.reform(|(name, text): (String, Result<String, String>)| match text {
                        Ok(text) => Action::FileOpened { name, text },
                        Err(reason) => Action::FileUnreadable { name, reason },
                    })} />
                if let Some(name) = &props.checking {
                    <p class="file-checking" role="status">{ LoadFailure::Unchecked.summary(name, lang) }</p>
                }
                if let Some(rejected) = &props.rejected_file {
                    { load_errors(&rejected.name, &rejected.failure, lang) }
                }
            </section>
        </section>
    }
}
