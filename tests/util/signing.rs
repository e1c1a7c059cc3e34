//! The published score-file test vector (docs/score-file.md): a fixed key, the teaching set, its
//! demo draft and a fixed time, so that every run signs the same bytes.

use std::path::{Path, PathBuf};

use ed25519_dalek::SigningKey;
use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet};
use parscore::scorefile::{self, App, ScoreFile, Timestamp};

/// The vector's Ed25519 seed: the bytes 0x00, 0x01, …, 0x1f.
pub const VECTOR_SEED: [u8; 32] = {
    let mut seed = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        seed[i] = i as u8;
        i += 1;
    }
    seed
};
pub const VECTOR_CREATED: &str = "2026-01-15T08:30:00Z";
pub const TEACHING: &str = "criteria/teaching-demo.json";
pub const DEMO: &str = "criteria/demo/teaching-demo.draft.json";

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

pub fn teaching_set() -> CriteriaSet {
    criteria::load(&read(TEACHING)).expect("teaching set")
}

pub fn demo_draft() -> Draft {
    Draft::from_json(&read(DEMO)).expect("demo draft")
}

pub fn vector_key() -> SigningKey {
    SigningKey::from_bytes(&VECTOR_SEED)
}

/// The app the vector names, fixed so that a version bump does not change the vector.
pub fn vector_app() -> App {
    App { name: "parscore".into(), version: "0.1.0".into() }
}

/// The vector's signed file.
pub fn vector_file() -> ScoreFile {
    let created = Timestamp::parse(VECTOR_CREATED).expect("time");
    scorefile::sign(&teaching_set(), &demo_draft(), &vector_key(), created, vector_app()).expect("signs")
}

/// A fresh directory under the system's temp dir for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parscore-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
