//! Verifying a batch of 200 score files (200 agencies, each with its key in the keyring): the
//! whole check on every core (`verify_batch`), the same batch on one core, and bare Ed25519
//! signature checks of the same count, the floor any verification stands on.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// The command line's allocator (`src/bin/parscore.rs`), so that `one_core` is what
/// `parscore verify --jobs 1` does.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/util/signing.rs"]
#[allow(dead_code)]
mod signing;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::signing;
    use criterion::{criterion_group, Criterion, Throughput};
    use ed25519_dalek::{Signer, SigningKey, Verifier};
    use parscore::scorefile::{self, profile, proof, verify, DidKey, Keyring, PublicKeyFile, ScoreDocument, Timestamp};

    const FILES: usize = 200;

    fn bench_batch(c: &mut Criterion) {
        let set = signing::teaching_set();
        let created = Timestamp::parse(signing::VECTOR_CREATED).expect("time");
        let mut files = Vec::new();
        let mut keys = Vec::new();
        for i in 0..FILES {
            let key = SigningKey::from_bytes(&[u8::try_from(i % 251).expect("small") + 1; 32]);
            let mut draft = signing::demo_draft();
            draft.agency.code = format!("A{i:03}");
            let file = scorefile::sign(&set, &draft, &key, created, signing::vector_app()).expect("signs");
            files.push(file.to_json_pretty().into_bytes());
            keys.push(PublicKeyFile::new(&DidKey::of(&key), "Đơn vị", &draft.agency.code));
        }
        let ring = Keyring::from_keys(keys);
        let known = [set];
        assert!(scorefile::verify_batch(&files, &known, Some(&ring)).iter().all(|r| r.is_valid()));

        let signatures: Vec<_> = (0..FILES)
            .map(|i| {
                let key = SigningKey::from_bytes(&[u8::try_from(i % 251).expect("small") + 1; 32]);
                let message = [i as u8; 32];
                (key.verifying_key(), message, key.sign(&message))
            })
            .collect();

        let mut group = c.benchmark_group("verify_batch_200");
        group.throughput(Throughput::Elements(FILES as u64));
        group.bench_function("all_cores", |b| b.iter(|| scorefile::verify_batch(&files, &known, Some(&ring))));
        // What `parscore verify --jobs 1` does: the batch on a pool of one thread.
        let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool");
        group.bench_function("one_core", |b| {
            b.iter(|| one_thread.install(|| scorefile::verify_batch(&files, &known, Some(&ring))))
        });
        group.bench_function("bare_ed25519_one_core", |b| {
            b.iter(|| signatures.iter().all(|(key, message, signature)| key.verify(message, signature).is_ok()))
        });
        // parscore verifies strictly (canonical S, no small-order keys), as the profile requires.
        group.bench_function("bare_ed25519_strict_one_core", |b| {
            b.iter(|| signatures.iter().all(|(key, message, signature)| key.verify_strict(message, signature).is_ok()))
        });
        group.finish();

        // Where one file's time goes, file after file on one core.
        let mut parts = c.benchmark_group("verify_parts_200");
        parts.throughput(Throughput::Elements(FILES as u64));
        parts.bench_function("parse_and_profile", |b| {
            b.iter(|| {
                files.iter().filter(|f| profile::parse_strict(f).and_then(|v| profile::check(&v)).is_ok()).count()
            })
        });
        let values: Vec<_> = files.iter().map(|f| profile::parse_strict(f).expect("parses")).collect();
        parts.bench_function("proof", |b| b.iter(|| values.iter().filter(|v| proof::verify_proof(v).is_ok()).count()));
        let methods: Vec<String> =
            values.iter().map(|v| v["proof"]["verificationMethod"].as_str().expect("a method").to_string()).collect();
        parts.bench_function("key_from_method", |b| {
            b.iter(|| methods.iter().filter(|m| DidKey::from_verification_method(m).is_ok()).count())
        });
        parts.bench_function("canonical_bytes", |b| {
            b.iter(|| values.iter().map(|v| proof::canonical_bytes(v, "").map_or(0, |c| c.len())).sum::<usize>())
        });
        let documents: Vec<ScoreDocument> = files
            .iter()
            .map(|f| {
                let mut value = profile::parse_strict(f).expect("parses");
                value.as_object_mut().expect("object").remove("proof");
                serde_json::from_value(value).expect("a score document")
            })
            .collect();
        parts.bench_function("recompute", |b| {
            b.iter(|| documents.iter().map(|d| verify::recompute(&known[0], d).len()).sum::<usize>())
        });
        parts.finish();
    }

    criterion_group!(benches, bench_batch);
}
