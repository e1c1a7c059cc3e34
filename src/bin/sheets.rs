//! The spreadsheet worker (built by Trunk for wasm32, run as a Web Worker by the authority's
//! page when a workbook is first opened or written).
//!
//! XLSX reading (calamine) and writing (rust_xlsxwriter, with their ZIP and XML crates) live in
//! this wasm so that the page's own first load does not carry them. Each message is a
//! [`SheetsRequest`](parscore::sheet_worker::SheetsRequest) as JSON text; the reply is posted
//! back as JSON text. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::listen();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use parscore::sheet_worker::{answer, SheetsReply};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Answers every message, then says it is ready (the page waits for `ready` to send).
    pub fn listen() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            // A message that is not text gets a bad-request reply like any other non-request.
            let request = event.data().as_string().unwrap_or_default();
            post(&replies, &answer(&request));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        post(&scope, &serde_json::to_string(&SheetsReply::Ready).unwrap_or_default());
    }

    fn post(scope: &DedicatedWorkerGlobalScope, text: &str) {
        // Posting a string to the page cannot fail while the worker runs.
        let _ = scope.post_message(&JsValue::from_str(text));
    }
}
