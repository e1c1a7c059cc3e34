//! An item's evidence (tài liệu kiểm chứng): what the criteria expect, and the documents given,
//! each with its number, date, title and optionally a file from disk. Of the file only its
//! name, size and SHA-256 are kept: it is hashed here and never leaves the machine.

use yew::prelude::*;

use super::dom_id;
use crate::answers::Evidence;
use crate::app::state::{Action, EvidenceField};
use crate::web::files::hash_file;
use crate::web::i18n::{t, tf, use_lang, Msg};

#[derive(Properties, PartialEq)]
pub struct EvidenceListProps {
    pub code: String,
    /// What the criteria set expects as evidence, when it says.
    pub expected: Option<String>,
    pub evidence: Vec<Evidence>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn EvidenceList(props: &EvidenceListProps) -> Html {
    let lang = use_lang();
    // Set when the user adds an entry, so that the new entry takes the focus.
    let added = use_state(|| false);
    let on_add = {
        let (on_action, code, added) = (props.on_action.clone(), props.code.clone(), added.clone());
        Callback::from(move |_: MouseEvent| {
            added.set(true);
            on_action.emit(Action::EvidenceAdded { code: code.clone() });
        })
    };
    let legend_id = dom_id("evidence", &props.code);
    let last = props.evidence.len().saturating_sub(1);
    html! {
        <fieldset class="evidence-list" aria-labelledby={legend_id.clone()}>
            <legend id={legend_id}>{ t(lang, Msg::Evidence) }</legend>
            if let Some(expected) = &props.expected {
                <p class="hint">{ expected }</p>
            }
            { for props.evidence.iter().enumerate().map(|(index, evidence)| html! {
                <EvidenceEntry code={props.code.clone()} index={index} evidence={evidence.clone()}
                    focus={*added && index == last} on_action={props.on_action.clone()} />
            }) }
            <button type="button" class="button-quiet button-small" onclick={on_add}>{ t(lang, Msg::AddEvidence) }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct EvidenceEntryProps {
    pub code: String,
    pub index: usize,
    pub evidence: Evidence,
    /// Take the focus when shown (a newly added entry).
    pub focus: bool,
    pub on_action: Callback<Action>,
}

/// Where hashing a chosen file stands.
#[derive(Clone, PartialEq)]
enum Hashing {
    Idle,
    Busy,
    Failed(String),
}

#[component]
pub fn EvidenceEntry(props: &EvidenceEntryProps) -> Html {
    let lang = use_lang();
    let hashing = use_state(|| Hashing::Idle);
    let first = use_node_ref();
    {
        let (first, focus) = (first.clone(), props.focus);
        use_effect_with((), move |_| {
            if let Some(input) = first.cast::<web_sys::HtmlElement>().filter(|_| focus) {
                let _ = input.focus();
            }
        });
    }
    let (code, index, e) = (&props.code, props.index, &props.evidence);
    let id = |part: &str| dom_id(&format!("ev{index}-{part}"), code);
    let text_input = |field: EvidenceField, part: &str, label: Msg, kind: &'static str, value: &str, node: NodeRef| {
        let on_input = {
            let (on_action, code) = (props.on_action.clone(), code.clone());
            Callback::from(move |ev: InputEvent| {
                if let Some(input) = ev.target_dyn_into::<web_sys::HtmlInputElement>() {
                    on_action.emit(Action::EvidenceChanged { code: code.clone(), index, field, text: input.value() });
                }
            })
        };
        html! {
            <div class={classes!("field", (field == EvidenceField::Title).then_some("field-grow"))}>
                <label for={id(part)}>{ t(lang, label) }</label>
                <input id={id(part)} ref={node} type={kind} value={value.to_string()} oninput={on_input} autocomplete="off" />
            </div>
        }
    };
    let on_file = {
        let (on_action, code, hashing) = (props.on_action.clone(), code.clone(), hashing.clone());
        Callback::from(move |ev: Event| {
            let Some(input) = ev.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            hashing.set(Hashing::Busy);
            let (on_action, code, hashing) = (on_action.clone(), code.clone(), hashing.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match hash_file(&file).await {
                    Ok(file) => {
                        hashing.set(Hashing::Idle);
                        on_action.emit(Action::EvidenceFileAttached { code, index, file });
                    }
                    Err(reason) => hashing.set(Hashing::Failed(reason)),
                }
            });
        })
    };
    let send = |make: fn(String, usize) -> Action| {
        let (on_action, code) = (props.on_action.clone(), code.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(make(code.clone(), index)))
    };
    let file = match &e.file {
        Some(file) => html! {
            <div class="evidence-file">
                <span class="file-name">{ &file.name }</span>
                { " · " }{ tf(lang, Msg::FileSize, &[&file.size.to_string()]) }
                <code class="file-hash" title="SHA-256">{ &file.sha256 }</code>
                <button type="button" class="button-quiet button-small"
                    onclick={send(|code, index| Action::EvidenceFileRemoved { code, index })}>{ t(lang, Msg::RemoveFile) }</button>
            </div>
        },
        None => html! {
            <div class="field field-wide">
                <label for={id("file")}>{ t(lang, Msg::EvidenceFile) }</label>
                <input id={id("file")} type="file" onchange={on_file} />
            </div>
        },
    };
    let status = match &*hashing {
        Hashing::Idle => html! {},
        Hashing::Busy => html! { <p class="hint" role="status">{ t(lang, Msg::Hashing) }</p> },
        Hashing::Failed(reason) => {
            html! { <p class="field-problem" role="alert">{ tf(lang, Msg::FileHashFailed, &[reason]) }</p> }
        }
    };
    html! {
        <div class="evidence-entry" role="group" aria-label={tf(lang, Msg::EvidenceEntry, &[&(index + 1).to_string()])}>
            <div class="fields">
                { text_input(EvidenceField::Number, "number", Msg::EvidenceNumber, "text", &e.number, first) }
                { text_input(EvidenceField::Date, "date", Msg::EvidenceDate, "date", &e.date, NodeRef::default()) }
                { text_input(EvidenceField::Title, "title", Msg::EvidenceTitle, "text", &e.title, NodeRef::default()) }
                { file }
            </div>
            { status }
            <button type="button" class="button-quiet button-small"
                onclick={send(|code, index| Action::EvidenceRemoved { code, index })}>{ t(lang, Msg::RemoveEvidence) }</button>
        </div>
    }
}
