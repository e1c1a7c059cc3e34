//! The open draft: the total bar on top, the draft's toolbar, what changed on import, and the
//! chosen view: the form (sections on the side, one section at a time), the chart, the points lost.
//! The report is a page of its own (report.html), as signing is.

use yew::prelude::*;

use super::{
    area_chart, conflict_notice, import_notice, section_nav, set_trust_note, total_bar, use_undo_notice, DetailsEditor,
    DraftToolbar, ItemFinder, LossesView, ScenarioBar, SectionView,
};
use crate::app::sections::summaries;
use crate::app::state::{Action, Session, View};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct DraftScreenProps {
    pub session: Session,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DraftScreen(props: &DraftScreenProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let undo_notice =
        use_undo_notice(session.undo_notice().cloned(), session.last_undoable().is_some(), props.on_action.clone());
    let on_open = props.on_action.reform(Action::SectionOpened);
    let view = match session.view {
        // The slides and the projection are the trainer's page's (trainer.html).
        View::Form | View::Projection | View::Presentation => html! {
            <div class="scoring-layout">
                { section_nav(&session.set, &summaries(&session.set, &session.card), session.section, &on_open, lang) }
                <main id="main" class="scoring-main" onkeydown={next_item_keys(session, &props.on_action)}>
                    // Outside the fieldset: a demo opened read-only can be searched too.
                    <ItemFinder set={session.set.clone()} card={session.card.clone()} draft={session.draft.clone()}
                        on_action={props.on_action.clone()} />
                    // A disabled fieldset disables every input of a demo opened read-only.
                    <fieldset class="plain" disabled={session.read_only && session.baseline.is_none()}>
                        <SectionView set={session.set.clone()} card={session.card.clone()} typed={session.typed.clone()}
                            draft={session.draft.clone()} section={session.section} focus={session.focus.clone()}
                            touched={session.touched.clone()} sign_tried={session.sign_tried} on_action={props.on_action.clone()} />
                    </fieldset>
                </main>
            </div>
        },
        View::Losses => html! {
            <main id="main" class="wide-main">
                <LossesView set={session.set.clone()} card={session.card.clone()} draft={session.draft.clone()} on_action={props.on_action.clone()} />
            </main>
        },
        View::Chart => html! {
            <main id="main" class="wide-main">
                { area_chart(&session.set, &session.card, lang) }
            </main>
        },
    };
    html! {
        <>
            { total_bar(&session.set, &session.card, lang) }
            <DraftToolbar name={session.name.clone()} id={(!session.read_only).then(|| AttrValue::from(session.id.clone()))} draft={session.saved_draft().clone()} view={session.view} trying={session.baseline.is_some()} on_action={props.on_action.clone()} />
            <ScenarioBar baseline={session.baseline.as_ref().map(|b| b.card.clone())} card={session.card.clone()}
                set={session.set.clone()} on_action={props.on_action.clone()} />
            if session.read_only {
                <p class="demo-notice" role="status">
                    { t(lang, Msg::DemoReadOnly) }{ " " }
                    <button type="button" class="button-primary" onclick={props.on_action.reform(|_: MouseEvent| Action::DemoCopied)}>
                        { t(lang, Msg::DemoCopy) }
                    </button>
                </p>
            }
            // Keyed by the draft: another draft opens with its own details (and a demo's copy asks).
            <DetailsEditor key={session.id.clone()} set={session.set.clone()} agency={session.draft.agency.clone()}
                year={session.draft.year} needed={session.details_needed} read_only={session.read_only}
                on_action={props.on_action.clone()} />
            // A landmark, like the bars above it (axe: `region`).
            <section class="draft-set-trust" aria-label={t(lang, Msg::SetTrustLabel)}>
                { set_trust_note(&session.set.trust, lang) }
                if let Some(change) = &session.set_change {
                    <div class="set-change-notice" role="alert">
                        <p>{ change.text(lang) }</p>
                        <p>{ t(lang, Msg::SetChangeKept) }</p>
                    </div>
                }
            </section>
            if !session.conflicts.is_empty() {
                { conflict_notice(&session.conflicts, &props.on_action, lang) }
            }
            if let Some(report) = &session.import_report {
                { import_notice(report, &props.on_action, lang) }
            }
            { view }
            { undo_notice }
        </>
    }
}

/// Alt+N and Alt+P move to the next and previous item (`finder::neighbour`), from the item that
/// holds the keyboard focus, across sections. Alt with a letter, because Alt+arrows open a
/// select's list and the arrows alone move within inputs.
fn next_item_keys(session: &Session, on_action: &Callback<Action>) -> Callback<KeyboardEvent> {
    let (set, on_action) = (session.set.clone(), on_action.clone());
    Callback::from(move |e: KeyboardEvent| {
        if !e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let forward = match e.code().as_str() {
            "KeyN" => true,
            "KeyP" => false,
            _ => return,
        };
        let item =
            e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("article.item[data-code]").ok().flatten());
        let here = item.and_then(|item| item.get_attribute("data-code"));
        if let Some(code) = crate::app::finder::neighbour(&set, here.as_deref(), forward) {
            e.prevent_default();
            on_action.emit(Action::ItemOpened(code));
        }
    })
}
