//! The Verify page's table: one row per score file with what it claims and its verdict; the
//! file's name opens its details below the table. Only a verified file is "Hợp lệ" in green; a
//! valid signature by an unregistered key says so as a warning, and files of the same agency
//! and year are flagged as superseded or conflicting.

use crate::i18n::Bilingual;
use yew::prelude::*;

use crate::app::state::SharedSet;
use crate::app::verify::wording;
use crate::app::verify::{Check, CheckAction, Row, Tally};
use crate::scorefile::{Duplicates, TrustText, Verdict};
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct VerifyResultsProps {
    pub rows: Vec<Row>,
    pub selected: Option<usize>,
    pub tally: Tally,
    /// Each row's duplicates (row indexes).
    pub duplicates: Vec<Duplicates>,
    /// Files waiting for the verifier.
    pub pending: usize,
    pub sets: Vec<SharedSet>,
    pub on_action: Callback<CheckAction>,
}

#[component]
pub fn VerifyResults(props: &VerifyResultsProps) -> Html {
    let lang = use_lang();
    let summary = match props.pending {
        0 => props.tally.text().text(lang),
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
            let set = wording::known_set(&props.sets, report.criteria.as_ref());
            (
                report.agency.as_ref().map(|a| tf(lang, Msg::DraftAgency, &[&a.name, &a.code])),
                report.year.map(|y| y.to_string()),
                wording::index(lang, report, set),
                report.agency.as_ref().map(|_| wording::band(lang, report, set)),
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
            <td class="verdict">
                { verdict_cell(lang, &row.check) }
                { duplicate_notes(lang, props.duplicates.get(index), &props.rows) }
            </td>
        </tr>
    }
}

fn verdict_cell(lang: Lang, check: &Check) -> Html {
    match check {
        Check::Pending(_) => html! { <span class="hint">{ t(lang, Msg::Checking) }</span> },
        Check::NotChecked => html! { <span class="verdict-warn">{ t(lang, Msg::NotChecked) }</span> },
        Check::Unreadable(reason) => {
            html! { <span class="verdict-bad">{ tf(lang, Msg::Unreadable, &[reason]) }</span> }
        }
        Check::Done(report) => match report.verdict() {
            Verdict::Verified => html! { <span class="verdict-ok">{ t(lang, Msg::Valid) }</span> },
            Verdict::SignatureOnly => {
                html! { <span class="verdict-warn">{ Verdict::SignatureOnly.text().text(lang) }</span> }
            }
            Verdict::Invalid => {
                let kinds: Vec<String> = report.invalid_reasons().iter().map(|k| k.text(lang)).collect();
                html! { <span class="verdict-bad">{ tf(lang, Msg::NotValid, &[&kinds.join(", ")]) }</span> }
            }
        },
    }
}

/// "Superseded by the later file …" and "conflicts with …", under the verdict.
fn duplicate_notes(lang: Lang, twins: Option<&Duplicates>, rows: &[Row]) -> Html {
    let Some(twins) = twins else { return html! {} };
    let name = |i: &usize| rows.get(*i).map(|row| row.name.clone()).unwrap_or_default();
    let superseded = twins.superseded_by.as_ref().map(|by| TrustText::Superseded { by: name(by) }.text(lang));
    let with = twins.conflicts_with.iter().map(name).collect::<Vec<_>>().join(", ");
    html! {
        <>
            if let Some(text) = superseded {
                <span class="duplicate superseded">{ text }</span>
            }
            if twins.is_conflicting() {
                <span class="duplicate verdict-bad conflicting">{ TrustText::Conflicting { with }.text(lang) }</span>
            }
        </>
    }
}
