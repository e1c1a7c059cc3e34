//! One set the user added from a file, in the picker: its title, decision, signature, and
//! removing it from the list after a confirmation.

use yew::prelude::*;

use super::set_card::set_facts;
use super::set_trust_note;
use crate::app::state::{Action, SharedSet};
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct AddedSetCardProps {
    pub set: SharedSet,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AddedSetCard(props: &AddedSetCardProps) -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let set = &props.set;
    let title_id = format!("added-{}", set.sha256);
    let on_choose = {
        let (set, on_action) = (set.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetChosen(set.clone())))
    };
    let confirm = |to: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(to))
    };
    let on_remove = {
        let (sha, on_action) = (set.sha256.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AddedSetRemoved(sha.clone())))
    };
    let actions = if *confirming {
        html! {
            <div class="draft-confirm" role="alertdialog" aria-labelledby={format!("{title_id}-confirm")}>
                <p id={format!("{title_id}-confirm")}>{ tf(lang, Msg::ConfirmRemoveSet, &[set.title.get(lang)]) }</p>
                <button type="button" class="button-danger-strong" onclick={on_remove}>{ t(lang, Msg::ConfirmRemoveSetButton) }</button>
                <button type="button" class="button-quiet" onclick={confirm(false)}>{ t(lang, Msg::Cancel) }</button>
            </div>
        }
    } else {
        html! {
            <div class="set-actions">
                <button type="button" class="button-primary" onclick={on_choose} aria-describedby={title_id.clone()}>
                    { t(lang, Msg::UseThisSet) }
                </button>
                <button type="button" class="button-quiet button-danger" onclick={confirm(true)} aria-describedby={title_id.clone()}>
                    { t(lang, Msg::RemoveSet) }
                </button>
            </div>
        }
    };
    html! {
        <li class="set-card set-card-added" data-sha256={set.sha256.clone()}>
            <h4 id={title_id.clone()}>{ set.title.get(lang) }</h4>
            { set_facts(set, lang, true) }
            { set_trust_note(&set.trust, lang) }
            { actions }
        </li>
    }
}
