//! An item's explanation or remark (giải trình / ghi chú). It becomes required when the criteria
//! expect evidence and none is given; the scorecard says when it is then still missing. On a calm
//! new draft "bắt buộc" is a neutral hint; it turns into an error once the item is touched.

use yew::prelude::*;

use super::dom_id;
use crate::app::calm::Requirement;
use crate::app::state::Action;
use crate::web::i18n::{t, Msg};
use crate::Lang;

/// Item `code`'s note, in `lang`; `requirement` says whether it is required (evidence is expected
/// and none is given), met, a hint or an error. A function, not a component (see the module
/// list): it is drawn with its item's card.
pub fn note_field(code: &str, note: &str, requirement: Requirement, on_action: &Callback<Action>, lang: Lang) -> Html {
    let id = dom_id("note", code);
    let message_id = dom_id("note-msg", code);
    let on_input = {
        let (on_action, code) = (on_action.clone(), code.to_string());
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                on_action.emit(Action::NoteChanged { code: code.clone(), text: area.value() });
            }
        })
    };
    let required = requirement != Requirement::None;
    let error = requirement.is_error();
    html! {
        <div class="field field-wide note-field">
            <label for={id.clone()}>
                { t(lang, Msg::Note) }
                if required {
                    { " " }<span class={if error { "required" } else { "required-hint" }}>{ t(lang, Msg::Required) }</span>
                }
            </label>
            <textarea id={id} rows="2" value={note.to_string()} oninput={on_input}
                aria-required={required.then_some("true")}
                aria-invalid={error.then_some("true")}
                aria-describedby={error.then(|| message_id.clone())} />
            if error {
                <p class="field-problem" id={message_id}>{ t(lang, Msg::NoteRequired) }</p>
            }
        </div>
    }
}
