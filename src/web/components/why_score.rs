//! "Vì sao có điểm này": a disclosure with the core's explanation of a node's points or of the
//! total: the rule with the line that applied among all of them, the inputs, the steps.

use yew::prelude::*;

use crate::scoring::explain::Explanation;
use crate::web::i18n::{points, t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct WhyScoreProps {
    /// From `explain` (an item or a group), or the total's lines as `steps`.
    pub explanation: Explanation,
    /// The total's explanation, not a node's: the toggle names the total.
    #[prop_or_default]
    pub total: bool,
}

#[component]
pub fn WhyScore(props: &WhyScoreProps) -> Html {
    let lang = use_lang();
    let e = &props.explanation;
    let list = |label: Msg, class: &'static str, lines: &[String]| {
        (!lines.is_empty()).then(|| {
            html! {
                <>
                    <p class="why-label">{ t(lang, label) }</p>
                    <ul class={class}>
                        { for lines.iter().enumerate().map(|(i, line)| {
                            let matched = class == "why-rule" && e.matched == Some(i);
                            html! { <li class={classes!(matched.then_some("matched"))} aria-current={matched.then_some("true")}>{ line }</li> }
                        }) }
                    </ul>
                </>
            }
        })
    };
    let summary = match props.total {
        true => tf(lang, Msg::WhyTotal, &[&lang.number(e.points)]),
        false => tf(lang, Msg::WhyScoreOf, &[&e.code, &points(lang, e.points)]),
    };
    html! {
        <details class="why" data-code={e.code.clone()}>
            // Named for what it explains: a page has dozens of these toggles.
            <summary>{ summary }</summary>
            { list(Msg::ScoringRule, "why-rule", &e.rule) }
            { list(Msg::WhyInputs, "why-inputs", &e.inputs) }
            { list(Msg::HowScored, "why-steps", &e.steps) }
        </details>
    }
}
