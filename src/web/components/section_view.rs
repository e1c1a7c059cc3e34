//! One section of the set: its criteria as headed groups, and an [`ItemCard`] per scored item.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{dom_id, ItemCard, WhyScore};
use crate::answers::Draft;
use crate::app::calm::engaged;
use crate::app::sections::{top_nodes, Section};
use crate::app::state::{Action, SharedSet};
use crate::app::typed::TypedAnswer;
use crate::criteria::{NodeId, NodeKind};
use crate::scoring::{explain::explain, Scorecard};
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub set: SharedSet,
    pub card: Rc<Scorecard>,
    /// Aligned with the set's nodes.
    pub typed: Rc<Vec<TypedAnswer>>,
    /// For each item's evidence and note.
    pub draft: Rc<Draft>,
    pub section: Section,
    /// An item to focus, chosen from another view.
    pub focus: Option<String>,
    /// Items changed in this visit, and whether signing was asked: their requirements show as
    /// errors (`calm::engaged`).
    pub touched: std::collections::BTreeSet<String>,
    pub sign_tried: bool,
    pub on_action: Callback<Action>,
}

/// What every node of the section needs to render.
struct Ctx<'a> {
    props: &'a SectionViewProps,
    lang: Lang,
}

#[component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    // Moving to another section puts the keyboard focus (and the view) on its heading, so the
    // next Tab goes to its first item rather than back through the navigation.
    {
        let heading = heading.clone();
        use_effect_with((props.section, props.focus.clone()), move |(_, focus)| {
            let item = focus.as_ref().and_then(|code| {
                web_sys::window()?.document()?.get_element_by_id(&dom_id("item", code))?.dyn_into().ok()
            });
            if let Some(target) = item.or_else(|| heading.cast::<web_sys::HtmlElement>()) {
                let _ = target.focus();
            }
        });
    }
    let set = &props.set;
    let (title, points, max) = match props.section {
        Section::Area(id) => (
            format!("{} {}", set.nodes[id].code, set.nodes[id].title.get(lang)),
            props.card.nodes[id].points,
            set.nodes[id].max,
        ),
        Section::Bonus => (
            t(lang, Msg::BonusSection).to_string(),
            props.card.totals.bonus,
            set.bonus.as_ref().map(|b| b.cap).unwrap_or_default(),
        ),
        Section::Penalty => (
            t(lang, Msg::PenaltySection).to_string(),
            props.card.totals.penalty,
            set.penalty.as_ref().map(|p| p.cap).unwrap_or_default(),
        ),
    };
    let ctx = Ctx { props, lang };
    html! {
        <section class="section-view" aria-labelledby="section-heading">
            <header class="section-head">
                <h2 id="section-heading" tabindex="-1" ref={heading}>{ title }</h2>
                <p class="section-head-points">{ tf(lang, Msg::PointsOf, &[&lang.number(points), &lang.number(max)]) }</p>
            </header>
            { for top_nodes(set, props.section).into_iter().map(|id| node_html(&ctx, id)) }
            // After the items, so that Tab goes from the heading to the first input.
            if let Section::Area(id) = props.section {
                <WhyScore explanation={explain(set, &props.card, id, lang)} />
            }
        </section>
    }
}

/// A group as a headed block of its children, or a leaf as an item card.
fn node_html(ctx: &Ctx, id: NodeId) -> Html {
    let Ctx { props, lang } = *ctx;
    let (set, card) = (&props.set, &props.card);
    let node = &set.nodes[id];
    match &node.kind {
        NodeKind::Group { children } => {
            let heading_id = dom_id("group", &node.code);
            // Areas are h2 (the section title); criteria below them h3, and so on.
            let tag = format!("h{}", (node.depth + 2).clamp(3, 6));
            html! {
                <section class="criterion" aria-labelledby={heading_id.clone()}>
                    <header class="criterion-head">
                        <@{tag} id={heading_id} class="criterion-title">
                            <span class="code">{ &node.code }</span>{ " " }{ node.title.get(lang) }
                        </@>
                        <span class="criterion-points">{ tf(lang, Msg::PointsOf, &[&lang.number(card.nodes[id].points), &lang.number(node.max)]) }</span>
                    </header>
                    { for children.iter().map(|&child| node_html(ctx, child)) }
                    <WhyScore explanation={explain(set, card, id, lang)} />
                </section>
            }
        }
        NodeKind::Leaf(_) => html! {
            <ItemCard engaged={engaged(&props.touched, props.sign_tried, &props.draft, &node.code)} key={node.code.clone()} set={set.clone()} id={id}
                explanation={explain(set, card, id, lang)}
                typed={props.typed.get(id).cloned().unwrap_or_default()}
                answer={props.draft.answer(&node.code).cloned()}
                needs_explanation={card.nodes[id].needs_explanation}
                problems={card.problems_for(&node.code).cloned().collect::<Vec<_>>()}
                on_action={props.on_action.clone()} />
        },
    }
}
