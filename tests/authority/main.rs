#![cfg(not(target_arch = "wasm32"))]
//! The authority's half: roster, intake register, survey results, final results and rankings,
//! and the `parscore intake` and `parscore rank` commands.

#[path = "../util/mod.rs"]
mod util;

mod cli;
mod fixtures;
mod intake;
mod published;
mod ranking;
mod roster;
mod survey;
