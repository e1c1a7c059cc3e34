//! The page's side of the spreadsheet worker (src/bin/sheets.rs): started on the first request,
//! it holds requests until the worker says it is ready and turns its replies into actions. The
//! worker is started as `web::sheets_worker` starts it (beside the page, or from the single
//! file's own copy). The status of the page's workbooks is shown by
//! [`SheetsStatus`].

use crate::i18n::Bilingual;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, Worker};
use yew::prelude::*;

use crate::app::authority::sheets::{SheetsAction, SheetsFailure, SheetsMsg, SheetsState};
use crate::app::authority::{Action, AuthorityState, Effect};
use crate::sheet_worker::{SheetsReply, SheetsRequest};
use crate::web::hooks::download::{use_downloads, DownloadRefused, Offer};
use crate::web::i18n::use_lang;

struct Running {
    worker: Worker,
    /// Requests (JSON text) sent before the worker was ready; `None` once it is.
    waiting: Rc<RefCell<Option<Vec<String>>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static REPLIES: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
}

/// Where the worker's replies go: the page's dispatcher (set when the page mounts).
pub fn connect(dispatch: Callback<Action>) {
    REPLIES.with(|replies| *replies.borrow_mut() = Some(dispatch));
}

/// The page's reducer calls this after each action: sends what waits for the worker, starting
/// it if need be; a worker that cannot start is said at once (nothing is left waiting).
pub fn after_reduce(model: &mut AuthorityState, effects: &[Effect]) {
    if !effects.contains(&Effect::SendSheets) {
        return;
    }
    let requests = model.sheets.take_outbox();
    if let Err(failure) = send(requests) {
        model.reduce(Action::Sheets(SheetsAction::Failed(failure)));
    }
}

fn send(requests: Vec<SheetsRequest>) -> Result<(), SheetsFailure> {
    RUNNING.with(|running| {
        let mut running = running.borrow_mut();
        if running.is_none() {
            *running = Some(start()?);
        }
        if let Some(running) = running.as_ref() {
            for request in &requests {
                // Strings, numbers and lists only: serializing cannot fail.
                let text = serde_json::to_string(request).unwrap_or_default();
                match running.waiting.borrow_mut().as_mut() {
                    Some(queue) => queue.push(text),
                    None => post(&running.worker, &text),
                }
            }
        }
        Ok(())
    })
}

fn start() -> Result<Running, SheetsFailure> {
    let worker = crate::web::sheets_worker::start().ok_or(SheetsFailure::CannotStart)?;
    let waiting = Rc::new(RefCell::new(Some(Vec::<String>::new())));
    let on_message = {
        let (worker, waiting) = (worker.clone(), waiting.clone());
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            match event.data().as_string().and_then(|text| crate::json_error::parse(&text, None).ok()) {
                Some(SheetsReply::Ready) => {
                    for text in waiting.borrow_mut().take().unwrap_or_default() {
                        post(&worker, &text);
                    }
                }
                Some(reply) => reply_with(SheetsAction::Replied(reply)),
                None => stopped(),
            }
        })
    };
    let on_error = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        // Handled here: the page says what went wrong, in the user's language.
        event.prevent_default();
        stopped();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running { worker, waiting, _on_message: on_message, _on_error: on_error })
}

/// The worker failed: it is stopped (the next request starts a new one) and the page told.
fn stopped() {
    // Not dropped inside its own handler: after it returns.
    wasm_bindgen_futures::spawn_local(async {
        if let Some(running) = RUNNING.with(|r| r.borrow_mut().take()) {
            running.worker.terminate();
        }
    });
    reply_with(SheetsAction::Failed(SheetsFailure::Stopped));
}

fn reply_with(action: SheetsAction) {
    if let Some(dispatch) = REPLIES.with(|r| r.borrow().clone()) {
        dispatch.emit(Action::Sheets(action));
    }
}

fn post(worker: &Worker, text: &str) {
    // Only fails for values that cannot be cloned; a string always can.
    let _ = worker.post_message(&JsValue::from_str(text));
}

/// The page's workbooks, compared by identity: a new state after every action.
#[derive(Clone)]
pub struct Sheets(pub Rc<SheetsState>);

impl PartialEq for Sheets {
    fn eq(&self, other: &Sheets) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetsStatusProps {
    pub sheets: Sheets,
    pub on_action: Callback<Action>,
}

/// Says a workbook is being read or written, or why it could not be; offers a written one.
#[component]
pub fn SheetsStatus(props: &SheetsStatusProps) -> Html {
    let lang = use_lang();
    let downloads = use_downloads();
    let state = &props.sheets.0;
    // The last workbook offered: a render before the model hears `Offered` offers none again.
    let offered = use_mut_ref(|| None::<u32>);
    {
        let (downloads, on_action) = (downloads.clone(), props.on_action.clone());
        use_effect_with(props.sheets.clone(), move |sheets| {
            if let Some((id, export)) = &sheets.0.finished {
                if offered.replace(Some(*id)) != Some(*id) {
                    downloads.offer(Offer::bytes(export.name.clone(), export.mime, export.bytes.clone()));
                }
                on_action.emit(Action::Sheets(SheetsAction::Offered));
            }
        });
    }
    let problem = match (state.failure, &state.write_problem) {
        (Some(SheetsFailure::CannotStart), _) => Some(SheetsMsg::CannotStart.text(lang)),
        (Some(SheetsFailure::Stopped), _) => Some(SheetsMsg::Stopped.text(lang)),
        (None, Some(detail)) => Some(SheetsMsg::WriteFailed { detail }.text(lang)),
        (None, None) => None,
    };
    let dismiss = props.on_action.reform(|_: MouseEvent| Action::Sheets(SheetsAction::Dismissed));
    html! {
        <section class="sheets-status" id="sheets-status" aria-live="polite">
            if state.working() {
                <p role="status" id="sheets-working">{ SheetsMsg::Working.text(lang) }</p>
            }
            if let Some(problem) = problem {
                <div class="load-errors" role="alert" id="sheets-problem">
                    <p>{ problem }</p>
                    <button type="button" onclick={dismiss}>{ SheetsMsg::Dismiss.text(lang) }</button>
                </div>
            }
            <DownloadRefused downloads={downloads} />
        </section>
    }
}
