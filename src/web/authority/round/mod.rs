//! The round's section of the authority's page: its inputs (roster, deadline, survey results,
//! last year's results), the intake register and the results per group with their charts and
//! the printable annex. Everything shown comes from `app::authority::round::view`.

mod appraised;
mod charts;
mod inputs;
mod register;
mod results;

use crate::i18n::Bilingual;
use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::authority::round::view::{self, Export, ExportKind};
use crate::app::authority::round::{RoundMsg, RoundState};
use crate::app::authority::sheets::{SheetsAction, WorkbookExport};
use crate::app::authority::{Action, Section};
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::use_lang;
use crate::web::library::js_reason;
use crate::Lang;

/// The round's state, compared by identity: the page makes a new one after every action.
#[derive(Clone)]
pub struct Round(pub Rc<RoundState>);

impl PartialEq for Round {
    fn eq(&self, other: &Round) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct RoundSectionProps {
    pub round: Round,
    /// The page's part it is shown in: intake shows the register, results the ranking.
    pub part: Section,
    pub on_action: Callback<Action>,
}

#[component]
pub fn RoundSection(props: &RoundSectionProps) -> Html {
    let lang = use_lang();
    let downloads = use_downloads();
    let export_problem = use_state(|| None::<String>);
    let on_export = {
        let (round, downloads, export_problem) = (props.round.clone(), downloads.clone(), export_problem.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |kind: ExportKind| match view::export(&round.0, kind, lang) {
            Some(Ok(Export { name, mime, bytes })) => {
                export_problem.set(None);
                downloads.offer(Offer::bytes(name, mime, bytes));
            }
            Some(Err(detail)) => export_problem.set(Some(RoundMsg::ExportFailed { detail: &detail }.text(lang))),
            // A workbook: the spreadsheet worker writes it (or there is nothing to export yet).
            None => on_action.emit(Action::Sheets(SheetsAction::ExportAsked(WorkbookExport::Round(kind)))),
        })
    };
    let state = &props.round.0;
    let not_kept = view::not_kept(state, lang);
    html! {
        <section class="authority-section round" id="round" aria-labelledby="round-heading">
            <h2 id="round-heading">{ RoundMsg::RoundHeading.text(lang) }</h2>
            <p class="hint">{ RoundMsg::RoundIntro.text(lang) }</p>
            if !not_kept.is_empty() {
                <div class="load-errors" role="alert" id="round-not-kept">
                    { for not_kept.iter().map(|line| html! { <p>{ line }</p> }) }
                </div>
            }
            <inputs::RoundInputs round={props.round.clone()} on_action={props.on_action.clone()} />
            <DownloadRefused downloads={downloads} />
            if let Some(problem) = &*export_problem {
                <p class="load-errors" role="alert">{ problem }</p>
            }
            if props.part == Section::Intake {
                <register::RegisterView round={props.round.clone()} on_export={on_export.clone()} />
            }
            if props.part == Section::Results {
                <results::ResultsView round={props.round.clone()} on_action={props.on_action.clone()} on_export={on_export} />
            }
        </section>
    }
}

/// The bytes of a file the user picked (a CSV or an XLSX workbook).
async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(js_reason)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A button that exports one kind of file.
fn export_button(lang: Lang, id: &'static str, kind: ExportKind, on_export: &Callback<ExportKind>) -> Html {
    let label = match kind {
        ExportKind::RegisterXlsx => RoundMsg::ExportRegisterXlsx,
        ExportKind::RegisterCsv => RoundMsg::ExportRegisterCsv,
        ExportKind::ResultsXlsx => RoundMsg::ExportResultsXlsx,
        ExportKind::ResultsCsv => RoundMsg::ExportResultsCsv,
        ExportKind::ResultsJson => RoundMsg::ExportResultsJson,
    };
    html! {
        <button type="button" {id} onclick={on_export.reform(move |_: MouseEvent| kind)}>{ label.text(lang) }</button>
    }
}
