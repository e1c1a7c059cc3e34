//! The root of the authority's page: the model restored from the browser's storage, the
//! built-in criteria sets fetched, the keyring manager and the received files.

use std::rc::Rc;

use yew::prelude::*;

use super::appraisal::{AppraisalPanel, Known};
use super::editor::EditorPanel;
use super::header::Header;
use super::keyring_panel::KeyringPanel;
use super::received_panel::ReceivedPanel;
use super::round::{Round, RoundSection};
use super::sections::{use_section, SectionTabs};
use super::shelf::IdbShelf;
use super::text;
use super::workers::Workers;
use crate::app::authority::intake::kept::{Shelf, ShelfOutcome};
use crate::app::authority::intake::IntakeAction;
use crate::app::authority::{intake, view, Action, AuthorityState, Msg, Section};
use crate::app::store::{Store, StoreError};
use crate::web::files::download;
use crate::web::i18n::mark_document_lang;
use crate::web::library::{fetch_all, BUILT_IN};
use crate::web::storage::{ask_persistence, LocalStore};
use crate::Lang;

/// The model and the store its effects are written to.
#[derive(Clone)]
struct Page {
    model: AuthorityState,
    store: Rc<dyn Store>,
    workers: Rc<Workers>,
    /// Where the received files are kept between visits.
    shelf: Rc<IdbShelf>,
}

impl Reducible for Page {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        let effects = next.model.reduce(action);
        next.model.persist(&effects, &*next.store);
        super::sheets::after_reduce(&mut next.model, &effects);
        if let Some(started) = next.workers.serve(&mut next.model.intake) {
            next.model.reduce(Action::Intake(started));
            next.workers.serve(&mut next.model.intake);
        }
        for command in next.model.intake.take_shelf_commands() {
            let to_page = next.workers.to_page();
            // Only what went wrong is the page's business: one action per kept file would
            // redraw the page hundreds of times.
            next.shelf.run(
                command,
                Box::new(move |outcome| {
                    if !matches!(outcome, ShelfOutcome::Kept(_) | ShelfOutcome::Forgotten) {
                        to_page.emit(Action::Intake(IntakeAction::Shelved(outcome)));
                    }
                }),
            );
        }
        Rc::new(next)
    }
}

#[component]
pub fn AuthorityPage() -> Html {
    let page = use_reducer(|| {
        let store: Rc<dyn Store> = Rc::new(LocalStore::open());
        let mut model = AuthorityState::restore(&*store);
        model.intake.use_workers();
        Page { model, store, workers: Rc::default(), shelf: Rc::default() }
    });
    {
        let dispatcher = page.dispatcher();
        super::sheets::connect(page.dispatcher().into());
        let (workers, shelf) = (page.workers.clone(), page.shelf.clone());
        use_effect_with((), move |_| {
            let replies = dispatcher.clone();
            workers.connect(Callback::from(move |action| replies.dispatch(action)));
            let restored = dispatcher.clone();
            shelf.load(Box::new(move |kept| restored.dispatch(Action::Intake(IntakeAction::Restored(kept)))));
            ask_persistence();
            fetch_all(move |file, text| dispatcher.dispatch(Action::BuiltInFetched { file: file.to_string(), text }))
        });
    }
    let state = &page.model;
    let lang = state.lang;
    use_effect_with(lang, |&lang| mark_document_lang(lang));
    let on_action = use_callback(page.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let export_failed = use_state(|| false);
    let on_export = {
        let keyring = state.keys.export_json();
        let export_failed = export_failed.clone();
        Callback::from(move |()| export_failed.set(download("keyring.json", "application/json", &keyring).is_err()))
    };

    let key_rows = Rc::new(view::key_rows(state));
    let notices = Rc::new(view::key_notices(state, lang));
    let file_rows = Rc::new(view::file_rows(state, lang));
    let summary = view::summary(&file_rows, lang);
    let set_problems = Rc::new(view::set_problems(state, lang));
    let open = use_section();
    html! {
        <ContextProvider<Lang> context={lang}>
            <Header on_switch={on_action.reform(Action::LanguageSwitched)} />
            if let Some(problem) = state.storage {
                <div class="storage-banner" role="alert">
                    <p>{ text(lang, match problem { StoreError::Full => Msg::StorageFull, StoreError::Unavailable => Msg::StorageUnavailable }) }</p>
                </div>
            }
            if *export_failed {
                <div class="load-errors" role="alert"><p>{ text(lang, Msg::DownloadFailed) }</p></div>
            }
            <SectionTabs open={open} />
            <super::sheets::SheetsStatus sheets={super::sheets::Sheets(Rc::new(state.sheets.clone()))} on_action={on_action.clone()} />
            <main class="authority-main">
                {
                    match open {
                        Section::Intake => html! { <>
                            <KeyringPanel rows={key_rows} notices={notices} removing={state.removing.clone().map(AttrValue::from)}
                                on_action={on_action.clone()} on_export={on_export} />
                            <ReceivedPanel rows={file_rows} summary={summary} checking={Rc::new(intake::status_lines(&state.intake, lang))}
                                shelf_problems={Rc::new(intake::shelf_problems(&state.intake, lang))}
                                removing={intake::removal_question(&state.intake, &state.files, lang).map(AttrValue::from)} sets_loading={state.sets_answered < BUILT_IN.len()}
                                set_problems={set_problems} on_action={on_action.clone()} />
                            <RoundSection round={Round(Rc::new(state.round.clone()))} part={Section::Intake} on_action={on_action.clone()} />
                        </> },
                        Section::Appraisal => html! {
                            <AppraisalPanel appraisal={state.appraisal.clone()} known={Known(state.known.clone())} files={state.files.clone()}
                                keys={state.keys.clone()} on_action={on_action.clone()} />
                        },
                        Section::Criteria => html! { <EditorPanel editor={Rc::new(state.editor.clone())} on_action={on_action.clone()} /> },
                        Section::Results => html! {
                            <RoundSection round={Round(Rc::new(state.round.clone()))} part={Section::Results} on_action={on_action.clone()} />
                        },
                    }
                }
            </main>
        </ContextProvider<Lang>>
    }
}
