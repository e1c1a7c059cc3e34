//! The app's model, on every target: what the pages do that does not touch a page, compiled and
//! tested natively. `web` renders it and adapts it to the browser.
//!
//! - [`store`]: the key–value store the pages keep things in, and the shared language choice;
//! - [`authority`]: the authority's page (keyring, received score files, verdicts).

pub mod authority;
pub mod store;
