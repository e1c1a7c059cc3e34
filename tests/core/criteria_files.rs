//! Criteria files on disk: every shipped set validates and is faithful to its scale; every
//! deliberately broken file under tests/broken is refused with the expected located message.

use crate::util;

use std::path::Path;

use parscore::criteria::{self, NodeKind, Part, ProvenanceStatus};
use parscore::Lang;

fn load_file(path: &Path) -> Result<criteria::CriteriaSet, Vec<String>> {
    load_file_in(path, Lang::En)
}

fn load_file_in(path: &Path, lang: Lang) -> Result<criteria::CriteriaSet, Vec<String>> {
    let text = std::fs::read_to_string(path).expect("readable fixture");
    criteria::load(&text).map_err(|errors| errors.iter().map(|e| e.text(lang)).collect())
}

#[test]
fn broken_files_fail_with_located_messages() {
    let expected = [
        ("bands-overlap", "1.1.4 rule.bands[1]: 90 is inside both bands[0] and bands[1]"),
        ("bands-gap", "1.1.4 rule.bands[0]: 90 is in no band"),
        ("children-sum", "1.1 max: the children's maxima sum to 5.5, not 5"),
        (
            "duplicate-code",
            "nodes[0].children[0].children[2].code: code 1.1.2 repeats (first at nodes[0].children[0].children[1])",
        ),
        ("rule-above-max", "1.1.1 rule.levels[0].points: 1.5 points is above the node's max 1"),
        ("best-below-max", "1.1.4 rule: the best outcome gives 1.5 points, so 1.1.4 could never reach its max 2"),
        ("unknown-field", "1.1.2 maxx (line 77, column 20): unknown field `maxx`; the fields allowed here: `code`"),
        (
            "float-points",
            "1.1.2 max (line 73, column 22): invalid type: integer `1`, expected a decimal number written as a string",
        ),
        ("scale-mismatch", "scale: the areas' maxima sum to 5, not the scale 100"),
        ("result-bands-gap", "bands[0]: [79, 80) is in no band"),
        ("gate-unknown-band", "gates[0].cap: no band has the id \"trung_binh\""),
        ("gate-measures-nothing", "gates[0].when.measure: 1.1.2 measures nothing"),
        ("group-and-rule", "1.1 rule: a node has either children or a rule, not both"),
        ("bad-interval", "1.1.4 rule.bands[0].range (line 108, column 34): `>90` is not an interval"),
        (
            "unknown-rule-kind",
            "1.1.2 rule.kind (line 75, column 32): unknown variant `yes_no`; the values allowed: `levels`",
        ),
        ("verified-without-source", "1.1.2 provenance.source: a verified node must name its source"),
        ("syntax-error", "line 4, column 3: expected `,` or `}`"),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let on_disk = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(on_disk, expected.len(), "every broken fixture has an expected message");
    for (name, message) in expected {
        let errors = load_file(&dir.join(format!("{name}.json"))).expect_err(name);
        assert_eq!(errors.len(), 1, "{name}: exactly one problem, got {errors:?}");
        assert!(errors[0].starts_with(message), "{name}: got {:?}, expected it to start with {message:?}", errors[0]);
    }
}

#[test]
fn broken_files_fail_with_located_messages_in_vietnamese() {
    let expected = [
        ("bands-overlap", "1.1.4 rule.bands[1]: 90 thuộc cả hai khoảng bands[0] và bands[1]"),
        ("bands-gap", "1.1.4 rule.bands[0]: 90 không thuộc khoảng nào"),
        ("children-sum", "1.1 max: điểm tối đa của các tiêu chí con cộng lại là 5,5, không phải 5"),
        (
            "duplicate-code",
            "nodes[0].children[0].children[2].code: mã 1.1.2 bị trùng (đã có tại nodes[0].children[0].children[1])",
        ),
        ("rule-above-max", "1.1.1 rule.levels[0].points: 1,5 điểm vượt điểm tối đa 1 của tiêu chí"),
        ("best-below-max", "1.1.4 rule: kết quả tốt nhất chỉ được 1,5 điểm, nên 1.1.4 không bao giờ đạt điểm tối đa 2"),
        (
            "unknown-field",
            "1.1.2 maxx (dòng 77, cột 20): trường `maxx` không có trong định dạng; các trường được phép: `code`, \
             `title`, `max`, `provenance`, `children`, `rule`, `evidence`, `guidance`",
        ),
        (
            "float-points",
            "1.1.2 max (dòng 73, cột 22): sai kiểu: gặp số nguyên 1 (không có ngoặc kép), cần một số thập phân \
             viết trong ngoặc kép, như \"0.25\"",
        ),
        (
            "scale-mismatch",
            "scale: điểm tối đa của các lĩnh vực cộng lại là 5, không bằng tổng điểm 100 của bộ tiêu chí",
        ),
        ("result-bands-gap", "bands[0]: [79, 80) không thuộc khoảng nào"),
        ("gate-unknown-band", "gates[0].cap: không có mức xếp loại nào có mã \"trung_binh\""),
        ("gate-measures-nothing", "gates[0].when.measure: 1.1.2 không đo đại lượng nào: hãy dùng"),
        ("group-and-rule", "1.1 rule: một tiêu chí hoặc có tiêu chí con, hoặc có thang điểm, không được có cả hai"),
        (
            "bad-interval",
            "1.1.4 rule.bands[0].range (dòng 108, cột 34): `>90` không phải một khoảng: viết như \"[70, 90)\"",
        ),
        (
            "unknown-rule-kind",
            "1.1.2 rule.kind (dòng 75, cột 32): `yes_no` không phải giá trị được phép; các giá trị được phép: \
             `levels`, `pass_fail`, `bands`, `proportional`, `deduction`, `per_count`, `manual`, `survey`",
        ),
        (
            "verified-without-source",
            "1.1.2 provenance.source: tiêu chí ghi là đã đối chiếu với văn bản thì phải nêu nguồn",
        ),
        ("syntax-error", "dòng 4, cột 3: thiếu dấu `,` hoặc `}`"),
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    for (name, message) in expected {
        let errors = load_file_in(&dir.join(format!("{name}.json")), Lang::Vi).expect_err(name);
        assert_eq!(errors.len(), 1, "{name}: exactly one problem, got {errors:?}");
        assert!(errors[0].starts_with(message), "{name}: got {:?}, expected it to start with {message:?}", errors[0]);
        for english in ["line ", "column", "expected", "unknown", "invalid", " is ", " the "] {
            assert!(!errors[0].contains(english), "{name}: {english:?} in {:?}", errors[0]);
        }
    }
}

#[test]
fn the_unbroken_base_of_the_fixtures_is_valid() {
    // Each broken fixture is this file with one change, so each failure is caused by that change.
    let set = load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid-small.json")).unwrap();
    assert_eq!(set.leaf_count(), 4);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut value: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/valid-small.json")).unwrap(),
    )
    .unwrap();
    value["scale"] = "6".into();
    value["nodes"][0]["children"][0]["children"][1]["code"] = "1.1.1".into();
    let errors = criteria::load(&value.to_string()).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn every_shipped_set_validates() {
    let files = util::shipped_criteria();
    assert!(files.len() >= 4, "the library ships at least four sets, found {files:?}");
    for path in files {
        let set = load_file(&path).unwrap_or_else(|e| panic!("{}: {e:#?}", path.display()));
        // Invariants validation promises, checked again from the outside.
        let roots: parscore::Decimal = set.roots.iter().map(|&r| set.nodes[r].max).sum();
        assert_eq!(roots, set.scale, "{}", path.display());
        for node in &set.nodes {
            if let NodeKind::Group { children } = &node.kind {
                let sum: parscore::Decimal = children.iter().map(|&c| set.nodes[c].max).sum();
                assert_eq!(sum, node.max, "{} {}", path.display(), node.code);
            }
            if node.provenance.status == ProvenanceStatus::Verified {
                assert!(node.provenance.source.is_some(), "{} {}", path.display(), node.code);
            }
        }
        assert!(!set.decision.number.is_empty(), "{} names its decision", path.display());
        assert!(set.nodes.iter().filter(|n| n.part == Part::Main).count() > 3);
    }
}

#[test]
fn provincial_set_follows_2948_areas_and_points() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/province-2948-2017.json");
    let set = load_file(&path).unwrap();
    assert_eq!(set.decision.number, "2948/QĐ-BNV");
    let areas: Vec<String> = set.roots.iter().map(|&r| set.nodes[r].max.canonical()).collect();
    assert_eq!(areas, ["10", "10", "14.5", "11", "16", "7", "16", "15.5"]);
    for &r in &set.roots {
        assert_eq!(
            set.nodes[r].provenance.status,
            ProvenanceStatus::Verified,
            "area {} is read in the source",
            set.nodes[r].code
        );
    }
}

#[test]
fn department_set_encodes_ca_mau_1880_rows_exactly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/department-camau-1880-2013.json");
    let set = load_file(&path).unwrap();
    let max = |code: &str| set.nodes[set.find(code).unwrap_or_else(|| panic!("{code}"))].max.canonical();
    for (code, expected) in [
        ("1", "20"),
        ("1.1", "5"),
        ("1.1.1", "1"),
        ("1.1.2", "1"),
        ("1.1.3", "1"),
        ("1.1.4", "2"),
        ("1.2", "2"),
        ("1.2.1", "1"),
        ("1.2.2", "1"),
        ("1.3", "3"),
    ] {
        assert_eq!(max(code), expected, "{code}");
        assert_eq!(set.nodes[set.find(code).unwrap()].provenance.status, ProvenanceStatus::Verified, "{code}");
    }
    // 1.1.1: on time 1, late 0.5, not issued 0.
    let node = &set.nodes[set.find("1.1.1").unwrap()];
    let Some(criteria::Rule::Levels(levels)) = node.leaf().map(|l| &l.rule) else { panic!("1.1.1 is a levels rule") };
    let points: Vec<String> = levels.iter().map(|l| l.points.canonical()).collect();
    assert_eq!(points, ["1", "0.5", "0"]);
    // 1.1.4: >90% → 2; 70–90% → 1; <70% → 0.
    let node = &set.nodes[set.find("1.1.4").unwrap()];
    let Some(criteria::Rule::Bands { bands, .. }) = node.leaf().map(|l| &l.rule) else {
        panic!("1.1.4 is a bands rule")
    };
    let bands: Vec<(String, String)> = bands.iter().map(|b| (b.range.to_string(), b.points.canonical())).collect();
    assert_eq!(
        bands,
        [("(90, 100]".into(), "2".into()), ("[70, 90]".into(), "1".into()), ("[0, 70)".into(), "0".into())]
    );
}

#[test]
fn teaching_set_uses_every_rule_kind() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/teaching-demo.json");
    let set = load_file(&path).unwrap();
    let mut kinds: Vec<&str> = set.leaves().filter_map(|id| set.nodes[id].leaf().map(|l| l.rule.kind_name())).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds, ["bands", "deduction", "levels", "manual", "pass_fail", "per_count", "proportional", "survey"]);
    assert!(set.bonus.is_some() && set.penalty.is_some() && !set.gates.is_empty());
    assert!(set.leaf_count() <= 14, "a small set: {}", set.leaf_count());
}
