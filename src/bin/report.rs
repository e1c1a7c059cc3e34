//! The official report page (report.html), built by Trunk for wasm32: its own wasm, so that the
//! agency's form carries neither the report's layout nor its QR code.
fn main() {
    #[cfg(target_arch = "wasm32")]
    parscore::web::report_page::start();
}
