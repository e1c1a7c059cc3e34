//! The results per group: rank (ties share it), index, band, each area's component index and the
//! change since last year, with the group's charts; exports; and the A4 landscape print in the
//! form of a decision's annex (title, decision line, page numbers: styles/authority.css).

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::appraised::{AppraisalFiles, AppraisedSummary};
use super::charts::GroupCharts;
use super::{export_button, Round};
use crate::app::authority::round::appraised::{core_basis_holds, row_basis, AppraisalOutcome, AppraisedMsg};
use crate::app::authority::round::view::{self, ExportKind, GroupView, ResultLine};
use crate::app::authority::round::{RoundAction, RoundMsg};
use crate::app::authority::Action;
use crate::authority::messages::Heading;
use crate::authority::Message;
use crate::web::i18n::use_lang;
use crate::Lang;

/// The attribute on the document while the annex is printed (the print stylesheet then shows
/// only the annex).
const PRINTING: &str = "data-printing";

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub round: Round,
    pub on_action: Callback<Action>,
    pub on_export: Callback<ExportKind>,
}

#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let lang = use_lang();
    let state = &props.round.0;
    let ranking = match &state.ranking {
        None => return Html::default(),
        Some(Err(why)) => {
            return html! {
                <div class="round-results">
                    <h3>{ RoundMsg::ResultsHeading.text(lang) }</h3>
                    <p class="hint" id="no-ranking">{ view::no_ranking(why, lang) }</p>
                </div>
            }
        }
        Some(Ok(ranking)) => ranking,
    };
    let groups = view::groups_view(ranking, lang);
    let lacking = ranking.survey_lacking().count();
    let on_decision = props.on_action.reform(|event: InputEvent| {
        let value = event.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
        Action::Round(RoundAction::DecisionTyped(value))
    });
    let decision =
        if state.decision.trim().is_empty() { RoundMsg::DefaultDecision.text(lang) } else { state.decision.clone() };
    let title = RoundMsg::AnnexTitle { year: ranking.year }.text(lang);
    html! {
        <div class="round-results results-annex" id="round-results">
            <h3 id="results-heading" class="screen-only">{ RoundMsg::ResultsHeading.text(lang) }</h3>
            <div class="annex-head">
                { for title.lines().map(|line| html! { <p class="annex-title">{ line }</p> }) }
                <p class="annex-decision">{ decision }</p>
            </div>
            if core_basis_holds(&state.appraised) {
                <p id="ranking-basis" class="ranking-basis">{ ranking.basis.header().text(lang) }</p>
            }
            <AppraisedSummary round={props.round.clone()} on_action={props.on_action.clone()} />
            <AppraisalFiles round={props.round.clone()} on_action={props.on_action.clone()} />
            if lacking > 0 {
                <p class="verdict-warn" id="survey-lacking">{ Message::SurveyLacking { agencies: lacking }.text(lang) }</p>
            }
            <div class="round-exports screen-only">
                { export_button(lang, "export-results-xlsx", ExportKind::ResultsXlsx, &props.on_export) }
                { export_button(lang, "export-results-csv", ExportKind::ResultsCsv, &props.on_export) }
                { export_button(lang, "export-results-json", ExportKind::ResultsJson, &props.on_export) }
            </div>
            <div class="annex-controls screen-only">
                <label for="decision-line">{ RoundMsg::DecisionLabel.text(lang) }</label>
                <input id="decision-line" type="text" value={state.decision.clone()} oninput={on_decision}
                    placeholder={RoundMsg::DecisionHint.text(lang)} />
                <button type="button" id="print-results" onclick={Callback::from(|_: MouseEvent| print_annex())}>
                    { RoundMsg::PrintLabel.text(lang) }
                </button>
            </div>
            { for groups.iter().map(|group| group_results(lang, group, &state.appraised)) }
        </div>
    }
}

fn group_results(lang: Lang, group: &GroupView, appraised: &AppraisalOutcome) -> Html {
    let heading = |h: Heading| html! { <th scope="col">{ view::heading(h, lang) }</th> };
    let id = format!("group-{}", slug(&group.group));
    html! {
        <section class="group-results" aria-labelledby={id.clone()} data-group={group.group.clone()}>
            <h4 id={id.clone()}>{ RoundMsg::GroupHeading { group: &group.group, agencies: group.lines.len() }.text(lang) }</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id.clone()}>
                <table class="verify-table results-table">
                    <thead><tr>
                        { heading(Heading::Rank) }{ heading(Heading::Code) }{ heading(Heading::Name) }
                        { heading(Heading::Total) }{ heading(Heading::Index) }{ heading(Heading::Band) }
                        { for group.areas.iter().map(|(code, title)| html! {
                            <th scope="col" title={title.clone()}>{ view::heading(Heading::Area(code.clone()), lang) }</th>
                        }) }
                        { heading(Heading::PreviousIndex) }{ heading(Heading::IndexChange) }{ heading(Heading::RankChange) }
                        <th scope="col">{ AppraisedMsg::BasisHeading.text(lang) }</th>
                    </tr></thead>
                    <tbody>{ for group.lines.iter().map(|line| row(line, row_basis(appraised, &line.code, &line.index, lang))) }</tbody>
                </table>
            </div>
            <GroupCharts group={group.clone()} />
        </section>
    }
}

fn row(line: &ResultLine, (appraised, basis): (bool, String)) -> Html {
    let basis_kind = if appraised { "appraised" } else { "self" };
    html! {
        <tr data-code={line.code.clone()} data-rank={line.rank.to_string()} data-basis={basis_kind}>
            <td class="number">{ line.rank }</td>
            <th scope="row">{ &line.code }</th>
            <td>{ &line.name }</td>
            <td class="number">{ &line.total }</td>
            <td class="number index">{ &line.index }</td>
            <td>{ &line.band }</td>
            { for line.areas.iter().map(|(index, _)| html! { <td class="number">{ index }</td> }) }
            <td class="number">{ &line.previous_index }</td>
            <td class="number">{ &line.index_change }</td>
            <td class="movement">{ &line.movement }</td>
            <td class="basis">{ basis }</td>
        </tr>
    }
}

/// An id from a group's name, in small letters (Vietnamese ones kept); spaces and ASCII marks
/// become '-'.
fn slug(text: &str) -> String {
    let kept = |c: char| !c.is_whitespace() && !c.is_ascii_punctuation();
    text.chars().map(|c| if kept(c) { crate::letter_case::lower_char(c) } else { '-' }).collect()
}

/// Prints the annex only: the document is marked until the print dialog closes (`afterprint`).
fn print_annex() {
    let Some(window) = web_sys::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let _ = root.set_attribute(PRINTING, "annex");
    let unmark = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = root.remove_attribute(PRINTING);
    });
    window.set_onafterprint(Some(wasm_bindgen::JsCast::unchecked_ref(&unmark)));
    let _ = window.print();
}
