//! The appraisal section: the agencies that can be appraised (valid received files and rounds
//! already started), or the open round: totals, every item, signing, then the explanation and
//! the final appraisal.

use crate::i18n::Bilingual;
use std::rc::Rc;

use yew::prelude::*;

use super::item::AppraisalItem;
use super::say;
use super::sign::SignBox;
use crate::app::authority::appraisal::view::{self, Candidate, RoundView};
use crate::app::authority::appraisal::{AppraisalAction, AppraisalState, AppraisalText as T, Round};
use crate::app::authority::round::appraised::AppraisedMsg;
use crate::app::authority::{Action, KeyBook, ReceivedFile};
use crate::web::authority::file_drop::chosen_file;
use crate::web::files::download;
use crate::web::i18n::use_lang;
use crate::web::library::read_file;
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub appraisal: AppraisalState,
    pub known: super::Known,
    pub files: Vec<Rc<ReceivedFile>>,
    pub keys: KeyBook,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AppraisalPanel(props: &PanelProps) -> Html {
    let lang = use_lang();
    let notice = view::notice(&props.appraisal, lang);
    let open =
        props.appraisal.open.as_ref().and_then(|hash| props.appraisal.rounds.iter().find(|r| &r.subject.hash == hash));
    let body = match open.and_then(|round| view::round_view(round, &props.known.0, lang).map(|v| (round.clone(), v))) {
        Some((round, shown)) => round_html(props, round, &shown, lang),
        None => picker(props, lang),
    };
    html! {
        <section class="authority-section appraisal-section" aria-labelledby="appraisal-heading">
            <h2 id="appraisal-heading">{ say(lang, T::Heading) }</h2>
            if let Some(notice) = notice {
                <p class="load-errors" role="alert">{ notice }</p>
            }
            { body }
        </section>
    }
}

fn picker(props: &PanelProps, lang: Lang) -> Html {
    let rows = view::candidates(&props.appraisal, &props.files, &props.keys, lang);
    let row = |c: &Candidate| {
        let action = match &c.started {
            Some(hash) => AppraisalAction::Reopened { hash: hash.clone() },
            None => AppraisalAction::Started { file: c.file.clone() },
        };
        let on_open = props.on_action.reform(move |_: MouseEvent| Action::Appraisal(action.clone()));
        html! {
            <tr data-file={c.file.clone()}>
                <th scope="row">{ &c.agency }</th>
                <td>{ &c.file }</td>
                <td class="appraisal-status">{ &c.status }</td>
                <td><button type="button" onclick={on_open} aria-label={format!("{} {}", say(lang, T::Open), c.agency)}>{ say(lang, T::Open) }</button></td>
            </tr>
        }
    };
    html! {
        <>
            <p class="hint">{ say(lang, T::Intro) }</p>
            if rows.is_empty() {
                <p class="hint" id="appraisal-empty">{ say(lang, T::NoCandidates) }</p>
            } else {
                <div class="table-scroll">
                    <table class="verify-table appraisal-candidates">
                        <caption>{ say(lang, T::PickLabel) }</caption>
                        <tbody>{ for rows.iter().map(row) }</tbody>
                    </table>
                </div>
            }
        </>
    }
}

fn round_html(
    props: &PanelProps,
    round: Rc<crate::app::authority::appraisal::Appraisal>,
    shown: &RoundView,
    lang: Lang,
) -> Html {
    let on_action = &props.on_action;
    let on_back = on_action.reform(|_: MouseEvent| Action::Appraisal(AppraisalAction::Closed));
    let on_agree_rest = on_action.reform(|_: MouseEvent| Action::Appraisal(AppraisalAction::AllRemainingAgreed));
    let on_explanation = {
        let on_action = on_action.clone();
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else { return };
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = read_file(&file).await;
                on_action.emit(Action::Appraisal(AppraisalAction::ExplanationRead { file: file.name(), text }));
            });
        })
    };
    let counts = T::Counts { differences: shown.differences, pending: shown.pending, items: shown.items.len() };
    let totals = html! {
        <dl class="appraisal-totals" id="appraisal-totals">
            <dt>{ say(lang, T::SelfTotal) }</dt><dd class="self-total">{ &shown.self_total }</dd>
            <dt>{ say(lang, T::AppraisedTotal) }</dt><dd class="appraised-total">{ &shown.appraised_total }</dd>
            if let Some(last) = &shown.final_total {
                <dt>{ say(lang, T::FinalTotal) }</dt><dd class="final-total">{ last }</dd>
            }
        </dl>
    };
    let final_box = match &round.final_signed {
        Some(text) => {
            html! { <SignedFile prefix="ap-final" name={shown.final_file_name.clone()} text={text.clone()} /> }
        }
        None => html! {
            <SignBox round={round.clone()} which={Round::Final} known={props.known.clone()}
                file_name={AttrValue::from(shown.final_file_name.clone())} on_action={on_action.clone()} />
        },
    };
    html! {
        <>
            <button type="button" class="button-quiet" onclick={on_back}>{ say(lang, T::Back) }</button>
            <h3 class="appraisal-agency">{ &shown.agency }</h3>
            <p class="hint">{ &shown.file }</p>
            { totals.clone() }
            <p id="appraisal-counts" role="status">{ say(lang, counts) }</p>
            if !shown.signed && shown.pending > 0 {
                <button type="button" id="agree-remaining" onclick={on_agree_rest}>{ say(lang, T::AgreeRemaining) }</button>
            }
            <div class="appraisal-items">
                { for shown.items.iter().map(|row| html! {
                    <AppraisalItem row={row.clone()} signed={shown.signed} final_signed={shown.final_signed} on_action={on_action.clone()} />
                }) }
            </div>
            <h3>{ say(lang, T::SignHeading) }</h3>
            // Signed once: the file is kept and offered again, never re-signed (an explanation
            // may already answer it by its SHA-256).
            if let Some(text) = &round.signed {
                <SignedFile prefix="ap" name={shown.file_name.clone()} text={text.clone()} />
            } else {
                <SignBox round={round.clone()} which={Round::Appraisal} known={props.known.clone()}
                    file_name={AttrValue::from(shown.file_name.clone())} on_action={on_action.clone()} />
            }
            if shown.signed {
                <h3 id="explanation-heading">{ say(lang, T::ExplanationHeading) }</h3>
                <div class="field">
                    <label for="explanation-file">{ say(lang, T::ExplanationLabel) }</label>
                    <input id="explanation-file" type="file" accept=".json,application/json" onchange={on_explanation} />
                </div>
                if let Some((file, tone, reason)) = &shown.explanation {
                    <p class={classes!("explanation-verdict", tone.class())}>
                        <strong>{ file }</strong>{ ": " }{ reason }
                    </p>
                    if shown.final_total.is_some() {
                        { totals }
                        { final_box }
                    } else {
                        <p class="hint">{ say(lang, T::NoDisputes) }</p>
                    }
                } else {
                    // No explanation (the agency accepts, or its time is over): the final
                    // appraisal is the appraisal as it stands, so that the ranking can use it.
                    <p class="hint" id="final-without-explanation">{ AppraisedMsg::FinalWithoutExplanation.text(lang) }</p>
                    { final_box }
                }
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SignedFileProps {
    prefix: AttrValue,
    name: AttrValue,
    text: Rc<str>,
}

/// A signed file: said, and offered for download again.
#[component]
fn SignedFile(props: &SignedFileProps) -> Html {
    let lang = use_lang();
    let failed = use_state_eq(|| false);
    let on_download = {
        let (name, text, failed) = (props.name.clone(), props.text.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| failed.set(download(&name, "application/json", &text).is_err()))
    };
    html! {
        <>
            <p class="sign-done" role="status">{ say(lang, T::SignedAs { file: &props.name }) }</p>
            <button type="button" id={format!("{}-download-again", props.prefix)} onclick={on_download}>{ say(lang, T::DownloadAgain) }</button>
            if *failed {
                <p class="field-problem" role="alert">{ say(lang, T::DownloadFailed) }</p>
            }
        </>
    }
}
