//! The appraised answer's inputs: the same fields the agency's form has for the item's rule
//! (a level, met or not, counts, a percent, points with their reason), typed as text and read by
//! the model, which keeps what was typed.

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{item_id, say};
use crate::answers::InputField;
use crate::app::authority::appraisal::view::InputRow;
use crate::app::authority::appraisal::{AppraisalAction, AppraisalText as T, Round};
use crate::app::authority::Action;
use crate::app::typed::{PASS_NO, PASS_YES};
use crate::web::components::input_text;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub round: Round,
    pub code: AttrValue,
    pub inputs: Vec<InputRow>,
    pub disabled: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AppraisedInputs(props: &InputsProps) -> Html {
    let lang = use_lang();
    let field_html = |input: &InputRow| {
        let (round, code, field) = (props.round, props.code.to_string(), input.field);
        let id = item_id(round, input.field.name(), &code);
        let emit = props.on_action.reform(move |text: String| {
            Action::Appraisal(AppraisalAction::InputChanged { round, code: code.clone(), field, text })
        });
        let control = match field {
            InputField::Level | InputField::Pass => {
                let choices: Vec<(String, String)> = if field == InputField::Level {
                    input.levels.clone()
                } else {
                    vec![(PASS_YES.into(), say(lang, T::PassYes)), (PASS_NO.into(), say(lang, T::PassNo))]
                };
                let on_change = emit
                    .reform(|e: Event| e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default());
                html! {
                    <select id={id.clone()} onchange={on_change} disabled={props.disabled}>
                        <option value="" selected={input.text.is_empty()}>{ say(lang, T::ChooseLevel) }</option>
                        { for choices.into_iter().map(|(value, label)| html! {
                            <option selected={input.text == value} value={value.clone()}>{ label }</option>
                        }) }
                    </select>
                }
            }
            InputField::Justification => {
                let on_input = emit.reform(|e: InputEvent| {
                    e.target_dyn_into::<HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default()
                });
                html! { <textarea id={id.clone()} rows="2" value={input.text.clone()} oninput={on_input} disabled={props.disabled} /> }
            }
            _ => html! {
                <input id={id.clone()} type="text" inputmode="decimal" autocomplete="off" class="number"
                    value={input.text.clone()} oninput={emit.reform(input_text)} disabled={props.disabled} />
            },
        };
        html! {
            <div class="field">
                <label for={id}>{ &input.label }</label>
                { control }
            </div>
        }
    };
    html! { <div class="appraised-inputs">{ for props.inputs.iter().map(field_html) }</div> }
}
