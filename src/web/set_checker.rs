//! The agency's form asks the verifier worker (src/bin/verifier.rs) about signed criteria sets,
//! as the form carries no verifier of its own (`app::state::SetChecks::Worker`). The worker is
//! started on the first signed text the state waits for, kept for the visit, and made from the
//! copy the single offline file carries when the page was opened from a file
//! ([`super::sheets_worker::start`]).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker};
use yew::Callback;

use crate::app::state::Action;
use crate::i18n::{t, Msg};
use crate::scorefile::request::{SetCheckReply, VerifyRequest};
use crate::Lang;

/// The verifier worker's script, as Trunk names it (fixed names for workers), beside the page.
const LOADER: &str = "parscore-verifier_loader.js";

/// The texts of each request, by its number, until its reply (a few at most: a list).
type Requests = Rc<RefCell<Vec<(u32, Vec<String>)>>>;

/// A running verifier worker for sets; dropping it stops the worker.
pub struct SetChecker {
    worker: Worker,
    /// Requests (as JSON text) sent before the worker was ready; `None` once it is.
    waiting: Rc<RefCell<Option<Vec<String>>>>,
    asked: Requests,
    next_id: Cell<u32>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

impl SetChecker {
    /// Starts the worker; its verdicts and failures come back as actions. `Err` with the
    /// action that says why, when the browser refuses the worker.
    pub fn start(on_action: Callback<Action>, lang: Lang) -> Result<SetChecker, Action> {
        let reason = move |msg: Msg| Action::SetsUncheckable { reason: t(lang, msg).to_string() };
        let worker = super::sheets_worker::start_worker(LOADER).ok_or(reason(Msg::SetCheckerCannotStart))?;
        let waiting: Rc<RefCell<Option<Vec<String>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let asked: Requests = Rc::default();
        let on_message = {
            let (worker, waiting, asked, on_action) =
                (worker.clone(), waiting.clone(), asked.clone(), on_action.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                // Read through the one strict reader the form has for every stored type: another
                // reader would carry its own copy of this type's reading code.
                let reply = event.data().as_string().and_then(|text| crate::json_error::parse(&text, None).ok());
                match reply {
                    Some(SetCheckReply::Ready) => {
                        for text in waiting.borrow_mut().take().unwrap_or_default() {
                            let _ = worker.post_message(&JsValue::from_str(&text));
                        }
                    }
                    Some(SetCheckReply::SetsChecked { id, verdicts }) => {
                        let at = asked.borrow().iter().position(|(asked, _)| *asked == id);
                        if let Some(at) = at {
                            let (_, texts) = asked.borrow_mut().swap_remove(at);
                            on_action.emit(Action::SetsChecked { texts, verdicts });
                        }
                    }
                    None => on_action.emit(reason(Msg::SetCheckerStopped)),
                }
            })
        };
        let on_error = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            // Said by the page, in the user's language.
            event.prevent_default();
            on_action.emit(reason(Msg::SetCheckerStopped));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(SetChecker { worker, waiting, asked, next_id: Cell::new(1), _on_message: on_message, _on_error: on_error })
    }

    /// Asks about `texts`, now or as soon as the worker is ready.
    pub fn ask(&self, texts: Vec<String>) {
        let id = self.next_id.replace(self.next_id.get() + 1);
        let request = VerifyRequest { id, sets: texts.clone(), ..VerifyRequest::default() };
        self.asked.borrow_mut().push((id, texts));
        // Strings and numbers only: serializing cannot fail.
        let text = serde_json::to_string(&request).unwrap_or_default();
        match self.waiting.borrow_mut().as_mut() {
            Some(queue) => queue.push(text),
            None => {
                let _ = self.worker.post_message(&JsValue::from_str(&text));
            }
        }
    }
}

impl Drop for SetChecker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
