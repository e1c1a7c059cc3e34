//! Published results reproduced through the ranking (the domain notes, current-sets.md §5 and
//! par-index.md §7): only figures whose arithmetic the notes confirm.
//!
//! The sets here are demonstrations that carry published points; their criteria are not the
//! official ones. What is checked is the method: appraisal + survey = index, the national groups
//! (A ≥ 90, B 80 to < 90, C 70 to < 80), ranks, band counts and the change on last year.

use parscore::authority::{final_result, rank, Basis, Entrant, ResultsFile};
use parscore::criteria::CriteriaSet;
use parscore::i18n::Bilingual;
use parscore::Lang;
use serde_json::json;

use crate::fixtures::*;
use crate::util::{d, group, leaf, load, set_json};

/// A set whose one manual item of 100 carries a published index as points.
fn index_carrier() -> CriteriaSet {
    load(&set_json(vec![group("1", "100", vec![leaf("1.1", "100", json!({ "kind": "manual" }))])]))
}

fn carried<'a>(set: &'a CriteriaSet, code: &str, index: &str) -> Entrant<'a> {
    let draft = crate::util::draft(set, json!({ "1.1": { "points": index, "justification": "công bố" } }));
    Entrant { code: code.into(), name: code.into(), group: "Tỉnh".into(), criteria: set, draft }
}

#[test]
fn provinces_2012_appraisal_plus_survey_give_the_published_indexes_ranks_and_group() {
    let set = appraisal_and_survey_set();
    let published = [
        ("HCM", "52.75", "31.08", "83.83"),
        ("DNG", "53.25", "33.87", "87.12"),
        ("QNH", "49.75", "30.46", "80.21"),
        ("BRVT", "54.35", "31.79", "86.14"),
        ("HNI", "51.25", "31.52", "82.77"),
        ("AGG", "54.25", "29.00", "83.25"),
    ];
    let rows: Vec<(&str, &str, &str)> = published.iter().map(|(c, a, s, _)| (*c, *a, *s)).collect();
    let ranking = rank(results(&set, &rows), std::slice::from_ref(&set), Basis::Appraised, 2012, None);
    let group = &ranking.groups[0];
    let table: Vec<(u32, &str, String)> =
        group.rows.iter().map(|r| (r.rank, r.result.code.as_str(), r.result.index().canonical())).collect();
    assert_eq!(
        table,
        [
            (1, "DNG", "87.12".into()),
            (2, "BRVT", "86.14".into()),
            (3, "HCM", "83.83".into()),
            (4, "AGG", "83.25".into()),
            (5, "HNI", "82.77".into()),
            (6, "QNH", "80.21".into()),
        ]
    );
    for (code, _, _, index) in published {
        let row = group.rows.iter().find(|r| r.result.code == code).unwrap();
        assert_eq!(row.result.index(), d(index), "{code}");
    }
    let counts: Vec<usize> = group.bands.iter().map(|b| b.count).collect();
    assert_eq!(counts, [0, 6, 0, 0], "all six in group B (80 to < 90)");
}

#[test]
fn par_index_2023_top_five_are_ranked_in_group_a_and_hai_phong_2024_gains_4_30() {
    let set = index_carrier();
    let sets = std::slice::from_ref(&set);
    let top_2023 = [("QNH", "92.18"), ("HPG", "91.87"), ("HNI", "91.43"), ("BGG", "91.16"), ("BRVT", "91.03")];
    let results_2023 = top_2023.iter().map(|(c, i)| final_result(&carried(&set, c, i), None)).collect();
    let ranking_2023 = rank(results_2023, sets, Basis::Appraised, 2023, None);
    let order: Vec<(u32, &str)> =
        ranking_2023.groups[0].rows.iter().map(|r| (r.rank, r.result.code.as_str())).collect();
    assert_eq!(order, [(1, "QNH"), (2, "HPG"), (3, "HNI"), (4, "BGG"), (5, "BRVT")]);
    let bands: Vec<(Option<&str>, usize)> =
        ranking_2023.groups[0].bands.iter().map(|b| (b.id.as_deref(), b.count)).collect();
    assert_eq!(bands, [(Some("a"), 5), (Some("b"), 0), (Some("c"), 0), (Some("d"), 0)]);

    // 2024 (268/QĐ-BNV): Hải Phòng 96.17, "+4.30" on 2023, read back from last year's file.
    let last_year = ResultsFile::from_json(&ResultsFile::of(&ranking_2023).to_json_pretty()).unwrap();
    let results_2024 = vec![final_result(&carried(&set, "HPG", "96.17"), None)];
    let ranking_2024 = rank(results_2024, sets, Basis::Appraised, 2024, Some(&last_year));
    let hai_phong = &ranking_2024.groups[0].rows[0];
    let previous = hai_phong.previous.as_ref().unwrap();
    assert_eq!((previous.index, previous.index_change), (d("91.87"), d("4.30")));
    assert_eq!(hai_phong.movement().text(Lang::Vi), "tăng 1 bậc");
}

#[test]
fn nam_dinh_2020_appraised_62_62_of_70_is_89_46_half_up_where_the_province_printed_89_45() {
    let set = load(&set_json(vec![
        group("1", "70", vec![leaf("1.1", "70", json!({ "kind": "manual" }))]),
        group("2", "30", vec![leaf("2.1", "30", json!({ "kind": "survey" }))]),
    ]));
    let entrant = {
        let draft = crate::util::draft(&set, json!({ "1.1": { "points": "62.62", "justification": "thẩm định" } }));
        Entrant { code: "NDH".into(), name: "Sở".into(), group: "Sở".into(), criteria: &set, draft }
    };
    let result = final_result(&entrant, None);
    // The core rounds half up (set index places: 2); "89,45%" was truncated by the province.
    assert_eq!(result.areas[0].index, d("89.46"));
    assert_eq!(result.survey_missing, ["2.1"]);
}

/// The index carrier with the bands of a shipped set (`criteria/<file>`), edges as it writes them.
fn carrier_with_bands_of(file: &str) -> CriteriaSet {
    let path = format!("{}/criteria/{file}", env!("CARGO_MANIFEST_DIR"));
    let shipped: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut value = set_json(vec![group("1", "100", vec![leaf("1.1", "100", json!({ "kind": "manual" }))])]);
    value["bands"] = shipped["bands"].clone();
    load(&value)
}

/// `count` indexes (2 places) from `low` up to the hundredth below `high`: the lower edge itself
/// is one of them and the last sits just under the next band's edge, so an edge read the wrong
/// way moves an agency to another band.
fn spread(low: u32, high: u32, count: usize) -> Vec<String> {
    let (low, top) = (low * 100, high * 100 - 1);
    (0..count)
        .map(|k| {
            let hundredths = if count == 1 { low } else { low + (top - low) * k as u32 / (count as u32 - 1) };
            format!("{}.{:02}", hundredths / 100, hundredths % 100)
        })
        .collect()
}

/// Ranks the published number of agencies per band, each placed by `spread`, and returns the
/// count per band of the set's ranking with the number of rows ranked.
fn counts_for(set: &CriteriaSet, year: u16, per_band: &[(u32, u32, usize)]) -> (Vec<usize>, usize) {
    let indexes: Vec<String> = per_band.iter().flat_map(|&(low, high, n)| spread(low, high, n)).collect();
    let results = indexes
        .iter()
        .enumerate()
        .map(|(i, index)| final_result(&carried(set, &format!("DV{i:03}"), index), None))
        .collect();
    let ranking = rank(results, std::slice::from_ref(set), Basis::Appraised, year, None);
    let group = &ranking.groups[0];
    (group.bands.iter().map(|b| b.count).collect(), group.rows.len())
}

#[test]
fn published_band_counts_come_back_from_indexes_placed_on_the_band_edges() {
    // PAR INDEX 2022 and 2024, the national groups as 876/QĐ-BNV (2022) writes them:
    // A ≥ 90, B 80 to < 90, C 70 to < 80; 2 + 56 + 5 = 63 and 13 + 50 = 63 provinces.
    let national = carrier_with_bands_of("province-876-2022.json");
    assert_eq!(counts_for(&national, 2022, &[(90, 100, 2), (80, 90, 56), (70, 80, 5)]), (vec![2, 56, 5, 0], 63));
    assert_eq!(counts_for(&national, 2024, &[(90, 100, 13), (80, 90, 50)]), (vec![13, 50, 0, 0], 63));

    // Thừa Thiên Huế's communes in 2021: Xuất sắc 9, Tốt 62, Khá 41, Trung bình 24 of 136. The
    // bands are those Huế's 2204/QĐ-UBND (2022) prints (Xuất sắc ≥ 90, Tốt 80 to < 90, Khá 70 to
    // < 80, Trung bình 50 to < 70); the notes give the counts, not each commune's index.
    let hue = carrier_with_bands_of("commune-hue-2204-2022.json");
    let (counts, ranked) = counts_for(&hue, 2021, &[(90, 100, 9), (80, 90, 62), (70, 80, 41), (50, 70, 24)]);
    assert_eq!((counts, ranked), (vec![9, 62, 41, 24, 0], 136));
}
