//! "Điểm bị mất ở đâu": the core's ranking of items by the points they miss, each with the next
//! threshold that would gain points and a link to the item in the form.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Draft;
use crate::app::state::{Action, SharedSet};
use crate::scoring::insights::{describe_step, points_lost};
use crate::scoring::Scorecard;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct LossesViewProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub draft: Rc<Draft>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn LossesView(props: &LossesViewProps) -> Html {
    let lang = use_lang();
    let set = &props.set;
    // Proposing a changed answer for every item is the dearest analysis: once per draft, not per
    // render.
    let losses = use_memo((set.clone(), props.draft.clone(), props.card.clone()), |(set, draft, card)| {
        points_lost(set, draft, card)
    });
    html! {
        <section class="losses" aria-labelledby="losses-heading">
            <h2 id="losses-heading">{ t(lang, Msg::ViewLosses) }</h2>
            <p class="hint">{ t(lang, Msg::LossesHint) }</p>
            if losses.is_empty() {
                <p>{ t(lang, Msg::NoLosses) }</p>
            }
            <ol class="loss-list">
                { for losses.iter().map(|loss| {
                    let node = &set.nodes[loss.node];
                    let code = node.code.clone();
                    let on_open = props.on_action.reform(move |_: MouseEvent| Action::ItemOpened(code.clone()));
                    html! {
                        <li class="loss" data-code={node.code.clone()}>
                            <p class="loss-head">
                                <span class="code">{ &node.code }</span>{ " " }{ node.title.get(lang) }
                                <span class="loss-missing">{ tf(lang, Msg::PointsMissing, &[&lang.number(loss.missing)]) }</span>
                            </p>
                            if loss.unanswered {
                                <p class="loss-unanswered">{ t(lang, Msg::NotAnswered) }</p>
                            }
                            if let Some(step) = &loss.next {
                                <p class="loss-next">{ describe_step(set, loss.node, step, lang) }</p>
                            }
                            <button type="button" class="button-quiet" onclick={on_open}>{ t(lang, Msg::OpenItem) }</button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
