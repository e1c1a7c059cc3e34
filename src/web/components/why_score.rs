//! "Vì sao có điểm này": a disclosure with the core's explanation of a node's points or of the
//! total: the rule with the line that applied among all of them, the inputs, the steps.

use yew::prelude::*;

use crate::scoring::explain::Explanation;
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct WhyScoreProps {
    /// From `explain` (an item or a group), or the total's lines as `steps`.
    pub explanation: Explanation,
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
    html! {
        <details class="why" data-code={e.code.clone()}>
            <summary>{ t(lang, Msg::WhyScore) }</summary>
            { list(Msg::ScoringRule, "why-rule", &e.rule) }
            { list(Msg::WhyInputs, "why-inputs", &e.inputs) }
            { list(Msg::HowScored, "why-steps", &e.steps) }
        </details>
    }
}
