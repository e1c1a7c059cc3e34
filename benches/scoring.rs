//! Scoring speed: a 100-leaf set (target ≤ 100 µs) and a 10,000-leaf set (should be ~100× that:
//! scoring is linear in the number of nodes). Also loading (parse + validate) for scale.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

// criterion is a native dev-dependency: on wasm32 (which `cargo clippy --all-targets` also
// checks) this bench is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/util/gen.rs"]
mod gen;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::gen;
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use parscore::answers::{Agency, Draft};
    use parscore::criteria::{self, Level};
    use parscore::scoring;

    fn setup(leaves: usize) -> (String, criteria::CriteriaSet, Draft) {
        let json = gen::criteria_set(42, leaves).to_string();
        let set = criteria::load(&json).expect("generated set is valid");
        let mut draft =
            Draft::new(&set, Agency { name: "Bench".into(), code: "B".into(), level: Level::Department }, 2025);
        draft.answers = serde_json::from_value(gen::answers(7, &set)).expect("answers");
        (json, set, draft)
    }

    fn bench_scoring(c: &mut Criterion) {
        let mut group = c.benchmark_group("score");
        for leaves in [100, 10_000] {
            let (_, set, draft) = setup(leaves);
            group.throughput(Throughput::Elements(set.leaf_count() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(leaves), &(set, draft), |b, (set, draft)| {
                b.iter(|| scoring::score(set, draft))
            });
        }
        group.finish();

        let mut group = c.benchmark_group("load_criteria");
        for leaves in [100, 10_000] {
            let (json, _, _) = setup(leaves);
            group.throughput(Throughput::Bytes(json.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(leaves), &json, |b, json| {
                b.iter(|| criteria::load(json).expect("valid"))
            });
        }
        group.finish();
    }

    criterion_group!(benches, bench_scoring);
}
