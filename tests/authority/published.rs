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
