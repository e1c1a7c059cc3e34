//! Small builders shared by the integration tests: criteria sets and drafts from a few lines of
//! JSON, so each test states only what it is about.
#![allow(dead_code)]

use parscore::answers::{Agency, Draft};
use parscore::criteria::{self, CriteriaSet, Level};
use parscore::scoring::{self, Scorecard};
use parscore::Decimal;
pub mod gen;
pub mod signing;

use serde_json::{json, Value};

pub fn d(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

pub fn leaf(code: &str, max: &str, rule: Value) -> Value {
    json!({ "code": code, "title": { "vi": format!("Mục {code}") }, "max": max, "rule": rule })
}

pub fn group(code: &str, max: &str, children: Vec<Value>) -> Value {
    json!({ "code": code, "title": { "vi": format!("Nhóm {code}") }, "max": max, "children": children })
}

/// National groups: A from 90, B from 80, C from 70, below that D.
pub fn national_bands() -> Value {
    json!([
        { "id": "a", "title": { "vi": "Nhóm A" }, "range": "[90, 100]" },
        { "id": "b", "title": { "vi": "Nhóm B" }, "range": "[80, 90)" },
        { "id": "c", "title": { "vi": "Nhóm C" }, "range": "[70, 80)" },
        { "id": "d", "title": { "vi": "Dưới nhóm C" }, "range": "[0, 70)" }
    ])
}

/// A whole criteria file around `nodes`; the scale is the sum of their maxima.
pub fn set_json(nodes: Vec<Value>) -> Value {
    let scale: Decimal = nodes.iter().map(|n| d(n["max"].as_str().expect("max"))).sum();
    json!({
        "format": "parscore-criteria/1",
        "id": "test-set",
        "version": "1",
        "title": { "vi": "Bộ tiêu chí thử", "en": "Test set" },
        "decision": { "number": "1/QĐ-TEST", "date": "2025-01-01", "issuer": "Test" },
        "year": 2025,
        "level": "department",
        "scale": scale.canonical(),
        "provenance": { "status": "demonstration" },
        "nodes": nodes,
        "bands": national_bands()
    })
}

pub fn load(value: &Value) -> CriteriaSet {
    match criteria::load(&value.to_string()) {
        Ok(set) => set,
        Err(errors) => panic!("test set invalid: {errors:?}"),
    }
}

/// The located messages of a set that must fail validation.
pub fn errors(value: &Value) -> Vec<String> {
    match criteria::load(&value.to_string()) {
        Ok(_) => panic!("expected the set to be refused"),
        Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
    }
}

pub fn draft(set: &CriteriaSet, answers: Value) -> Draft {
    let mut draft =
        Draft::new(set, Agency { name: "Sở Thử nghiệm".into(), code: "STN".into(), level: Level::Department }, 2025);
    draft.answers = serde_json::from_value(answers).expect("test answers");
    draft
}

pub fn score(set: &CriteriaSet, answers: Value) -> Scorecard {
    scoring::score(set, &draft(set, answers))
}

/// Points of the node with `code`.
pub fn points(set: &CriteriaSet, card: &Scorecard, code: &str) -> Decimal {
    card.nodes[set.find(code).expect("code")].points
}

pub fn shipped_criteria() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("criteria dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p.to_string_lossy().ends_with(".schema.json")
                && !p.ends_with("index.json")
        })
        .collect();
    files.sort();
    files
}
