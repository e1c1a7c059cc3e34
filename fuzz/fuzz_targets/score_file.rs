//! Fuzz target `score_file`: see `checks::score_file` for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::score_file(data));
