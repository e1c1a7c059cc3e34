//! "Thử tình huống" while a scenario is tried (the toolbar starts one): the core's comparison
//! with the draft: total, index, band, and every item and group whose points changed.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, SharedSet};
use crate::app::view::band_title;
use crate::decimal::Decimal;
use crate::scoring::insights::compare;
use crate::scoring::Scorecard;
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// The draft's scorecard while a scenario is tried.
    pub baseline: Option<Rc<Scorecard>>,
    pub card: Rc<Scorecard>,
    pub set: SharedSet,
    pub on_action: Callback<Action>,
}

/// "78 → 80 (+2)".
fn delta(lang: Lang, (before, after): (Decimal, Decimal)) -> String {
    let change = after - before;
    let sign = if change.is_negative() { "" } else { "+" };
    tf(
        lang,
        Msg::ScenarioDelta,
        &[&lang.number(before), &lang.number(after), &format!("{sign}{}", lang.number(change))],
    )
}

#[component]
pub fn ScenarioBar(props: &ScenarioBarProps) -> Html {
    let lang = use_lang();
    // Once per change of either scorecard, not per render; a hook, so before any return.
    let compared = use_memo((props.baseline.clone(), props.card.clone()), |(baseline, card)| {
        baseline.as_ref().map(|baseline| compare(baseline, card))
    });
    let Some(c) = compared.as_ref() else {
        // Nothing tried: the toolbar has the button that starts a scenario.
        return html! {};
    };
    let set = &props.set;
    let band = |b: Option<usize>| band_title(set, b, lang);
    html! {
        <section class="scenario" aria-label={t(lang, Msg::ScenarioTry)}>
            <p role="status">{ t(lang, Msg::ScenarioHint) }</p>
            <dl>
                <div><dt>{ t(lang, Msg::TotalLabel) }</dt><dd id="scenario-total">{ delta(lang, c.total) }</dd></div>
                <div><dt>{ t(lang, Msg::IndexLabel) }</dt><dd id="scenario-index">{ delta(lang, c.index) }</dd></div>
                if let Some((before, after)) = c.band {
                    <div><dt>{ t(lang, Msg::BandLabel) }</dt><dd id="scenario-band">{ band(before) }{ " → " }{ band(after) }</dd></div>
                }
            </dl>
            if c.nodes.is_empty() {
                <p>{ t(lang, Msg::ScenarioNoChange) }</p>
            }
            <ul class="scenario-nodes">
                { for c.nodes.iter().map(|&(id, before, after)| html! {
                    <li data-code={set.nodes[id].code.clone()}>
                        <span class="code">{ &set.nodes[id].code }</span>{ " " }{ set.nodes[id].title.get(lang) }{ ": " }{ delta(lang, (before, after)) }
                    </li>
                }) }
            </ul>
            <button type="button" class="button-quiet" onclick={props.on_action.reform(|_: MouseEvent| Action::ScenarioStarted)}>{ t(lang, Msg::ScenarioReset) }</button>
            { " " }
            <button type="button" class="button-primary" onclick={props.on_action.reform(|_: MouseEvent| Action::ScenarioLeft)}>{ t(lang, Msg::ScenarioLeave) }</button>
        </section>
    }
}
