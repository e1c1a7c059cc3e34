//! "Dự báo": while survey items have no points, the core's projection of the final index and
//! band, from every survey point lost to every one gained, and a point estimate from an expected
//! survey percentage (kept in the view only, never in the draft).

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::state::SharedSet;
use crate::app::typed::parse_number;
use crate::app::view::{band_title, index_percent};
use crate::scoring::insights::project;
use crate::scoring::Scorecard;
use crate::web::i18n::{t, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct ProjectionViewProps {
    pub set: SharedSet,
    pub draft: Rc<Draft>,
}

/// "62,00% · Trung bình": a projected scorecard's index and band.
fn outcome(set: &SharedSet, card: &Scorecard, lang: Lang) -> String {
    let band = band_title(set, card.band.as_ref().map(|b| b.band), lang);
    format!("{} · {band}", index_percent(set, card.totals.index, lang))
}

#[component]
pub fn ProjectionView(props: &ProjectionViewProps) -> Html {
    let lang = use_lang();
    let expected = use_state(String::new);
    let on_input = {
        let expected = expected.clone();
        Callback::from(move |e: InputEvent| {
            expected.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
        })
    };
    let set = &props.set;
    let projection = use_memo((set.clone(), props.draft.clone(), (*expected).clone()), |(set, draft, expected)| {
        project(set, draft, parse_number(expected.trim()))
    });
    let pending = projection.low.totals.total != projection.high.totals.total;
    html! {
        <section class="projection" aria-labelledby="projection-heading">
            <h2 id="projection-heading">{ t(lang, Msg::ViewProjection) }</h2>
            if pending {
                <dl class="projection-range">
                    <div><dt>{ t(lang, Msg::ProjectionLow) }</dt><dd id="projection-low">{ outcome(set, &projection.low, lang) }</dd></div>
                    <div><dt>{ t(lang, Msg::ProjectionHigh) }</dt><dd id="projection-high">{ outcome(set, &projection.high, lang) }</dd></div>
                    if let Some(estimate) = &projection.estimate {
                        <div><dt>{ t(lang, Msg::ProjectionEstimate) }</dt><dd id="projection-estimate">{ outcome(set, estimate, lang) }</dd></div>
                    }
                </dl>
                <label for="expected-survey">{ t(lang, Msg::ExpectedSurvey) }</label>
                <input id="expected-survey" type="text" inputmode="decimal" value={(*expected).clone()} oninput={on_input} />
            } else {
                <p>{ t(lang, Msg::NoPendingSurvey) }</p>
            }
        </section>
    }
}
