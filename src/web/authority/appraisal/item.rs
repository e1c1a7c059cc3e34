//! One item of the appraisal: on the left what the agency claimed (answer, points, evidence,
//! notes), on the right the council's decision (agree, or the same inputs), its points and
//! comment; an item scored differently is marked. Once the agency explains, the disputed item
//! shows the explanation and the final decision under it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::inputs::AppraisedInputs;
use super::{item_id, say};
use crate::app::authority::appraisal::view::{DecisionKind, DecisionRow, ItemRow};
use crate::app::authority::appraisal::{AppraisalAction, AppraisalText as T, Round};
use crate::app::authority::Action;
use crate::app::review_text::ReviewText;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    pub row: ItemRow,
    /// The first appraisal is signed: its decisions no longer change.
    pub signed: bool,
    pub final_signed: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn AppraisalItem(props: &ItemProps) -> Html {
    let lang = use_lang();
    let row = &props.row;
    let points = |p: &str| say(lang, T::Points { points: p, max: &row.max });
    html! {
        <article class={classes!("appraisal-item", row.differs.then_some("differs"))} data-code={row.code.clone()}
            aria-labelledby={item_id(Round::Appraisal, "title", &row.code)}>
            <h3 id={item_id(Round::Appraisal, "title", &row.code)}>{ format!("{} {}", row.code, row.title) }</h3>
            if row.differs {
                <p class="differs-flag">{ say(lang, T::Differs) }</p>
            }
            <div class="appraisal-sides">
                <div class="self-side">
                    <h4>{ say(lang, ReviewText::SelfColumn) }</h4>
                    <p class="self-answer">{ &row.self_answer }</p>
                    <p class="self-points">{ points(&row.self_points) }</p>
                    <h4>{ say(lang, T::EvidenceColumn) }</h4>
                    if row.evidence.is_empty() {
                        <p class="hint">{ say(lang, T::NoEvidence) }</p>
                    } else {
                        <ul class="evidence">{ for row.evidence.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    }
                    if !row.note.is_empty() {
                        <p class="self-note"><span class="label">{ say(lang, T::NoteLabel) }{ ": " }</span>{ &row.note }</p>
                    }
                </div>
                <div class="council-side">
                    <h4>{ say(lang, ReviewText::AppraisedColumn) }</h4>
                    { decision(Round::Appraisal, &row.code, &row.decision, props.signed, &props.on_action, lang) }
                    <p class="appraised-points">{ points(&row.decision.points) }</p>
                </div>
            </div>
            if let (Some((text, evidence)), Some(last)) = (&row.explained, &row.final_decision) {
                <div class="appraisal-sides explained">
                    <div class="self-side">
                        <h4>{ say(lang, T::AgencyExplains) }</h4>
                        <p class="explained-text">{ text }</p>
                        <ul class="evidence">{ for evidence.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    </div>
                    <div class="council-side">
                        <h4>{ say(lang, T::FinalDecision) }</h4>
                        { decision(Round::Final, &row.code, last, props.final_signed, &props.on_action, lang) }
                        <p class="final-points">{ points(&last.points) }</p>
                    </div>
                </div>
            }
        </article>
    }
}

fn decision(
    round: Round,
    code: &str,
    row: &DecisionRow,
    locked: bool,
    on_action: &Callback<Action>,
    lang: crate::Lang,
) -> Html {
    let act = |make: fn(Round, String) -> AppraisalAction| {
        let code = code.to_string();
        on_action.reform(move |_: MouseEvent| Action::Appraisal(make(round, code.clone())))
    };
    let agree = act(|round, code| AppraisalAction::Agreed { round, code });
    let reset = act(|round, code| AppraisalAction::Reset { round, code });
    let comment_id = item_id(round, "comment", code);
    let on_comment = {
        let code = code.to_string();
        on_action.reform(move |e: InputEvent| {
            let text = e.target_dyn_into::<HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default();
            Action::Appraisal(AppraisalAction::CommentChanged { round, code: code.clone(), text })
        })
    };
    let (agree_label, reset_label) = match round {
        Round::Appraisal => (T::Agree, T::ResetToSelf),
        Round::Final => (T::Agreed, T::KeepAppraisal),
    };
    let state = match row.kind {
        DecisionKind::Pending if round == Round::Appraisal => Some(T::Pending),
        DecisionKind::Agreed => Some(T::Agreed),
        _ => None,
    };
    html! {
        <>
            <div class="decision-buttons">
                <button type="button" id={item_id(round, "agree", code)} disabled={locked}
                    aria-pressed={(row.kind == DecisionKind::Agreed).to_string()} onclick={agree}>{ say(lang, agree_label) }</button>
                if row.kind != DecisionKind::Pending {
                    <button type="button" class="button-quiet" disabled={locked} onclick={reset}>{ say(lang, reset_label) }</button>
                }
            </div>
            if let Some(state) = state {
                <p class={classes!("decision-state", (row.kind == DecisionKind::Pending).then_some("pending"))}>{ say(lang, state) }</p>
            }
            <AppraisedInputs round={round} code={AttrValue::from(code.to_string())} inputs={row.inputs.clone()} disabled={locked}
                on_action={on_action.clone()} />
            <p class="appraised-answer">{ &row.answer }</p>
            if let Some(problem) = &row.problem {
                <p class="field-problem" role="alert">{ problem }</p>
            }
            <div class="field field-wide">
                <label for={comment_id.clone()}>{ say(lang, T::CommentLabel { code }) }</label>
                <textarea id={comment_id} rows="2" value={row.comment.clone()} oninput={on_comment} disabled={locked} />
            </div>
        </>
    }
}
