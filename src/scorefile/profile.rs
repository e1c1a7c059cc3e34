//! The strict JSON profile of score files, checked on every file before anything else.
//!
//! A score file must mean the same to every verifier, in any language, so that they all hash
//! the same canonical bytes:
//! - no member name twice in an object (parsers disagree on which one wins);
//! - numbers only as whole numbers within ±(2^53 − 1), which every JSON implementation reads
//!   exactly; decimals are strings ("9.5");
//! - no `null` (a member is left out instead: one way to say "nothing");
//! - every text in Unicode NFC, so that "Hoá" typed on two keyboards is one text;
//! - no control characters in text except line feed and tab, so that canonical JSON never
//!   needs a `\u00XX` escape (whose hex digits could be written in either case);
//! - member names in printable ASCII.

use super::nfc;
use serde::de::Deserialize;
use serde_json::Value;
use std::fmt::Write as _;

use crate::json_error::strict::StrictValue;

/// The largest whole number a score file may hold (JavaScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_INTEGER: u64 = (1 << 53) - 1;

pub use super::malformed::{FileProblem, Kind, Malformed, Place};
use crate::json_error::JsonProblem;

/// Parses a file's bytes as JSON, refusing invalid UTF-8, syntax errors and repeated member
/// names, each with its line and column.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, Malformed> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| Malformed::new(Place::Byte(e.valid_up_to()), FileProblem::NotUtf8))?;
    let mut de = serde_json::Deserializer::from_str(text);
    let located = |e: serde_json::Error| {
        Malformed::new(Place::Line { line: e.line(), column: e.column() }, FileProblem::Json(JsonProblem::of(&e)))
    };
    let StrictValue(value) = StrictValue::deserialize(&mut de).map_err(located)?;
    de.end().map_err(located)?;
    Ok(value)
}

/// Checks the profile on a parsed value; the first problem found, with its path.
pub fn check(value: &Value) -> Result<(), Malformed> {
    check_at(value, &mut String::new())
}

fn check_at(value: &Value, path: &mut String) -> Result<(), Malformed> {
    match value {
        Value::Null => Err(Malformed::at(path, FileProblem::Null)),
        Value::Bool(_) => Ok(()),
        Value::Number(n) => {
            let safe = n.as_u64().is_some_and(|v| v <= MAX_INTEGER)
                || n.as_i64().is_some_and(|v| v.unsigned_abs() <= MAX_INTEGER);
            if safe {
                Ok(())
            } else {
                Err(Malformed::at(path, FileProblem::Number { number: n.to_string() }))
            }
        }
        Value::String(s) => check_text(s).map_err(|problem| Malformed::at(path, problem)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                // Written in place: a path is only read when something is wrong.
                let _ = write!(path, "[{i}]");
                check_at(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                if key.is_empty() || !key.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
                    return Err(Malformed::at(path, FileProblem::MemberName { name: key.clone() }));
                }
                check_at(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
    }
}

/// Why a text breaks the profile, if it does.
pub fn check_text(s: &str) -> Result<(), FileProblem> {
    if let Some(c) = s.chars().find(|&c| is_forbidden_control(c)) {
        return Err(FileProblem::ControlCharacter(c));
    }
    if !nfc::is_nfc(s) {
        return Err(FileProblem::NotNfc { text: s.to_string() });
    }
    Ok(())
}

fn is_forbidden_control(c: char) -> bool {
    (c < ' ' && c != '\n' && c != '\t') || ('\u{7f}'..='\u{9f}').contains(&c)
}

/// A text as a score file holds it: line breaks as `\n`, composed (NFC). Other control
/// characters stay, so that [`check_text`] names them instead of their silently disappearing.
pub fn normalize_text(s: &str) -> String {
    let unified = if s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s.to_string() };
    nfc::to_nfc(&unified)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use serde_json::json;

    #[test]
    fn repeated_member_names_are_refused_with_their_line() {
        let err = parse_strict(b"{\n \"a\": 1,\n \"a\": 2\n}").unwrap_err();
        assert!(err.location.get(Lang::En).starts_with("line 3"), "{err}");
        assert_eq!(err.message.get(Lang::En), "duplicate field `a`", "{err}");
        assert_eq!(err.message.get(Lang::Vi), "trường `a` xuất hiện hai lần", "{err}");
        assert_eq!(err.location.get(Lang::Vi), "dòng 3, cột 4", "in the user's language too");
    }

    #[test]
    fn invalid_utf8_and_trailing_text_are_refused() {
        assert_eq!(parse_strict(b"{\"a\": \"\xff\"}").unwrap_err().location.get(Lang::En), "byte 7");
        assert!(parse_strict(b"{} {}").is_err());
    }

    #[test]
    fn numbers_must_be_safe_integers() {
        assert!(check(&json!({"n": 9007199254740991_u64, "m": -9007199254740991_i64})).is_ok());
        let err = check(&json!({"a": {"n": 9007199254740992_u64}})).unwrap_err();
        assert_eq!(err.location.get(Lang::En), "a.n");
        assert_eq!(check(&json!({"a": [1, 0.5]})).unwrap_err().location.get(Lang::En), "a[1]");
        let parsed = parse_strict(b"{\"x\": 1.0}").unwrap();
        assert_eq!(check(&parsed).unwrap_err().location.get(Lang::En), "x");
    }

    #[test]
    fn text_must_be_nfc_without_control_characters() {
        // "Hoá" with a combining acute accent (U+0301) instead of the composed á (U+00E1).
        let err = check(&json!({"name": "Hoa\u{301}"})).unwrap_err();
        assert_eq!(err.location.get(Lang::En), "name");
        assert!(err.message.get(Lang::En).contains("NFC"), "{err}");
        assert!(check(&json!({"name": "Hoá"})).is_ok());
        assert!(check(&json!({"note": "a\tb\nc"})).is_ok());
        assert!(check(&json!({"note": "a\rb"})).unwrap_err().message.get(Lang::En).contains("U+000D"));
        assert!(check(&json!({"note": "\u{85}"})).is_err());
    }

    #[test]
    fn nulls_and_non_ascii_member_names_are_refused() {
        assert_eq!(check(&json!({"a": null})).unwrap_err().location.get(Lang::En), "a");
        assert!(check(&json!({"mã": 1})).unwrap_err().message.get(Lang::En).contains("not printable ASCII"));
        assert!(check(&json!({"a b": 1})).is_err());
    }

    #[test]
    fn normalizing_composes_and_unifies_line_breaks() {
        assert_eq!(normalize_text("Hoa\u{301}\r\nx\ry"), "Hoá\nx\ny");
        assert!(check_text(&normalize_text("Thu\u{309}y")).is_ok());
    }
}
