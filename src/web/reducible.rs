//! Yew's reducer hook over the model's reducer ([`crate::app::state::AppState::reduce`]).

use std::rc::Rc;

use yew::Reducible;

use crate::app::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}
