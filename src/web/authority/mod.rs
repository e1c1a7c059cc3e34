//! The authority's page (Sở Nội vụ's workbench), wasm32 only: its own wasm
//! (src/bin/authority.rs) and its own page (authority.html), so that the agencies' first load
//! does not carry it. Components render `app::authority`'s view rows and dispatch its actions;
//! what is here is browser code only: reading dropped files and folders, downloads, storage.

mod appraisal;
mod dropped;
mod editor;
mod file_drop;
mod header;
mod keyring_panel;
mod page;
mod received_panel;
mod round;
mod sections;
mod sheets;
mod shelf;
mod workers;

use crate::app::authority::Msg;
use crate::Lang;

/// Mounts the authority's page on its `<body>`.
pub fn start() {
    crate::web::mount::<page::AuthorityPage>();
}

/// A message of this page in `lang`.
fn text(lang: Lang, msg: Msg) -> String {
    msg.text(lang)
}
