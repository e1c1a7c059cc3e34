//! The built-in criteria sets: files Trunk copies from criteria/ into dist/criteria/, fetched by
//! the pages when they start (`web::library`). They are not compiled into the wasm, which keeps
//! the app small and lets a new set ship without a rebuild of the code.

/// The built-in criteria files, in the order the picker lists them. This is the one place to
/// add a file: put it in criteria/ and name it here (a static site cannot list a directory).
pub const BUILT_IN: [&str; 5] = [
    "province-876-2022.json",
    "province-2948-2017.json",
    "department-camau-1880-2013.json",
    "commune-hue-2204-2022.json",
    "teaching-demo.json",
];

/// Where the app finds a built-in file, relative to the page.
pub fn url_of(file: &str) -> String {
    format!("criteria/{file}")
}

/// Where the app finds the demo agency of a built-in set (criteria/demo/<stem>.draft.json).
pub fn demo_url_of(file: &str) -> String {
    format!("criteria/demo/{}.draft.json", file.trim_end_matches(".json"))
}
