//! The bar that stays on screen while scoring: total, index and band, from the scorecard.

use std::rc::Rc;

use yew::prelude::*;

use super::WhyScore;
use crate::app::counts::item_counts;
use crate::app::state::SharedSet;
use crate::app::view::{anything_answered, index_percent, shown_band_title};
use crate::scoring::explain::{explain_total, Explanation};
use crate::scoring::Scorecard;
use crate::web::i18n::{t, tf, Msg};
use crate::Lang;

/// The bar, in `lang` (a function, not a component: see the module list; it changes with every
/// keystroke anyway).
pub fn total_bar(set: &SharedSet, card: &Rc<Scorecard>, lang: Lang) -> Html {
    let totals = &card.totals;
    let band = card.band.as_ref().and_then(|b| set.bands.get(b.band).map(|band| (band, &b.capped_by)));
    let counts = item_counts(set, Some(card));
    let band_text = shown_band_title(set, card, lang);
    let capped_by: Vec<&str> = band
        .filter(|_| anything_answered(set, card))
        .map(|(_, gates)| gates.iter().filter_map(|&g| set.gates.get(g)).map(|g| g.title.get(lang)).collect())
        .unwrap_or_default();
    html! {
        <section class="total-bar" aria-label={t(lang, Msg::TotalLabel)}>
            <dl>
                <div class="total-main">
                    <dt>{ t(lang, Msg::TotalLabel) }</dt>
                    <dd><span id="total-points">{ lang.number(totals.total) }</span>{ " / " }{ lang.number(totals.scale) }</dd>
                </div>
                <div class="total-main">
                    <dt>{ t(lang, Msg::IndexLabel) }</dt>
                    <dd id="total-index">{ index_percent(set, totals.index, lang) }</dd>
                </div>
                <div class="total-main">
                    <dt>{ t(lang, Msg::BandLabel) }</dt>
                    <dd id="total-band">{ band_text }</dd>
                </div>
                <div>
                    <dt>{ t(lang, Msg::AnsweredLabel) }</dt>
                    <dd id="total-answered">{ counts.answered }{ "/" }{ counts.self_assessed }</dd>
                </div>
                if totals.survey_items > 0 {
                    <div>
                        <dt>{ t(lang, Msg::SurveyLabel) }</dt>
                        <dd>{ tf(lang, Msg::PointsOf, &[&lang.number(totals.survey), &lang.number(totals.survey_max)]) }</dd>
                    </div>
                }
            </dl>
            if !capped_by.is_empty() {
                <p class="total-capped">{ tf(lang, Msg::CappedBy, &[&capped_by.join("; ")]) }</p>
            }
            <WhyScore explanation={Explanation {
                code: "total".into(),
                title: String::new(),
                rule: Vec::new(),
                matched: None,
                inputs: Vec::new(),
                steps: explain_total(set, card, lang),
                points: totals.total,
                max: totals.scale,
            }} total=true />
        </section>
    }
}
