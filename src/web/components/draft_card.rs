//! One saved draft in the list: its name, agency, year and criteria set, its progress as of its
//! last save (total, items scored, evidence, when), and what can be done with it. Renaming and
//! deleting happen in place; deleting asks for a confirmation first.

use yew::prelude::*;

use crate::app::drafts::DraftSummary;
use crate::app::state::Action;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct DraftCardProps {
    pub draft: DraftSummary,
    pub on_action: Callback<Action>,
}

/// What the card shows besides the draft.
#[derive(Clone, PartialEq)]
enum Mode {
    Idle,
    Renaming(String),
    ConfirmingDelete,
}

#[component]
pub fn DraftCard(props: &DraftCardProps) -> Html {
    let lang = use_lang();
    let mode = use_state(|| Mode::Idle);
    // Renaming and deleting replace the buttons: the keyboard moves to what replaces them.
    let focus = use_node_ref();
    {
        let (focus, idle) = (focus.clone(), *mode == Mode::Idle);
        use_effect_with(std::mem::discriminant(&*mode), move |_| {
            if let Some(target) = focus.cast::<web_sys::HtmlElement>().filter(|_| !idle) {
                let _ = target.focus();
            }
        });
    }
    let draft = &props.draft;
    let id = draft.id.clone();
    let send = |make: fn(String) -> Action| {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(make(id.clone())))
    };
    let set_mode = |to: Mode| {
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| mode.set(to.clone()))
    };
    let name_id = format!("draft-{id}-name");
    let agency = if draft.agency.code.trim().is_empty() {
        draft.agency.name.clone()
    } else {
        tf(lang, Msg::DraftAgency, &[&draft.agency.name, &draft.agency.code])
    };
    let actions = match &*mode {
        Mode::Idle => html! {
            <div class="draft-actions">
                <button type="button" class="button-primary" onclick={send(Action::DraftOpened)} aria-describedby={name_id.clone()}>{ t(lang, Msg::OpenDraft) }</button>
                <button type="button" class="button-quiet" onclick={send(Action::DraftDuplicated)} aria-describedby={name_id.clone()}>{ t(lang, Msg::DuplicateDraft) }</button>
                <button type="button" class="button-quiet" onclick={set_mode(Mode::Renaming(draft.name.clone()))} aria-describedby={name_id.clone()}>{ t(lang, Msg::RenameDraft) }</button>
                <button type="button" class="button-quiet button-danger" onclick={set_mode(Mode::ConfirmingDelete)} aria-describedby={name_id.clone()}>{ t(lang, Msg::DeleteDraft) }</button>
            </div>
        },
        Mode::Renaming(text) => {
            let input_id = format!("draft-{id}-rename");
            let on_input = {
                let mode = mode.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                        mode.set(Mode::Renaming(input.value()));
                    }
                })
            };
            let on_submit = {
                let (on_action, mode, id, name) = (props.on_action.clone(), mode.clone(), id.clone(), text.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    on_action.emit(Action::DraftRenamed { id: id.clone(), name: name.trim().to_string() });
                    mode.set(Mode::Idle);
                })
            };
            html! {
                <form class="draft-rename" onsubmit={on_submit}>
                    <label for={input_id.clone()}>{ t(lang, Msg::NewName) }</label>
                    <input id={input_id} ref={focus.clone()} type="text" value={text.clone()} oninput={on_input} autocomplete="off" />
                    <button type="submit" class="button-primary">{ t(lang, Msg::SaveName) }</button>
                    <button type="button" class="button-quiet" onclick={set_mode(Mode::Idle)}>{ t(lang, Msg::Cancel) }</button>
                </form>
            }
        }
        Mode::ConfirmingDelete => {
            let on_confirm = send(Action::DraftDeleted);
            html! {
                <div class="draft-confirm" role="alertdialog" aria-labelledby={format!("draft-{id}-confirm")}>
                    <p id={format!("draft-{id}-confirm")}>{ tf(lang, Msg::ConfirmDelete, &[&draft.name]) }</p>
                    <button type="button" class="button-danger-strong" onclick={on_confirm}>{ t(lang, Msg::ConfirmDeleteButton) }</button>
                    // The safe choice has the focus.
                    <button type="button" class="button-quiet" ref={focus.clone()} onclick={set_mode(Mode::Idle)}>{ t(lang, Msg::Cancel) }</button>
                </div>
            }
        }
    };
    // As of the last save; a draft saved by an older version shows them from its next save.
    let progress = draft.figures.as_ref().map(|f| {
        let saved = draft.saved_text(lang, local_utc_offset_minutes());
        html! {
            <div class="draft-progress">
                <progress max={f.items.max(1).to_string()} value={f.answered.to_string()} aria-labelledby={format!("draft-{id}-figures")}></progress>
                <p id={format!("draft-{id}-figures")} class="draft-figures">{ draft.figures_text(lang) }</p>
                if let Some(saved) = saved { <p class="draft-facts draft-saved">{ saved }</p> }
            </div>
        }
    });
    html! {
        <li class="draft-card" data-id={id.clone()}>
            <h3 id={name_id.clone()} class="draft-name">{ &draft.name }</h3>
            <p class="draft-facts">{ agency }{ " · " }{ t(lang, Msg::YearLabel) }{ " " }{ draft.year }</p>
            <p class="draft-facts">{ draft.title.get(lang) }{ " · " }{ t(lang, Msg::VersionLabel) }{ " " }{ &draft.version }</p>
            { progress }
            { actions }
        </li>
    }
}

/// Minutes the browser's clock is ahead of UTC (JavaScript gives UTC minus local).
fn local_utc_offset_minutes() -> i64 {
    -(js_sys::Date::new_0().get_timezone_offset() as i64)
}
