//! Fuzz target `sheet`: see `checks::sheet` for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::sheet(data));
