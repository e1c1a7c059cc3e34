//! The official report page (report.html): the draft the address names (`#draft=ID`) as a
//! Vietnamese administrative document, to print on A4 (only the document prints) or to download
//! as CSV. A page of its own, with its own wasm, so that the agency's form carries none of it. It
//! reads what the form keeps in this browser (the language, the drafts, the sets added, the last
//! signed file) through the agency app's own model, and fetches the built-in sets. With `&print`
//! in the address (Ctrl+P on the form) it prints once the report is drawn.

mod document;
mod help;
mod table;

use crate::i18n::Bilingual;
use yew::prelude::*;

use self::document::ReportDocument;
use super::components::language_buttons;
use super::hooks::download::{use_downloads, DownloadRefused, Offer};
use super::hooks::restored_app::{language_switch, use_restored_app};
use super::i18n::{t, Msg};
use super::pages::{page_href, AGENCY_PAGE};
use crate::app::report::csv;
use crate::app::report_page::signed::SignedRecord;
use crate::app::report_page::workbook::report_sheet;
use crate::app::report_page::{report_link, Address};
use crate::app::state::{Action, AppState, LibraryStatus};
use crate::file_name::file_name;
use crate::i18n::report::ReportText;
use crate::sheet_worker::XLSX_TYPE;
use crate::web::sheets_worker::{write_once, WriteFailure};
use crate::Lang;

/// Mounts the page on its `<body>`: the report, or the help page (help.html shares this wasm;
/// its `<body>` says `data-page="help"`).
pub fn start() {
    let body = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body());
    match body.and_then(|b| b.get_attribute("data-page")).as_deref() {
        Some("help") => crate::web::mount::<help::HelpPage>(),
        _ => crate::web::mount::<ReportPage>(),
    }
}

fn address() -> Address {
    Address::parse(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default())
}

/// The agency app restored from this browser, with the draft the address names opened once its
/// set is known (a built-in set arrives by fetch); and how many built-in sets are still loading.
#[hook]
fn use_addressed_draft() -> (UseReducerHandle<AppState>, UseStateHandle<Address>, usize) {
    let address = use_state(address);
    let state = use_restored_app(|state| state);
    let loading = state.library.iter().filter(|e| matches!(e.status, LibraryStatus::Loading)).count();
    let open_id = state.session.as_ref().map(|s| s.id.clone());
    {
        let (dispatcher, wanted) = (state.dispatcher(), address.draft.clone());
        use_effect_with(loading, move |_| {
            if let Some(id) = wanted.filter(|id| open_id.as_ref() != Some(id)) {
                dispatcher.dispatch(Action::DraftOpened(id));
            }
        });
    }
    (state, address, loading)
}

#[component]
fn ReportPage() -> Html {
    let (state, address, loading) = use_addressed_draft();
    let lang = state.lang;
    let session = state.session.as_ref().filter(|s| address.draft.as_ref() == Some(&s.id));
    let drawn = session.is_some();
    {
        // Printed once: the flag leaves the address, so a reload does not print again.
        let address = address.clone();
        use_effect_with(drawn, move |&drawn| {
            let Some(window) = web_sys::window().filter(|_| drawn && address.print) else { return };
            if let Some(id) = &address.draft {
                let _ = window.location().replace(&report_link("", id, false));
            }
            address.set(Address { print: false, ..(*address).clone() });
            let _ = window.print();
        });
    }
    let signed = use_memo((address.draft.clone(), drawn), |(id, _)| {
        id.as_deref().and_then(|id| SignedRecord::load(&*state.store.0, id))
    });
    let downloads = use_downloads();
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_csv = session.map(|s| {
        let (name, set, card, draft) = (s.name.clone(), s.set.clone(), s.card.clone(), s.draft.clone());
        let downloads = downloads.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv(&set, &card, &draft, lang);
            downloads.offer(Offer::new(file_name(&name, ".csv"), "text/csv;charset=utf-8", text));
        })
    });
    let excel = use_state(|| ExcelStatus::Idle);
    let on_xlsx = session.map(|s| {
        let (name, set, card, draft) = (s.name.clone(), s.set.clone(), s.card.clone(), s.draft.clone());
        let (downloads, excel) = (downloads.clone(), excel.clone());
        Callback::from(move |_: MouseEvent| {
            let sheet = report_sheet(&set, &card, &draft, lang, &today());
            let (downloads, excel, name) = (downloads.clone(), excel.clone(), name.clone());
            excel.set(ExcelStatus::Working);
            wasm_bindgen_futures::spawn_local(async move {
                match write_once(vec![sheet]).await {
                    Ok(bytes) => {
                        downloads.offer(Offer::bytes(file_name(&name, ".xlsx"), XLSX_TYPE, bytes));
                        excel.set(ExcelStatus::Idle);
                    }
                    Err(failure) => excel.set(ExcelStatus::Failed(failure)),
                }
            });
        })
    });
    let excel_said = match &*excel {
        ExcelStatus::Idle => None,
        ExcelStatus::Working => {
            Some(html! { <p role="status" id="report-xlsx-working">{ ReportText::XlsxWorking.text(lang) }</p> })
        }
        ExcelStatus::Failed(failure) => {
            let said = match failure {
                WriteFailure::CannotStart => ReportText::XlsxCannotStart.text(lang),
                WriteFailure::Stopped => ReportText::XlsxStopped.text(lang),
                WriteFailure::Refused(detail) => ReportText::XlsxFailed { detail }.text(lang),
            };
            Some(html! { <p class="warning" role="alert" id="report-xlsx-problem">{ said }</p> })
        }
    };
    let on_switch = language_switch(&state);
    let body = match session {
        Some(session) => html! {
            <ReportDocument set={session.set.clone()} card={session.card.clone()} draft={session.draft.clone()}
                signed={(*signed).clone()} />
        },
        None => {
            let said = match address.draft.as_ref() {
                Some(_) if loading > 0 => ReportText::DraftLoading.text(lang),
                Some(id) => ReportText::DraftMissing { id }.text(lang),
                None => ReportText::NoDraft.text(lang),
            };
            html! { <p class="warning" id="report-draft-missing" role="status">{ said }</p> }
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <header class="app-header">
                <div class="app-header-text">
                    <h1>{ ReportText::Heading.text(lang) }</h1>
                    if let Some(session) = session {
                        <p class="app-header-set" id="report-draft-name">{ &session.name }</p>
                    }
                </div>
                <nav class="app-header-actions">
                    if let Some(on_csv) = on_csv {
                        <button type="button" class="button-primary" id="report-print" onclick={on_print}>{ t(lang, Msg::Print) }</button>
                        <button type="button" class="button-quiet" id="report-csv" onclick={on_csv}
                            title={ReportText::CsvHint.text(lang)}>{ t(lang, Msg::DownloadCsv) }</button>
                    }
                    if let Some(on_xlsx) = on_xlsx {
                        <button type="button" class="button-quiet" id="report-xlsx" onclick={on_xlsx}
                            disabled={*excel == ExcelStatus::Working} title={ReportText::XlsxHint.text(lang)}>
                            { ReportText::XlsxButton.text(lang) }</button>
                    }
                    <a class="button-quiet" id="agency-page" href={page_href(AGENCY_PAGE)}>{ ReportText::BackToForm.text(lang) }</a>
                    { language_buttons(&on_switch, t(lang, Msg::LanguageLabel), lang) }
                </nav>
            </header>
            <main id="main" class="report-main">
                <DownloadRefused downloads={downloads} />
                { for excel_said }
                { body }
            </main>
        </ContextProvider<Lang>>
    }
}

/// Where the Excel download is: the worker writes it, or it could not.
#[derive(Clone, Debug, PartialEq)]
enum ExcelStatus {
    Idle,
    Working,
    Failed(WriteFailure),
}

/// Today in this computer's time zone, `YYYY-MM-DD`: the workbook's export date.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
