//! The trainer's page (slides and the projected index), built by Trunk for wasm32: its own wasm,
//! so that the agency's form does not carry it on its first load.
fn main() {
    #[cfg(target_arch = "wasm32")]
    parscore::web::trainer_page::start();
}
