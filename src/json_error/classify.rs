//! From serde_json's error to a [`JsonProblem`]: serde_json's category first, and the message
//! text only where serde gives nothing structured (the texts are serde's own defaults and the
//! project's `FromStr` errors). Anything not recognised keeps the original text, which the
//! problem quotes inside a sentence in the user's language.

use serde_json::error::Category;

use super::kinds::{Expected, Found, Unclosed};
use super::problem::JsonProblem;

impl JsonProblem {
    /// The problem serde_json reported, without its " at line X column Y" (the place says it).
    pub fn of(e: &serde_json::Error) -> JsonProblem {
        let text = super::message(e);
        let recognised = match e.classify() {
            Category::Syntax | Category::Eof => syntax(&text),
            Category::Data => data(&text),
            Category::Io => None,
        };
        recognised.unwrap_or(JsonProblem::Other { text })
    }
}

/// serde_json's syntax messages (it gives no finer category than "syntax" or "EOF").
fn syntax(text: &str) -> Option<JsonProblem> {
    if let Some(what) = text.strip_prefix("EOF while parsing ") {
        return Some(JsonProblem::EndOfFile(match what {
            "a list" => Unclosed::List,
            "an object" => Unclosed::Object,
            "a string" => Unclosed::Text,
            _ => Unclosed::Value,
        }));
    }
    if text.starts_with("control character") {
        return Some(JsonProblem::ControlCharacter);
    }
    Some(match text {
        "expected value" | "expected ident" => JsonProblem::ExpectedValue,
        "expected `,` or `}`" => JsonProblem::ExpectedCommaOrBrace,
        "expected `,` or `]`" => JsonProblem::ExpectedCommaOrBracket,
        "expected `:`" => JsonProblem::ExpectedColon,
        "trailing characters" => JsonProblem::TrailingCharacters,
        "trailing comma" => JsonProblem::TrailingComma,
        "invalid number" => JsonProblem::InvalidNumber,
        "number out of range" => JsonProblem::NumberOutOfRange,
        "invalid escape" => JsonProblem::InvalidEscape,
        "invalid unicode code point" | "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            JsonProblem::InvalidUnicode
        }
        "key must be a string" => JsonProblem::KeyMustBeString,
        "recursion limit exceeded" => JsonProblem::TooDeep,
        _ => return None,
    })
}

/// serde's data messages (serde::de::Error's default texts) and the project's own `FromStr`
/// errors (decimals, intervals) that reach serde as custom messages.
fn data(text: &str) -> Option<JsonProblem> {
    let name = || between(text, '`', '`').unwrap_or_default();
    // objects::Strict: a whole number beyond 64 bits.
    if text == "number out of range" {
        return Some(JsonProblem::NumberOutOfRange);
    }
    if text.starts_with("unknown field `") {
        return Some(JsonProblem::UnknownField { field: name(), allowed: listed(text) });
    }
    if text.starts_with("unknown variant `") {
        return Some(JsonProblem::UnknownVariant { variant: name(), allowed: listed(text) });
    }
    if text.starts_with("missing field `") {
        return Some(JsonProblem::MissingField { field: name() });
    }
    if text.starts_with("duplicate field `") {
        return Some(JsonProblem::DuplicateField { field: name() });
    }
    // From `strict::StrictValue`: a member name twice in one object (an answer code, a key).
    if let Some(field) =
        text.strip_prefix("the member \"").and_then(|r| r.strip_suffix("\" appears twice in one object"))
    {
        return Some(JsonProblem::DuplicateField { field: field.to_string() });
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(JsonProblem::InvalidType { found: Found::parse(found), expected: Expected::parse(expected) });
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(JsonProblem::InvalidValue { found: Found::parse(found), expected: Expected::parse(expected) });
    }
    if let Some(rest) = text.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(JsonProblem::InvalidLength { length: length.into(), expected: Expected::parse(expected) });
    }
    if text.starts_with('`') {
        let value = name();
        let after = text.get(value.len() + 2..).unwrap_or_default();
        if after.starts_with(" is not a decimal number") {
            return Some(JsonProblem::NotADecimal { text: value });
        }
        if after.starts_with(" is not an interval") {
            return Some(JsonProblem::NotAnInterval { text: value });
        }
        if after == " is too large" {
            return Some(JsonProblem::DecimalTooLarge { text: value });
        }
        if let Some(places) = after.strip_prefix(" has more than ").and_then(|p| p.strip_suffix(" decimal places")) {
            return Some(JsonProblem::TooManyPlaces { text: value, places: places.into() });
        }
    }
    None
}

/// The text between the first `open` and the next `close`.
pub(super) fn between(text: &str, open: char, close: char) -> Option<String> {
    let start = text.find(open)? + open.len_utf8();
    let len = text.get(start..)?.find(close)?;
    text.get(start..start + len).map(str::to_string)
}

/// The names serde lists after "expected one of" or "expected" (between backquotes).
fn listed(text: &str) -> Vec<String> {
    let Some((_, list)) = text.split_once(", expected ") else { return Vec::new() };
    list.split('`').skip(1).step_by(2).map(str::to_string).collect()
}
