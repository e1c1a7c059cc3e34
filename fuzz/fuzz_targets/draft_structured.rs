//! Fuzz target `draft_structured`: see `checks::draft_structured` (fuzz/structured.rs) for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::draft_structured(data));
