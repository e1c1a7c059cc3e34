#![cfg(not(target_arch = "wasm32"))]
//! The authority page's model, natively: the keyring it keeps, the verdicts it gives received
//! score files, duplicates, and its state kept in a store between visits.

#[path = "../util/mod.rs"]
mod util;

mod appraisal;
mod appraised;
mod fixtures;
mod kept;
mod keyring;
mod page_state;
mod round;
mod sheets;
mod verdicts;
mod workers;
