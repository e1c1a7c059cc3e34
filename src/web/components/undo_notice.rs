//! The notice after an edit that threw work away ("Đã xoá câu trả lời của mục 1.1."), with
//! "Hoàn tác", until the user does anything else; and Ctrl+Z (⌘Z) anywhere on the form but in a text field, where the browser's own
//! undo of typing is left alone. What is undone, and when it no longer can be, is the model's
//! (`app::state::undo`).

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::state::{Action, UndoText, Undoable};
use crate::web::i18n::{use_lang, Bilingual};

/// The notice for `shown`, the edit just made that "Hoàn tác" undoes; and Ctrl+Z while
/// anything `can_undo`. A hook of the draft screen rather than a component of its own: a
/// component cost the form 2.7 kB more code before wasm-opt (measured), Yew's generic code for it.
#[hook]
pub fn use_undo_notice(shown: Option<Undoable>, can_undo: bool, on_action: Callback<Action>) -> Html {
    let lang = use_lang();
    use_undo_key(can_undo, on_action.clone());
    let Some(shown) = shown else { return html! {} };
    html! {
        <div class="undo-notice" role="status">
            <span class="undo-what">{ shown.text(lang) }</span>
            <button type="button" class="button-primary button-small" aria-keyshortcuts="Control+Z"
                title={UndoText::Shortcut.text(lang)} onclick={on_action.reform(|_: MouseEvent| Action::Undone)}>
                { UndoText::Undo.text(lang) }</button>
        </div>
    }
}

/// While something can be undone, Ctrl+Z (⌘Z) outside text fields undoes it.
#[hook]
fn use_undo_key(active: bool, on_action: Callback<Action>) {
    use_effect_with(active, move |&active| {
        let listener = active.then(|| web_sys::window()?.document()).flatten().map(|document| {
            // Not passive: the browser's own Ctrl+Z (nothing to undo outside a field) is replaced.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let z = key.key().eq_ignore_ascii_case("z") || key.code() == "KeyZ";
                if !(key.ctrl_key() || key.meta_key()) || key.shift_key() || key.alt_key() || !z || typing_in(key) {
                    return;
                }
                key.prevent_default();
                on_action.emit(Action::Undone);
            })
        });
        move || drop(listener)
    });
}

/// Whether the key went to a field that keeps its own undo (a text input, a text area).
fn typing_in(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    match target.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let kind = target.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "file" | "range" | "color")
        }
        _ => target.has_attribute("contenteditable"),
    }
}
