//! Where a read went wrong, found again from serde_json's line and column
//! (`json_error::path`): the same path serde_path_to_error finds by tracking every member while
//! reading (kept as a dev-dependency, the oracle), and the rule's members at their own place.

use parscore::criteria;
use parscore::json_error::{self, JsonProblem};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Doc {
    name: String,
    items: Vec<Item>,
    #[serde(default)]
    nested: Option<Nested>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Item {
    code: String,
    count: u32,
    #[serde(default)]
    tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Nested {
    #[serde(rename = "mức \"A\"")]
    level: std::collections::BTreeMap<String, u8>,
}

fn ours(json: &str) -> Option<String> {
    json_error::parse::<Doc>(json, None).expect_err("the document is broken").place.path
}

fn oracle(json: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(json);
    let error = serde_path_to_error::deserialize::<_, Doc>(&mut de).expect_err("the document is broken");
    Some(error.path().to_string()).filter(|p| p != ".")
}

#[test]
fn the_path_found_from_the_place_is_the_path_tracked_while_reading() {
    let broken = [
        r#"{"name": 1, "items": []}"#,
        r#"{"name": "a", "items": [{"code": "x", "count": 1}, {"code": "y", "count": -1}]}"#,
        r#"{"name": "a", "items": [{"code": "x", "count": 1}, {"code": "y"}]}"#,
        "{\n  \"name\": \"a\",\n  \"items\": [\n    {\"code\": \"x\", \"count\": 1, \"tags\": [\"p\", 7]}\n  ]\n}",
        r#"{"name": "a", "items": [{"code": "x", "count": 1, "colour": "red"}]}"#,
        r#"{"name": "a", "items": [], "nested": {"mức \"A\"": {"k": 300}}}"#,
        r#"{"name": "a", "items": [], "nested": {"mức \"A\"": {"k": "1"}}}"#,
        r#"{"name": "a", "items": [{"code": "x", "count": 1}, {"count": 2, "code": "z", "tags": {}}]}"#,
        r#"{"name": "a", "items": [{"code": "x", "count": 1}, {"count": 2, "code": ["z"]}]}"#,
        "{\"items\": [{\"code\": \"x\", \"count\": 1}],\n \"name\": null}",
        r#"{"name": "a"}"#,
        r#"{"name": "a", "items": [{"code": "x", "count": 1}, {"code": "y", "count": 2}], "extra": 1}"#,
    ];
    for json in broken {
        assert_eq!(ours(json), oracle(json), "{json}");
    }
}

#[test]
fn a_missing_member_is_placed_at_its_object_not_at_the_last_member_read() {
    let json = "{\"name\": \"a\", \"items\": [\n  {\"code\": \"x\", \"count\": 1},\n  {\"code\": \"y\"}\n]}";
    let error = json_error::parse::<Doc>(json, None).unwrap_err();
    assert_eq!(error.place.path.as_deref(), Some("items[1]"));
    assert_eq!(*error.problem, JsonProblem::MissingField { field: "count".into() });
}

/// The small valid set with its 1.1.4 rule changed by `change`.
fn with_rule_of_1_1_4(change: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/valid-small.json")).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    change(&mut value["nodes"][0]["children"][0]["children"][3]["rule"]);
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    criteria::load(&pretty).expect_err("broken").iter().map(|e| e.to_string()).collect()
}

#[test]
fn a_rule_member_is_placed_at_its_own_line_and_what_the_kind_takes_at_the_rule() {
    let wrong_type = with_rule_of_1_1_4(|rule| rule["bands"][1]["points"] = serde_json::json!(true));
    assert_eq!(wrong_type.len(), 1, "{wrong_type:?}");
    assert!(wrong_type[0].starts_with("1.1.4 rule.bands[1].points (line "), "{wrong_type:?}");

    let not_taken = with_rule_of_1_1_4(|rule| rule["kind"] = serde_json::json!("levels"));
    assert!(not_taken[0].starts_with("1.1.4 rule (line "), "{not_taken:?}");
    assert!(not_taken[0].contains("unknown field `measure`; the fields allowed here: `levels`"), "{not_taken:?}");

    let lacking = with_rule_of_1_1_4(|rule| {
        rule.as_object_mut().unwrap().remove("bands");
    });
    assert!(lacking[0].starts_with("1.1.4 rule (line "), "{lacking:?}");
    assert!(lacking[0].ends_with("missing field `bands`"), "{lacking:?}");

    let two_forms =
        with_rule_of_1_1_4(|rule| rule["measure"]["percent"] = serde_json::json!({ "label": { "vi": "Tỷ lệ" } }));
    assert!(two_forms[0].starts_with("1.1.4 rule.measure (line "), "{two_forms:?}");
}
