//! The details of a new draft: agency name, agency code, level and evaluation year, for the
//! chosen criteria set. What is typed stays in the form until it is valid (`app::details::check`).

use yew::prelude::*;

use super::{set_trust_note, DetailsFields};

use crate::app::details::{assessment_year, check, parse_year, year_warning, DetailsInput, DetailsProblem};
use crate::app::state::{Action, SharedSet};
use crate::web::i18n::{t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct NewDraftFormProps {
    pub set: SharedSet,
    pub on_action: Callback<Action>,
}

/// The year whose work is assessed today, by the browser's clock.
pub fn current_assessment_year() -> u16 {
    let today = js_sys::Date::new_0();
    assessment_year(today.get_full_year() as u16, today.get_month() as u8 + 1)
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
    let input = use_state(|| DetailsInput {
        name: String::new(),
        code: String::new(),
        level: set.level,
        year: current_assessment_year().to_string(),
    });
    // Problems are shown once the user tried to create the draft.
    let problems = use_state(Vec::<DetailsProblem>::new);
    let on_change = {
        let (input, problems) = (input.clone(), problems.clone());
        Callback::from(move |next: DetailsInput| {
            // A problem shown stays until the next try, but disappears once fixed.
            if !problems.is_empty() {
                problems.set(check(&next).err().unwrap_or_default());
            }
            input.set(next);
        })
    };
    let on_submit = {
        let (input, problems, on_action) = (input.clone(), problems.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&input) {
                Ok((agency, year)) => on_action.emit(Action::DraftCreated { agency, year }),
                Err(found) => problems.set(found),
            }
        })
    };
    let warning = parse_year(&input.year).and_then(|year| year_warning(set, year, lang));
    let on_cancel = props.on_action.reform(|_: MouseEvent| Action::DraftsListOpened);
    html! {
        <main class="new-draft" id="main">
            <form class="new-draft-form" onsubmit={on_submit} novalidate=true>
                <h2>{ t(lang, Msg::NewDraftHeading) }</h2>
                <p class="new-draft-set">{ set.title.get(lang) }{ " · " }{ &set.decision.number }</p>
                { set_trust_note(&set.trust, lang) }
                <DetailsFields ids={["agency-name", "agency-code", "agency-level", "evaluation-year"]} input={(*input).clone()}
                    problems={(*problems).clone()} warning={warning} on_change={on_change} first={first} />
                <div class="form-actions">
                    <button type="submit" class="button-primary">{ t(lang, Msg::CreateDraft) }</button>
                    <button type="button" class="button-quiet" onclick={on_cancel}>{ t(lang, Msg::Cancel) }</button>
                </div>
            </form>
        </main>
    }
}
