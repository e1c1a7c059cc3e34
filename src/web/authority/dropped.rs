//! Files dropped on the page: plain files, and every file inside dropped folders (an authority
//! drops the folder of a whole round's files). The browser hands folders over as entries to walk
//! with callbacks, here turned into futures.

use crate::file_name::has_extension;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DataTransfer, File, FileSystemDirectoryEntry, FileSystemDirectoryReader, FileSystemEntry, FileSystemFileEntry,
};

/// What was dropped, taken during the drop event itself (the browser empties the transfer
/// afterwards): entries to walk, and files the browser gives no entry for.
pub struct Dropped {
    entries: Vec<FileSystemEntry>,
    files: Vec<File>,
}

impl Dropped {
    pub fn take(transfer: &DataTransfer) -> Dropped {
        let items = transfer.items();
        let mut dropped = Dropped { entries: Vec::new(), files: Vec::new() };
        for i in 0..items.length() {
            let Some(item) = items.get(i) else { continue };
            match item.webkit_get_as_entry() {
                Ok(Some(entry)) => dropped.entries.push(entry),
                _ => dropped.files.extend(item.get_as_file().ok().flatten()),
            }
        }
        dropped
    }

    /// Every file, folders walked to the bottom; inside folders only `.json` files (a folder
    /// holds other things too). Sorted by name, so that a round lists the same way each time.
    pub async fn files(self) -> Vec<File> {
        let mut files = self.files;
        let mut stack: Vec<(FileSystemEntry, bool)> = self.entries.into_iter().map(|e| (e, false)).collect();
        while let Some((entry, in_folder)) = stack.pop() {
            if entry.is_directory() {
                let reader = entry.unchecked_into::<FileSystemDirectoryEntry>().create_reader();
                // A reader gives a folder's entries in batches, until an empty one.
                while let Ok(batch) = read_entries(&reader).await {
                    if batch.is_empty() {
                        break;
                    }
                    stack.extend(batch.into_iter().map(|e| (e, true)));
                }
            } else if entry.is_file() && (!in_folder || has_extension(&entry.name(), ".json")) {
                files.extend(file_of(entry.unchecked_into()).await.ok());
            }
        }
        files.sort_by_key(|file| file.name());
        files
    }
}

async fn read_entries(reader: &FileSystemDirectoryReader) -> Result<Vec<FileSystemEntry>, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(error) = reader.read_entries_with_callback_and_callback(&resolve, &reject) {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    });
    let batch = js_sys::Array::from(&JsFuture::from(promise).await?);
    Ok(batch.iter().map(JsCast::unchecked_into).collect())
}

async fn file_of(entry: FileSystemFileEntry) -> Result<File, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| entry.file_with_callback_and_callback(&resolve, &reject));
    Ok(JsFuture::from(promise).await?.unchecked_into())
}
