//! The intake register: one row per file (and per agency without one), filtered by status and
//! group, with the count of each status and the register's exports.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::{export_button, Round};
use crate::app::authority::round::view::{self, ExportKind, Filter, RegisterLine, StatusKind};
use crate::app::authority::round::RoundMsg;
use crate::authority::messages::Heading;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct RegisterViewProps {
    pub round: Round,
    pub on_export: Callback<ExportKind>,
}

#[component]
pub fn RegisterView(props: &RegisterViewProps) -> Html {
    let lang = use_lang();
    let filter = use_state(Filter::default);
    let state = &props.round.0;
    if state.register.is_none() {
        return html! {
            <div class="round-register">
                <h3>{ RoundMsg::RegisterHeading.text(lang) }</h3>
                <p class="hint" id="register-empty">{ RoundMsg::NeedRoster.text(lang) }</p>
            </div>
        };
    }
    let on_status = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let value = select_value(&event);
            filter.set(Filter { status: StatusKind::from_id(&value), ..(*filter).clone() });
        })
    };
    let on_group = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let value = select_value(&event);
            filter.set(Filter { group: (!value.is_empty()).then_some(value), ..(*filter).clone() });
        })
    };
    let lines = view::register_lines(state, &filter, lang);
    let total = view::register_lines(state, &Filter::default(), lang).len();
    let counts = view::status_counts(state);
    let groups = view::groups(state);
    let heading = |h: Heading| html! { <th scope="col">{ view::heading(h, lang) }</th> };
    html! {
        <div class="round-register">
            <h3 id="register-heading">{ RoundMsg::RegisterHeading.text(lang) }</h3>
            <ul class="status-counts" id="status-counts" aria-label={RoundMsg::StatusCounts.text(lang)}>
                { for counts.iter().map(|(kind, count)| html! {
                    <li data-status={kind.id()} class={kind.tone().class()}>
                        <span>{ kind.word(lang) }</span>{ ": " }<strong>{ count }</strong>
                    </li>
                }) }
            </ul>
            <div class="register-filters">
                <label for="status-filter">{ RoundMsg::StatusFilter.text(lang) }</label>
                <select id="status-filter" onchange={on_status}>
                    <option value="" selected={filter.status.is_none()}>{ RoundMsg::AllStatuses.text(lang) }</option>
                    { for StatusKind::ALL.iter().map(|kind| html! {
                        <option value={kind.id()} selected={filter.status == Some(*kind)}>{ kind.word(lang) }</option>
                    }) }
                </select>
                <label for="group-filter">{ RoundMsg::GroupFilter.text(lang) }</label>
                <select id="group-filter" onchange={on_group}>
                    <option value="" selected={filter.group.is_none()}>{ RoundMsg::AllGroups.text(lang) }</option>
                    { for groups.iter().map(|group| html! {
                        <option value={group.clone()} selected={filter.group.as_ref() == Some(group)}>{ group }</option>
                    }) }
                </select>
                <span id="register-shown" role="status">{ RoundMsg::Shown { shown: lines.len(), total }.text(lang) }</span>
            </div>
            <div class="round-exports">
                { export_button(lang, "export-register-xlsx", ExportKind::RegisterXlsx, &props.on_export) }
                { export_button(lang, "export-register-csv", ExportKind::RegisterCsv, &props.on_export) }
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="register-heading">
                <table class="verify-table register-table" id="register-table" aria-labelledby="register-heading">
                    <thead><tr>
                        { heading(Heading::Group) }{ heading(Heading::Code) }{ heading(Heading::Name) }
                        { heading(Heading::Status) }{ heading(Heading::File) }{ heading(Heading::SignedAt) }
                        { heading(Heading::Index) }{ heading(Heading::SurveyMissing) }
                    </tr></thead>
                    <tbody>{ for lines.iter().map(row) }</tbody>
                </table>
            </div>
        </div>
    }
}

fn row(line: &RegisterLine) -> Html {
    html! {
        <tr data-code={line.code.clone()} data-status={line.kind.id()}>
            <td>{ &line.group }</td>
            <th scope="row">{ &line.code }</th>
            <td>{ &line.name }</td>
            <td class="verdict">
                <span class={classes!("verdict-text", line.kind.tone().class())}>{ &line.status }</span>
                if !line.detail.is_empty() {
                    <span class="verdict-reason">{ &line.detail }</span>
                }
            </td>
            <td class="file-name">{ &line.file }</td>
            <td class="mono">{ &line.signed_at }</td>
            <td class="number">{ &line.index }</td>
            <td>{ &line.survey_missing }</td>
        </tr>
    }
}

fn select_value(event: &Event) -> String {
    event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}
