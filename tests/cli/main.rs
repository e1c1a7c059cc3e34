#![cfg(not(target_arch = "wasm32"))]
//! The `parscore` command line, run as a user runs it.

#[path = "../util/mod.rs"]
mod util;

mod appraisal;
mod clerk;
mod commands;
mod hostile;
mod signing;
