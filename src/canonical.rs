//! Canonical JSON (RFC 8785, JCS) for the values parscore hashes and signs.
//!
//! parscore's files hold no floating-point numbers (decimals are strings), so this writer covers
//! the profile exactly: object members sorted by their UTF-16 code units, no white space, strings
//! escaped as ECMAScript's JSON.stringify does, integers as plain digits. A JSON number with a
//! fraction or an exponent is refused instead of being re-formatted.

use serde_json::Value;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: the number {number} is not an integer; write decimals as strings (\"0.25\")")]
pub struct NotCanonical {
    pub path: String,
    pub number: String,
}

/// The canonical bytes of `value`.
pub fn to_canonical(value: &Value) -> Result<Vec<u8>, NotCanonical> {
    let mut out = Vec::with_capacity(4096);
    write_value(value, &mut out).map_err(|mut err| {
        err.path.insert(0, '$');
        err
    })?;
    Ok(out)
}

/// The canonical bytes of the object `value` without its members `skip`: a signed document's
/// bytes without its proof, with no copy of the document.
pub fn to_canonical_without(value: &serde_json::Map<String, Value>, skip: &[&str]) -> Result<Vec<u8>, NotCanonical> {
    let mut out = Vec::with_capacity(4096);
    write_object(value.iter().filter(|(key, _)| !skip.contains(&key.as_str())).collect(), &mut out).map_err(
        |mut err| {
            err.path.insert(0, '$');
            err
        },
    )?;
    Ok(out)
}

/// SHA-256 of the canonical bytes, as lowercase hex.
pub fn sha256_hex(value: &Value) -> Result<String, NotCanonical> {
    Ok(hex(&Sha256::digest(to_canonical(value)?)))
}

/// SHA-256 of the canonical bytes of the object `value` without its members `skip`, as lowercase
/// hex.
pub fn sha256_hex_without(value: &serde_json::Map<String, Value>, skip: &[&str]) -> Result<String, NotCanonical> {
    Ok(hex(&Sha256::digest(to_canonical_without(value, skip)?)))
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Writes `value`; on error the path is built while unwinding, so the common case pays nothing
/// for it.
fn write_value(value: &Value, out: &mut Vec<u8>) -> Result<(), NotCanonical> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            if !(n.is_i64() || n.is_u64()) {
                return Err(NotCanonical { path: String::new(), number: n.to_string() });
            }
            out.extend_from_slice(n.to_string().as_bytes());
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(item, out).map_err(|mut err| {
                    err.path.insert_str(0, &format!("[{i}]"));
                    err
                })?;
            }
            out.push(b']');
        }
        Value::Object(map) => write_object(map.iter().collect(), out)?,
    }
    Ok(())
}

/// Writes an object's members (a list, not an iterator: one copy of this and of its sort serves
/// every caller).
fn write_object(mut members: Vec<(&String, &Value)>, out: &mut Vec<u8>) -> Result<(), NotCanonical> {
    // RFC 8785 §3.2.3: sort by UTF-16 code units, which differs from UTF-8 order only for
    // characters above U+FFFF against U+E000..U+FFFF; ASCII names (the profile's) compare as bytes.
    let order = |a: &(&String, &Value), b: &(&String, &Value)| {
        if a.0.is_ascii() && b.0.is_ascii() {
            a.0.as_bytes().cmp(b.0.as_bytes())
        } else {
            a.0.encode_utf16().cmp(b.0.encode_utf16())
        }
    };
    // A parsed object's members come in UTF-8 order already, so checking is the usual cost.
    if !members.is_sorted_by(|a, b| order(a, b).is_le()) {
        members.sort_by(order);
    }
    out.push(b'{');
    for (i, (key, item)) in members.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_string(key, out);
        out.push(b':');
        write_value(item, out).map_err(|mut err| {
            err.path.insert_str(0, &format!(".{key}"));
            err
        })?;
    }
    out.push(b'}');
    Ok(())
}

/// Escapes as JSON.stringify: runs of bytes that need no escape are copied at once.
fn write_string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[run..i]);
        if escape.is_empty() {
            out.extend_from_slice(format!("\\u{b:04x}").as_bytes());
        } else {
            out.extend_from_slice(escape);
        }
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canon(v: Value) -> String {
        String::from_utf8(to_canonical(&v).unwrap()).unwrap()
    }

    #[test]
    fn members_sorted_and_compact() {
        assert_eq!(
            canon(json!({"b": [1, {"z": null, "a": true}], "a": "x"})),
            r#"{"a":"x","b":[1,{"a":true,"z":null}]}"#
        );
    }

    #[test]
    fn strings_escaped_like_json_stringify() {
        assert_eq!(canon(json!("a\"b\\c\n\u{1}\u{7f}é/€")), "\"a\\\"b\\\\c\\n\\u0001\u{7f}é/€\"");
    }

    #[test]
    fn rfc8785_utf16_member_order() {
        // From RFC 8785 §3.2.3: "\u{20ac}" (€) sorts before "\u{1f600}" in UTF-16 (0xD83D > 0x20AC)
        // and "\u{fb33}" sorts after the emoji in UTF-16 but before it in UTF-8.
        let v = json!({"\u{fb33}": 1, "\u{1f600}": 2, "\u{20ac}": 3, "\r": 4, "1": 5});
        assert_eq!(canon(v), "{\"\\r\":4,\"1\":5,\"\u{20ac}\":3,\"\u{1f600}\":2,\"\u{fb33}\":1}");
    }

    #[test]
    fn fractions_are_refused_with_their_path() {
        let err = to_canonical(&json!({"a": [1, {"b": 0.5}]})).unwrap_err();
        assert_eq!(err.path, "$.a[1].b");
    }
}
