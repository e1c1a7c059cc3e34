//! The agency's details as fields (name, code, level, year), shared by the new draft's form and
//! the open draft's editor. Problems come from `app::details::check`, shown under their field;
//! a year before the set's decision is a warning that does not stop saving.

use yew::prelude::*;

use super::input_text;
use crate::app::details::{DetailsField, DetailsInput, DetailsProblem};
use crate::criteria::Level;
use crate::web::i18n::{level_name, t, use_lang, Msg};

pub const LEVELS: [Level; 6] =
    [Level::Ministry, Level::Province, Level::Department, Level::District, Level::Commune, Level::Training];

#[derive(Properties, PartialEq)]
pub struct DetailsFieldsProps {
    /// The ids of the name, code, level and year inputs (each problem's id adds "-problem").
    pub ids: [&'static str; 4],
    pub input: DetailsInput,
    /// Shown once the user tried to save.
    pub problems: Vec<DetailsProblem>,
    /// A year before the set's decision, said as a question.
    pub warning: Option<String>,
    pub on_change: Callback<DetailsInput>,
    #[prop_or_default]
    pub first: NodeRef,
}

#[component]
pub fn DetailsFields(props: &DetailsFieldsProps) -> Html {
    let lang = use_lang();
    let [name_id, code_id, level_id, year_id] = props.ids;
    let update = |change: fn(&mut DetailsInput, String)| {
        let (input, on_change) = (props.input.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let mut next = input.clone();
            change(&mut next, input_text(e));
            on_change.emit(next);
        })
    };
    let on_level = {
        let (input, on_change) = (props.input.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let index = e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.selected_index()).unwrap_or(-1);
            if let Some(&level) = usize::try_from(index).ok().and_then(|i| LEVELS.get(i)) {
                on_change.emit(DetailsInput { level, ..input.clone() });
            }
        })
    };
    let problem = |field: DetailsField| props.problems.iter().find(|p| p.field() == field).map(|p| p.text(lang));
    let (name_problem, code_problem, year_problem) =
        (problem(DetailsField::Name), problem(DetailsField::Code), problem(DetailsField::Year));
    let message = |id: &'static str, text: &Option<String>| match text {
        Some(text) => html! { <p class="field-problem" id={format!("{id}-problem")}>{ text }</p> },
        None => html! {},
    };
    let described = |id: &'static str, shown: bool| shown.then(|| format!("{id}-problem"));
    let invalid = |shown: bool| shown.then_some("true");
    let warning_id = format!("{year_id}-warning");
    let year_described = match (year_problem.is_some(), props.warning.is_some()) {
        (true, _) => Some(format!("{year_id}-problem")),
        (false, true) => Some(warning_id.clone()),
        (false, false) => None,
    };
    let required_class = if name_problem.is_some() { "required" } else { "required-hint" };
    html! {
        <>
            <div class="field">
                <label for={name_id}>{ t(lang, Msg::AgencyName) }{ " " }<span class={required_class}>{ t(lang, Msg::Required) }</span></label>
                <input id={name_id} ref={props.first.clone()} type="text" value={props.input.name.clone()} oninput={update(|f, v| f.name = v)}
                    aria-required="true" aria-invalid={invalid(name_problem.is_some())}
                    aria-describedby={described(name_id, name_problem.is_some())} />
                { message(name_id, &name_problem) }
            </div>
            <div class="field">
                <label for={code_id}>{ t(lang, Msg::AgencyCode) }</label>
                <input id={code_id} type="text" value={props.input.code.clone()} oninput={update(|f, v| f.code = v)} autocomplete="off"
                    spellcheck="false" aria-invalid={invalid(code_problem.is_some())}
                    aria-describedby={described(code_id, code_problem.is_some())} />
                { message(code_id, &code_problem) }
            </div>
            <div class="field">
                <label for={level_id}>{ t(lang, Msg::LevelLabel) }</label>
                <select id={level_id} onchange={on_level}>
                    { for LEVELS.iter().map(|&level| html! {
                        <option selected={level == props.input.level}>{ level_name(lang, level) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for={year_id}>{ t(lang, Msg::EvaluationYear) }</label>
                <input id={year_id} type="text" inputmode="numeric" class="number" value={props.input.year.clone()}
                    oninput={update(|f, v| f.year = v)} aria-invalid={invalid(year_problem.is_some())}
                    aria-describedby={year_described} />
                { message(year_id, &year_problem) }
                if let (None, Some(warning)) = (&year_problem, &props.warning) {
                    <p class="field-warning" id={warning_id} role="status">{ warning }</p>
                }
            </div>
        </>
    }
}
