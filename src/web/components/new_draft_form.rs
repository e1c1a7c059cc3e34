//! The details of a new draft: agency name, agency code, level and evaluation year, for the
//! chosen criteria set. What is typed stays in the form until it is valid.

use yew::prelude::*;

use super::{input_text, SetTrustNote};

use crate::answers::Agency;
use crate::app::state::{Action, SharedSet};
use crate::criteria::Level;
use crate::web::i18n::{level_name, t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct NewDraftFormProps {
    pub set: SharedSet,
    pub on_action: Callback<Action>,
}

const LEVELS: [Level; 6] =
    [Level::Ministry, Level::Province, Level::Department, Level::District, Level::Commune, Level::Training];

/// What the form holds while it is filled in.
#[derive(Clone, PartialEq)]
struct Form {
    name: String,
    code: String,
    level: Level,
    year: String,
    /// Problems are shown once the user tried to create the draft.
    tried: bool,
}

/// A year as typed, when it is one.
fn parse_year(text: &str) -> Option<u16> {
    text.trim().parse().ok().filter(|y| (1990..=2100).contains(y))
}

#[component]
pub fn NewDraftForm(props: &NewDraftFormProps) -> Html {
    let lang = use_lang();
    let set = &props.set;
    // The form replaces the list: the keyboard starts at its first field.
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(input) = first.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        });
    }
    let form = use_state(|| Form {
        name: String::new(),
        code: String::new(),
        level: set.level,
        year: set.year.to_string(),
        tried: false,
    });
    let update = |change: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            change(&mut next, input_text(e));
            form.set(next);
        })
    };
    let on_level = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.selected_index()).unwrap_or(-1);
            if let Some(&level) = usize::try_from(value).ok().and_then(|i| LEVELS.get(i)) {
                form.set(Form { level, ..(*form).clone() });
            }
        })
    };
    let name_problem = (form.tried && form.name.trim().is_empty()).then(|| t(lang, Msg::NameRequired).to_string());
    let year_problem =
        (form.tried && parse_year(&form.year).is_none()).then(|| tf(lang, Msg::YearInvalid, &[&form.year]));
    let on_submit = {
        let (form, on_action) = (form.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_year(&form.year).filter(|_| !form.name.trim().is_empty()) {
                Some(year) => {
                    let agency = Agency {
                        name: form.name.trim().to_string(),
                        code: form.code.trim().to_string(),
                        level: form.level,
                    };
                    on_action.emit(Action::DraftCreated { agency, year });
                }
                None => form.set(Form { tried: true, ..(*form).clone() }),
            }
        })
    };
    let on_cancel = props.on_action.reform(|_: MouseEvent| Action::DraftsListOpened);
    let problem = |id: &'static str, text: &Option<String>| match text {
        Some(text) => html! { <p class="field-problem" id={id}>{ text }</p> },
        None => html! {},
    };
    html! {
        <main class="new-draft" id="main">
            <form class="new-draft-form" onsubmit={on_submit} novalidate=true>
                <h2>{ t(lang, Msg::NewDraftHeading) }</h2>
                <p class="new-draft-set">{ set.title.get(lang) }{ " · " }{ &set.decision.number }</p>
                <SetTrustNote trust={set.trust.clone()} />
                <div class="field">
                    <label for="agency-name">{ t(lang, Msg::AgencyName) }{ " " }<span class="required">{ t(lang, Msg::Required) }</span></label>
                    <input id="agency-name" ref={first} type="text" value={form.name.clone()} oninput={update(|f, v| f.name = v)}
                        aria-required="true" aria-invalid={name_problem.is_some().then_some("true")}
                        aria-describedby={name_problem.is_some().then_some("agency-name-problem")} />
                    { problem("agency-name-problem", &name_problem) }
                </div>
                <div class="field">
                    <label for="agency-code">{ t(lang, Msg::AgencyCode) }</label>
                    <input id="agency-code" type="text" value={form.code.clone()} oninput={update(|f, v| f.code = v)} autocomplete="off" />
                </div>
                <div class="field">
                    <label for="agency-level">{ t(lang, Msg::LevelLabel) }</label>
                    <select id="agency-level" onchange={on_level}>
                        { for LEVELS.iter().map(|&level| html! {
                            <option selected={level == form.level}>{ level_name(lang, level) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="evaluation-year">{ t(lang, Msg::EvaluationYear) }</label>
                    <input id="evaluation-year" type="text" inputmode="numeric" class="number" value={form.year.clone()}
                        oninput={update(|f, v| f.year = v)} aria-invalid={year_problem.is_some().then_some("true")}
                        aria-describedby={year_problem.is_some().then_some("evaluation-year-problem")} />
                    { problem("evaluation-year-problem", &year_problem) }
                </div>
                <div class="form-actions">
                    <button type="submit" class="button-primary">{ t(lang, Msg::CreateDraft) }</button>
                    <button type="button" class="button-quiet" onclick={on_cancel}>{ t(lang, Msg::Cancel) }</button>
                </div>
            </form>
        </main>
    }
}
