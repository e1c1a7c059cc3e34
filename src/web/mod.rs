//! The web app (wasm32 only): a thin Yew shell over the core.
//!
//! - [`state`]: the one state the app edits and the [`state::Action`]s that change it; the reducer
//!   is the only place that calls [`crate::scoring::score`], and the one that saves drafts.
//! - [`typed`]: what the user typed, field by field, and how it becomes an [`crate::answers::Answer`].
//! - [`storage`]: the key–value store behind the drafts (localStorage, or memory in tests);
//!   [`drafts`]: what is kept there for each draft; [`browser_storage`]: what the browser says
//!   about its storage for this site (the storage page).
//! - [`sections`]: which items a section shows, and each section's progress.
//! - [`report`]: the official report table and its CSV.
//! - [`signing_key`]: the agency's signing key, kept encrypted, and signing a draft with it.
//! - [`library`]: the built-in criteria files and how they are fetched; [`files`]: hashing
//!   evidence files and downloads.
//! - [`verification`]: the Verify page's files and reports; [`verifier`]: the worker that checks
//!   them (its own wasm, fetched when that page opens); [`verdict`]: how a report is worded.
//! - [`i18n`]: every user-facing string, one catalogue per language.
//! - [`app`] and [`components`]: the views; they show the core's results and never compute points.
//! - [`authority`]: the authority's page, a page (and a wasm) of its own; [`pages`]: the links
//!   between the pages.

pub mod app;
pub mod authority;
pub mod browser_storage;
pub mod components;
pub mod drafts;
pub mod files;
pub mod i18n;
pub mod library;
pub mod pages;
pub mod report;
pub mod sections;
pub mod signing_key;
pub mod state;
pub mod storage;
pub mod typed;
pub mod verdict;
pub mod verification;
pub mod verifier;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
