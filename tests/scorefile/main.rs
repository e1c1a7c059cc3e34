#![cfg(not(target_arch = "wasm32"))]
//! Signed score files: the vectors, round trips, every changed byte, the verifier worker's
//! request and reply, and an independent verifier in Python.

#[path = "../util/mod.rs"]
mod util;

mod backup;
mod files;
mod independent;
mod reads_back;
mod verify_request;
