//! The spreadsheet worker (built by Trunk for wasm32, run as a Web Worker by the authority's
//! page when a workbook is first opened or written).
//!
//! XLSX reading (calamine) and writing (rust_xlsxwriter, with their ZIP and XML crates) live in
//! this wasm so that the page's own first load does not carry them. Each message is a
//! [`SheetsRequest`](parscore::sheet_worker::SheetsRequest) as JSON text; the reply is posted
//! back as JSON text. Natively there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use parscore::sheet_worker::{answer, SheetsReply};
        let ready = serde_json::to_string(&SheetsReply::Ready).unwrap_or_default();
        parscore::web::worker_loop::serve(answer, &ready);
    }
}
