//! The inputs an item's rule takes: a select of levels, a yes/no choice, two counts, a percent, a
//! count, or points with a justification; survey items only say who scores them.
//!
//! Number inputs are `type="text"` with an `inputmode`, not `type="number"`: a number input
//! reports an empty value for anything it cannot parse (including "0,5", the Vietnamese way of
//! writing a decimal), which would erase what the user typed. Problems are shown under the field
//! they are about, tied to it with `aria-describedby`.

use wasm_bindgen::JsValue;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{dom_id, input_text};
use crate::answers::InputField;
use crate::app::state::{Action, SharedSet};
use crate::app::typed::{fields_of, TypedAnswer, TypingProblem, PASS_NO, PASS_YES};
use crate::criteria::{Measure, NodeId, Rule};
use crate::scoring::AnswerProblem;
use crate::web::i18n::{points, t, tf, use_lang, Msg};
use crate::Lang;

#[derive(Properties, PartialEq)]
pub struct AnswerInputProps {
    pub set: SharedSet,
    pub id: NodeId,
    pub typed: TypedAnswer,
    /// The core's problems with this item's answer.
    pub problems: Vec<AnswerProblem>,
    pub on_action: Callback<Action>,
}

/// What each field of the form needs.
struct Form<'a> {
    props: &'a AnswerInputProps,
    code: &'a str,
    lang: Lang,
}

impl Form<'_> {
    fn input_id(&self, field: InputField) -> String {
        dom_id(&format!("in-{}", field.name()), self.code)
    }

    fn message_id(&self, field: InputField) -> String {
        dom_id(&format!("msg-{}", field.name()), self.code)
    }

    /// The message shown under `field`: a text that cannot be read first (the core only sees
    /// the field as missing then), else the core's problems about that field.
    fn message(&self, field: InputField) -> Option<String> {
        let lang = self.lang;
        match self.props.typed.problem(field) {
            Some(TypingProblem::NotAWholeNumber(text)) => Some(tf(lang, Msg::NotAWholeNumber, &[&text])),
            Some(TypingProblem::NotANumber(text)) => Some(tf(lang, Msg::NotANumber, &[&text])),
            None => {
                let messages: Vec<String> =
                    self.props.problems.iter().filter(|p| p.field() == Some(field)).map(|p| p.message(lang)).collect();
                (!messages.is_empty()).then(|| messages.join("; "))
            }
        }
    }

    /// A callback that records the text of `field`.
    fn on_text(&self, field: InputField) -> Callback<String> {
        let (on_action, code) = (self.props.on_action.clone(), self.code.to_string());
        Callback::from(move |text| on_action.emit(Action::AnswerChanged { code: code.clone(), field, text }))
    }

    fn message_html(&self, field: InputField, message: &Option<String>) -> Html {
        match message {
            Some(text) => html! { <p class="field-problem" id={self.message_id(field)}>{ text }</p> },
            None => html! {},
        }
    }

    /// A one-line text input for a number.
    fn number_field(
        &self,
        field: InputField,
        label: String,
        inputmode: &'static str,
        suffix: Option<&'static str>,
    ) -> Html {
        let id = self.input_id(field);
        let message = self.message(field);
        let on_input = self.on_text(field).reform(input_text);
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <span class="input-with-suffix">
                    <input id={id} type="text" inputmode={inputmode} autocomplete="off" spellcheck="false"
                        class={classes!("number", message.is_some().then_some("invalid"))}
                        value={self.props.typed.text(field).to_string()} oninput={on_input}
                        aria-invalid={message.is_some().then_some("true")}
                        aria-describedby={message.is_some().then(|| self.message_id(field))} />
                    if let Some(suffix) = suffix { <span class="suffix" aria-hidden="true">{ suffix }</span> }
                </span>
                { self.message_html(field, &message) }
            </div>
        }
    }

    fn level_select(&self, levels: &[crate::criteria::LevelOption]) -> Html {
        let (field, lang) = (InputField::Level, self.lang);
        let id = self.input_id(field);
        let chosen = self.props.typed.text(field).to_string();
        let message = self.message(field);
        let on_change = self
            .on_text(field)
            .reform(|e: Event| e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default());
        html! {
            <div class="field">
                <label for={id.clone()}>{ t(lang, Msg::LevelInput) }</label>
                // `selected` sets the choice when the select is created; the `value` property
                // resets it when the answer is cleared.
                <select id={id} onchange={on_change} ~value={JsValue::from_str(&chosen)}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-describedby={message.is_some().then(|| self.message_id(field))}>
                    <option value="" selected={chosen.is_empty()}>{ t(lang, Msg::ChooseLevel) }</option>
                    { for levels.iter().map(|level| html! {
                        <option value={level.id.clone()} selected={chosen == level.id}>
                            { level.label.get(lang) }{ " — " }{ points(lang, level.points) }
                        </option>
                    }) }
                </select>
                { self.message_html(field, &message) }
            </div>
        }
    }

    fn pass_choice(&self, pass: &Option<crate::Text>, fail: &Option<crate::Text>) -> Html {
        let (field, lang) = (InputField::Pass, self.lang);
        let name = dom_id("pass", self.code);
        let chosen = self.props.typed.text(field).to_string();
        let message = self.message(field);
        let radio = |value: &'static str, label: String| {
            let id = format!("{name}-{value}");
            let on_change = self.on_text(field).reform(move |_: Event| value.to_string());
            html! {
                <label class="choice" for={id.clone()}>
                    <input type="radio" id={id} name={name.clone()} value={value} checked={chosen == value} onchange={on_change} />
                    { label }
                </label>
            }
        };
        let label = |text: &Option<crate::Text>, fallback: Msg| {
            text.as_ref().map_or_else(|| t(lang, fallback).to_string(), |t| t.get(lang).to_string())
        };
        html! {
            <fieldset class="field choices" aria-describedby={message.is_some().then(|| self.message_id(field))}>
                <legend>{ t(lang, Msg::PassQuestion) }</legend>
                { radio(PASS_YES, label(pass, Msg::Yes)) }
                { radio(PASS_NO, label(fail, Msg::No)) }
                { self.message_html(field, &message) }
            </fieldset>
        }
    }

    fn justification(&self) -> Html {
        let (field, lang) = (InputField::Justification, self.lang);
        let id = self.input_id(field);
        let message = self.message(field);
        let on_input = self
            .on_text(field)
            .reform(|e: InputEvent| e.target_dyn_into::<HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default());
        html! {
            <div class="field field-wide">
                <label for={id.clone()}>{ t(lang, Msg::Justification) }</label>
                <textarea id={id} rows="3" value={self.props.typed.text(field).to_string()} oninput={on_input}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-describedby={message.is_some().then(|| self.message_id(field))} />
                { self.message_html(field, &message) }
            </div>
        }
    }
}

#[component]
pub fn AnswerInput(props: &AnswerInputProps) -> Html {
    let lang = use_lang();
    let node = &props.set.nodes[props.id];
    let Some(leaf) = node.leaf() else { return html! {} };
    let form = Form { props, code: &node.code, lang };
    let text = |t: &crate::Text| t.get(lang).to_string();
    let with_detail = |msg: Msg, detail: &Option<crate::Text>| match detail {
        Some(d) => format!("{} ({})", t(lang, msg), d.get(lang)),
        None => t(lang, msg).to_string(),
    };
    let inputs = match &leaf.rule {
        Rule::Levels(levels) => form.level_select(levels),
        Rule::PassFail { pass, fail } => form.pass_choice(pass, fail),
        Rule::Bands { measure, .. } | Rule::Proportional { measure, .. } => match measure {
            Measure::Ratio { numerator, denominator } => html! {
                <>
                    { form.number_field(InputField::Numerator, text(numerator), "numeric", None) }
                    { form.number_field(InputField::Denominator, text(denominator), "numeric", None) }
                </>
            },
            Measure::Percent { label } => form.number_field(InputField::Percent, text(label), "decimal", Some("%")),
        },
        Rule::Deduction { fault, .. } => {
            form.number_field(InputField::Count, with_detail(Msg::FaultCount, fault), "numeric", None)
        }
        Rule::PerCount { item, .. } => {
            form.number_field(InputField::Count, with_detail(Msg::ItemsCounted, item), "numeric", None)
        }
        Rule::Manual { .. } => html! {
            <>
                { form.number_field(InputField::Points, t(lang, Msg::ManualPoints).to_string(), "decimal", None) }
                { form.justification() }
            </>
        },
        Rule::Survey { .. } => {
            return html! {
                <div class="answer answer-survey">
                    <p><span class="badge">{ t(lang, Msg::SurveyBadge) }</span></p>
                    <p class="hint">{ t(lang, Msg::SurveyExplained) }</p>
                </div>
            };
        }
    };
    // Problems about no field of this form (none expected, as the form only writes its own
    // fields) are still shown rather than lost.
    let fields = fields_of(&leaf.rule);
    let elsewhere: Vec<String> = props
        .problems
        .iter()
        .filter(|p| !p.field().is_some_and(|f| fields.contains(&f)))
        .map(|p| p.message(lang))
        .collect();
    let on_clear = {
        let (on_action, code) = (props.on_action.clone(), node.code.clone());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::AnswerCleared { code: code.clone() }))
    };
    html! {
        <div class="answer">
            <div class="fields">{ inputs }</div>
            { for elsewhere.iter().map(|m| html! { <p class="field-problem">{ m }</p> }) }
            if !props.typed.is_blank() {
                <button type="button" class="button-quiet button-small" onclick={on_clear}>{ t(lang, Msg::ClearAnswer) }</button>
            }
        </div>
    }
}
