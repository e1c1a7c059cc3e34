//! The set's own forms: its details (decision, level, year, scale, source), its result bands,
//! the conditions that cap the band, and its bonus and penalty blocks.

use yew::prelude::*;

use super::field::FieldInput;
use crate::app::authority::editor::forms::{FieldView, SetForms};
use crate::app::authority::editor::{EditorAction, EditorMsg};
use crate::criteria::model::Part;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct SetFormsViewProps {
    pub forms: SetForms,
    pub on_edit: Callback<EditorAction>,
}

#[component]
pub fn SetFormsView(props: &SetFormsViewProps) -> Html {
    let lang = use_lang();
    let forms = &props.forms;
    let on_edit = &props.on_edit;
    let field = |view: &FieldView| html! { <FieldInput view={view.clone()} on_edit={on_edit.clone()} /> };
    let entries = |rows: &[Vec<FieldView>], remove: fn(usize) -> EditorAction, legend: EditorMsg| {
        rows.iter()
            .enumerate()
            .map(|(i, fields)| {
                let on_remove = on_edit.reform(move |_: MouseEvent| remove(i));
                let legend = format!("{} {}", legend.text(lang), i + 1);
                html! {
                    <fieldset class="ed-entry">
                        <legend>{ &legend }</legend>
                        <div class="ed-fields">{ for fields.iter().map(field) }</div>
                        <button type="button" class="button-quiet" onclick={on_remove}
                            aria-label={format!("{} {legend}", EditorMsg::RemoveRow.text(lang))}>{ EditorMsg::RemoveRow.text(lang) }</button>
                    </fieldset>
                }
            })
            .collect::<Html>()
    };
    let block = |part: Part, heading: EditorMsg, cap: &Option<FieldView>| {
        let on_add = on_edit.reform(move |_: MouseEvent| EditorAction::BlockItemAdded(part));
        let on_remove = on_edit.reform(move |_: MouseEvent| EditorAction::BlockRemoved(part));
        let id = if part == Part::Bonus { "ed-add-bonus" } else { "ed-add-penalty" };
        html! {
            <fieldset class="ed-entry">
                <legend>{ heading.text(lang) }</legend>
                if let Some(cap) = cap { { field(cap) } }
                <button type="button" {id} onclick={on_add}>{ EditorMsg::AddBlockItem.text(lang) }</button>
                if cap.is_some() {
                    <button type="button" class="button-quiet" onclick={on_remove}>{ EditorMsg::RemoveBlock.text(lang) }</button>
                }
            </fieldset>
        }
    };
    html! {
        <div class="ed-set-forms">
            <h3>{ EditorMsg::MetaHeading.text(lang) }</h3>
            if !forms.general.is_empty() {
                <ul class="ed-problems" id="ed-set-problems">{ for forms.general.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            }
            <div class="ed-fields ed-meta">{ for forms.meta.iter().map(field) }</div>
            <h3>{ EditorMsg::BandsHeading.text(lang) }</h3>
            { entries(&forms.bands, EditorAction::BandRemoved, EditorMsg::BandsHeading) }
            <button type="button" id="ed-add-band" onclick={on_edit.reform(|_: MouseEvent| EditorAction::BandAdded)}>{ EditorMsg::AddBand.text(lang) }</button>
            <h3>{ EditorMsg::GatesHeading.text(lang) }</h3>
            { entries(&forms.gates, EditorAction::GateRemoved, EditorMsg::GateId) }
            <button type="button" id="ed-add-gate" onclick={on_edit.reform(|_: MouseEvent| EditorAction::GateAdded)}>{ EditorMsg::AddGate.text(lang) }</button>
            { block(Part::Bonus, EditorMsg::BonusHeading, &forms.bonus_cap) }
            { block(Part::Penalty, EditorMsg::PenaltyHeading, &forms.penalty_cap) }
        </div>
    }
}
