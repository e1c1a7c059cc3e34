//! The web pages (wasm32 only): a thin Yew shell over the app model ([`crate::app`]) and the core.
//!
//! - [`app`] and [`components`]: the views; they show the model's state and the core's results
//!   and never compute points.
//! - [`hooks`]: browser APIs as hooks (downloads that report a refusal).
//! - [`i18n`]: the catalogue ([`crate::i18n`]) as components read it, and the page's language.
//! - Adapters of browser APIs: [`storage`] (localStorage as the model's `Store`),
//!   [`browser_storage`] (what the browser says about its storage for this site), [`library`]
//!   (fetching the built-in sets), [`files`] (hashing evidence files, downloads), [`tabs`]
//!   (other tabs' changes to the store).
//! - [`trainer_page`]: the trainer's page (trainer.html), a page (and a wasm) of its own.
//! - [`verify_page`]: the Verify page (verify.html), a page (and a wasm) of its own; [`verifier`]:
//!   the worker that checks its score files (its own wasm too; the page's model is
//!   [`crate::app::verify`]).
//! - [`authority`]: the authority's page, a page (and a wasm) of its own; [`explain_page`] and
//!   [`sign_page`]: the agency's explanation and signing pages, likewise; [`pages`]: the links
//!   between the pages.
//! - [`worker_loop`]: the message loop of the verifier and spreadsheet workers.

pub mod address;
pub mod app;
pub mod authority;
pub mod browser_storage;
pub mod components;
pub mod explain_page;
pub mod files;
pub mod hooks;
pub mod i18n;
pub mod library;
pub mod pages;
pub mod report_page;
pub mod set_checker;
pub mod sheets_worker;
pub mod sign_page;
pub mod storage;
pub mod tabs;
pub mod trainer_page;
pub mod verifier;
pub mod verify_page;
pub mod worker_loop;

mod reducible;

/// Talc rather than dlmalloc, the default: smaller in every wasm (Cargo.toml says by how much).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the app on the page's `<body>`.
pub fn start() {
    mount::<app::App>();
}

/// Mounts a page's root component on its `<body>`, in place of the header every page's HTML paints
/// while its wasm loads. Removing that first leaves no blank frame: the first render runs before
/// the browser paints again.
pub(crate) fn mount<Page: yew::BaseComponent<Properties = ()>>() {
    if let Some(shell) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app-shell")) {
        shell.remove();
    }
    drop(yew::Renderer::<Page>::new().render());
}
