//! The form's signed criteria texts waiting for a verdict (`AppState::unchecked`) go to the
//! verifier worker, each once; its verdicts come back as actions. The worker runs while texts
//! wait, and a new one starts for the next (a signed file is opened seldom).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::AppState;
use crate::web::set_checker::SetChecker;

/// The running worker and the texts it was asked about (a few: a list).
#[derive(Default)]
struct Asked {
    checker: Option<SetChecker>,
    texts: Vec<Rc<str>>,
}

#[hook]
pub fn use_set_checks(state: &UseReducerHandle<AppState>) {
    let asked = use_mut_ref(Asked::default);
    let waiting: Vec<Rc<str>> = state.unchecked.iter().map(|u| u.text.clone()).collect();
    let (dispatcher, lang) = (state.dispatcher(), state.lang);
    use_effect_with(waiting, move |waiting| {
        let mut asked = asked.borrow_mut();
        if waiting.is_empty() {
            // Nothing waits (answered, or the worker failed): the worker stops, and a later text
            // is asked again.
            *asked = Asked::default();
            return;
        }
        let new: Vec<Rc<str>> = waiting.iter().filter(|text| !asked.texts.contains(text)).cloned().collect();
        if new.is_empty() {
            return;
        }
        let on_action = Callback::from(move |action| dispatcher.dispatch(action));
        if asked.checker.is_none() {
            match SetChecker::start(on_action.clone(), lang) {
                Ok(started) => asked.checker = Some(started),
                Err(refused) => return on_action.emit(refused),
            }
        }
        if let Some(checker) = &asked.checker {
            checker.ask(new.iter().map(|text| text.to_string()).collect());
        }
        asked.texts.extend(new);
    });
}
