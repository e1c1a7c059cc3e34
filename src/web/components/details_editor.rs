//! The open draft's agency details, shown in one line and editable at any time: the same fields
//! and checks as a new draft's. A draft copied from a demo opens with the editor, asking for the
//! agency's real details. The report and every score file signed afterwards read them.

use yew::prelude::*;

use super::DetailsFields;
use crate::answers::Agency;
use crate::app::details::{check, parse_year, year_warning, DetailsInput, DetailsProblem};
use crate::app::state::{Action, SharedSet};
use crate::web::i18n::{level_name, t, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct DetailsEditorProps {
    pub set: SharedSet,
    pub agency: Agency,
    pub year: u16,
    /// A copy of a demo: the editor is open and says why.
    pub needed: bool,
    /// A demo looked at: shown, not editable.
    pub read_only: bool,
    pub on_action: Callback<Action>,
}

/// What the editor shows.
#[derive(Clone, PartialEq)]
enum Mode {
    Shown { saved: bool },
    Editing { input: DetailsInput, problems: Vec<DetailsProblem> },
}

#[component]
pub fn DetailsEditor(props: &DetailsEditorProps) -> Html {
    let lang = use_lang();
    let editing = |props: &DetailsEditorProps| Mode::Editing {
        input: DetailsInput::of(&props.agency, props.year),
        problems: Vec::new(),
    };
    let mode = use_state(|| if props.needed { editing(props) } else { Mode::Shown { saved: false } });
    let first = use_node_ref();
    {
        // Opening the editor puts the keyboard on its first field.
        let (first, open) = (first.clone(), matches!(*mode, Mode::Editing { .. }));
        use_effect_with(open, move |&open| {
            if let Some(input) = first.cast::<web_sys::HtmlElement>().filter(|_| open) {
                let _ = input.focus();
            }
        });
    }
    let agency = &props.agency;
    let summary = [agency.name.as_str(), agency.code.as_str(), level_name(lang, agency.level), &props.year.to_string()]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(" · ");
    let body = match &*mode {
        Mode::Shown { saved } => {
            let open = {
                let (mode, start) = (mode.clone(), editing(props));
                Callback::from(move |_: MouseEvent| mode.set(start.clone()))
            };
            html! {
                <>
                    <p class="details-summary" id="details-summary">{ summary }</p>
                    if !props.read_only {
                        <button type="button" class="button-quiet" id="details-edit" onclick={open} aria-describedby="details-summary">
                            { t(lang, Msg::EditDetails) }
                        </button>
                    }
                    if *saved { <p class="details-saved" role="status">{ t(lang, Msg::DetailsSaved) }</p> }
                </>
            }
        }
        Mode::Editing { input, problems } => {
            let on_change = {
                let (mode, shown) = (mode.clone(), !problems.is_empty());
                Callback::from(move |input: DetailsInput| {
                    let problems = if shown { check(&input).err().unwrap_or_default() } else { Vec::new() };
                    mode.set(Mode::Editing { input, problems });
                })
            };
            let on_submit = {
                let (mode, input, on_action) = (mode.clone(), input.clone(), props.on_action.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    match check(&input) {
                        Ok((agency, year)) => {
                            on_action.emit(Action::DetailsChanged { agency, year });
                            mode.set(Mode::Shown { saved: true });
                        }
                        Err(problems) => mode.set(Mode::Editing { input: input.clone(), problems }),
                    }
                })
            };
            let on_cancel = {
                let mode = mode.clone();
                Callback::from(move |_: MouseEvent| mode.set(Mode::Shown { saved: false }))
            };
            let warning = parse_year(&input.year).and_then(|year| year_warning(&props.set, year, lang));
            html! {
                <form class="details-form" onsubmit={on_submit} novalidate=true>
                    if props.needed { <p class="details-needed">{ t(lang, Msg::DemoDetailsNeeded) }</p> }
                    <DetailsFields ids={["details-name", "details-code", "details-level", "details-year"]} input={input.clone()}
                        problems={problems.clone()} warning={warning} on_change={on_change} first={first} />
                    <div class="form-actions">
                        <button type="submit" class="button-primary">{ t(lang, Msg::SaveDetails) }</button>
                        if !props.needed {
                            <button type="button" class="button-quiet" onclick={on_cancel}>{ t(lang, Msg::Cancel) }</button>
                        }
                    </div>
                </form>
            }
        }
    };
    html! {
        <section class="agency-details" aria-labelledby="details-heading">
            <h2 id="details-heading">{ t(lang, Msg::AgencyDetailsHeading) }</h2>
            { body }
        </section>
    }
}
