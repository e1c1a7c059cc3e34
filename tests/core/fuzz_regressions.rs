//! Fuzzing findings, replayed: every file under tests/fuzz-regressions/<target>/ goes through the
//! same checks as the fuzz target of that name (fuzz/checks.rs), so an input that once crashed
//! parscore stays fixed. scripts/fuzz and docs/ARCHITECTURE.md ("Fuzzing") say how to add one.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 7] = [
    ("criteria", checks::criteria),
    ("draft_scoring", checks::draft_scoring),
    ("score_file", checks::score_file),
    ("key_backup", checks::key_backup),
    ("sheet", checks::sheet),
    ("draft_structured", checks::draft_structured),
    ("appraisal", checks::appraisal),
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.expect("readable entry").path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

#[test]
fn every_finding_is_filed_under_a_target() {
    let entries = std::fs::read_dir(dir()).expect("tests/fuzz-regressions exists");
    for entry in entries {
        let path = entry.expect("readable entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if path.is_dir() {
            assert!(TARGETS.iter().any(|(target, _)| *target == name), "{name}: no fuzz target of that name");
        } else {
            assert_eq!(name, "README.md", "findings go in a directory named after their target");
        }
    }
}

#[test]
fn findings_no_longer_crash() {
    let mut crashes = Vec::new();
    let mut replayed = 0;
    for (target, check) in TARGETS {
        for file in files(&dir().join(target)) {
            let bytes = std::fs::read(&file).expect("readable finding");
            replayed += 1;
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| check(&bytes))) {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                crashes.push(format!("{target}: {}: {message}", file.display()));
            }
        }
    }
    assert!(crashes.is_empty(), "{} of {replayed} findings still crash:\n{}", crashes.len(), crashes.join("\n"));
}

/// The checks themselves run on the seeds the fuzzer starts from, so that a change to the core
/// that breaks a check shows up here rather than as a crash on the first fuzzing run.
#[test]
fn seeds_pass_the_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds: [(Check, &[&str]); 3] = [
        (checks::criteria, &["criteria", "criteria/demo", "tests/broken"]),
        (checks::draft_scoring, &["criteria/demo"]),
        (checks::score_file, &["tests/golden"]),
    ];
    for (check, dirs) in seeds {
        for dir in dirs {
            for file in files(&root.join(dir)) {
                check(&std::fs::read(&file).expect("readable seed"));
            }
        }
    }
    checks::criteria(&std::fs::read(root.join("tests/valid-small.json")).expect("readable seed"));
}

/// The structure-aware checks build drafts and appraisals out of any bytes, so they are run here
/// on a few hundred pseudo-random inputs (a fixed xorshift): a change to the core that breaks one
/// of their properties fails `cargo test`, not only a fuzzing campaign.
#[test]
fn structured_checks_hold_on_pseudo_random_bytes() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut signed, mut appraised) = (0, 0);
    for round in 0..200 {
        let len = (next() % 4096) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if round % 2 == 0 {
            signed += usize::from(checks::draft_signed(&bytes));
        } else {
            appraised += usize::from(checks::appraisal_verified(&bytes));
        }
    }
    // Random bytes must often get past scoring to the signed file, or the generator is useless.
    assert!(signed >= 10 && appraised >= 10, "signed {signed} of 100 drafts, verified {appraised} of 100 appraisals");
}
