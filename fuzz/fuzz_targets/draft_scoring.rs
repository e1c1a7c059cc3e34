//! Fuzz target `draft_scoring`: see `checks::draft_scoring` for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::draft_scoring(data));
