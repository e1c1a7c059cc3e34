//! Final results and the ranking: the survey put into the answers, ties, last year's changes,
//! band counts.

use parscore::authority::ranking::competition_ranks;
use parscore::authority::results::final_draft;
use parscore::authority::{final_result, rank, Basis, Message, ResultsFile};
use parscore::i18n::Bilingual;
use parscore::{Decimal, Lang};
use serde_json::json;

use crate::fixtures::*;
use crate::util::{self, d};

fn ranks(indexes: &[&str]) -> Vec<u32> {
    competition_ranks(&indexes.iter().map(|i| d(i)).collect::<Vec<Decimal>>())
}

#[test]
fn ties_share_a_rank_and_the_next_rank_skips() {
    assert_eq!(ranks(&["91", "88.5", "88.5", "80"]), [1, 2, 2, 4]);
    assert_eq!(ranks(&["90", "90", "90"]), [1, 1, 1]);
    assert_eq!(ranks(&["95", "94", "94", "94", "93", "93"]), [1, 2, 2, 2, 5, 5]);
    assert_eq!(ranks(&[]), Vec::<u32>::new());
}

#[test]
fn the_ranking_orders_by_index_and_shares_ranks_on_equal_indexes() {
    let set = appraisal_and_survey_set();
    let results = results(&set, &[("C", "50", "30"), ("A", "55", "33"), ("B", "50", "30"), ("D", "40", "31")]);
    let ranking = rank(results, std::slice::from_ref(&set), Basis::Appraised, 2025, None);
    let group = &ranking.groups[0];
    let table: Vec<(u32, &str, String)> =
        group.rows.iter().map(|r| (r.rank, r.result.code.as_str(), r.result.index().canonical())).collect();
    assert_eq!(table, [(1, "A", "88".into()), (2, "B", "80".into()), (2, "C", "80".into()), (4, "D", "71".into())]);
}

#[test]
fn survey_points_enter_the_answers_and_the_agencys_own_survey_answer_is_ignored() {
    let set = appraisal_and_survey_set();
    let mut e = entrant(&set, "A", "Sở", "50");
    // An agency never scores the survey; a figure of its own there does not count.
    e.draft.answers.insert("2.1".into(), serde_json::from_value(json!({ "points": "40" })).unwrap());
    let without = final_result(&e, None);
    assert_eq!(without.totals.total, d("50"));
    assert_eq!(without.survey_missing, ["2.1"]);
    let survey = survey(&[("A", "31.5")], &set);
    assert_eq!(final_draft(&e, Some(&survey)).answers["2.1"].points, Some(d("31.5")));
    let with = final_result(&e, Some(&survey));
    assert_eq!((with.totals.survey, with.totals.total, with.index()), (d("31.5"), d("81.5"), d("81.5")));
    assert_eq!(with.band.as_ref().map(|b| b.id.as_str()), Some("b"));
    assert!(with.survey_missing.is_empty());
    let areas: Vec<(&str, Decimal)> = with.areas.iter().map(|a| (a.code.as_str(), a.index)).collect();
    // 50 / 60 = 83.33…%, 31.5 / 40 = 78.75%: the scorecard's component indexes.
    assert_eq!(areas, [("1", d("83.33")), ("2", d("78.75"))]);
}

#[test]
fn gates_and_bonus_are_the_cores_own() {
    let set = util::signing::teaching_set();
    let draft = teaching_draft("SA", parscore::criteria::Level::Department);
    let e =
        parscore::authority::Entrant {
            code: "SA".into(), name: "A".into(), group: "Sở".into(), criteria: &set, draft
        };
    let survey =
        parscore::authority::SurveyResults::from_csv(b"Agency,Item,Value\nSA,4.1,10\nSA,4.2,10\n", |_| Some(&set))
            .unwrap();
    let result = final_result(&e, Some(&survey));
    let card = parscore::scoring::score(&set, &final_draft(&e, Some(&survey)));
    assert_eq!(result.totals, card.totals);
    let band = card.band.as_ref().unwrap();
    assert_eq!(result.band.as_ref().unwrap().id, set.bands[band.band].id);
}

#[test]
fn last_years_results_give_the_index_change_and_places_gained() {
    let set = appraisal_and_survey_set();
    let sets = std::slice::from_ref(&set);
    let last = rank(
        results(&set, &[("A", "55", "35"), ("B", "50", "30"), ("C", "45", "30")]),
        sets,
        Basis::Appraised,
        2024,
        None,
    );
    let file = ResultsFile::of(&last);
    let read_back = ResultsFile::from_json(&file.to_json_pretty()).unwrap();
    assert_eq!(read_back, file);
    let now = rank(
        results(&set, &[("A", "50", "30"), ("B", "55", "35"), ("C", "45", "30"), ("N", "40", "30")]),
        sets,
        Basis::Appraised,
        2025,
        Some(&read_back),
    );
    let rows = &now.groups[0].rows;
    let moves: Vec<(&str, String, String)> = rows
        .iter()
        .map(|r| {
            let change = r.previous.as_ref().map(|p| p.index_change.canonical()).unwrap_or_default();
            (r.result.code.as_str(), change, r.movement().text(Lang::Vi))
        })
        .collect();
    assert_eq!(
        moves,
        [
            ("B", "10".into(), "tăng 1 bậc".into()),
            ("A", "-10".into(), "giảm 1 bậc".into()),
            ("C", "0".into(), "giữ nguyên".into()),
            ("N", "".into(), "mới".into()),
        ]
    );
    assert_eq!(rows[0].movement(), Message::RankUp(1));
    assert_eq!(rows[1].movement().text(Lang::En), "down 1 place");
}

#[test]
fn a_results_file_of_another_format_is_refused_with_its_place() {
    let error =
        ResultsFile::from_json(r#"{"format":"parscore-results/9","year":2025,"basis":"appraised","agencies":[]}"#)
            .unwrap_err();
    assert!(error.text(Lang::Vi).contains("format"), "{}", error.text(Lang::Vi));
    let error = ResultsFile::from_json(
        r#"{"format":"parscore-results/1","year":2025,"basis":"appraised","agencies":[{"code":1}]}"#,
    )
    .unwrap_err();
    assert!(error.text(Lang::En).contains("agencies[0].code"), "{}", error.text(Lang::En));
}

#[test]
fn band_counts_list_every_band_of_the_set_with_zeros() {
    let set = appraisal_and_survey_set();
    let results = results(&set, &[("A", "55", "36"), ("B", "50", "30"), ("C", "50", "31"), ("D", "20", "10")]);
    let ranking = rank(results, std::slice::from_ref(&set), Basis::Appraised, 2025, None);
    let counts: Vec<(Option<&str>, usize)> =
        ranking.groups[0].bands.iter().map(|b| (b.id.as_deref(), b.count)).collect();
    assert_eq!(counts, [(Some("a"), 1), (Some("b"), 2), (Some("c"), 0), (Some("d"), 1)]);
}

#[test]
fn groups_are_ranked_apart_in_their_first_order() {
    let set = appraisal_and_survey_set();
    let survey = survey(&[("X1", "30"), ("S1", "20"), ("X2", "35")], &set);
    let results = [("X1", "Xã", "50"), ("S1", "Sở", "30"), ("X2", "Xã", "40")]
        .iter()
        .map(|(code, group, points)| final_result(&entrant(&set, code, group, points), Some(&survey)))
        .collect();
    let ranking = rank(results, std::slice::from_ref(&set), Basis::SelfAssessed, 2025, None);
    let groups: Vec<(&str, Vec<(u32, &str)>)> = ranking
        .groups
        .iter()
        .map(|g| (g.group.as_str(), g.rows.iter().map(|r| (r.rank, r.result.code.as_str())).collect()))
        .collect();
    assert_eq!(groups, [("Xã", vec![(1, "X1"), (2, "X2")]), ("Sở", vec![(1, "S1")])]);
    assert_eq!(ranking.basis.header().text(Lang::Vi), "Xếp hạng theo điểm tự đánh giá (chưa có kết quả thẩm định)");
}

proptest::proptest! {
    /// For any indexes, best first: a rank is 1 + the number of agencies strictly ahead, so
    /// equal indexes share it and the next one skips as many places as shared it.
    #[test]
    fn a_rank_is_one_plus_the_agencies_strictly_ahead(mut units in proptest::collection::vec(0i128..40, 0..60)) {
        units.sort_unstable_by(|a, b| b.cmp(a));
        let indexes: Vec<Decimal> = units.iter().map(|u| Decimal::from_units(u * 2500)).collect();
        let ranks = competition_ranks(&indexes);
        for (i, index) in indexes.iter().enumerate() {
            let ahead = indexes.iter().filter(|other| *other > index).count() as u32;
            proptest::prop_assert_eq!(ranks[i], ahead + 1);
        }
    }
}
