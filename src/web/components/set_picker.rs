//! The first screen: the built-in criteria sets, and a criteria file from disk.

use yew::prelude::*;

use super::{CriteriaFileInput, LoadErrors, SetCard};
use crate::web::i18n::{t, use_lang, Msg};
use crate::web::state::{Action, LibraryEntry, RejectedFile};

#[derive(Properties, PartialEq)]
pub struct SetPickerProps {
    pub library: Vec<LibraryEntry>,
    pub rejected_file: Option<RejectedFile>,
    /// Whether a set is being scored (the picker then offers to go back to it).
    pub can_resume: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SetPicker(props: &SetPickerProps) -> Html {
    let lang = use_lang();
    let on_choose = props.on_action.reform(Action::SetChosen);
    let on_resume = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::PickerClosed))
    };
    html! {
        <main class="set-picker" id="main">
            <h2>{ t(lang, Msg::PickerHeading) }</h2>
            if props.can_resume {
                <p><button type="button" class="button-quiet" onclick={on_resume}>{ t(lang, Msg::ResumeSet) }</button></p>
            }
            <section aria-labelledby="library-heading">
                <h3 id="library-heading">{ t(lang, Msg::LibraryHeading) }</h3>
                <ul class="set-list">
                    { for props.library.iter().map(|entry| html! {
                        <SetCard key={entry.file} entry={entry.clone()} on_choose={on_choose.clone()} />
                    }) }
                </ul>
            </section>
            <section class="file-section" aria-labelledby="file-heading">
                <h3 id="file-heading">{ t(lang, Msg::OpenFileHeading) }</h3>
                <CriteriaFileInput on_action={props.on_action.clone()} />
                if let Some(rejected) = &props.rejected_file {
                    <LoadErrors name={rejected.name.clone()} failure={rejected.failure.clone()} />
                }
            </section>
        </main>
    }
}
