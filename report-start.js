// Starts the report page: its wasm-bindgen glue (parscore-report.js, loaded before this
// script) defines `wasm_bindgen`; the wasm runs the page's main. Then the event Trunk's own
// init script sends on the agency's page, which offline.js waits for before its notices.
wasm_bindgen({ module_or_path: 'parscore-report_bg.wasm' }).then(() => dispatchEvent(new CustomEvent('TrunkApplicationStarted')));
