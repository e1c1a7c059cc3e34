//! Rules are read through serde's internally tagged enum (`kind`), which buffers them and so
//! escapes `json_error::objects` (an array where an object belongs): serde would take
//! `"rule": ["levels", […]]` or a level written as an array. This finds such an array in a rule,
//! where the published schema refuses it, and locates it at its line and column.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::json_error::{Expected, Found, JsonError, JsonProblem};

/// The first array inside a rule of `value` that is not the list of `levels` or `bands`.
pub fn misplaced_array(text: &str, value: &Value) -> Option<JsonError> {
    let pointer = find_in_document(value, &mut Vec::new())?;
    let problem = JsonProblem::InvalidType { found: Found::List, expected: Expected::Object };
    let (line, column) = position(text, &pointer);
    Some(JsonError::at(problem, Some(describe(value, &pointer)), line, column))
}

/// A step into a JSON value.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn find_in_document(value: &Value, path: &mut Vec<Step>) -> Option<Vec<Step>> {
    match value {
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            path.push(Step::Key(key.clone()));
            let found = if key == "rule" { find_in_rule(item, path, false) } else { find_in_document(item, path) };
            path.pop();
            found
        }),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
            path.push(Step::Index(i));
            let found = find_in_document(item, path);
            path.pop();
            found
        }),
        _ => None,
    }
}

/// An array is allowed (`list_allowed`) only as the list of `levels` or `bands`; the rule itself
/// and everything else in it that has members is an object.
fn find_in_rule(value: &Value, path: &mut Vec<Step>, list_allowed: bool) -> Option<Vec<Step>> {
    match value {
        Value::Array(_) if !list_allowed => Some(path.clone()),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
            path.push(Step::Index(i));
            let found = find_in_rule(item, path, false);
            path.pop();
            found
        }),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            path.push(Step::Key(key.clone()));
            let found = find_in_rule(item, path, key == "levels" || key == "bands");
            path.pop();
            found
        }),
        _ => None,
    }
}

/// "1.1 rule.levels[0]": from the nearest node code on, as located errors read.
fn describe(value: &Value, pointer: &[Step]) -> String {
    let mut current = Some(value);
    let mut located = String::new();
    for step in pointer {
        match step {
            Step::Key(key) => {
                current = current.and_then(|v| v.get(key));
                if !(located.is_empty() || located.ends_with(' ')) {
                    located.push('.');
                }
                located.push_str(key);
            }
            Step::Index(i) => {
                current = current.and_then(|v| v.get(i));
                located.push_str(&format!("[{i}]"));
            }
        }
        if let Some(code) = current.and_then(|v| v.get("code")).and_then(Value::as_str) {
            located = format!("{code} ");
        }
    }
    located.trim_end().to_string()
}

/// Line and column where the value at `pointer` starts, as serde_json counts them: the text is
/// read again up to it and the reading stops there with an error that carries the place.
fn position(text: &str, pointer: &[Step]) -> (usize, usize) {
    let mut de = serde_json::Deserializer::from_str(text);
    match (Seek(pointer)).deserialize(&mut de) {
        Err(e) => (e.line(), e.column()),
        Ok(()) => (0, 0),
    }
}

struct Seek<'a>(&'a [Step]);

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Step::Index(target), rest)) = self.0.split_first() else { return Err(de::Error::custom("here")) };
        let mut i = 0;
        while i < *target {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            i += 1;
        }
        seq.next_element_seed(Seek(rest)).map(|_| ())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Step::Key(target), rest)) = self.0.split_first() else { return Err(de::Error::custom("here")) };
        while let Some(key) = map.next_key::<String>()? {
            if &key == target {
                return map.next_value_seed(Seek(rest));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom("here"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom("here"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom("here"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom("here"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom("here"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(E::custom("here"))
    }
}
