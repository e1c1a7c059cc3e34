//! The signing page (sign.html): the agency's signing key (make it, back it up and check the
//! backup, restore it) and "Ký và xuất" for the draft the address names (`#draft=ID`). A page of
//! its own, with its own wasm, so that the agency's form carries none of the signing and key
//! encryption code. It reads what the form keeps in this browser (the language, the drafts, the
//! sets added, the key) through the agency app's own model, and fetches the built-in sets.

mod backup_view;
mod key_screen;
mod sign_view;

use crate::i18n::Bilingual;
use yew::prelude::*;

use self::key_screen::{KeyRestoreScreen, KeyScreen};
use self::sign_view::SignView;
use super::components::language_buttons;
use super::hooks::restored_app::use_restored_app;
use super::i18n::{t, Msg};
use super::pages::{page_href, AGENCY_PAGE};
use crate::app::report_page::signed::SignedRecord;
use crate::app::sign_page::backup::Backup;
use crate::app::sign_page::messages::SignPageText;
use crate::app::sign_page::{draft_in_fragment, suggested_agency};
use crate::app::state::{Action, LibraryStatus, Screen};
use crate::Lang;

/// Mounts the page on its `<body>`.
pub fn start() {
    crate::web::mount::<SignPage>();
}

/// The draft the page's address names, if any.
fn draft_in_address() -> Option<String> {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    draft_in_fragment(&hash)
}

#[component]
fn SignPage() -> Html {
    let draft_id = use_state(draft_in_address);
    let to_sign = draft_id.is_some();
    // Without a draft to sign, the page is the key's.
    let state = use_restored_app(move |state| if to_sign { state } else { state.reduce(Action::KeyScreenOpened) });
    let lang = state.lang;
    // The draft opens once its set is known: a built-in set arrives by fetch.
    let loading = state.library.iter().filter(|e| matches!(e.status, LibraryStatus::Loading)).count();
    let open_id = state.session.as_ref().filter(|s| !s.read_only).map(|s| s.id.clone());
    {
        let (dispatcher, wanted, open_id) = (state.dispatcher(), (*draft_id).clone(), open_id.clone());
        let on_key_screen = matches!(state.screen, Screen::Key | Screen::KeyRestore);
        use_effect_with(loading, move |_| {
            if let Some(id) = wanted.filter(|id| open_id.as_ref() != Some(id) && !on_key_screen) {
                dispatcher.dispatch(Action::DraftOpened(id));
            }
        });
    }

    // The key's backup record: as stored, or as last changed here (kept even if the store
    // refuses it, so that the page says what happened).
    let changed_backup = use_state(|| None::<Backup>);
    let backup = state.key.as_ref().map(|key| match &*changed_backup {
        Some(backup) if backup.is_for(key) => backup.clone(),
        _ => Backup::load(&*state.store.0, key),
    });
    let on_backup = {
        let (changed_backup, store) = (changed_backup.clone(), state.store.clone());
        Callback::from(move |backup: Backup| {
            // Best effort: the page keeps it in memory, and the storage banner of the form says
            // when this browser's storage refuses writes.
            let _ = backup.save(&*store.0);
            changed_backup.set(Some(backup));
        })
    };

    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    // Best effort, as the backup's record: without it the report names no file.
    let on_signed = {
        let (store, id) = (state.store.clone(), (*draft_id).clone());
        Callback::from(move |record: SignedRecord| {
            if let Some(id) = &id {
                let _ = record.save(&*store.0, id);
            }
        })
    };
    let on_switch = on_action.reform(Action::LanguageSwitched);
    let session = state.session.as_ref().filter(|s| draft_id.as_ref() == Some(&s.id) && !s.read_only);
    let back_to_signing =
        draft_id.as_ref().filter(|_| matches!(state.screen, Screen::Key | Screen::KeyRestore)).map(|id| {
            on_action.reform({
                let id = id.clone();
                move |_: MouseEvent| Action::DraftOpened(id.clone())
            })
        });
    let stored_agency = use_memo((*draft_id).clone(), |id| suggested_agency(&*state.store.0, id.as_deref()));
    let agency = session
        .map(|s| (s.draft.agency.name.clone(), s.draft.agency.code.clone()))
        .or_else(|| (*stored_agency).clone());
    let body = match (&state.screen, session) {
        (Screen::Key, _) => html! {
            <KeyScreen signing_key={state.key.clone()} backup={backup.clone()} agency={agency} on_action={on_action.clone()} on_backup={on_backup} />
        },
        (Screen::KeyRestore, _) => html! {
            <KeyRestoreScreen signing_key={state.key.clone()} backup={backup.clone()} agency={agency} on_action={on_action.clone()} on_backup={on_backup} />
        },
        (_, Some(session)) => html! {
            // Always the saved draft: a scenario is never signed.
            <main id="main" class="wide-main">
                <SignView set={session.set.clone()} draft={session.saved_draft().clone()} card={session.saved_card().clone()}
                    signing_key={state.key.clone()} backup_safety={backup.as_ref().map(Backup::safety)}
                    read_only={session.read_only} on_action={on_action.clone()} on_signed={on_signed} />
            </main>
        },
        (_, None) => {
            let said = match draft_id.as_ref() {
                Some(_) if loading > 0 => SignPageText::DraftLoading.text(lang),
                Some(id) => SignPageText::DraftMissing { id }.text(lang),
                None => SignPageText::NoDraft.text(lang),
            };
            html! { <main id="main" class="wide-main"><p class="warning" id="sign-draft-missing" role="status">{ said }</p></main> }
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="app-header">
                <div class="app-header-text">
                    <h1>{ SignPageText::Heading.text(lang) }</h1>
                    if let Some(session) = session {
                        <p class="app-header-set" id="sign-draft-name">{ &session.name }</p>
                    }
                </div>
                <nav class="app-header-actions">
                    if let Some(on_back) = back_to_signing {
                        <button type="button" class="button-quiet" id="back-to-signing" onclick={on_back}>{ SignPageText::BackToSigning.text(lang) }</button>
                    }
                    <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ SignPageText::BackToForm.text(lang) }</a>
                    { language_buttons(&on_switch, t(lang, Msg::LanguageLabel), lang) }
                </nav>
            </header>
            { body }
        </ContextProvider<Lang>>
    }
}
