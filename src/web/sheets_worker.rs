//! Starting the spreadsheet worker (src/bin/sheets.rs), for the pages that read or write XLSX:
//! beside the page when served, or made from the copy the single offline file carries
//! (scripts/offline-build, `parscoreWorker`; [`start_worker`] starts the form's verifier so too). The authority's page keeps one running
//! (`web::authority::sheets`); the report page starts one per workbook with [`write_once`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use crate::authority::export::Sheet;
use crate::sheet_worker::{WriteReply, WriteTables};

/// The worker's script, as Trunk names it (fixed names for workers), beside the page.
const LOADER: &str = "parscore-sheets_loader.js";
/// A function a single file that carries a worker defines (one worker each): it gives the
/// address of a worker made from its copy (scripts/offline-build).
const IN_PAGE_WORKER: &str = "parscoreWorker";

/// Starts a spreadsheet worker; `None` when the browser refuses it.
pub fn start() -> Option<Worker> {
    start_worker(LOADER)
}

/// Starts the worker whose script is `loader` beside the page, or the single file's copy of it.
pub fn start_worker(loader: &str) -> Option<Worker> {
    let made = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(IN_PAGE_WORKER))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|address| address.as_string());
    Worker::new(&made.unwrap_or_else(|| loader.to_string())).ok()
}

/// Why a one-off workbook was not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteFailure {
    /// The browser refused the worker.
    CannotStart,
    /// The worker failed to load, stopped, or answered what it was not asked.
    Stopped,
    /// The writer's own reason.
    Refused(String),
}

/// Writes one workbook in a worker of its own, stopped when it answers: the report page's Excel
/// download, too rare to keep a worker running for.
pub async fn write_once(sheets: Vec<Sheet>) -> Result<Vec<u8>, WriteFailure> {
    let worker = start().ok_or(WriteFailure::CannotStart)?;
    // Strings, numbers and lists only: serializing cannot fail.
    let text = serde_json::to_string(&WriteTables::new(1, &sheets)).unwrap_or_default();
    let (settle, reply) = futures_channel::oneshot::channel::<Result<Vec<u8>, WriteFailure>>();
    let settle = Rc::new(RefCell::new(Some(settle)));
    let finish = {
        let settle = settle.clone();
        move |result| {
            if let Some(settle) = settle.borrow_mut().take() {
                let _ = settle.send(result);
            }
        }
    };
    let on_message = {
        let (worker, finish) = (worker.clone(), finish.clone());
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let reply =
                event.data().as_string().and_then(|text| crate::json_error::parse::<WriteReply>(&text, None).ok());
            match reply {
                Some(reply) if reply.is_ready() => {
                    let _ = worker.post_message(&JsValue::from_str(&text));
                }
                Some(reply) => finish(match reply.written() {
                    Some(Ok(bytes)) => Ok(bytes),
                    Some(Err(reason)) => Err(WriteFailure::Refused(reason)),
                    // Another kind of reply: not what this worker was asked.
                    None => Err(WriteFailure::Stopped),
                }),
                None => finish(Err(WriteFailure::Stopped)),
            }
        })
    };
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        // Said by the page, in the user's language.
        event.prevent_default();
        finish(Err(WriteFailure::Stopped));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = reply.await.unwrap_or(Err(WriteFailure::Stopped));
    worker.terminate();
    drop((on_message, on_error));
    result
}
