//! The library's sets, as the domain sources give them: Cà Mau 1880's verbatim rule text, and
//! the provincial set on 876/QĐ-BNV with its verified totals.

use parscore::criteria::{self, CriteriaSet, Part, ProvenanceStatus, Rule};
use parscore::Lang;

use super::util::d;
use super::util::signing::read;

fn set(file: &str) -> CriteriaSet {
    criteria::load(&read(&format!("criteria/{file}"))).expect("shipped set")
}

fn labels(set: &CriteriaSet, code: &str) -> Vec<String> {
    match set.nodes[set.find(code).expect(code)].leaf().map(|l| &l.rule) {
        Some(Rule::Levels(levels)) => {
            levels.iter().map(|l| format!("{}: {}", l.label.vi, l.points.canonical())).collect()
        }
        Some(Rule::PassFail { pass, fail }) => [pass, fail].iter().map(|t| t.as_ref().unwrap().vi.clone()).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn ca_mau_rows_carry_the_decisions_own_words() {
    let set = set("department-camau-1880-2013.json");
    assert_eq!(labels(&set, "1.1.1"), ["Ban hành kịp thời: 1", "Ban hành không kịp thời: 0.5", "Không ban hành: 0"]);
    assert_eq!(
        labels(&set, "1.1.2"),
        ["Xác định đầy đủ nhiệm vụ và có bố trí kinh phí", "Không xác định đầy đủ nhiệm vụ hoặc không bố trí kinh phí"]
    );
    assert_eq!(labels(&set, "1.1.3"), ["Đạt yêu cầu", "Không đạt yêu cầu"]);
    assert_eq!(
        labels(&set, "1.2.1"),
        ["Đủ số lượng và đúng thời gian quy định", "Không đủ số lượng báo cáo hoặc không đúng thời gian quy định"]
    );
    assert_eq!(labels(&set, "1.2.2"), ["Đạt yêu cầu", "Không đạt yêu cầu"]);
    let guidance =
        |code: &str| set.nodes[set.find(code).unwrap()].guidance.as_ref().map(|g| g.vi.clone()).unwrap_or_default();
    assert!(guidance("1.1.4")
        .contains("Thực hiện trên 90% kế hoạch: 2 / Thực hiện từ 70% - 90% kế hoạch: 1 / Dưới 70% kế hoạch: 0"));
    for code in ["1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2"] {
        assert!(guidance(code).starts_with("Nguyên văn Quyết định 1880/QĐ-UBND: "), "{code}");
    }
}

#[test]
fn ca_mau_states_how_the_90_percent_edge_was_read() {
    let set = set("department-camau-1880-2013.json");
    let node = &set.nodes[set.find("1.1.4").unwrap()];
    let note = node.provenance.note.as_deref().unwrap_or_default();
    assert!(note.contains("cách hiểu") && note.contains("interpretation"), "{note}");
    assert!(note.contains("[70, 90]"), "{note}");
    // And the rule does what the note says: 90% exactly earns 1, just above earns 2.
    let card = super::util::score(&set, serde_json::json!({ "1.1.4": { "numerator": 9, "denominator": 10 } }));
    assert_eq!(super::util::points(&set, &card, "1.1.4"), d("1"));
    let card = super::util::score(&set, serde_json::json!({ "1.1.4": { "numerator": 901, "denominator": 1000 } }));
    assert_eq!(super::util::points(&set, &card, "1.1.4"), d("2"));
}

#[test]
fn province_876_has_the_verified_totals_and_names_every_invented_row() {
    let set = set("province-876-2022.json");
    assert_eq!(set.decision.number, "876/QĐ-BNV");
    assert_eq!(set.decision.date, "2022-11-10");
    assert_eq!(set.scale, d("100"));
    assert_eq!(set.roots.len(), 8, "8 lĩnh vực");
    assert_eq!(set.survey_max(), d("32"), "32 points from the sociological survey");
    assert_eq!(set.scale - set.survey_max(), d("68"));
    let titles: Vec<&str> = set.roots.iter().map(|&r| set.nodes[r].title.vi.as_str()).collect();
    assert_eq!(titles[0], "Công tác chỉ đạo, điều hành cải cách hành chính");
    assert!(titles[2] == "Cải cách thủ tục hành chính" && titles[5] == "Cải cách tài chính công");
    assert!(titles[7].starts_with("Tác động của cải cách hành chính"));
    // No row is presented as read in a source: points per row are not published.
    for node in &set.nodes {
        assert_ne!(node.provenance.status, ProvenanceStatus::Verified, "{}", node.code);
        if node.part == Part::Main && node.provenance.status != ProvenanceStatus::Inferred {
            assert_eq!(node.provenance.status, ProvenanceStatus::Demonstration, "{}", node.code);
        }
    }
    let description = set.description.as_ref().unwrap().get(Lang::Vi);
    assert!(description.contains("37 tiêu chí và 88 tiêu chí thành phần") && description.contains("MINH HOẠ"));
}

#[test]
fn province_876_takes_the_citizen_survey_as_a_percent() {
    let set = set("province-876-2022.json");
    let demo = parscore::answers::Draft::from_json(&read("criteria/demo/province-876-2022.draft.json")).unwrap();
    let card = parscore::scoring::score(&set, &demo);
    assert!(card.problems.is_empty(), "{:?}", card.problems);
    // 20 × 82.66 / 100 = 16.532 → 16.53.
    assert_eq!(card.nodes[set.find("8.3").unwrap()].points, d("16.53"));
    assert_eq!(card.totals.survey_entered, 2);
}
