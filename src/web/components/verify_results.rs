//! The Verify page's table: one row per score file with what it claims and its verdict; the
//! file's name opens its details below the table.

use yew::prelude::*;

use crate::app::state::SharedSet;
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::web::verdict;
use crate::web::verification::{Check, CheckAction, Row};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct VerifyResultsProps {
    pub rows: Vec<Row>,
    pub selected: Option<usize>,
    /// Files that verify, and files with a verdict.
    pub tally: (usize, usize),
    /// Files waiting for the verifier.
    pub pending: usize,
    pub sets: Vec<SharedSet>,
    pub on_action: Callback<CheckAction>,
}

#[component]
pub fn VerifyResults(props: &VerifyResultsProps) -> Html {
    let lang = use_lang();
    let (valid, done) = props.tally;
    let summary = match props.pending {
        0 => tf(lang, Msg::ResultsSummary, &[&valid.to_string(), &done.to_string()]),
        waiting => tf(lang, Msg::ResultsChecking, &[&waiting.to_string()]),
    };
    let on_clear = props.on_action.reform(|_: MouseEvent| CheckAction::Cleared);
    html! {
        <section class="verify-results" aria-labelledby="results-heading">
            <h3 id="results-heading">{ t(lang, Msg::ResultsHeading) }</h3>
            if props.rows.is_empty() {
                <p class="hint">{ t(lang, Msg::NoFilesYet) }</p>
            } else {
                <p id="results-summary" role="status">{ summary }</p>
                <div class="table-scroll">
                    <table class="verify-table">
                        <thead>
                            <tr>
                                <th scope="col">{ t(lang, Msg::ColFile) }</th>
                                <th scope="col">{ t(lang, Msg::AgencyLabel) }</th>
                                <th scope="col">{ t(lang, Msg::YearLabel) }</th>
                                <th scope="col">{ t(lang, Msg::IndexLabel) }</th>
                                <th scope="col">{ t(lang, Msg::BandLabel) }</th>
                                <th scope="col">{ t(lang, Msg::ColVerdict) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for props.rows.iter().enumerate().map(|(index, row)| result_row(lang, index, row, props)) }
                        </tbody>
                    </table>
                </div>
                <button type="button" class="button-quiet" onclick={on_clear}>{ t(lang, Msg::ClearFiles) }</button>
            }
        </section>
    }
}

fn result_row(lang: Lang, index: usize, row: &Row, props: &VerifyResultsProps) -> Html {
    let selected = props.selected == Some(index);
    let on_select = props.on_action.reform(move |_: MouseEvent| CheckAction::RowSelected(index));
    let (agency, year, claimed_index, band) = match &row.check {
        Check::Done(report) => {
            let set = verdict::known_set(&props.sets, report.criteria.as_ref());
            (
                report.agency.as_ref().map(|a| tf(lang, Msg::DraftAgency, &[&a.name, &a.code])),
                report.year.map(|y| y.to_string()),
                verdict::index(lang, report, set),
                report.agency.as_ref().map(|_| verdict::band(lang, report, set)),
            )
        }
        _ => (None, None, None, None),
    };
    html! {
        <tr class={classes!(selected.then_some("selected"))} data-file={row.name.clone()}>
            <th scope="row">
                <button type="button" class="link-button" onclick={on_select} aria-expanded={selected.to_string()}
                    aria-controls={selected.then_some("verify-details")}>{ &row.name }</button>
            </th>
            <td>{ agency.unwrap_or_default() }</td>
            <td>{ year.unwrap_or_default() }</td>
            <td class="number">{ claimed_index.unwrap_or_default() }</td>
            <td>{ band.unwrap_or_default() }</td>
            <td class="verdict">{ verdict_cell(lang, &row.check) }</td>
        </tr>
    }
}

fn verdict_cell(lang: Lang, check: &Check) -> Html {
    match check {
        Check::Pending(_) => html! { <span class="hint">{ t(lang, Msg::Checking) }</span> },
        Check::Unreadable(reason) => {
            html! { <span class="verdict-bad">{ tf(lang, Msg::Unreadable, &[reason]) }</span> }
        }
        Check::Done(report) if report.is_valid() => html! { <span class="verdict-ok">{ t(lang, Msg::Valid) }</span> },
        Check::Done(report) => {
            html! { <span class="verdict-bad">{ tf(lang, Msg::NotValid, &[&verdict::kinds(lang, report)]) }</span> }
        }
    }
}
