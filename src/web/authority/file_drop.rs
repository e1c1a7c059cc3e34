//! A file input that also takes files (and folders) dragged onto it: the input is the way for
//! keyboards and screen readers, the drop zone a shortcut around it.

use std::future::Future;

use yew::prelude::*;

use super::dropped::Dropped;

#[derive(Properties, PartialEq)]
pub struct FileDropProps {
    /// The input's element id; the hint's id is derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: AttrValue,
    /// What the zone says while files are dragged over it.
    pub drop_text: AttrValue,
    #[prop_or(AttrValue::Static(".json,application/json"))]
    pub accept: AttrValue,
    #[prop_or(true)]
    pub multiple: bool,
    /// With a label, a second input picks a whole folder.
    #[prop_or_default]
    pub folder_label: Option<AttrValue>,
    pub on_files: Callback<Vec<web_sys::File>>,
}

#[component]
pub fn FileDrop(props: &FileDropProps) -> Html {
    let dragging = use_state(|| false);
    let on_change = props.on_files.reform(|event: Event| chosen(&event));
    // A folder holds other things too: only its JSON files are read, by name (as dropped ones).
    let on_folder = props.on_files.reform(|event: Event| {
        let mut files: Vec<web_sys::File> =
            chosen(&event).into_iter().filter(|file| crate::file_name::has_extension(&file.name(), ".json")).collect();
        files.sort_by_key(|file| file.name());
        files
    });
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser opens the dropped file instead.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let on_files = props.on_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let Some(transfer) = event.data_transfer() else { return };
            let dropped = Dropped::take(&transfer);
            let on_files = on_files.clone();
            wasm_bindgen_futures::spawn_local(async move { on_files.emit(dropped.files().await) });
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let folder_id = format!("{}-folder", props.id);
    html! {
        <div class={classes!("drop-zone", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="file" multiple={props.multiple} accept={props.accept.clone()}
                onchange={on_change} aria-describedby={hint_id.clone()} />
            if let Some(folder_label) = &props.folder_label {
                <label for={folder_id.clone()}>{ folder_label.clone() }</label>
                <input id={folder_id} type="file" webkitdirectory=true onchange={on_folder} aria-describedby={hint_id.clone()} />
            }
            <p id={hint_id} class="hint">{ props.hint.clone() }</p>
            if *dragging {
                <p class="drop-here" aria-hidden="true">{ props.drop_text.clone() }</p>
            }
        </div>
    }
}

/// The one file chosen in the input `event` comes from, if any.
pub fn chosen_file(event: &Event) -> Option<web_sys::File> {
    chosen(event).into_iter().next()
}

/// The files chosen in the input `event` comes from.
fn chosen(event: &Event) -> Vec<web_sys::File> {
    let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return Vec::new() };
    let files = input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    // Cleared so that choosing the same files again (after fixing them) reads them again.
    input.set_value("");
    files
}

/// Reads `files` one after the other with `read`, then hands every name and result over at
/// once (one action for hundreds of files, not one each).
pub fn read_all<T: 'static, F: Future<Output = T> + 'static>(
    files: Vec<web_sys::File>,
    read: fn(web_sys::File) -> F,
    done: impl FnOnce(Vec<(String, T)>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut results = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            results.push((name, read(file).await));
        }
        done(results);
    });
}

/// A file input's callback that reads the chosen files as text, then hands them all to `done`.
pub fn on_texts(done: impl Fn(Vec<(String, Result<String, String>)>) + 'static) -> Callback<Vec<web_sys::File>> {
    let done = std::rc::Rc::new(done);
    Callback::from(move |files: Vec<web_sys::File>| {
        let done = done.clone();
        read_all(files, |file| async move { crate::web::library::read_file(&file).await }, move |read| done(read));
    })
}
