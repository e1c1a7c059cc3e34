//! What the user typed into an item's inputs, kept character for character.
//!
//! An [`Answer`] holds parsed values (an `i64`, a [`Decimal`]), so a half-typed "4," or a stray
//! letter cannot live in it. The app therefore keeps the text of every input here, shows it back
//! unchanged, and derives the answer from it on every change: a text that does not parse leaves
//! its field empty in the answer and is reported at the field as a [`TypingProblem`].

use std::str::FromStr;

use crate::answers::{Answer, InputField};
use crate::criteria::Rule;
use crate::decimal::Decimal;
use crate::scoring::rules::inputs_of;
use crate::Lang;

use super::drafts::TypedTexts;

/// One input of an answer. The names match the core's field names (`inputs_of`, problems).
/// The fields a rule takes, in the order the form shows them.
pub fn fields_of(rule: &Rule) -> Vec<InputField> {
    inputs_of(rule).to_vec()
}

/// The value of a pass/fail input, as the radio buttons carry it.
pub const PASS_YES: &str = "yes";
pub const PASS_NO: &str = "no";

/// Why a typed text is not a value. The text itself is kept for the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypingProblem {
    NotAWholeNumber(String),
    NotANumber(String),
}

/// The texts typed for one item, one per [`InputField`] (empty when never typed). A plain array
/// indexed by field rather than a map: smaller in the wasm, and there are only eight.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedAnswer {
    texts: [String; InputField::ALL.len()],
}

/// A field's parsed value.
enum Value {
    Text(String),
    Flag(bool),
    Whole(i64),
    Number(Decimal),
}

impl TypedAnswer {
    /// The text typed in `field`, or "" when nothing was.
    pub fn text(&self, field: InputField) -> &str {
        &self.texts[field as usize]
    }

    pub fn set(&mut self, field: InputField, text: String) {
        self.texts[field as usize] = text;
    }

    /// Whether every field is blank.
    pub fn is_blank(&self) -> bool {
        self.texts.iter().all(|t| t.trim().is_empty())
    }

    /// The non-blank texts by field name, as a draft's record keeps them.
    pub fn to_texts(&self) -> TypedTexts {
        // Inserted one by one: collecting into a map would bring in a sort.
        let mut texts = TypedTexts::new();
        for field in InputField::ALL.into_iter().filter(|&f| !self.text(f).is_empty()) {
            texts.insert(field.name().to_string(), self.text(field).to_string());
        }
        texts
    }

    /// The texts of a saved record (unknown field names are ignored).
    pub fn from_texts(texts: &TypedTexts) -> TypedAnswer {
        let mut typed = TypedAnswer::default();
        for (name, text) in texts {
            if let Some(field) = InputField::from_name(name) {
                typed.set(field, text.clone());
            }
        }
        typed
    }

    /// The texts that show an answer read from a draft file (numbers written the `lang` way).
    pub fn from_answer(answer: &Answer, lang: Lang) -> TypedAnswer {
        let mut typed = TypedAnswer::default();
        let whole = |n: Option<i64>| n.map(|n| n.to_string());
        let number = |d: Option<Decimal>| d.map(|d| lang.number(d));
        let pass = answer.pass.map(|p| if p { PASS_YES } else { PASS_NO }.to_string());
        let values = [
            (InputField::Level, answer.level.clone()),
            (InputField::Pass, pass),
            (InputField::Numerator, whole(answer.numerator)),
            (InputField::Denominator, whole(answer.denominator)),
            (InputField::Percent, number(answer.percent)),
            (InputField::Count, whole(answer.count)),
            (InputField::Points, number(answer.points)),
            (InputField::Justification, answer.justification.clone()),
        ];
        for (field, value) in values {
            if let Some(text) = value {
                typed.set(field, text);
            }
        }
        typed
    }

    /// Why the text in `field` cannot be read, if it cannot.
    pub fn problem(&self, field: InputField) -> Option<TypingProblem> {
        parse(field, self.text(field)).err()
    }

    /// Writes the parsed inputs of `fields` into `answer`, leaving evidence and note alone. A field
    /// that is blank or does not parse becomes `None`, which the core reports as missing.
    pub fn write_into(&self, fields: &[InputField], answer: &mut Answer) {
        *answer =
            Answer { evidence: std::mem::take(&mut answer.evidence), note: answer.note.take(), ..Answer::default() };
        for &field in fields {
            let Ok(Some(value)) = parse(field, self.text(field)) else { continue };
            match (field, value) {
                (InputField::Level, Value::Text(id)) => answer.level = Some(id),
                (InputField::Pass, Value::Flag(pass)) => answer.pass = Some(pass),
                (InputField::Numerator, Value::Whole(n)) => answer.numerator = Some(n),
                (InputField::Denominator, Value::Whole(n)) => answer.denominator = Some(n),
                (InputField::Count, Value::Whole(n)) => answer.count = Some(n),
                (InputField::Percent, Value::Number(p)) => answer.percent = Some(p),
                (InputField::Points, Value::Number(p)) => answer.points = Some(p),
                (InputField::Justification, Value::Text(j)) => answer.justification = Some(j),
                _ => {}
            }
        }
    }
}

/// Reads one field's text: `Ok(None)` when blank.
fn parse(field: InputField, text: &str) -> Result<Option<Value>, TypingProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match field {
        // The justification is kept exactly as written, spaces and line breaks included.
        InputField::Justification => Ok(Some(Value::Text(text.to_string()))),
        InputField::Level => Ok(Some(Value::Text(trimmed.to_string()))),
        InputField::Pass => Ok(Some(Value::Flag(trimmed == PASS_YES))),
        InputField::Numerator | InputField::Denominator | InputField::Count => trimmed
            .parse::<i64>()
            .map(|n| Some(Value::Whole(n)))
            .map_err(|_| TypingProblem::NotAWholeNumber(trimmed.to_string())),
        InputField::Percent | InputField::Points => parse_number(trimmed)
            .map(|d| Some(Value::Number(d)))
            .ok_or_else(|| TypingProblem::NotANumber(trimmed.to_string())),
    }
}

/// A decimal as people type it: "0,25" (Vietnamese comma) or "0.25", with an optional "%"
/// after a percentage.
pub fn parse_number(text: &str) -> Option<Decimal> {
    let text = text.strip_suffix('%').unwrap_or(text).trim();
    Decimal::from_str(&text.replace(',', ".")).ok()
}
