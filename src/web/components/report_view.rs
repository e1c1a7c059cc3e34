//! The self-assessment report: the official table (STT | Tiêu chí | Điểm tối đa | Điểm tự đánh
//! giá | Tài liệu kiểm chứng | Giải trình / Ghi chú) with area subtotals and the total, ready to
//! print (styles/print.css) or to download as CSV.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::report::{csv, evidence_line, points_cell, rows, RowKind};
use crate::app::state::SharedSet;
use crate::app::view::{band_title, index_percent};
use crate::file_name::file_name;
use crate::scoring::Scorecard;
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::{level_name, t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub name: String,
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub draft: Rc<Draft>,
}

#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let lang = use_lang();
    let (set, card, draft) = (&props.set, &props.card, &props.draft);
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let downloads = use_downloads();
    let on_csv = {
        let (name, set, card, draft) = (props.name.clone(), set.clone(), card.clone(), draft.clone());
        let downloads = downloads.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv(&set, &card, &draft, lang);
            downloads.offer(Offer::new(file_name(&name, ".csv"), "text/csv;charset=utf-8", text));
        })
    };
    let agency = &draft.agency;
    let fact = |label: Msg, value: String| html! { <div><dt>{ t(lang, label) }</dt><dd>{ value }</dd></div> };
    html! {
        <section class="report" aria-labelledby="report-heading">
            <div class="report-actions">
                <button type="button" class="button-primary" onclick={on_print}>{ t(lang, Msg::Print) }</button>
                <button type="button" class="button-quiet" onclick={on_csv}>{ t(lang, Msg::DownloadCsv) }</button>
            </div>
            <DownloadRefused downloads={downloads} />
            <h2 id="report-heading">{ t(lang, Msg::ReportHeading) }</h2>
            <dl class="report-facts">
                { fact(Msg::AgencyLabel, [agency.name.as_str(), agency.code.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ")) }
                { fact(Msg::LevelLabel, level_name(lang, agency.level).to_string()) }
                { fact(Msg::EvaluationYear, draft.year.to_string()) }
                { fact(Msg::SetLabel, format!("{} ({}, {})", set.title.get(lang), set.decision.number, set.version)) }
                { fact(Msg::IndexLabel, index_percent(set, card.totals.index, lang)) }
                { fact(Msg::BandLabel, band_title(set, card.band.as_ref().map(|b| b.band), lang).to_string()) }
            </dl>
            <table class="report-table">
                <thead>
                    <tr>
                        <th scope="col" class="col-stt">{ t(lang, Msg::ColStt) }</th>
                        <th scope="col">{ t(lang, Msg::ColCriterion) }</th>
                        <th scope="col" class="col-num">{ t(lang, Msg::ColMax) }</th>
                        <th scope="col" class="col-num">{ t(lang, Msg::ColSelfScore) }</th>
                        <th scope="col">{ t(lang, Msg::ColEvidence) }</th>
                        <th scope="col">{ t(lang, Msg::ColNote) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows(set, card, draft, lang).iter().map(|row| {
                        let class = match row.kind {
                            RowKind::Area => "row-area",
                            RowKind::Group => "row-group",
                            RowKind::Item => "row-item",
                            RowKind::Block => "row-block",
                            RowKind::Total => "row-total",
                        };
                        let head = matches!(row.kind, RowKind::Area | RowKind::Block | RowKind::Total);
                        html! {
                            <tr class={class} data-code={row.stt.clone()}>
                                <td class="col-stt">{ &row.stt }</td>
                                if head {
                                    <th scope="row">{ &row.title }</th>
                                } else {
                                    <td class={depth_class(row.depth)}>{ &row.title }</td>
                                }
                                <td class="col-num">{ lang.number(row.max) }</td>
                                <td class="col-num">{ points_cell(lang, row) }</td>
                                <td>{ for row.evidence.iter().map(|e| html! { <p>{ evidence_line(lang, e) }</p> }) }</td>
                                <td>
                                    if !row.note.is_empty() { { &row.note } }
                                    else if row.needs_explanation { <span class="flag">{ t(lang, Msg::ExplanationMissing) }</span> }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// The indent of a row's title by its depth in the set: a class (styles/app.css has depth-1 to
/// depth-6), since the Content-Security-Policy refuses inline styles. Deeper rows share the last.
fn depth_class(depth: usize) -> String {
    format!("depth-{}", depth.min(6))
}
