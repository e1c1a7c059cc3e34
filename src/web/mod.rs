//! The web app (wasm32 only): a thin Yew shell over the core.
//!
//! - [`state`]: the one state the app edits and the [`state::Action`]s that change it; the reducer
//!   is the only place that calls [`crate::scoring::score`].
//! - [`typed`]: what the user typed, field by field, and how it becomes an [`crate::answers::Answer`].
//! - [`sections`]: which items a section shows, and each section's progress.
//! - [`library`]: the built-in criteria files and how they are fetched.
//! - [`i18n`]: every user-facing string, one catalogue per language.
//! - [`app`] and [`components`]: the views; they show the core's results and never compute points.

pub mod app;
pub mod components;
pub mod i18n;
pub mod library;
pub mod sections;
pub mod state;
pub mod storage;
pub mod typed;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
