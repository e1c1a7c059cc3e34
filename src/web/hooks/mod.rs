//! Hooks that adapt browser APIs for components.

pub mod download;
