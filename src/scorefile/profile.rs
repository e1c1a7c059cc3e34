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

use crate::json_error::strict::StrictValue;

/// The largest whole number a score file may hold (JavaScript's `Number.MAX_SAFE_INTEGER`).
pub const MAX_INTEGER: u64 = (1 << 53) - 1;

/// A place in a file that breaks the profile or the format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("{location}: {message}")]
pub struct Malformed {
    /// A JSON path (`answers.1.1.note`, `proof.proofValue`) or a line and column.
    pub location: String,
    pub message: String,
}

impl Malformed {
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Malformed {
        Malformed { location: location.into(), message: message.into() }
    }
}

/// Parses a file's bytes as JSON, refusing invalid UTF-8, syntax errors and repeated member
/// names, each with its line and column.
pub fn parse_strict(bytes: &[u8]) -> Result<Value, Malformed> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Malformed::new(format!("byte {}", e.valid_up_to()), "the file is not valid UTF-8"))?;
    let mut de = serde_json::Deserializer::from_str(text);
    let located = |e: serde_json::Error| {
        Malformed::new(format!("line {}, column {}", e.line(), e.column()), crate::json_error::message(&e))
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
    let here = |path: &str| if path.is_empty() { "(the document)".to_string() } else { path.to_string() };
    match value {
        Value::Null => Err(Malformed::new(here(path), "null is not used in score files; leave the member out")),
        Value::Bool(_) => Ok(()),
        Value::Number(n) => {
            let safe = n.as_u64().is_some_and(|v| v <= MAX_INTEGER)
                || n.as_i64().is_some_and(|v| v.unsigned_abs() <= MAX_INTEGER);
            if safe {
                Ok(())
            } else {
                Err(Malformed::new(
                    here(path),
                    format!("the number {n} is not allowed: only whole numbers up to {MAX_INTEGER}; write decimals as strings (\"0.25\")"),
                ))
            }
        }
        Value::String(s) => check_text(s).map_err(|message| Malformed::new(here(path), message)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
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
                    return Err(Malformed::new(
                        path.clone(),
                        format!("the member name \"{}\" is not printable ASCII", key.escape_debug()),
                    ));
                }
                check_at(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
    }
}

/// Why a text breaks the profile, if it does.
pub fn check_text(s: &str) -> Result<(), String> {
    if let Some(c) = s.chars().find(|&c| is_forbidden_control(c)) {
        return Err(format!(
            "the text holds the control character U+{:04X}; only line feeds and tabs are allowed",
            c as u32
        ));
    }
    if !nfc::is_nfc(s) {
        return Err(format!("the text \"{}\" is not in Unicode NFC (composed) form", s.escape_debug()));
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
    use serde_json::json;

    #[test]
    fn repeated_member_names_are_refused_with_their_line() {
        let err = parse_strict(b"{\n \"a\": 1,\n \"a\": 2\n}").unwrap_err();
        assert!(err.location.starts_with("line 3"), "{err}");
        assert!(err.message.contains("\"a\" appears twice"), "{err}");
    }

    #[test]
    fn invalid_utf8_and_trailing_text_are_refused() {
        assert_eq!(parse_strict(b"{\"a\": \"\xff\"}").unwrap_err().location, "byte 7");
        assert!(parse_strict(b"{} {}").is_err());
    }

    #[test]
    fn numbers_must_be_safe_integers() {
        assert!(check(&json!({"n": 9007199254740991_u64, "m": -9007199254740991_i64})).is_ok());
        let err = check(&json!({"a": {"n": 9007199254740992_u64}})).unwrap_err();
        assert_eq!(err.location, "a.n");
        assert_eq!(check(&json!({"a": [1, 0.5]})).unwrap_err().location, "a[1]");
        let parsed = parse_strict(b"{\"x\": 1.0}").unwrap();
        assert_eq!(check(&parsed).unwrap_err().location, "x");
    }

    #[test]
    fn text_must_be_nfc_without_control_characters() {
        // "Hoá" with a combining acute accent (U+0301) instead of the composed á (U+00E1).
        let err = check(&json!({"name": "Hoa\u{301}"})).unwrap_err();
        assert_eq!(err.location, "name");
        assert!(err.message.contains("NFC"), "{err}");
        assert!(check(&json!({"name": "Hoá"})).is_ok());
        assert!(check(&json!({"note": "a\tb\nc"})).is_ok());
        assert!(check(&json!({"note": "a\rb"})).unwrap_err().message.contains("U+000D"));
        assert!(check(&json!({"note": "\u{85}"})).is_err());
    }

    #[test]
    fn nulls_and_non_ascii_member_names_are_refused() {
        assert_eq!(check(&json!({"a": null})).unwrap_err().location, "a");
        assert!(check(&json!({"mã": 1})).unwrap_err().message.contains("not printable ASCII"));
        assert!(check(&json!({"a b": 1})).is_err());
    }

    #[test]
    fn normalizing_composes_and_unifies_line_breaks() {
        assert_eq!(normalize_text("Hoa\u{301}\r\nx\ry"), "Hoá\nx\ny");
        assert!(check_text(&normalize_text("Thu\u{309}y")).is_ok());
    }
}
