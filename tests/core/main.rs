#![cfg(not(target_arch = "wasm32"))]
//! The core natively: each rule kind, totals and bands, insights, properties over generated sets,
//! the shipped criteria files and demos, and the fuzzers' saved findings.

#[path = "../util/mod.rs"]
mod util;

mod criteria_files;
mod demo_data;
mod fuzz_regressions;
mod insights;
mod json_paths;
mod messages;
mod properties;
mod results;
mod rules;
mod schema_agreement;
