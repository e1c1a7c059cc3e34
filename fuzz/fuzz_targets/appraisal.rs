//! Fuzz target `appraisal`: see `checks::appraisal` (fuzz/structured.rs) for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::appraisal(data));
