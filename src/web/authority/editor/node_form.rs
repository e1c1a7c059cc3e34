//! The selected criterion's form: code, titles, maximum, evidence, the rule's kind and its own
//! fields, and its levels or bands, each row with its points and, for bands, each edge said
//! included or not.

use yew::prelude::*;

use super::field::FieldInput;
use crate::app::authority::editor::forms::NodeForm;
use crate::app::authority::editor::{EditorAction, EditorMsg};
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct NodeFormViewProps {
    pub form: NodeForm,
    pub on_edit: Callback<EditorAction>,
}

#[component]
pub fn NodeFormView(props: &NodeFormViewProps) -> Html {
    let lang = use_lang();
    let form = &props.form;
    let field = |view: &crate::app::authority::editor::forms::FieldView| {
        html! { <FieldInput view={view.clone()} on_edit={props.on_edit.clone()} /> }
    };
    let row = |(i, (heading, fields)): (usize, &(String, Vec<_>))| {
        let on_remove = props.on_edit.reform(move |_: MouseEvent| EditorAction::RuleRowRemoved(i));
        html! {
            <fieldset class="ed-rule-row">
                <legend>{ heading }</legend>
                { for fields.iter().map(field) }
                <button type="button" class="button-quiet" onclick={on_remove}
                    aria-label={format!("{} {heading}", EditorMsg::RemoveRow.text(lang))}>{ EditorMsg::RemoveRow.text(lang) }</button>
            </fieldset>
        }
    };
    html! {
        <form class="ed-node-form" aria-labelledby="ed-node-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h3 id="ed-node-heading">{ &form.heading }</h3>
            if !form.general.is_empty() {
                <ul class="ed-problems" role="status">{ for form.general.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            }
            if form.group {
                <p class="hint">{ EditorMsg::GroupNote.text(lang) }</p>
            }
            <div class="ed-fields">{ for form.fields.iter().map(field) }</div>
            { for form.rows.iter().enumerate().map(row) }
            if let Some(label) = &form.add_row {
                <button type="button" id="ed-add-rule-row" onclick={props.on_edit.reform(|_: MouseEvent| EditorAction::RuleRowAdded)}>{ label }</button>
            }
        </form>
    }
}
