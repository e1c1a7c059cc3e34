//! Fuzz target `key_backup`: see `checks::key_backup` for what it checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::key_backup(data));
