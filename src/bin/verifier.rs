//! The verifier worker (built by Trunk for wasm32, run as a Web Worker by the app's Verify page).
//!
//! It lives in its own wasm so that the signature checks and the recomputation are downloaded
//! only by those who verify files, not by every agency filling in a draft. Each message is a
//! [`VerifyRequest`](parscore::scorefile::request::VerifyRequest) as JSON text; the reply is
//! posted back as JSON text. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use parscore::scorefile::request::{answer, reply_json, VerifyReply};
        parscore::web::worker_loop::serve(answer, &reply_json(&VerifyReply::Ready));
    }
}
