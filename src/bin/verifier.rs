//! The verifier worker (built by Trunk for wasm32, run as a Web Worker by the app's Verify page).
//!
//! It lives in its own wasm so that the signature checks and the recomputation are downloaded
//! only by those who verify files, not by every agency filling in a draft. Each message is a
//! [`VerifyRequest`](parscore::scorefile::request::VerifyRequest) as JSON text; the reply is
//! posted back as JSON text. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::listen();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use parscore::scorefile::request::{answer, reply_json, VerifyReply};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Answers every message, then says it is ready: messages posted before this were lost
    /// (the page waits for `ready` before it sends anything).
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
        post(&scope, &reply_json(&VerifyReply::Ready));
    }

    fn post(scope: &DedicatedWorkerGlobalScope, text: &str) {
        // Posting a string to the page cannot fail while the worker runs.
        let _ = scope.post_message(&JsValue::from_str(text));
    }
}
