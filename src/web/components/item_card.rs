//! One scored item (tiêu chí thành phần): its code, title and points, its rule in words with the
//! line that applied, the input its rule takes, and how its points came about.

use yew::prelude::*;

use super::{dom_id, AnswerInput};
use crate::criteria::NodeId;
use crate::scoring::explain::Explanation;
use crate::scoring::AnswerProblem;
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::web::state::{Action, SharedSet};
use crate::web::typed::TypedAnswer;

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub set: SharedSet,
    pub id: NodeId,
    /// The core's explanation of this item's points (rule lines, matched line, steps).
    pub explanation: Explanation,
    pub typed: TypedAnswer,
    pub problems: Vec<AnswerProblem>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let lang = use_lang();
    let node = &props.set.nodes[props.id];
    let e = &props.explanation;
    let title_id = dom_id("item", &node.code);
    let tag = format!("h{}", (node.depth + 2).clamp(3, 6));
    let evidence = node.leaf().and_then(|leaf| leaf.evidence.as_ref());
    html! {
        <article class="item" data-code={node.code.clone()} aria-labelledby={title_id.clone()}>
            <header class="item-head">
                <@{tag} id={title_id} class="item-title"><span class="code">{ &node.code }</span>{ " " }{ &e.title }</@>
                <span class="item-points">{ tf(lang, Msg::PointsOf, &[&lang.number(e.points), &lang.number(e.max)]) }</span>
            </header>
            if let Some(guidance) = &node.guidance {
                <p class="guidance"><strong>{ t(lang, Msg::Guidance) }{ ": " }</strong>{ guidance.get(lang) }</p>
            }
            <div class="rule">
                <p class="rule-label">{ t(lang, Msg::ScoringRule) }</p>
                <ul>
                    { for e.rule.iter().enumerate().map(|(i, line)| {
                        let matched = e.matched == Some(i);
                        html! { <li class={classes!(matched.then_some("matched"))} aria-current={matched.then_some("true")}>{ line }</li> }
                    }) }
                </ul>
            </div>
            <AnswerInput set={props.set.clone()} id={props.id} typed={props.typed.clone()}
                problems={props.problems.clone()} on_action={props.on_action.clone()} />
            if let Some(evidence) = evidence {
                <p class="evidence"><strong>{ t(lang, Msg::Evidence) }{ ": " }</strong>{ evidence.expected.get(lang) }</p>
            }
            <div class="how">
                <span class="how-label">{ t(lang, Msg::HowScored) }{ ": " }</span>
                <ul class="steps">{ for e.steps.iter().map(|step| html! { <li>{ step }</li> }) }</ul>
            </div>
        </article>
    }
}
