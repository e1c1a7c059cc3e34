//! Trình chiếu: one item per screen in large type for a projector, its rule with the line that
//! applied and its steps; ← and → step through the items, Esc leaves them (on the trainer's
//! page, trainer.html, for the choice of a draft).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, SharedSet, View};
use crate::scoring::explain::explain;
use crate::scoring::Scorecard;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct PresentationViewProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn PresentationView(props: &PresentationViewProps) -> Html {
    let lang = use_lang();
    let at = use_state(|| 0usize);
    let root = use_node_ref();
    {
        // The slide takes the focus so that the arrow keys reach it at once.
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let leaves: Vec<_> = props.set.leaves().collect();
    let count = leaves.len();
    let index = (*at).min(count.saturating_sub(1));
    let on_key = {
        let (at, on_action) = (at.clone(), props.on_action.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowRight" if index + 1 < count => at.set(index + 1),
            "ArrowLeft" if index > 0 => at.set(index - 1),
            "Escape" => on_action.emit(Action::ViewOpened(View::Form)),
            _ => {}
        })
    };
    let Some(&id) = leaves.get(index) else { return html! {} };
    let e = explain(&props.set, &props.card, id, lang);
    html! {
        <section class="presentation" tabindex="0" ref={root} onkeydown={on_key} aria-roledescription="slide"
            aria-label={format!("{} {}", e.code, e.title)} data-code={e.code.clone()}>
            <p class="presentation-hint">{ tf(lang, Msg::PresentationHint, &[&(index + 1).to_string(), &count.to_string()]) }</p>
            <h2><span class="code">{ &e.code }</span>{ " " }{ &e.title }</h2>
            <p class="presentation-points">{ tf(lang, Msg::PointsOf, &[&lang.number(e.points), &lang.number(e.max)]) }</p>
            <ul class="why-rule">
                { for e.rule.iter().enumerate().map(|(i, line)| {
                    let matched = e.matched == Some(i);
                    html! { <li class={classes!(matched.then_some("matched"))} aria-current={matched.then_some("true")}>{ line }</li> }
                }) }
            </ul>
            <p class="why-label">{ t(lang, Msg::HowScored) }</p>
            <ul class="why-steps">{ for e.steps.iter().map(|step| html! { <li>{ step }</li> }) }</ul>
        </section>
    }
}
