//! The first screen: the drafts saved in this browser, a draft file to import, and the criteria
//! sets a new draft can use.

use yew::prelude::*;

use super::{set_picker, DamagedEntries, DraftCard, TextFileInput};
use crate::app::damaged::DamagedEntry;
use crate::app::drafts::DraftSummary;
use crate::app::state::{Action, DraftProblem, LibraryEntry, RejectedFile, SharedSet};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct DraftsScreenProps {
    pub library: Vec<LibraryEntry>,
    pub added: Vec<SharedSet>,
    pub drafts: Vec<DraftSummary>,
    /// Stored entries the app cannot use, drafts among them.
    pub damaged: Vec<DamagedEntry>,
    pub rejected_file: Option<RejectedFile>,
    /// A signed file opened, whose signature is being checked: its name.
    pub checking: Option<AttrValue>,
    pub draft_problem: Option<DraftProblem>,
    /// The draft still open in memory, if any.
    pub open_id: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DraftsScreen(props: &DraftsScreenProps) -> Html {
    let lang = use_lang();
    let on_resume = {
        let (on_action, id) = (props.on_action.clone(), props.open_id.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = &id {
                on_action.emit(Action::DraftOpened(id.to_string()))
            }
        })
    };
    let problem = props.draft_problem.as_ref().map(|problem| problem.text(lang));
    html! {
        <main class="drafts-screen" id="main">
            <section aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">{ t(lang, Msg::DraftsHeading) }</h2>
                if props.open_id.is_some() {
                    <p><button type="button" class="button-quiet" onclick={on_resume}>{ t(lang, Msg::ResumeSet) }</button></p>
                }
                if props.drafts.is_empty() {
                    <p class="hint">{ t(lang, Msg::NoDrafts) }</p>
                } else {
                    <ul class="draft-list">
                        { for props.drafts.iter().map(|draft| html! {
                            <DraftCard key={draft.id.clone()} draft={draft.clone()} on_action={props.on_action.clone()} />
                        }) }
                    </ul>
                }
                <DamagedEntries entries={props.damaged.clone()} on_action={props.on_action.clone()} />
                <div class="file-section">
                    <h3 id="import-heading">{ t(lang, Msg::ImportHeading) }</h3>
                    <TextFileInput id="draft-file" label={Msg::ImportLabel} hint={Msg::ImportHint}
                        on_read={props.on_action.reform(|(name, text): (String, Result<String, String>)| match text {
                            Ok(text) => Action::DraftFileImported { name, text },
                            Err(reason) => Action::DraftFileUnreadable { name, reason },
                        })} />
                    if let Some(problem) = problem {
                        <div class="load-errors" role="alert"><p>{ problem }</p></div>
                    }
                </div>
            </section>
            { set_picker(&props.library, &props.added, props.rejected_file.as_ref(), props.checking.as_ref(), &props.on_action, lang) }
        </main>
    }
}
