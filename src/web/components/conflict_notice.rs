//! The fields another tab or window changed differently from this one: both versions, and the
//! choice between them (see `app::merge`).

use yew::prelude::*;

use crate::app::merge::Conflict;
use crate::app::safety_messages::SafetyMsg;
use crate::app::state::Action;
use crate::Lang;

/// The notice, in `lang` (a function, not a component: see the module list).
pub fn conflict_notice(conflicts: &[Conflict], on_action: &Callback<Action>, lang: Lang) -> Html {
    let text = |msg: SafetyMsg| msg.text(lang);
    let side = |conflict: &Conflict, value: &Option<String>| match conflict.shown(value) {
        shown if shown.is_empty() => html! { <em>{ text(SafetyMsg::Blank) }</em> },
        shown => html! { <q>{ shown }</q> },
    };
    html! {
        <section class="conflict-notice" role="alert" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading">{ text(SafetyMsg::ConflictHeading) }</h2>
            <p>{ text(SafetyMsg::ConflictIntro) }</p>
            <ul class="conflicts">
                { for conflicts.iter().map(|conflict| {
                    let choose = |use_other: bool| {
                        let key = conflict.key.clone();
                        on_action.reform(move |_: MouseEvent| Action::ConflictResolved { key: key.clone(), use_other })
                    };
                    html! {
                        <li class="conflict" data-code={conflict.key.code().unwrap_or_default().to_string()}>
                            <p class="conflict-field">{ conflict.field_text(lang) }</p>
                            <dl>
                                <dt>{ text(SafetyMsg::ConflictInUse) }</dt><dd class="conflict-kept">{ side(conflict, &conflict.kept) }</dd>
                                <dt>{ text(SafetyMsg::ConflictOther) }</dt><dd class="conflict-other">{ side(conflict, &conflict.other) }</dd>
                            </dl>
                            <button type="button" class="button-quiet button-small" onclick={choose(false)}>{ text(SafetyMsg::KeepInUse) }</button>
                            { " " }
                            <button type="button" class="button-primary button-small" onclick={choose(true)}>{ text(SafetyMsg::UseOther) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
