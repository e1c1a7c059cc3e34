//! Hooks that adapt browser APIs for components.

pub mod download;
pub mod restored_app;
