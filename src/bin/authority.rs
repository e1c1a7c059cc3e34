//! The authority's page (built by Trunk for wasm32): its own wasm, so that the agency app's
//! first load does not carry the keyring manager nor the verifier.
fn main() {
    #[cfg(target_arch = "wasm32")]
    parscore::web::authority::start();
}
