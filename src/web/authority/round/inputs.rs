//! The round's inputs: the roster, the deadline, the survey results and last year's results, each
//! with what was loaded, a way to remove it, and its errors located by row and column.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::{read_bytes, Round};
use crate::app::authority::round::view::{problem_lines, roster_line};
use crate::app::authority::round::{InputProblem, RoundAction, RoundMsg, TableFile};
use crate::app::authority::Action;
use crate::web::authority::file_drop::{read_all, FileDrop};
use crate::web::i18n::use_lang;
use crate::web::library::read_file;
use crate::Lang;

/// CSV is read by the page; an XLSX workbook by the spreadsheet worker.
const TABLES: &str = ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Properties, PartialEq)]
pub struct RoundInputsProps {
    pub round: Round,
    pub on_action: Callback<Action>,
}

#[component]
pub fn RoundInputs(props: &RoundInputsProps) -> Html {
    let lang = use_lang();
    let state = &props.round.0;
    let table_input = |make: fn(TableFile) -> RoundAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let on_action = on_action.clone();
            read_all(files.into_iter().take(1).collect(), read_bytes, move |read| {
                read.into_iter().for_each(|file| on_action.emit(Action::Round(make(file))));
            });
        })
    };
    let on_previous = {
        let on_action = props.on_action.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let on_action = on_action.clone();
            read_all(
                files.into_iter().take(1).collect(),
                |file| async move { read_file(&file).await },
                move |read| {
                    read.into_iter().for_each(|(file, text)| {
                        on_action.emit(Action::Round(RoundAction::PreviousRead { file, text }))
                    });
                },
            );
        })
    };
    let on_deadline = props.on_action.reform(|event: Event| {
        let value = event.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
        Action::Round(RoundAction::DeadlineTyped(value))
    });
    let remove = |action: RoundAction| props.on_action.reform(move |_: MouseEvent| Action::Round(action.clone()));
    let roster = state.roster.as_ref().map(|r| roster_line(r, lang));
    let survey = state
        .survey
        .as_ref()
        .map(|s| RoundMsg::SurveyLoaded { file: &s.file, agencies: s.value.values.len() }.text(lang));
    let previous = state.previous.as_ref().map(|p| {
        RoundMsg::PreviousLoaded { file: &p.file, year: p.value.year, agencies: p.value.agencies.len() }.text(lang)
    });
    let deadline_value = state.deadline_text.get(..10).unwrap_or_default().to_string();
    html! {
        <div class="authority-inputs round-inputs">
            <div class="round-input">
                <FileDrop id="roster-file" multiple={false} accept={TABLES} label={RoundMsg::RosterLabel.text(lang)}
                    hint={RoundMsg::RosterHint.text(lang)} drop_text={RoundMsg::RosterLabel.text(lang)}
                    on_files={table_input(RoundAction::RosterRead)} />
                { loaded(lang, "roster-loaded", roster, remove(RoundAction::RosterCleared)) }
                { problems(lang, "roster-errors", state.roster_problem.as_ref()) }
            </div>
            <div class="round-input">
                <label for="deadline">{ RoundMsg::DeadlineLabel.text(lang) }</label>
                <input id="deadline" type="date" value={deadline_value} onchange={on_deadline}
                    aria-describedby="deadline-hint" />
                <p id="deadline-hint" class="hint">{ RoundMsg::DeadlineHint.text(lang) }</p>
                if let Some(problem) = &state.deadline_problem {
                    <p class="load-errors" role="alert">{ problem.text(lang) }</p>
                }
            </div>
            <div class="round-input">
                <FileDrop id="survey-file" multiple={false} accept={TABLES} label={RoundMsg::SurveyLabel.text(lang)}
                    hint={RoundMsg::SurveyHint.text(lang)} drop_text={RoundMsg::SurveyLabel.text(lang)}
                    on_files={table_input(RoundAction::SurveyRead)} />
                { loaded(lang, "survey-loaded", survey, remove(RoundAction::SurveyCleared)) }
                { problems(lang, "survey-errors", state.survey_problem.as_ref()) }
            </div>
            <div class="round-input">
                <FileDrop id="previous-file" multiple={false} label={RoundMsg::PreviousLabel.text(lang)}
                    hint={RoundMsg::PreviousHint.text(lang)} drop_text={RoundMsg::PreviousLabel.text(lang)}
                    on_files={on_previous} />
                { loaded(lang, "previous-loaded", previous, remove(RoundAction::PreviousCleared)) }
                { problems(lang, "previous-errors", state.previous_problem.as_ref()) }
            </div>
        </div>
    }
}

fn loaded(lang: Lang, id: &'static str, line: Option<String>, on_remove: Callback<MouseEvent>) -> Html {
    let Some(line) = line else { return Html::default() };
    html! {
        <p class="round-loaded" {id}>
            <span>{ line }</span>{ " " }
            <button type="button" class="button-quiet" onclick={on_remove}>{ RoundMsg::RemoveInput.text(lang) }</button>
        </p>
    }
}

fn problems(lang: Lang, id: &'static str, problem: Option<&InputProblem>) -> Html {
    let Some(problem) = problem else { return Html::default() };
    let lines = problem_lines(problem, lang);
    let (first, rest) = lines.split_first().map(|(f, r)| (f.clone(), r.to_vec())).unwrap_or_default();
    html! {
        <div class="load-errors" role="alert" {id}>
            <p>{ first }</p>
            if !rest.is_empty() {
                <ul>{ for rest.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            }
        </div>
    }
}
