//! The report's annex: the official table (STT | Tiêu chí | Điểm tối đa | Điểm tự đánh giá | Tài
//! liệu kiểm chứng | Giải trình / Ghi chú) with area subtotals, the bonus and penalty blocks and
//! the total, as [`crate::app::report::rows`] gives it.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::report::{evidence_line, points_cell, rows, RowKind};
use crate::app::state::SharedSet;
use crate::scoring::Scorecard;
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ReportTableProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub draft: Rc<Draft>,
}

#[component]
pub fn ReportTable(props: &ReportTableProps) -> Html {
    let lang = use_lang();
    html! {
        <table class="report-table">
            <thead>
                <tr>
                    <th scope="col" class="col-stt">{ t(lang, Msg::ColStt) }</th>
                    <th scope="col" class="col-title">{ t(lang, Msg::ColCriterion) }</th>
                    <th scope="col" class="col-num">{ t(lang, Msg::ColMax) }</th>
                    <th scope="col" class="col-num">{ t(lang, Msg::ColSelfScore) }</th>
                    <th scope="col" class="col-text">{ t(lang, Msg::ColEvidence) }</th>
                    <th scope="col" class="col-text">{ t(lang, Msg::ColNote) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows(&props.set, &props.card, &props.draft, lang).iter().map(|row| {
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
                                <th scope="row" class="col-title">{ &row.title }</th>
                            } else {
                                <td class={classes!("col-title", depth_class(row.depth))}>{ &row.title }</td>
                            }
                            <td class="col-num">{ lang.number(row.max) }</td>
                            <td class="col-num">{ points_cell(lang, row) }</td>
                            <td class="col-text">{ for row.evidence.iter().map(|e| html! { <p>{ evidence_line(lang, e) }</p> }) }</td>
                            <td class="col-text">
                                if !row.note.is_empty() { { &row.note } }
                                else if row.needs_explanation { <span class="flag">{ t(lang, Msg::ExplanationMissing) }</span> }
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// The indent of a row's title by its depth in the set: a class (styles/report.css has depth-1 to
/// depth-6), since the Content-Security-Policy refuses inline styles. Deeper rows share the last.
fn depth_class(depth: usize) -> String {
    format!("depth-{}", depth.min(6))
}
