//! Final appraisals in the results: how many agencies the ranking takes from their final
//! appraisal and which are still self-assessed, what became of each appraisal file, and a way to
//! load final appraisals signed elsewhere. Words and figures come from
//! `app::authority::round::appraised`.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::Round;
use crate::app::authority::round::appraised::{file_lines, summary, AppraisedMsg};
use crate::app::authority::round::{RoundAction, RoundMsg};
use crate::app::authority::Action;
use crate::web::authority::file_drop::{on_texts, FileDrop};
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct AppraisedProps {
    pub round: Round,
    pub on_action: Callback<Action>,
}

/// Under the results' header: the appraised count, the agencies still self-assessed.
#[component]
pub fn AppraisedSummary(props: &AppraisedProps) -> Html {
    let lang = use_lang();
    let lines = summary(&props.round.0.appraised, lang);
    html! {
        <div id="appraised-summary" class="ranking-basis">
            { for lines.iter().map(|line| html! { <p>{ line }</p> }) }
        </div>
    }
}

/// The file input for final appraisals received from elsewhere, and what became of every file.
#[component]
pub fn AppraisalFiles(props: &AppraisedProps) -> Html {
    let lang = use_lang();
    let state = &props.round.0;
    let on_files = {
        let on_action = props.on_action.clone();
        on_texts(move |read| on_action.emit(Action::Round(RoundAction::AppraisalFilesRead(read))))
    };
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::Round(RoundAction::AppraisalFilesCleared));
    let lines = file_lines(&state.appraised, &state.appraisal_unread, lang);
    let loaded = state.appraisal_files.len();
    html! {
        <div class="round-input screen-only">
            <FileDrop id="appraisal-files" multiple={true} accept=".json,application/json"
                label={AppraisedMsg::FilesLabel.text(lang)} hint={AppraisedMsg::FilesHint.text(lang)}
                drop_text={AppraisedMsg::FilesLabel.text(lang)} {on_files} />
            if loaded > 0 {
                <p class="round-loaded" id="appraisal-files-loaded">
                    <span>{ AppraisedMsg::FilesLoaded { files: loaded }.text(lang) }</span>{ " " }
                    <button type="button" class="button-quiet" onclick={on_clear}
                        aria-label={AppraisedMsg::FilesCleared.text(lang)}>{ RoundMsg::RemoveInput.text(lang) }</button>
                </p>
            }
            if !lines.is_empty() {
                <ul id="appraisal-uses" class="hint">{ for lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            }
        </div>
    }
}
