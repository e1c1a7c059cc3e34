//! Importing a criteria spreadsheet of about 300 rows (a large provincial decision): from the
//! XLSX bytes and from the CSV bytes to a validated raw set.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

// criterion is a native dev-dependency: on wasm32 this bench is an empty program.
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
    use criterion::{criterion_group, Criterion, Throughput};
    use parscore::criteria::raw::{RawCriteriaSet, RawNode};
    use parscore::sheet;

    fn rows(nodes: &[RawNode]) -> usize {
        nodes.iter().map(|n| 1 + n.children.as_deref().map_or(0, rows)).sum()
    }

    /// A generated set of about 300 criteria rows (groups and leaves).
    fn set() -> (RawCriteriaSet, usize) {
        let raw: RawCriteriaSet = serde_json::from_value(gen::criteria_set(42, 240)).expect("generated set");
        let blocks = [&raw.bonus, &raw.penalty].into_iter().flatten().map(|b| b.items.len()).sum::<usize>();
        let count = rows(&raw.nodes) + blocks;
        assert!((250..=350).contains(&count), "{count} rows");
        (raw, count)
    }

    fn bench_import(c: &mut Criterion) {
        let (raw, count) = set();
        let xlsx = sheet::export_xlsx(&raw).expect("xlsx");
        let csv = sheet::export_csv(&raw).expect("csv");
        let mut group = c.benchmark_group("sheet_import");
        group.throughput(Throughput::Elements(count as u64));
        group.bench_function("xlsx_300_rows", |b| {
            b.iter(|| sheet::import_xlsx(&xlsx).into_result().expect("imports"));
        });
        group.bench_function("csv_300_rows", |b| {
            b.iter(|| sheet::import_csv(&csv).into_result().expect("imports"));
        });
        group.finish();
    }

    criterion_group!(benches, bench_import);
}
