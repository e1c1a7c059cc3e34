//! One field of the editor's forms: its label, the input its kind asks for, and the problems
//! said right under it (tied to the input by aria-describedby).

use yew::prelude::*;

use crate::app::authority::editor::forms::{FieldView, Input};
use crate::app::authority::editor::{EditorAction, Field};

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub view: FieldView,
    pub on_edit: Callback<EditorAction>,
}

fn value_of(event: &Event) -> Option<String> {
    let target = event.target()?;
    use wasm_bindgen::JsCast;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(if input.type_() == "checkbox" { input.checked().to_string() } else { input.value() });
    }
    target.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value())
}

#[component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let view = &props.view;
    let edit = |field: Field| {
        props.on_edit.reform(move |event: Event| EditorAction::Edited {
            field: field.clone(),
            value: value_of(&event).unwrap_or_default(),
        })
    };
    let on_change = edit(view.field.clone());
    let on_input = {
        let on_change = on_change.clone();
        Callback::from(move |event: InputEvent| on_change.emit(event.into()))
    };
    let problems_id = format!("{}-problems", view.id);
    let invalid = !view.problems.is_empty();
    let described = invalid.then(|| AttrValue::from(problems_id.clone()));
    let aria_invalid = invalid.then_some("true");
    let input = match &view.input {
        Input::Text | Input::Number => html! {
            <input id={view.id.clone()} type="text" value={view.value.clone()} oninput={on_input}
                inputmode={matches!(view.input, Input::Number).then_some("decimal")}
                aria-invalid={aria_invalid} aria-describedby={described} autocomplete="off" />
        },
        Input::Flag => html! {
            <input id={view.id.clone()} type="checkbox" checked={view.value == "true"} onchange={on_change}
                aria-invalid={aria_invalid} aria-describedby={described} />
        },
        Input::Choice(options) => html! {
            <select id={view.id.clone()} onchange={on_change} aria-invalid={aria_invalid} aria-describedby={described}>
                { for options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == view.value}>{ label }</option>
                }) }
            </select>
        },
    };
    let class =
        classes!("ed-field", matches!(view.input, Input::Flag).then_some("ed-flag"), invalid.then_some("ed-invalid"));
    html! {
        <div class={class}>
            <label for={view.id.clone()}>{ &view.label }</label>
            { input }
            if invalid {
                <ul class="ed-problems" id={problems_id}>
                    { for view.problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </div>
    }
}
