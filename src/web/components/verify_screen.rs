//! The Verify page (Kiểm tra tệp điểm), for the authority that receives score files: score files
//! and, optionally, a keyring are opened here; the verifier worker checks them; the page shows
//! one row per file and the details of the chosen one. The worker is started when the page
//! opens and stopped when it closes, so the app's first load never fetches it.

use std::rc::{Rc, Weak};

use yew::prelude::*;

use super::{KeyringInput, ReportDetails, ScoreFilesInput, VerifyResults};
use crate::app::state::{LibraryEntry, LibraryStatus, SharedSet};
use crate::app::verify::{CheckAction, Checks, VerifierFailure, WorkerState};
use crate::web::i18n::{t, use_lang, Msg};
use crate::web::verifier::Verifier;

/// The model and the worker its requests go to. Weak: the page owns the worker (its callbacks
/// hold this state's dispatcher, so a strong handle here would keep both alive).
#[derive(Default)]
struct VerifyPage {
    checks: Checks,
    verifier: Weak<Verifier>,
}

enum PageAction {
    Started(Weak<Verifier>),
    Check(CheckAction),
}

impl Reducible for VerifyPage {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        let mut checks = self.checks.clone();
        let (verifier, action) = match action {
            PageAction::Started(verifier) => (verifier, CheckAction::VerifierStarted),
            PageAction::Check(action) => (self.verifier.clone(), action),
        };
        if let (Some(request), Some(worker)) = (checks.reduce(action), verifier.upgrade()) {
            worker.send(&request);
        }
        Rc::new(VerifyPage { checks, verifier })
    }
}

#[derive(Properties, PartialEq)]
pub struct VerifyScreenProps {
    /// The built-in criteria sets: files are checked against those loaded.
    pub library: Vec<LibraryEntry>,
}

#[component]
pub fn VerifyScreen(props: &VerifyScreenProps) -> Html {
    let lang = use_lang();
    let sets = loaded_sets(&props.library);
    let page = use_reducer(VerifyPage::default);
    use_verifier(page.dispatcher());
    let on_action = use_callback(page.dispatcher(), |action: CheckAction, dispatcher| {
        dispatcher.dispatch(PageAction::Check(action))
    });
    {
        let on_action = on_action.clone();
        use_effect_with(sets.clone(), move |sets| {
            on_action.emit(CheckAction::SetsChanged(sets.iter().map(|set| set.source.clone()).collect()))
        });
    }
    let checks = &page.checks;
    let selected = checks.selected.and_then(|index| checks.rows.get(index));
    html! {
        <main class="verify-screen" id="main">
            <h2>{ t(lang, Msg::VerifyHeading) }</h2>
            <p class="hint">{ t(lang, Msg::VerifyIntro) }</p>
            { worker_notice(lang, &checks.worker) }
            <div class="verify-inputs">
                <ScoreFilesInput on_read={on_action.reform(CheckAction::FilesRead)} />
                <KeyringInput keyring={checks.keyring.clone()} on_action={on_action.clone()} />
            </div>
            <KnownSets sets={sets.clone()} />
            <VerifyResults rows={checks.rows.clone()} selected={checks.selected} tally={checks.tally()}
                duplicates={checks.duplicates()} pending={checks.pending()} sets={sets.clone()} on_action={on_action.clone()} />
            if let Some(row) = selected {
                <ReportDetails name={row.name.clone()} check={row.check.clone()} sets={sets.clone()} />
            }
        </main>
    }
}

/// The built-in sets loaded so far, in the library's order.
fn loaded_sets(library: &[LibraryEntry]) -> Vec<SharedSet> {
    let ready = library.iter().filter_map(|entry| match &entry.status {
        LibraryStatus::Ready(set) => Some(set.clone()),
        _ => None,
    });
    ready.collect()
}

/// Starts the worker when the page opens and stops it when the page closes. The page's state
/// holds only a weak handle: the worker's callbacks hold the state's dispatcher.
#[hook]
fn use_verifier(dispatcher: UseReducerDispatcher<VerifyPage>) {
    use_effect_with((), move |_| {
        let on_reply = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |reply| dispatcher.dispatch(PageAction::Check(CheckAction::Replied(reply))))
        };
        let on_failure = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |reason| dispatcher.dispatch(PageAction::Check(CheckAction::VerifierFailed(reason))))
        };
        let verifier = Verifier::start(on_reply, on_failure).map(Rc::new);
        match &verifier {
            Ok(verifier) => dispatcher.dispatch(PageAction::Started(Rc::downgrade(verifier))),
            Err(failure) => dispatcher.dispatch(PageAction::Check(CheckAction::VerifierFailed(*failure))),
        }
        move || drop(verifier)
    });
}

fn worker_notice(lang: crate::Lang, worker: &WorkerState) -> Html {
    match worker {
        WorkerState::Starting => html! { <p class="hint" role="status">{ t(lang, Msg::VerifierStarting) }</p> },
        WorkerState::Running => html! {},
        WorkerState::Failed(failure) => {
            let message = match failure {
                VerifierFailure::CannotStart => Msg::VerifierCannotStart,
                VerifierFailure::Stopped => Msg::VerifierStopped,
            };
            html! { <div class="load-errors" role="alert"><p>{ t(lang, message) }</p></div> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct KnownSetsProps {
    sets: Vec<SharedSet>,
}

/// The sets a file's criteria must match: title, id, version and the start of the SHA-256.
#[component]
fn KnownSets(props: &KnownSetsProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="known-sets" aria-labelledby="known-sets-heading">
            <h3 id="known-sets-heading">{ t(lang, Msg::KnownSetsHeading) }</h3>
            <ul>
                { for props.sets.iter().map(|set| html! {
                    <li>
                        { set.title.get(lang) }
                        <span class="hint">{ format!(" · {} {} · SHA-256 {}…", set.id, set.version, set.sha256.get(..12).unwrap_or(&set.sha256)) }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
