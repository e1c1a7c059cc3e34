//! Signing and verifying the demo score file (the teaching set with its demo draft): the whole
//! path a user waits for (score, build, canonicalize, hash, sign / parse, check the profile,
//! verify the signature, recompute every score), and the eddsa-jcs-2022 proof alone.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

// criterion is a native dev-dependency: on wasm32 this bench is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/util/signing.rs"]
#[allow(dead_code)]
mod signing;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::signing;
    use criterion::{criterion_group, Criterion};
    use parscore::scorefile::{self, proof, DidKey, Keyring, PublicKeyFile, Timestamp};

    fn bench_signing(c: &mut Criterion) {
        let set = signing::teaching_set();
        let draft = signing::demo_draft();
        let key = signing::vector_key();
        let created = Timestamp::parse(signing::VECTOR_CREATED).expect("time");
        let file = signing::vector_file();
        let bytes = file.to_json_pretty().into_bytes();
        let known = [set.clone()];
        let ring = Keyring::from_keys(vec![PublicKeyFile::new(&DidKey::of(&key), "Sở Minh Hoạ", "SMH")]);
        assert!(scorefile::verify(&bytes, &known, Some(&ring)).is_valid());

        let mut group = c.benchmark_group("score_file");
        group.bench_function("sign", |b| {
            b.iter(|| scorefile::sign(&set, &draft, &key, created, signing::vector_app()).expect("signs"))
        });
        group.bench_function("verify", |b| b.iter(|| scorefile::verify(&bytes, &known, Some(&ring))));
        let unsecured = file.document.to_value();
        let options = proof::options(&DidKey::of(&key), created);
        group.bench_function("proof_only_sign", |b| b.iter(|| proof::create_proof(&unsecured, &options, &key)));
        let secured = file.to_value();
        group.bench_function("proof_only_verify", |b| b.iter(|| proof::verify_proof(&secured)));
        group.finish();
    }

    criterion_group!(benches, bench_signing);
}
