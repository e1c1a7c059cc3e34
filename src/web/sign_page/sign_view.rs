//! "Ký và xuất" (sign and export): first what will be signed (the totals, the items still
//! unanswered, the items without evidence), then the passphrase that opens the agency's key, and
//! the signed score file downloads as `<agency-code>-<year>-<criteria-id>.score.json`. With items
//! unanswered, the user confirms first; a key whose backup is not checked is said beside it.

use crate::i18n::Bilingual;
use std::rc::Rc;

use yew::prelude::*;

use super::backup_view::safety_text;
use crate::answers::{agency_label, Draft};
use crate::app::report_page::signed::SignedRecord;
use crate::app::sign_page::backup::Safety;
use crate::app::sign_page::messages::SignPageText;
use crate::app::sign_page::Readiness;
use crate::app::signing_key::{SignError, StoredKey};
use crate::app::state::{Action, SharedSet};
use crate::app::view::{band_title, index_percent};
use crate::scorefile::Preview;
use crate::scoring::Scorecard;
use crate::web::components::key_forms::{after_paint, key_error, PassphraseField};
use crate::web::files::download;
use crate::web::i18n::{t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct SignViewProps {
    pub set: SharedSet,
    /// The saved draft (never a scenario) and its scorecard.
    pub draft: Rc<Draft>,
    pub card: Rc<Scorecard>,
    pub signing_key: Option<StoredKey>,
    /// How safe the key's backup is (with a key).
    pub backup_safety: Option<Safety>,
    /// A demo opened to look at cannot be signed.
    pub read_only: bool,
    pub on_action: Callback<Action>,
    /// The file signed and downloaded, for the report to name.
    pub on_signed: Callback<SignedRecord>,
}

#[component]
pub fn SignView(props: &SignViewProps) -> Html {
    let lang = use_lang();
    let preview = use_memo((props.set.clone(), props.draft.clone(), props.card.clone()), |(set, draft, card)| {
        Preview::of(set, draft, card)
    });
    html! {
        <section class="sign-view" aria-labelledby="sign-heading">
            <h2 id="sign-heading">{ t(lang, Msg::SignHeading) }</h2>
            <p class="hint">{ t(lang, Msg::SignIntro) }</p>
            <SignSummary set={props.set.clone()} draft={props.draft.clone()} preview={preview.clone()} />
            <OpenItems set={props.set.clone()} preview={preview.clone()} />
            if props.read_only {
                <p class="warning">{ t(lang, Msg::SignDemo) }</p>
            } else if !preview.signable() {
                <p class="warning" role="alert">{ t(lang, Msg::SignBlocked) }</p>
            } else if let Some(key) = &props.signing_key {
                if let Some(safety) = props.backup_safety.filter(|&s| s != Safety::Safe) {
                    <div class="warning" id="sign-key-unsafe">
                        <p>{ SignPageText::SignWithUnsafeKey.text(lang) }{ " " }{ safety_text(lang, safety).0 }</p>
                        <button type="button" class="button-quiet" onclick={props.on_action.reform(|_: MouseEvent| Action::KeyScreenOpened)}>
                            { SignPageText::ManageKey.text(lang) }
                        </button>
                    </div>
                }
                <SignForm set={props.set.clone()} draft={props.draft.clone()} signing_key={key.clone()} preview={preview.clone()} on_signed={props.on_signed.clone()} />
            } else {
                <div class="sign-no-key">
                    <p class="warning">{ t(lang, Msg::SignNoKey) }</p>
                    <button type="button" class="button-primary" onclick={props.on_action.reform(|_: MouseEvent| Action::KeyScreenOpened)}>
                        { t(lang, Msg::SignGetKey) }
                    </button>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    set: SharedSet,
    draft: Rc<Draft>,
    preview: Rc<Preview>,
}

/// Who signs what: the agency, the year, the set, and the figures the file will claim.
#[component]
fn SignSummary(props: &SummaryProps) -> Html {
    let lang = use_lang();
    let (set, draft, totals) = (&props.set, &props.draft, &props.preview.totals);
    let band = band_title(set, props.preview.band, lang);
    let row = |label: Msg, id: &'static str, value: String| {
        html! { <div><dt>{ t(lang, label) }</dt><dd id={id}>{ value }</dd></div> }
    };
    html! {
        <dl class="sign-summary">
            { row(Msg::AgencyLabel, "sign-agency", agency_label(&draft.agency.name, &draft.agency.code)) }
            { row(Msg::EvaluationYear, "sign-year", draft.year.to_string()) }
            { row(Msg::SetLabel, "sign-set", format!("{} · {} {}", set.title.get(lang), set.id, set.version)) }
            { row(Msg::TotalLabel, "sign-total", format!("{} / {}", lang.number(totals.total), lang.number(totals.scale))) }
            { row(Msg::IndexLabel, "sign-index", index_percent(set, totals.index, lang)) }
            { row(Msg::BandLabel, "sign-band", band.to_string()) }
            if totals.survey_items > 0 {
                { row(Msg::SurveyLabel, "sign-survey", tf(lang, Msg::SignSurveyPending, &[&totals.survey_items.to_string()])) }
            }
        </dl>
    }
}

#[derive(Properties, PartialEq)]
struct OpenItemsProps {
    set: SharedSet,
    preview: Rc<Preview>,
}

/// The items still open (the form, one page back, is where they are answered); and the answers
/// that block signing, with what is wrong.
#[component]
fn OpenItems(props: &OpenItemsProps) -> Html {
    let lang = use_lang();
    let preview = &props.preview;
    let list = |id: &'static str, heading: Msg, none: Msg, codes: &[String]| {
        html! {
            <section class="sign-open" aria-labelledby={id}>
                <h3 id={id}>{ tf(lang, heading, &[&codes.len().to_string()]) }</h3>
                if codes.is_empty() {
                    <p class="hint">{ t(lang, none) }</p>
                } else {
                    <ul>{ for codes.iter().map(|code| item_line(lang, &props.set, code)) }</ul>
                }
            </section>
        }
    };
    html! {
        <>
            if !preview.problems.is_empty() {
                <section class="sign-open sign-problems" aria-labelledby="sign-problems">
                    <h3 id="sign-problems">{ tf(lang, Msg::SignProblems, &[&preview.problems.len().to_string()]) }</h3>
                    <ul>{ for preview.problems.iter().map(|p| html! { <li>{ p.located(lang) }</li> }) }</ul>
                </section>
            }
            { list("sign-unanswered", Msg::SignUnanswered, Msg::SignAllAnswered, &preview.unanswered) }
            { list("sign-missing-evidence", Msg::SignMissingEvidence, Msg::SignAllEvidenced, &preview.missing_evidence) }
        </>
    }
}

fn item_line(lang: Lang, set: &SharedSet, code: &str) -> Html {
    let title = set.find(code).map(|id| set.node(id).title.get(lang)).unwrap_or_default();
    html! { <li><span class="item-code">{ code }</span>{ " " }{ title }</li> }
}

#[derive(Properties, PartialEq)]
struct SignFormProps {
    set: SharedSet,
    draft: Rc<Draft>,
    signing_key: StoredKey,
    preview: Rc<Preview>,
    on_signed: Callback<SignedRecord>,
}

/// Where signing is.
#[derive(Clone, PartialEq)]
enum Signing {
    Idle,
    Working,
    Failed(String),
    /// The file that was downloaded.
    Done(String),
}

/// The key that will sign, its passphrase, and the button.
#[component]
fn SignForm(props: &SignFormProps) -> Html {
    let lang = use_lang();
    let passphrase = use_state(String::new);
    let signing = use_state(|| Signing::Idle);
    let confirmed = use_state(|| false);
    let readiness = Readiness::of(&props.preview, *confirmed);
    let on_submit = {
        let (passphrase, signing) = (passphrase.clone(), signing.clone());
        let (set, draft, key) = (props.set.clone(), props.draft.clone(), props.signing_key.clone());
        let on_signed = props.on_signed.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !readiness.can_sign() {
                signing.set(Signing::Failed(SignPageText::ConfirmFirst.text(lang)));
                return;
            }
            let (pass, signing) = ((*passphrase).clone(), signing.clone());
            // Used once: the field is emptied as signing starts.
            passphrase.set(String::new());
            let (set, draft, key, on_signed) = (set.clone(), draft.clone(), key.clone(), on_signed.clone());
            signing.set(Signing::Working);
            wasm_bindgen_futures::spawn_local(async move {
                after_paint().await;
                signing.set(match key.sign(&pass, &set, &draft, (js_sys::Date::now() / 1000.0) as i64) {
                    Ok(file) => match download(&file.file_name(), "application/json", &file.to_json_pretty()) {
                        Ok(()) => {
                            let (name, text) = (file.file_name(), file.to_json_pretty());
                            on_signed.emit(SignedRecord::of(&name, text.as_bytes(), &file.document.created.rfc3339()));
                            Signing::Done(name)
                        }
                        Err(_) => Signing::Failed(t(lang, Msg::SignDownloadFailed).to_string()),
                    },
                    Err(SignError::Key(error)) => Signing::Failed(key_error(lang, &error)),
                    Err(SignError::Build(error)) => Signing::Failed(tf(lang, Msg::SignFailed, &[&error.to_string()])),
                    Err(SignError::Clock) => Signing::Failed(t(lang, Msg::SignClock).to_string()),
                });
            });
        })
    };
    let on_confirm = {
        let (confirmed, signing) = (confirmed.clone(), signing.clone());
        Callback::from(move |_: Event| {
            confirmed.set(!*confirmed);
            signing.set(Signing::Idle);
        })
    };
    let key = &props.signing_key.public;
    let other_agency = key.agency.code.trim() != props.draft.agency.code.trim();
    html! {
        <form class="sign-form" onsubmit={on_submit} novalidate=true aria-labelledby="sign-form-heading">
            <h3 id="sign-form-heading">{ t(lang, Msg::SignWithKey) }</h3>
            <p id="sign-key">{ &key.agency.name }{ " (" }{ &key.agency.code }{ ") · " }<span class="mono">{ &key.fingerprint }</span></p>
            if other_agency {
                <p class="warning">{ tf(lang, Msg::SignOtherAgency, &[&key.agency.code, &props.draft.agency.code]) }</p>
            }
            if !props.preview.unanswered.is_empty() {
                <div class="field field-check">
                    <input type="checkbox" id="sign-confirm-unanswered" checked={*confirmed} onchange={on_confirm} />
                    <label for="sign-confirm-unanswered">{ SignPageText::ConfirmUnanswered { count: props.preview.unanswered.len() }.text(lang) }</label>
                </div>
            }
            <PassphraseField id="sign-passphrase" label={Msg::KeyPassphrase} autocomplete="current-password"
                value={(*passphrase).clone()} hint={None::<String>}
                on_input={{ let passphrase = passphrase.clone(); Callback::from(move |v| passphrase.set(v)) }} />
            <div class="form-actions">
                <button type="submit" class="button-primary" id="sign-export" disabled={*signing == Signing::Working}>
                    { t(lang, Msg::SignAndExport) }
                </button>
            </div>
            {
                match &*signing {
                    Signing::Idle => html! {},
                    Signing::Working => html! { <p role="status">{ t(lang, Msg::SignWorking) }</p> },
                    Signing::Failed(message) => html! { <p class="field-problem" role="alert">{ message }</p> },
                    Signing::Done(name) => html! { <p class="sign-done" role="status">{ tf(lang, Msg::SignDone, &[name]) }</p> },
                }
            }
        </form>
    }
}
