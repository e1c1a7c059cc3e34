//! The agency's signing page (the signing key and "Ký và xuất"), built by Trunk for wasm32: its
//! own wasm, so that the agency's form does not carry the signing and key encryption code.
fn main() {
    #[cfg(target_arch = "wasm32")]
    parscore::web::sign_page::start();
}
