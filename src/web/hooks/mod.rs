//! Hooks that adapt browser APIs for components.

pub mod download;
pub mod print_key;
pub mod restored_app;
pub mod set_checks;
