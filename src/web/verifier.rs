//! The page's side of the verifier worker (src/bin/verifier.rs): starts it, holds requests until
//! it says it is ready, and hands its replies back. The worker is its own wasm, fetched only
//! when the Verify page starts it; the app never parses a score file itself.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker};
use yew::Callback;

use crate::app::verify::VerifierFailure;
use crate::scorefile::request::{VerifyReply, VerifyRequest};

/// The worker's script, as Trunk names it (fixed, unhashed names for workers), beside the page.
pub const LOADER: &str = "parscore-verifier_loader.js";

/// A running verifier worker; dropping it stops the worker.
pub struct Verifier {
    worker: Worker,
    /// Requests (as JSON text) sent before the worker was ready; `None` once it is.
    waiting: Rc<RefCell<Option<Vec<String>>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

impl Verifier {
    /// Starts the worker. `on_reply` gets each reply; `on_failure` why the worker cannot run
    /// (its files did not load, or it stopped).
    pub fn start(
        on_reply: Callback<VerifyReply>,
        on_failure: Callback<VerifierFailure>,
    ) -> Result<Verifier, VerifierFailure> {
        // Browsers refuse workers to pages opened from a file (file://): the single file.
        let worker = Worker::new(LOADER).map_err(|_| VerifierFailure::CannotStart)?;
        let waiting = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let (worker, waiting, on_failure) = (worker.clone(), waiting.clone(), on_failure.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                match event.data().as_string().and_then(|text| crate::json_error::parse(&text, None).ok()) {
                    Some(VerifyReply::Ready) => release(&worker, &waiting),
                    Some(reply) => on_reply.emit(reply),
                    None => on_failure.emit(VerifierFailure::Stopped),
                }
            })
        };
        let on_error = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            // Handled here: the page says what went wrong, in the user's language.
            event.prevent_default();
            on_failure.emit(VerifierFailure::Stopped);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Verifier { worker, waiting, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a request now, or as soon as the worker is ready.
    pub fn send(&self, request: &VerifyRequest) {
        // Strings and numbers only: serializing cannot fail.
        let text = serde_json::to_string(request).unwrap_or_default();
        match self.waiting.borrow_mut().as_mut() {
            Some(queue) => queue.push(text),
            None => post(&self.worker, &text),
        }
    }
}

impl Drop for Verifier {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The worker listens: sends what waited, and from now on sends at once.
fn release(worker: &Worker, waiting: &RefCell<Option<Vec<String>>>) {
    for text in waiting.borrow_mut().take().unwrap_or_default() {
        post(worker, &text);
    }
}

fn post(worker: &Worker, text: &str) {
    // Only fails for values that cannot be cloned; a string always can.
    let _ = worker.post_message(&JsValue::from_str(text));
}
