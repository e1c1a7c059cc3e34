//! An item's explanation or remark (giải trình / ghi chú). It becomes required when the criteria
//! expect evidence and none is given; the scorecard says when it is then still missing. On a calm
//! new draft "bắt buộc" is a neutral hint; it turns into an error once the item is touched.

use yew::prelude::*;

use super::dom_id;
use crate::app::calm::Requirement;
use crate::app::state::Action;
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct NoteFieldProps {
    pub code: String,
    pub note: String,
    /// Required (evidence is expected and none is given), met, a hint or an error.
    pub requirement: Requirement,
    pub on_action: Callback<Action>,
}

#[component]
pub fn NoteField(props: &NoteFieldProps) -> Html {
    let lang = use_lang();
    let id = dom_id("note", &props.code);
    let message_id = dom_id("note-msg", &props.code);
    let on_input = {
        let (on_action, code) = (props.on_action.clone(), props.code.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                on_action.emit(Action::NoteChanged { code: code.clone(), text: area.value() });
            }
        })
    };
    let required = props.requirement != Requirement::None;
    let error = props.requirement.is_error();
    html! {
        <div class="field field-wide note-field">
            <label for={id.clone()}>
                { t(lang, Msg::Note) }
                if required {
                    { " " }<span class={if error { "required" } else { "required-hint" }}>{ t(lang, Msg::Required) }</span>
                }
            </label>
            <textarea id={id} rows="2" value={props.note.clone()} oninput={on_input}
                aria-required={required.then_some("true")}
                aria-invalid={error.then_some("true")}
                aria-describedby={error.then(|| message_id.clone())} />
            if error {
                <p class="field-problem" id={message_id}>{ t(lang, Msg::NoteRequired) }</p>
            }
        </div>
    }
}
