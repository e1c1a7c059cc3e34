//! The trainer's page (trainer.html): a draft kept in this browser, or a built-in set's example
//! agency, shown one item per screen for a projector ("Trình chiếu") or as the range of its
//! final index while the survey is unknown ("Dự báo"). A page of its own, so that the agency's
//! form does not download these views. It opens the draft the agency's page has open (the app
//! model restores it from the browser's storage, as the explanation page does) and fetches the
//! built-in sets and their example agencies.

use crate::i18n::Bilingual;
use yew::prelude::*;

use super::components::{page_header, total_bar, PresentationView, ProjectionView};
use super::hooks::restored_app::use_restored_app;
use super::i18n::{t, Msg};
use super::library::{demo_url_of, fetch_text};
use crate::app::state::{Action, AppState, LibraryStatus, View};
use crate::app::trainer::TrainerText;
use crate::Lang;

/// Mounts the page on its `<body>`.
pub fn start() {
    super::mount::<TrainerPage>();
}

#[component]
fn TrainerPage() -> Html {
    // The draft the agency's page has open goes straight to the slides (none open: the choice of
    // a draft).
    let state = use_restored_app(|state| state.reduce(Action::ViewOpened(View::Presentation)));
    let lang = state.lang;
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_switch = on_action.reform(Action::LanguageSwitched);
    // The draft shown, with the view chosen on this page: the form's own views (the form, the
    // report…) are the agency page's, so any other view here is the choice of a draft.
    let shown = state.scoring().filter(|s| matches!(s.view, View::Projection | View::Presentation));
    let body = match shown {
        Some(session) => {
            let tab = |view: View, msg: Msg| {
                let on_click = on_action.reform(move |_: MouseEvent| Action::ViewOpened(view));
                html! {
                    <button type="button" class="view-tab" aria-pressed={(session.view == view).to_string()} onclick={on_click}>
                        { t(lang, msg) }
                    </button>
                }
            };
            html! {
                <>
                    { total_bar(&session.set, &session.card, lang) }
                    <nav class="draft-toolbar" aria-label={t(lang, Msg::ViewsLabel)}>
                        <p class="trainer-showing">{ TrainerText::Showing { name: &session.name }.text(lang) }</p>
                        <div class="view-tabs" role="group">
                            { tab(View::Presentation, Msg::ViewPresentation) }
                            { tab(View::Projection, Msg::ViewProjection) }
                        </div>
                        <button type="button" class="button-quiet" id="trainer-choose"
                            onclick={on_action.reform(|_: MouseEvent| Action::ViewOpened(View::Form))}>
                            { TrainerText::ChooseAnother.text(lang) }
                        </button>
                    </nav>
                    <main id="main" class="wide-main">
                        if session.view == View::Presentation {
                            <PresentationView set={session.set.clone()} card={session.card.clone()} on_action={on_action.clone()} />
                        } else {
                            <ProjectionView set={session.set.clone()} draft={session.draft.clone()} />
                        }
                    </main>
                </>
            }
        }
        None => html! { <TrainerChoice state={state.clone()} on_action={on_action.clone()} /> },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            { page_header(&TrainerText::Heading.text(lang), &on_switch, lang) }
            { body }
        </ContextProvider<Lang>>
    }
}

#[derive(Properties, PartialEq)]
struct TrainerChoiceProps {
    state: UseReducerHandle<AppState>,
    on_action: Callback<Action>,
}

/// The drafts kept in this browser and the built-in sets' example agencies: choosing one opens
/// it on the slides.
#[component]
fn TrainerChoice(props: &TrainerChoiceProps) -> Html {
    let lang = props.state.lang;
    let on_action = &props.on_action;
    // Opened, then shown on the slides: the model opens a draft on its form.
    let then_slides = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(action.clone());
            on_action.emit(Action::ViewOpened(View::Presentation));
        })
    };
    let drafts = props.state.drafts.iter().map(|draft| {
        let open = then_slides(Action::DraftOpened(draft.id.clone()));
        html! {
            <li><button type="button" class="button-quiet trainer-draft" data-id={draft.id.clone()} onclick={open}>
                { &draft.name }
            </button></li>
        }
    });
    let demos = props.state.library.iter().filter_map(|entry| {
        let LibraryStatus::Ready(set) = &entry.status else { return None };
        let file = entry.file;
        let on_action = on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let url = demo_url_of(file);
                match fetch_text(&url).await {
                    Ok(text) => {
                        on_action.emit(Action::DemoOpened { name: url, text });
                        on_action.emit(Action::ViewOpened(View::Presentation));
                    }
                    Err(reason) => on_action.emit(Action::DraftFileUnreadable { name: url, reason }),
                }
            })
        });
        Some(html! {
            <li><button type="button" class="button-quiet trainer-demo" data-file={file} onclick={onclick}>
                { TrainerText::DemoOf { title: set.title.get(lang) }.text(lang) }
            </button></li>
        })
    });
    let (drafts, demos): (Vec<Html>, Vec<Html>) = (drafts.collect(), demos.collect());
    html! {
        <main id="main" class="wide-main trainer-choice">
            <p class="hint">{ TrainerText::Intro.text(lang) }</p>
            if drafts.is_empty() && demos.is_empty() {
                <p role="status">{ TrainerText::NothingYet.text(lang) }</p>
            }
            if !drafts.is_empty() {
                <h2>{ TrainerText::DraftsHeading.text(lang) }</h2>
                <ul class="trainer-list">{ for drafts }</ul>
            }
            if !demos.is_empty() {
                <h2>{ TrainerText::DemosHeading.text(lang) }</h2>
                <ul class="trainer-list">{ for demos }</ul>
            }
            if let Some(problem) = &props.state.draft_problem {
                <div class="load-errors" role="alert"><p>{ problem.text(lang) }</p></div>
            }
        </main>
    }
}
