//! The spreadsheet round trip (src/sheet): every shipped set and generated sets through XLSX and
//! CSV and back with the same canonical SHA-256, the "Cách chấm" notation, CSV encodings, and
//! problems located at their row and column.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../util/mod.rs"]
mod util;

mod cli;
mod encoding;
mod located;
mod notation;
mod round_trip;

use parscore::criteria::raw::RawCriteriaSet;

/// Each shipped criteria set: file name and text.
pub fn shipped_sets() -> Vec<(String, String)> {
    let mut sets = Vec::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/criteria")).expect("criteria dir") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name.ends_with(".json") && !name.ends_with(".schema.json") {
            sets.push((name, std::fs::read_to_string(&path).expect("set")));
        }
    }
    sets.sort();
    assert!(sets.len() >= 4, "the shipped sets were not found");
    sets
}

/// The canonical SHA-256 of a set, as `criteria::load` computes it for the file.
pub fn hash(raw: &RawCriteriaSet) -> String {
    parscore::canonical::sha256_hex(&serde_json::to_value(raw).expect("json")).expect("canonical")
}

pub fn teaching() -> RawCriteriaSet {
    serde_json::from_str(include_str!("../../criteria/teaching-demo.json")).expect("teaching set")
}

/// Every problem of an import, in Vietnamese, for assertion messages.
pub fn described(imported: &parscore::sheet::Imported) -> String {
    imported.problems.iter().map(|p| p.text(parscore::Lang::Vi)).collect::<Vec<_>>().join("\n")
}
