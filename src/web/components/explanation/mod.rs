//! The agency's explanation screen (giải trình): opened from the header, never part of the
//! first screen. It keeps its own state (`app::explanation`) while open; the files it works on
//! are on the agency's disk, and the signed explanation is downloaded.

mod item;

use crate::i18n::Bilingual;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::explanation::view::{problem, screen};
use crate::app::explanation::{ExplanationAction, ExplanationState, ExplanationText as T};
use crate::app::review_text::ReviewText;
use crate::app::signing_key::StoredKey;
use crate::app::state::{LibraryEntry, LibraryStatus, SharedSet};
use crate::criteria::CriteriaSet;
use crate::web::components::input_text;
use crate::web::files::download;
use crate::web::i18n::use_lang;
use crate::web::library::read_file;
use crate::Lang;
use item::ExplainItem;

#[derive(Properties, PartialEq)]
pub struct ExplanationScreenProps {
    /// The built-in sets and those added: an appraisal is checked against those loaded.
    pub library: Vec<LibraryEntry>,
    pub added: Vec<SharedSet>,
    pub signing_key: Option<StoredKey>,
}

/// The screen's own state, changed by its actions.
#[derive(Default)]
struct Screen {
    state: ExplanationState,
    known: Rc<Vec<CriteriaSet>>,
}

enum Change {
    Known(Rc<Vec<CriteriaSet>>),
    Act(ExplanationAction),
}

impl Reducible for Screen {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = Screen { state: self.state.clone(), known: self.known.clone() };
        match change {
            Change::Known(known) => {
                next.state.sets_changed(&known);
                next.known = known;
            }
            Change::Act(action) => next.state.reduce(action, &next.known),
        }
        Rc::new(next)
    }
}

fn say(lang: Lang, text: impl Bilingual) -> String {
    text.text(lang)
}

#[component]
pub fn ExplanationScreen(props: &ExplanationScreenProps) -> Html {
    let lang = use_lang();
    let screen_state = use_reducer(Screen::default);
    {
        let dispatcher = screen_state.dispatcher();
        let sets: Vec<SharedSet> = props
            .library
            .iter()
            .filter_map(|entry| match &entry.status {
                LibraryStatus::Ready(set) => Some(set.clone()),
                _ => None,
            })
            .chain(props.added.iter().cloned())
            .collect();
        use_effect_with(sets, move |sets| {
            dispatcher.dispatch(Change::Known(Rc::new(sets.iter().map(|s| CriteriaSet::clone(s)).collect())))
        });
    }
    let on_action =
        use_callback(screen_state.dispatcher(), |action: ExplanationAction, d| d.dispatch(Change::Act(action)));
    let passphrase = use_state(String::new);
    let outcome = use_state(|| None::<Result<String, String>>);
    let file_input =
        |id: &'static str, label: T<'static>, make: fn(String, Result<String, String>) -> ExplanationAction| {
            let on_action = on_action.clone();
            let on_change = Callback::from(move |event: Event| {
                let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
                let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
                input.set_value("");
                let on_action = on_action.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = read_file(&file).await;
                    on_action.emit(make(file.name(), text));
                });
            });
            html! {
                <div class="field">
                    <label for={id}>{ say(lang, label) }</label>
                    <input id={id} type="file" accept=".json,application/json" onchange={on_change} />
                </div>
            }
        };
    let state = &screen_state.state;
    let view = screen(state, &screen_state.known, lang);
    let on_sign = {
        let (passphrase, outcome, key) = (passphrase.clone(), outcome.clone(), props.signing_key.clone());
        let (state, on_action) = (state.clone(), on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(key) = &key else { return };
            let now = (js_sys::Date::now() / 1000.0) as i64;
            let signed = state.sign(key, &passphrase, now).map_err(|p| problem(&p, lang)).and_then(|(name, text)| {
                download(&name, "application/json", &text).map(|()| name).map_err(|_| say(lang, T::DownloadFailed))
            });
            if let Ok(name) = &signed {
                passphrase.set(String::new());
                on_action.emit(ExplanationAction::Signed { name: name.clone() });
            }
            outcome.set(Some(signed.map(|name| say(lang, T::Signed { file: &name }))));
        })
    };
    html! {
        <main class="explanation-screen" id="main">
            <h2>{ say(lang, T::Heading) }</h2>
            <p class="hint">{ say(lang, T::Intro) }</p>
            { file_input("appraisal-file", T::AppraisalFileLabel, |name, text| ExplanationAction::AppraisalOpened { name, text }) }
            { file_input("own-score-file", T::ScoreFileLabel, |name, text| ExplanationAction::ScoreFileOpened { name, text }) }
            if let Some((file, reason)) = &state.unreadable {
                <p class="load-errors" role="alert">{ say(lang, ReviewText::Unreadable { file, reason }) }</p>
            }
            if let Some(view) = view {
                <p class={classes!("appraisal-verdict", if view.sound { "verdict-warn" } else { "verdict-bad" })} id="appraisal-verdict">{ &view.verdict }</p>
                if view.sound {
                    <h3>{ &view.agency }</h3>
                    <p id="explanation-totals" role="status">{ say(lang, T::Totals { self_index: &view.self_index, appraised_index: &view.appraised_index, differences: view.differences }) }</p>
                    <div class="explain-items">
                        { for view.items.iter().map(|row| html! { <ExplainItem row={row.clone()} on_action={on_action.clone()} /> }) }
                    </div>
                    if props.signing_key.is_none() {
                        <p class="load-errors" role="alert">{ say(lang, T::NoKey) }</p>
                    } else {
                        <form class="sign-box" onsubmit={on_sign}>
                            <div class="field">
                                <label for="explain-passphrase">{ say(lang, T::PassphraseLabel) }</label>
                                <input id="explain-passphrase" type="password" autocomplete="off" value={(*passphrase).clone()}
                                    oninput={{ let p = passphrase.clone(); Callback::from(move |e: InputEvent| p.set(input_text(e))) }} />
                            </div>
                            <button type="submit" id="explain-sign" class="button-primary">{ say(lang, T::Sign) }</button>
                        </form>
                    }
                    { match &*outcome {
                        Some(Ok(done)) => html! { <p class="sign-done" role="status">{ done }</p> },
                        Some(Err(problem)) => html! { <p class="field-problem" role="alert">{ problem }</p> },
                        None => html! {},
                    } }
                }
            }
        </main>
    }
}
