//! One item of the appraisal as the agency sees it: self against appraised points and the
//! council's comment; an item the council appraised or commented on can be explained, with one
//! supporting document.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::say;
use crate::app::explanation::view::ItemRow;
use crate::app::explanation::{EvidencePart, ExplanationAction, ExplanationText as T};
use crate::app::review_text::ReviewText;
use crate::web::components::input_text;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct ExplainItemProps {
    pub row: ItemRow,
    pub on_action: Callback<ExplanationAction>,
}

#[component]
pub fn ExplainItem(props: &ExplainItemProps) -> Html {
    let lang = use_lang();
    let row = &props.row;
    let id = |what: &str| format!("explain-{what}-{}", row.code.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
    let on_text = {
        let code = row.code.clone();
        props.on_action.reform(move |e: InputEvent| ExplanationAction::TextChanged {
            code: code.clone(),
            text: e.target_dyn_into::<HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default(),
        })
    };
    let evidence = |part: EvidencePart, label: T, value: &str| {
        let code = row.code.clone();
        let input_id = id(match part {
            EvidencePart::Number => "number",
            EvidencePart::Date => "date",
            EvidencePart::Title => "title",
        });
        let on_input = props.on_action.reform(move |e: InputEvent| ExplanationAction::EvidenceChanged {
            code: code.clone(),
            part,
            text: input_text(e),
        });
        html! {
            <div class="field">
                <label for={input_id.clone()}>{ say(lang, label) }</label>
                <input id={input_id} type="text" value={value.to_string()} oninput={on_input} />
            </div>
        }
    };
    let answer = &row.answer;
    html! {
        <article class={classes!("appraisal-item", row.differs.then_some("differs"))} data-code={row.code.clone()}>
            <h3>{ format!("{} {}", row.code, row.title) }</h3>
            <dl class="explain-figures">
                <dt>{ say(lang, ReviewText::SelfColumn) }</dt><dd class="self-points">{ &row.self_points }</dd>
                <dt>{ say(lang, ReviewText::AppraisedColumn) }</dt><dd class="appraised-points">{ &row.appraised_points }</dd>
            </dl>
            if row.differs {
                <p class="differs-flag">{ say(lang, T::Differs) }</p>
            }
            if !row.comment.is_empty() {
                <p class="council-comment"><span class="label">{ say(lang, T::CommentColumn) }{ ": " }</span>{ &row.comment }</p>
            }
            if row.disputable {
                <div class="field field-wide">
                    <label for={id("text")}>{ say(lang, T::ExplainLabel { code: &row.code }) }</label>
                    <textarea id={id("text")} rows="3" value={answer.text.clone()} oninput={on_text} />
                </div>
                <div class="explain-evidence">
                    { evidence(EvidencePart::Number, T::EvidenceNumber, &answer.evidence.number) }
                    { evidence(EvidencePart::Date, T::EvidenceDate, &answer.evidence.date) }
                    { evidence(EvidencePart::Title, T::EvidenceTitle, &answer.evidence.title) }
                </div>
            }
        </article>
    }
}
