//! The loop of a Web Worker built from this crate (the verifier, the spreadsheet worker): each
//! message is a request as JSON text, answered with a reply as JSON text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Answers every message with `answer`, then posts `ready`: messages posted before this were
/// lost, so the page waits for it before it sends anything. Generic rather than a `fn` pointer:
/// each worker's loop then calls its `answer` directly, as a hand-written loop would.
pub fn serve<A: Fn(&str) -> String + 'static>(answer: A, ready: &str) {
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
    post(&scope, ready);
}

fn post(scope: &DedicatedWorkerGlobalScope, text: &str) {
    // Posting a string to the page cannot fail while the worker runs.
    let _ = scope.post_message(&JsValue::from_str(text));
}
