//! The criteria sets a new draft can use: the built-in ones, those added from files before, and
//! a criteria file from disk (kept among the added ones once it loads).

use yew::prelude::*;

use super::{load_errors, AddedSetCard, SetCard, TextFileInput};
use crate::app::state::{Action, LibraryEntry, LoadFailure, RejectedFile, SharedSet};
use crate::web::i18n::{t, Msg};
use crate::Lang;

/// The picker, in `lang` (a function, not a component: see the module list): the built-in sets,
/// those added from files, the file being checked (its name) and the file refused.
pub fn set_picker(
    library: &[LibraryEntry],
    added: &[SharedSet],
    rejected_file: Option<&RejectedFile>,
    checking: Option<&AttrValue>,
    on_action: &Callback<Action>,
    lang: Lang,
) -> Html {
    let on_choose = on_action.reform(Action::SetChosen);
    html! {
        <section class="set-picker" aria-labelledby="picker-heading">
            <h2 id="picker-heading">{ t(lang, Msg::PickerHeading) }</h2>
            <section aria-labelledby="library-heading">
                <h3 id="library-heading">{ t(lang, Msg::LibraryHeading) }</h3>
                <ul class="set-list">
                    { for library.iter().map(|entry| html! {
                        <SetCard key={entry.file} entry={entry.clone()} on_choose={on_choose.clone()} on_action={on_action.clone()} />
                    }) }
                </ul>
            </section>
            if !added.is_empty() {
                <section aria-labelledby="added-heading">
                    <h3 id="added-heading">{ t(lang, Msg::AddedSetsHeading) }</h3>
                    <ul class="added-set-list">
                        { for added.iter().map(|set| html! {
                            <AddedSetCard key={set.sha256.clone()} set={set.clone()} on_action={on_action.clone()} />
                        }) }
                    </ul>
                </section>
            }
            <section class="file-section" aria-labelledby="file-heading">
                <h3 id="file-heading">{ t(lang, Msg::OpenFileHeading) }</h3>
                <TextFileInput id="criteria-file" label={Msg::OpenFileLabel} hint={Msg::OpenFileHint}
                    on_read={on_action.reform(|(name, text): (String, Result<String, String>)| match text {
                        Ok(text) => Action::FileOpened { name, text },
                        Err(reason) => Action::FileUnreadable { name, reason },
                    })} />
                if let Some(name) = checking {
                    <p class="file-checking" role="status">{ LoadFailure::Unchecked.summary(name, lang) }</p>
                }
                if let Some(rejected) = rejected_file {
                    { load_errors(&rejected.name, &rejected.failure, lang) }
                }
            </section>
        </section>
    }
}
