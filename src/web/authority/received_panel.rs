//! Received score files, checked in the page: one row per file with its agency, year, claimed
//! index and band and the verdict the model gave (only "Hợp lệ" is green), many files or a
//! whole folder at once.

use std::rc::Rc;

use yew::prelude::*;

use super::file_drop::{read_all, FileDrop};
use super::text;
use crate::app::authority::intake::{IntakeAction, IntakeMsg, Removal};
use crate::app::authority::view::FileRow;
use crate::app::authority::{Action, Msg, ReadProblem};
use crate::web::i18n::use_lang;
use crate::web::library::read_utf8_file;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct ReceivedPanelProps {
    pub rows: Rc<Vec<FileRow>>,
    pub summary: AttrValue,
    /// How the checks in the verifier workers stand, and what went wrong with them.
    pub checking: Rc<Vec<String>>,
    /// What went wrong keeping the files in the browser.
    pub shelf_problems: Rc<Vec<String>>,
    /// The question asked before a removal, while it waits.
    pub removing: Option<AttrValue>,
    pub sets_loading: bool,
    pub set_problems: Rc<Vec<String>>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ReceivedPanel(props: &ReceivedPanelProps) -> Html {
    let lang = use_lang();
    let on_files = {
        let on_action = props.on_action.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let on_action = on_action.clone();
            read_all(files, read_score_file, move |read| {
                on_action.emit(Action::ScoreFilesRead(read));
            });
        })
    };
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::Intake(IntakeAction::RemovalAsked(Removal::All)));
    html! {
        <section class="authority-section" aria-labelledby="received-heading">
            <h2 id="received-heading">{ text(lang, Msg::VerifyHeading) }</h2>
            <p class="hint">{ text(lang, Msg::VerifyIntro) }</p>
            <FileDrop id="score-files" label={text(lang, Msg::ScoreFilesLabel)} hint={text(lang, Msg::ScoreFilesHint)}
                drop_text={text(lang, Msg::DropScoreFilesHere)} folder_label={text(lang, Msg::ScoreFolderLabel)}
                on_files={on_files} />
            if props.sets_loading {
                <p class="hint" role="status">{ text(lang, Msg::SetsLoading) }</p>
            }
            if !props.set_problems.is_empty() {
                <div class="load-errors" role="alert">
                    { for props.set_problems.iter().map(|problem| html! { <p>{ problem }</p> }) }
                </div>
            }
            if !props.checking.is_empty() {
                <div id="checking-status" class="hint" role="status">
                    { for props.checking.iter().map(|line| html! { <p>{ line }</p> }) }
                </div>
            }
            if !props.shelf_problems.is_empty() {
                <div id="kept-problems" class="load-errors" role="alert">
                    { for props.shelf_problems.iter().map(|line| html! { <p>{ line }</p> }) }
                </div>
            }
            if let Some(question) = &props.removing {
                { confirm(lang, question.clone(), &props.on_action) }
            }
            if !props.rows.is_empty() {
                <p id="results-summary" role="status">{ props.summary.clone() }</p>
                <p class="hint">{ IntakeMsg::KeptNote.text(lang) }</p>
                <div class="table-scroll">
                    <table class="verify-table received-table">
                        <thead><tr>
                            <th scope="col">{ text(lang, Msg::FileColumn) }</th>
                            <th scope="col">{ text(lang, Msg::AgencyColumn) }</th>
                            <th scope="col">{ text(lang, Msg::YearColumn) }</th>
                            <th scope="col">{ text(lang, Msg::IndexColumn) }</th>
                            <th scope="col">{ text(lang, Msg::BandColumn) }</th>
                            <th scope="col">{ text(lang, Msg::VerdictColumn) }</th>
                        </tr></thead>
                        <tbody>{ for props.rows.iter().map(|row| file_row(lang, row, &props.on_action)) }</tbody>
                    </table>
                </div>
                <button type="button" class="button-quiet" onclick={on_clear}>{ text(lang, Msg::ClearScoreFiles) }</button>
            }
        </section>
    }
}

fn file_row(lang: Lang, row: &FileRow, on_action: &Callback<Action>) -> Html {
    let id = row.id;
    let on_remove = on_action.reform(move |_: MouseEvent| Action::Intake(IntakeAction::RemovalAsked(Removal::One(id))));
    html! {
        <tr data-file={row.file.clone()}>
            <th scope="row">{ &row.file }</th>
            <td>{ &row.agency }</td>
            <td class="number">{ &row.year }</td>
            <td class="number">{ &row.index }</td>
            <td>{ &row.band }</td>
            <td class="verdict">
                <span class={classes!("verdict-text", row.tone.class())}>{ &row.verdict }</span>
                <span class="verdict-reason">{ &row.reason }</span>
                if let Some(flag) = &row.duplicate {
                    <span class="duplicate-flag">{ flag }</span>
                }
                <button type="button" class="button-quiet remove-file" onclick={on_remove}
                    aria-label={IntakeMsg::RemoveFile { file: &row.file }.text(lang)}>{ IntakeMsg::ConfirmRemove.text(lang) }</button>
            </td>
        </tr>
    }
}

/// The question before a removal, with its two answers.
fn confirm(lang: Lang, question: AttrValue, on_action: &Callback<Action>) -> Html {
    let on_confirm = on_action.reform(|_: MouseEvent| Action::Intake(IntakeAction::RemovalConfirmed));
    let on_cancel = on_action.reform(|_: MouseEvent| Action::Intake(IntakeAction::RemovalCancelled));
    html! {
        <div id="remove-files-confirm" class="confirm" role="alert">
            <p>{ question }</p>
            <button type="button" class="button-danger" onclick={on_confirm}>{ IntakeMsg::ConfirmRemove.text(lang) }</button>
            <button type="button" onclick={on_cancel}>{ IntakeMsg::Cancel.text(lang) }</button>
        </div>
    }
}

/// A score file's text, refused unless it is UTF-8: its bytes are what was signed.
async fn read_score_file(file: web_sys::File) -> Result<String, ReadProblem> {
    read_utf8_file(&file).await.map_err(|problem| match problem {
        Ok(at) => ReadProblem::NotUtf8 { at },
        Err(reason) => ReadProblem::Browser(reason),
    })
}
