//! Where a set comes from and where it goes: a new set, a copy of a built-in set, next year's
//! version, a file opened (Excel, CSV or JSON), the template, and the exports.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::super::file_drop::{read_all, FileDrop};
use crate::app::authority::editor::{EditorAction, EditorMsg, EditorState};
use crate::app::authority::sheets::WorkbookExport;
use crate::file_name::file_name;
use crate::web::files::download;
use crate::web::i18n::use_lang;
use crate::web::library::js_reason;

#[derive(Properties)]
pub struct ToolbarProps {
    pub editor: Rc<EditorState>,
    pub on_edit: Callback<EditorAction>,
    /// The XLSX exports, written by the spreadsheet worker.
    pub on_workbook: Callback<WorkbookExport>,
}

impl PartialEq for ToolbarProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.editor, &other.editor)
            && self.on_edit == other.on_edit
            && self.on_workbook == other.on_workbook
    }
}

async fn read_bytes(file: web_sys::File) -> Result<Vec<u8>, String> {
    let bytes = JsFuture::from(file.array_buffer()).await.map(|b| js_sys::Uint8Array::new(&b).to_vec());
    bytes.map_err(js_reason)
}

/// What an export gives (CSV, JSON: XLSX is written by the spreadsheet worker): the file's
/// name, type and bytes, or why there is none.
type Export = Result<(String, &'static str, Vec<u8>), String>;

fn export(editor: &EditorState, kind: &str) -> Export {
    let sheet_error = |problems: Vec<crate::sheet::SheetProblem>, lang| {
        problems.iter().map(|p| p.text(lang)).collect::<Vec<_>>().join("; ")
    };
    let lang = crate::Lang::Vi;
    let Some(doc) = editor.doc.as_ref() else { return Err(String::new()) };
    let raw = &doc.raw;
    match kind {
        "csv" => Ok((
            file_name(&raw.id, ".csv"),
            "text/csv",
            crate::sheet::export_csv(raw).map_err(|p| sheet_error(p, lang))?,
        )),
        _ => Ok((file_name(&raw.id, ".json"), "application/json", editor.json().unwrap_or_default().into_bytes())),
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_lang();
    let failed = use_state(|| None::<String>);
    let chosen = use_state(String::new);
    let editor = &props.editor;
    let on_edit = props.on_edit.clone();
    let on_files = {
        let on_edit = on_edit.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let on_edit = on_edit.clone();
            read_all(files, read_bytes, move |read| {
                for (name, bytes) in read {
                    if let Ok(bytes) = bytes {
                        on_edit.emit(EditorAction::FileOpened { name, bytes });
                    }
                }
            });
        })
    };
    let exporter = |kind: &'static str| {
        let (editor, failed) = (editor.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let outcome = export(&editor, kind).and_then(|(name, mime, bytes)| {
                download(&name, mime, &String::from_utf8_lossy(&bytes)).map_err(js_reason)
            });
            failed.set(outcome.err());
        })
    };
    let on_new =
        on_edit.reform(|_: MouseEvent| EditorAction::NewSet { year: js_sys::Date::new_0().get_full_year() as u16 });
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                chosen.set(select.value());
            }
        })
    };
    let on_copy = {
        let first = editor.built_in.first().map(|raw| raw.id.clone()).unwrap_or_default();
        let id = if chosen.is_empty() { first } else { (*chosen).clone() };
        on_edit.reform(move |_: MouseEvent| EditorAction::CopyBuiltIn { id: id.clone() })
    };
    let has_doc = editor.doc.is_some();
    html! {
        <div class="ed-toolbar">
            <div class="ed-start">
                <button type="button" id="ed-new" onclick={on_new}>{ EditorMsg::NewSet.text(lang) }</button>
                <label for="ed-copy-choice">{ EditorMsg::CopyLabel.text(lang) }</label>
                <select id="ed-copy-choice" onchange={on_choose}>
                    { for editor.built_in.iter().map(|raw| html! {
                        <option value={raw.id.clone()} selected={*chosen == raw.id}>{ format!("{} ({})", raw.title.get(lang), raw.year) }</option>
                    }) }
                </select>
                <button type="button" id="ed-copy" disabled={editor.built_in.is_empty()} onclick={on_copy}>{ EditorMsg::CopyButton.text(lang) }</button>
                <button type="button" id="ed-new-version" disabled={!has_doc} onclick={on_edit.reform(|_: MouseEvent| EditorAction::NewVersion)}>
                    { EditorMsg::NewVersion.text(lang) }
                </button>
            </div>
            <FileDrop id="ed-open" multiple={false} accept=".xlsx,.csv,.json,application/json,text/csv"
                label={EditorMsg::OpenLabel.text(lang)} hint={EditorMsg::OpenHint.text(lang)}
                drop_text={EditorMsg::DropHere.text(lang)} on_files={on_files} />
            <div class="ed-exports">
                <button type="button" id="ed-template" onclick={props.on_workbook.reform(|_: MouseEvent| WorkbookExport::Template)}>{ EditorMsg::DownloadTemplate.text(lang) }</button>
                <button type="button" id="ed-export-xlsx" disabled={!has_doc} onclick={props.on_workbook.reform(|_: MouseEvent| WorkbookExport::EditedSet)}>{ EditorMsg::ExportXlsx.text(lang) }</button>
                <button type="button" id="ed-export-csv" disabled={!has_doc} onclick={exporter("csv")}>{ EditorMsg::ExportCsv.text(lang) }</button>
                <button type="button" id="ed-export-json" disabled={!has_doc} onclick={exporter("json")}>{ EditorMsg::ExportJson.text(lang) }</button>
            </div>
            if let Some(reason) = &*failed {
                <p class="ed-problems" role="alert">{ EditorMsg::ExportFailed { reason }.text(lang) }</p>
            }
        </div>
    }
}
