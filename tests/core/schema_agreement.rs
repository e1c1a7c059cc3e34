//! The published JSON Schema of criteria files (criteria/criteria.schema.json) and the loader
//! (`criteria::load`) agree: no file the schema refuses is loaded. The loader may refuse more
//! (sums, overlaps, codes: what a schema cannot say), never less. The corpus: the shipped sets,
//! tests/broken, and hostile variants of the teaching set made here: every object replaced by an
//! array of its values, every string by a number beyond 64 bits, every number by a string.

use std::path::Path;

use serde_json::Value;

use parscore::criteria;

use crate::util;

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/criteria.schema.json"))
        .expect("the published schema");
    jsonschema::validator_for(&serde_json::from_str(&text).expect("the schema is JSON")).expect("a valid schema")
}

/// Whether the loader takes `text`, and whether the schema does; a text that is not JSON at
/// all is refused by both.
fn verdicts(validator: &jsonschema::Validator, text: &str) -> (bool, bool) {
    let loaded = criteria::load(text).is_ok();
    let valid = serde_json::from_str::<Value>(text).is_ok_and(|value| validator.is_valid(&value));
    (loaded, valid)
}

/// The paths (JSON pointers) of every object, string and number in `value`.
fn places(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            out.push((at.clone(), value.clone()));
            for (key, item) in map {
                places(item, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                places(item, format!("{at}/{i}"), out);
            }
        }
        Value::String(_) | Value::Number(_) => out.push((at, value.clone())),
        Value::Bool(_) | Value::Null => {}
    }
}

/// The hostile variants of `set`: (what was changed, the file's text).
fn hostile_variants(set: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    places(set, String::new(), &mut found);
    let mut variants = Vec::new();
    for (pointer, original) in found {
        let mut changed = set.clone();
        let Some(slot) = changed.pointer_mut(&pointer) else { continue };
        let (what, text) = match original {
            Value::Object(map) => {
                *slot = Value::Array(map.values().cloned().collect());
                ("an array for the object", changed.to_string())
            }
            Value::String(_) => {
                *slot = Value::String("\u{0}BIG".into());
                ("2^64 for the string", changed.to_string().replace("\"\\u0000BIG\"", "18446744073709551616"))
            }
            _ => {
                *slot = Value::String(original.to_string());
                ("a string for the number", changed.to_string())
            }
        };
        variants.push((format!("{what} at {pointer}"), text));
    }
    variants
}

#[test]
fn no_file_the_schema_refuses_is_loaded() {
    let validator = schema();
    let mut disagreements = Vec::new();
    let mut corpus: Vec<(String, String)> = Vec::new();
    for path in util::shipped_criteria() {
        let text = std::fs::read_to_string(&path).expect("a shipped set");
        let (loaded, valid) = verdicts(&validator, &text);
        assert!(loaded && valid, "{}: shipped sets load and are valid ({loaded}, {valid})", path.display());
        corpus.push((path.display().to_string(), text));
    }
    let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    for entry in std::fs::read_dir(broken).expect("tests/broken").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("a broken file");
        assert!(criteria::load(&text).is_err(), "{}: a broken file is refused", entry.path().display());
        corpus.push((entry.path().display().to_string(), text));
    }
    let teaching = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/teaching-demo.json"));
    let teaching: Value = serde_json::from_str(&teaching.expect("the teaching set")).expect("JSON");
    let variants = hostile_variants(&teaching);
    assert!(variants.len() > 200, "a corpus worth the name: {}", variants.len());
    corpus.extend(variants);
    for (name, text) in &corpus {
        if let (true, false) = verdicts(&validator, text) {
            disagreements.push(name.clone());
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} files loaded though the schema refuses them:\n{}",
        disagreements.len(),
        corpus.len(),
        disagreements.join("\n")
    );
}

#[test]
fn an_array_in_a_rule_is_located_at_its_item_line_and_column() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/teaching-demo.json"))
        .expect("the teaching set");
    let mut value: Value = serde_json::from_str(&text).expect("JSON");
    let level = value.pointer_mut("/nodes/0/children/0/rule/levels/1").expect("a second level");
    *level = serde_json::json!(["late", {"vi": "Muộn"}, "5"]);
    let pretty = serde_json::to_string_pretty(&value).expect("JSON");
    let errors = criteria::load(&pretty).expect_err("refused");
    let [error] = &errors[..] else { panic!("one error: {errors:?}") };
    let en = error.text(parscore::Lang::En);
    assert!(en.starts_with("1.1 rule.levels[1] (line "), "{en}");
    assert!(en.ends_with("invalid type: sequence, expected an object"), "{en}");
    let vi = error.text(parscore::Lang::Vi);
    assert!(vi.starts_with("1.1 rule.levels[1] (dòng "), "{vi}");
}
