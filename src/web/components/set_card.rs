//! One built-in criteria set in the picker: its title, decision, year and level, or why it
//! could not be loaded.

use yew::prelude::*;

use super::{load_errors, set_trust_note};
use crate::app::state::{Action, LibraryEntry, LibraryStatus, SharedSet};
use crate::web::i18n::{level_name, t, tf, use_lang, Msg};
use crate::web::library::{demo_url_of, fetch_text};

#[derive(Properties, PartialEq)]
pub struct SetCardProps {
    pub entry: LibraryEntry,
    pub on_choose: Callback<SharedSet>,
    pub on_action: Callback<Action>,
}

/// Fetches the set's demo draft file, then hands its text to `action` (read-only or a copy).
fn demo_link(
    file: &'static str,
    on_action: &Callback<Action>,
    action: fn(String, String) -> Action,
) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        let on_action = on_action.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let url = demo_url_of(file);
            on_action.emit(match fetch_text(&url).await {
                Ok(text) => action(url, text),
                Err(reason) => Action::DraftFileUnreadable { name: url, reason },
            })
        });
    })
}

#[component]
pub fn SetCard(props: &SetCardProps) -> Html {
    let lang = use_lang();
    let file = props.entry.file;
    match &props.entry.status {
        LibraryStatus::Loading => html! {
            <li class="set-card set-card-loading" aria-busy="true" data-file={file}>
                <p>{ file }{ " · " }{ t(lang, Msg::Loading) }</p>
            </li>
        },
        LibraryStatus::Failed(failure) => html! {
            <li class="set-card set-card-failed" data-file={file}>
                { load_errors(file, failure, lang) }
            </li>
        },
        LibraryStatus::Ready(set) => {
            let on_click = {
                let (set, on_choose) = (set.clone(), props.on_choose.clone());
                Callback::from(move |_: MouseEvent| on_choose.emit(set.clone()))
            };
            let title_id = format!("set-{}", set.id);
            html! {
                <li class="set-card" data-file={file}>
                    <h4 id={title_id.clone()}>{ set.title.get(lang) }</h4>
                    { set_facts(set, lang, false) }
                    <p class="set-count">{ count_text(set, lang) }</p>
                    { set_trust_note(&set.trust, lang) }
                    <div class="set-actions">
                        <button type="button" class="button-primary" onclick={on_click} aria-describedby={title_id.clone()}>
                            { t(lang, Msg::UseThisSet) }
                        </button>
                        // Links, not buttons: the card's one button stays "use this set"; each link
                        // names the demo file, which the app fetches and opens itself.
                        <a class="demo-open" href={demo_url_of(file)} aria-describedby={title_id.clone()}
                            onclick={demo_link(file, &props.on_action, |name, text| Action::DemoOpened { name, text })}>
                            { t(lang, Msg::DemoOpen) }
                        </a>
                        <a class="demo-copy" href={demo_url_of(file)} aria-describedby={title_id}
                            onclick={demo_link(file, &props.on_action, |name, text| Action::DraftFileImported { name, text })}>
                            { t(lang, Msg::DemoCopy) }
                        </a>
                    </div>
                </li>
            }
        }
    }
}

/// A set's decision, year and level, and its version when `with_version` (a set added from a
/// file, where two versions of one decision can both be in the list).
pub fn set_facts(set: &crate::criteria::CriteriaSet, lang: crate::Lang, with_version: bool) -> Html {
    html! {
        <dl class="set-facts">
            <div><dt>{ t(lang, Msg::DecisionLabel) }</dt><dd>{ &set.decision.number }{ " · " }{ &set.decision.issuer }</dd></div>
            <div><dt>{ t(lang, Msg::YearLabel) }</dt><dd>{ set.year }</dd></div>
            <div><dt>{ t(lang, Msg::LevelLabel) }</dt><dd>{ level_name(lang, set.level) }</dd></div>
            if with_version {
                <div><dt>{ t(lang, Msg::VersionLabel) }</dt><dd>{ &set.version }</dd></div>
            }
        </dl>
    }
}

/// The set's items as every screen counts them (`app::counts`): self-assessed, survey, optional.
fn count_text(set: &crate::criteria::CriteriaSet, lang: crate::Lang) -> String {
    let c = crate::app::counts::item_counts(set, None);
    let mut parts = vec![tf(lang, Msg::ItemsSelfAssessed, &[&c.self_assessed.to_string()])];
    if c.survey > 0 {
        parts.push(tf(lang, Msg::ItemsSurvey, &[&c.survey.to_string()]));
    }
    if c.adjustments > 0 {
        parts.push(tf(lang, Msg::ItemsOptional, &[&c.adjustments.to_string()]));
    }
    parts.join(" · ")
}
