//! One scored item (tiêu chí thành phần): its code, title and points, its rule in words with the
//! line that applied, the input its rule takes, and how its points came about.

use yew::prelude::*;

use super::{dom_id, note_field, AnswerInput, EvidenceList, WhyScore};
use crate::answers::Answer;
use crate::app::calm::requirement;
use crate::app::state::{Action, SharedSet};
use crate::app::typed::TypedAnswer;
use crate::criteria::NodeId;
use crate::scoring::explain::Explanation;
use crate::scoring::AnswerProblem;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub set: SharedSet,
    pub id: NodeId,
    /// The core's explanation of this item's points (rule lines, matched line, steps).
    pub explanation: Explanation,
    pub typed: TypedAnswer,
    pub problems: Vec<AnswerProblem>,
    /// The item's answer, for its evidence and note.
    pub answer: Option<Answer>,
    /// From the scorecard: evidence is expected, there is none, and no note explains why.
    pub needs_explanation: bool,
    /// The user touched the item or asked to sign: a requirement not met is then an error.
    pub engaged: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let lang = use_lang();
    let node = &props.set.nodes[props.id];
    let e = &props.explanation;
    let title_id = dom_id("item", &node.code);
    let tag = format!("h{}", (node.depth + 2).clamp(3, 6));
    let leaf = node.leaf();
    let spec = leaf.and_then(|leaf| leaf.evidence.clone());
    // Survey items are read-only: the authority scores them, with its own evidence.
    let self_assessed = leaf.is_some_and(|leaf| leaf.rule.is_self_assessed());
    let answer = props.answer.clone().unwrap_or_default();
    html! {
        <article class="item" data-code={node.code.clone()} aria-labelledby={title_id.clone()}>
            <header class="item-head">
                <@{tag} id={title_id} class="item-title" tabindex="-1"><span class="code">{ &node.code }</span>{ " " }{ &e.title }</@>
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
            if self_assessed {
                <EvidenceList code={node.code.clone()} expected={spec.as_ref().map(|s| s.expected.get(lang).to_string())}
                    evidence={answer.evidence.clone()} on_action={props.on_action.clone()} />
                { note_field(&node.code, answer.note.as_deref().unwrap_or_default(),
                    requirement(spec.as_ref().is_some_and(|s| s.explain_if_missing) && !answer.has_evidence()
                        && !answer.has_justification(),
                        props.needs_explanation, props.engaged),
                    &props.on_action, lang) }
            } else if let Some(spec) = &spec {
                <p class="evidence"><strong>{ t(lang, Msg::Evidence) }{ ": " }</strong>{ spec.expected.get(lang) }</p>
            }
            <div class="how">
                <span class="how-label">{ t(lang, Msg::HowScored) }{ ": " }</span>
                <ul class="steps">{ for e.steps.iter().map(|step| html! { <li>{ step }</li> }) }</ul>
            </div>
            <WhyScore explanation={e.clone()} />
        </article>
    }
}
