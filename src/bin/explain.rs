//! The agency's explanation page (giải trình), built by Trunk for wasm32: its own wasm, so that
//! the agency's form does not carry it on its first load.
fn main() {
    #[cfg(target_arch = "wasm32")]
    parscore::web::explain_page::start();
}
