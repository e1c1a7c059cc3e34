//! The criteria-set editor on the authority's page: where a set comes from and goes
//! ([`toolbar`]), the tree of criteria ([`tree`]) beside the selected criterion's form
//! ([`node_form`]), and the set's own forms ([`set_forms`]). Everything shown comes from
//! `app::authority::editor`'s view data; the keys an official types with are mapped to its
//! actions here.

mod field;
mod node_form;
mod preview;
mod set_forms;
mod sign_panel;
mod toolbar;
mod tree;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::authority::editor::view::{diff_lines, neighbour, report, status, tree_rows};
use crate::app::authority::editor::{forms, EditorAction, EditorMsg, EditorState};
use crate::app::authority::sheets::SheetsAction;
use crate::app::authority::Action;
use crate::web::i18n::use_lang;

#[derive(Properties)]
pub struct EditorPanelProps {
    pub editor: Rc<EditorState>,
    pub on_action: Callback<Action>,
}

impl PartialEq for EditorPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.editor, &other.editor) && self.on_action == other.on_action
    }
}

/// Where the keyboard's focus goes once the page has drawn the change.
#[derive(Clone, Copy, PartialEq)]
enum Focus {
    Nothing,
    /// The new row's title: the official types on.
    Title,
    /// The selected row of the tree.
    Row,
}

fn focus(id: &str, select: bool) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
        if let (true, Some(input)) = (select, element.dyn_ref::<web_sys::HtmlInputElement>()) {
            input.select();
        }
    }
}

/// The action a key stands for, and where the focus goes after it.
fn key_action(event: &KeyboardEvent, editor: &EditorState) -> Option<(EditorAction, Focus)> {
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    let on_row = target.as_ref().is_some_and(|t| t.get_attribute("role").as_deref() == Some("treeitem"));
    let in_text = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.type_() == "text"))
        .unwrap_or(false);
    let (ctrl, alt, shift) = (event.ctrl_key() || event.meta_key(), event.alt_key(), event.shift_key());
    let key = event.key();
    Some(match (key.as_str(), ctrl, alt) {
        ("z" | "Z", true, false) if !shift => (EditorAction::Undone, Focus::Nothing),
        ("y" | "Y", true, false) | ("z" | "Z", true, false) => (EditorAction::Redone, Focus::Nothing),
        ("Enter", false, true) => (EditorAction::ChildAdded, Focus::Title),
        ("Enter", false, false) if in_text || on_row => (EditorAction::RowAdded, Focus::Title),
        ("ArrowRight", false, true) => (EditorAction::Indented, Focus::Nothing),
        ("ArrowLeft", false, true) => (EditorAction::Outdented, Focus::Nothing),
        ("ArrowUp", false, true) => (EditorAction::MovedUp, Focus::Nothing),
        ("ArrowDown", false, true) => (EditorAction::MovedDown, Focus::Nothing),
        ("ArrowUp" | "ArrowDown", false, false) if on_row => {
            (EditorAction::Selected(neighbour(editor, key == "ArrowDown")?), Focus::Row)
        }
        ("Delete", false, false) if on_row => (EditorAction::DeleteAsked, Focus::Nothing),
        _ => return None,
    })
}

#[component]
pub fn EditorPanel(props: &EditorPanelProps) -> Html {
    let lang = use_lang();
    let editor = &props.editor;
    let on_edit = props.on_action.reform(Action::Editor);
    let on_workbook = props.on_action.reform(|w| Action::Sheets(SheetsAction::ExportAsked(w)));
    let pending = use_mut_ref(|| Cell::new(Focus::Nothing));
    {
        let pending = pending.clone();
        use_effect(move || match pending.borrow().replace(Focus::Nothing) {
            Focus::Title => focus("ed-titlevi", true),
            Focus::Row => {
                let selected = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(".ed-tree [aria-selected=\"true\"]").ok().flatten());
                if let Some(row) = selected.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = row.focus();
                }
            }
            Focus::Nothing => {}
        });
    }
    let on_key = {
        let (editor, on_edit, pending) = (editor.clone(), on_edit.clone(), pending.clone());
        Callback::from(move |event: KeyboardEvent| {
            if let Some((action, then)) = key_action(&event, &editor) {
                event.prevent_default();
                pending.borrow().set(then);
                on_edit.emit(action);
            }
        })
    };
    let rows = tree_rows(editor, lang);
    let (valid, status_text) = status(editor, lang);
    let deleting = editor.deleting.as_ref().and_then(|path| {
        let doc = editor.doc.as_ref()?;
        let node = crate::app::authority::editor::tree::node(&doc.raw, path)?;
        Some(EditorMsg::ConfirmDelete { code: &node.code, rows: forms::subtree_rows(node) }.text(lang))
    });
    let button = |id: &'static str, label: EditorMsg, action: EditorAction, enabled: bool| {
        let onclick = on_edit.reform(move |_: MouseEvent| action.clone());
        html! { <button type="button" {id} disabled={!enabled} {onclick}>{ label.text(lang) }</button> }
    };
    let selected = editor.selected.is_some();
    html! {
        <section class="authority-section ed-panel" aria-labelledby="editor-heading">
            <h2 id="editor-heading">{ EditorMsg::Heading.text(lang) }</h2>
            <p class="hint">{ EditorMsg::Intro.text(lang) }</p>
            <toolbar::Toolbar editor={editor.clone()} on_edit={on_edit.clone()} on_workbook={on_workbook} />
            { open_report(editor, lang, &on_edit) }
            if editor.doc.is_none() {
                <p id="ed-nothing">{ EditorMsg::NothingEdited.text(lang) }</p>
            } else {
                <p id="ed-status" class={if valid { "ed-valid" } else { "ed-invalid-set" }} role="status">{ status_text }</p>
                <div class="ed-actions">
                    { button("ed-undo", EditorMsg::Undo, EditorAction::Undone, editor.can_undo()) }
                    { button("ed-redo", EditorMsg::Redo, EditorAction::Redone, editor.can_redo()) }
                    { button("ed-add-row", EditorMsg::AddRow, EditorAction::RowAdded, true) }
                    { button("ed-add-child", EditorMsg::AddChild, EditorAction::ChildAdded, selected) }
                    { button("ed-indent", EditorMsg::Indent, EditorAction::Indented, selected) }
                    { button("ed-outdent", EditorMsg::Outdent, EditorAction::Outdented, selected) }
                    { button("ed-move-up", EditorMsg::MoveUp, EditorAction::MovedUp, selected) }
                    { button("ed-move-down", EditorMsg::MoveDown, EditorAction::MovedDown, selected) }
                    { button("ed-delete", EditorMsg::Delete, EditorAction::DeleteAsked, selected) }
                </div>
                <p class="hint">{ EditorMsg::KeyboardHint.text(lang) }</p>
                if let Some(question) = deleting {
                    <div class="confirm" role="alert">
                        <p>{ question }</p>
                        { button("ed-delete-confirm", EditorMsg::ConfirmDeleteButton, EditorAction::DeleteConfirmed, true) }
                        { button("ed-delete-cancel", EditorMsg::Cancel, EditorAction::DeleteCancelled, true) }
                    </div>
                }
                <div class="ed-workspace" onkeydown={on_key}>
                    <tree::CriteriaTree rows={rows} on_edit={on_edit.clone()} />
                    if let Some(form) = forms::node_form(editor, lang) {
                        <node_form::NodeFormView form={form} on_edit={on_edit.clone()} />
                    }
                </div>
                <set_forms::SetFormsView forms={forms::set_forms(editor, lang)} on_edit={on_edit.clone()} />
                { diff_view(editor, lang) }
                <preview::PreviewPanel view={crate::app::authority::editor::preview::preview(editor, lang)} on_edit={on_edit.clone()} />
            }
            <sign_panel::SignPanel editor={editor.clone()} on_edit={on_edit.clone()} />
        </section>
    }
}

fn diff_view(editor: &EditorState, lang: crate::Lang) -> Html {
    let Some(lines) = diff_lines(editor, lang) else { return html! {} };
    html! {
        <details class="ed-diff" id="ed-diff">
            <summary>{ EditorMsg::DiffHeading.text(lang) }</summary>
            { match lines {
                Ok(lines) => html! { <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul> },
                Err(why) => html! { <p>{ why }</p> },
            } }
        </details>
    }
}

fn open_report(editor: &EditorState, lang: crate::Lang, on_edit: &Callback<EditorAction>) -> Html {
    let Some(report) = report(editor, lang) else { return html! {} };
    let line = |(text, path): &(String, Option<crate::app::authority::editor::NodePath>)| {
        let go = path.clone().map(|path| on_edit.reform(move |_: MouseEvent| EditorAction::Selected(path.clone())));
        html! {
            <li>
                <span>{ text }</span>
                if let Some(onclick) = go {
                    { " " }<button type="button" class="button-quiet" {onclick}>{ EditorMsg::GoToRow.text(lang) }</button>
                }
            </li>
        }
    };
    html! {
        <div id="ed-report" class={if report.ok { "key-notices" } else { "key-notices ed-report-problems" }} role="status">
            <p>{ &report.summary }</p>
            if !report.lines.is_empty() {
                <ul>{ for report.lines.iter().map(line) }</ul>
            }
            <button type="button" class="button-quiet" onclick={on_edit.reform(|_: MouseEvent| EditorAction::OpenReportDismissed)}>
                { EditorMsg::Dismiss.text(lang) }
            </button>
        </div>
    }
}
