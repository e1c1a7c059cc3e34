//! The authority page's verifier workers, one per core: starts them when the model asks
//! ([`IntakeState::start_wanted`]), posts the model's requests, and dispatches what they answer
//! or how they failed. Which file goes to which worker is the model's business
//! (`app::verify::pool`); this only adapts `Worker`.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::app::authority::intake::{IntakeAction, IntakeState, Outgoing};
use crate::app::authority::Action;
use crate::app::verify::pool::workers_for;
use crate::web::verifier::Verifier;

/// The running workers, and where their replies go (set once the page is mounted; replies
/// arrive later than that in any case).
#[derive(Default)]
pub struct Workers {
    on_action: Rc<RefCell<Option<Callback<Action>>>>,
    running: RefCell<Vec<Option<Verifier>>>,
}

impl Workers {
    pub fn connect(&self, on_action: Callback<Action>) {
        *self.on_action.borrow_mut() = Some(on_action);
    }

    /// Starts the workers if the model wants them, then posts every request it has.
    pub fn serve(&self, intake: &mut IntakeState) -> Option<IntakeAction> {
        let started = intake.start_wanted().then(|| self.start());
        for outgoing in intake.take_outbox() {
            self.post(outgoing);
        }
        started
    }

    /// One worker per core (as the browser says); the ones that cannot start are listed.
    fn start(&self) -> IntakeAction {
        let cores =
            web_sys::window().map(|w| w.navigator().hardware_concurrency()).filter(|c| c.is_finite() && *c >= 1.0);
        // A count of cores, small and positive: the cast cannot lose anything that matters.
        let size = workers_for(cores.map(|c| c as u32));
        let mut failed = Vec::new();
        let mut running = self.running.borrow_mut();
        for worker in 0..size {
            let on_reply = self.dispatch(move |reply| IntakeAction::Replied { worker, reply });
            let on_failure = self.dispatch(move |why| IntakeAction::WorkerFailed { worker, why });
            match Verifier::start(on_reply, on_failure) {
                Ok(verifier) => running.push(Some(verifier)),
                Err(why) => {
                    running.push(None);
                    failed.push((worker, why));
                }
            }
        }
        IntakeAction::WorkersStarted { size, failed }
    }

    fn post(&self, outgoing: Outgoing) {
        // The model sends nothing to a worker that did not start: it was told so at once.
        if let Some(verifier) = self.running.borrow().get(outgoing.worker).and_then(Option::as_ref) {
            verifier.send(&outgoing.request);
        }
    }

    /// Dispatches to the page, once connected (for the page's other asynchronous adapters).
    pub fn to_page(&self) -> Callback<Action> {
        let on_action = self.on_action.clone();
        Callback::from(move |action| {
            if let Some(on_action) = on_action.borrow().as_ref() {
                on_action.emit(action);
            }
        })
    }

    fn dispatch<T: 'static>(&self, action: impl Fn(T) -> IntakeAction + 'static) -> Callback<T> {
        let on_action = self.on_action.clone();
        Callback::from(move |value: T| {
            if let Some(on_action) = on_action.borrow().as_ref() {
                on_action.emit(Action::Intake(action(value)));
            }
        })
    }
}
