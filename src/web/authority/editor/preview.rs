//! The preview: each item with the inputs an agency fills, its points and the total, as
//! `app::authority::editor::preview` computes them through the scoring.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::authority::editor::preview::{PreviewInput, PreviewView};
use crate::app::authority::editor::{EditorAction, EditorMsg};
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct PreviewPanelProps {
    pub view: Option<PreviewView>,
    pub on_edit: Callback<EditorAction>,
}

fn value_of(event: &Event) -> String {
    let target = event.target();
    let input = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()));
    input
        .or_else(|| target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value())))
        .unwrap_or_default()
}

#[component]
pub fn PreviewPanel(props: &PreviewPanelProps) -> Html {
    let lang = use_lang();
    let input = |code: &str, input: &PreviewInput| {
        let (code, field) = (code.to_string(), input.field);
        let on_change = props.on_edit.reform(move |e: Event| EditorAction::PreviewAnswered {
            code: code.clone(),
            field,
            value: value_of(&e),
        });
        let control = match &input.options {
            Some(options) => html! {
                <select id={input.id.clone()} onchange={on_change}>
                    { for options.iter().map(|(value, label)| html! { <option value={value.clone()} selected={*value == input.value}>{ label }</option> }) }
                </select>
            },
            None => {
                let on_input = on_change.reform(|e: InputEvent| e.into());
                html! { <input id={input.id.clone()} type="text" value={input.value.clone()} oninput={on_input} autocomplete="off" /> }
            }
        };
        html! { <div class="ed-field"><label for={input.id.clone()}>{ &input.label }</label>{ control }</div> }
    };
    html! {
        <details class="ed-preview" id="ed-preview">
            <summary>{ EditorMsg::PreviewHeading.text(lang) }</summary>
            { match &props.view {
                None => html! { <p>{ EditorMsg::PreviewNeedsValid.text(lang) }</p> },
                Some(view) => html! {
                    <>
                    <p id="ed-preview-total" class="ed-valid" role="status">{ &view.total }</p>
                    <ul class="ed-preview-rows">
                        { for view.rows.iter().map(|row| html! {
                            <li data-code={row.code.clone()}>
                                <p><span class="mono">{ &row.code }</span>{ " " }{ &row.title }
                                    { " · " }<span class="ed-preview-points number">{ &row.points }</span></p>
                                <div class="ed-fields">{ for row.inputs.iter().map(|i| input(&row.code, i)) }</div>
                            </li>
                        }) }
                    </ul>
                    </>
                },
            } }
        </details>
    }
}
