//! criteria::diff between two versions of a set.

use parscore::criteria::{self, diff::Change};
use parscore::scoring::explain;
use parscore::Lang;
use serde_json::{json, Value};

use super::util::signing::{read, TEACHING};
use super::util::{d, load};

fn teaching() -> Value {
    serde_json::from_str(&read(TEACHING)).unwrap()
}

#[test]
fn nodes_added_removed_and_changed_are_listed_with_their_points() {
    let old = teaching();
    let mut new = teaching();
    new["version"] = json!("2.0.0");
    // 1.1: new title and max 8; 1.2 max 12 (the area keeps 20).
    new["nodes"][0]["children"][0]["title"]["vi"] = json!("Ban hành kế hoạch năm đúng hạn");
    new["nodes"][0]["children"][0]["max"] = json!("8");
    new["nodes"][0]["children"][0]["rule"]["levels"][0]["points"] = json!("8");
    new["nodes"][0]["children"][1]["max"] = json!("12");
    // 3.2 (manual, 10) replaced by 3.3 (pass/fail, 10).
    let mut added = new["nodes"][2]["children"][1].clone();
    added["code"] = json!("3.3");
    added["rule"] = json!({ "kind": "pass_fail" });
    new["nodes"][2]["children"][1] = added;
    // 4.2 is no longer a survey item.
    new["nodes"][3]["children"][1]["rule"] = json!({ "kind": "pass_fail" });
    let (old, new) = (load(&old), load(&new));
    let diff = criteria::diff(&old, &new);

    assert_eq!(diff.added.iter().map(|n| (n.code.as_str(), n.max)).collect::<Vec<_>>(), [("3.3", d("10"))]);
    assert_eq!(diff.removed.iter().map(|n| (n.code.as_str(), n.max)).collect::<Vec<_>>(), [("3.2", d("10"))]);
    let codes: Vec<&str> = diff.changed.iter().map(|c| c.node.code.as_str()).collect();
    assert_eq!(codes, ["1.1", "1.2", "4.2"]);
    let first = &diff.changed[0].changes;
    assert!(first.iter().any(|c| matches!(c, Change::Max { old, new } if *old == d("10") && *new == d("8"))));
    assert!(first.iter().any(|c| matches!(c, Change::Title { .. })));
    assert!(first.iter().any(|c| matches!(c, Change::Rule { .. })), "the level's points changed");
    let survey = &diff.changed[2].changes;
    assert!(survey.iter().any(|c| matches!(c, Change::Survey { old: true, new: false })));

    let vi = diff.lines(Lang::Vi, explain::describe_rule).join("\n");
    assert!(vi.contains("+ 3.3"), "{vi}");
    assert!(vi.contains("- 3.2"), "{vi}");
    assert!(vi.contains("điểm tối đa: 10 → 8"), "{vi}");
    assert!(vi.contains("không còn chấm bằng điều tra XHH"), "{vi}");
    let en = diff.lines(Lang::En, explain::describe_rule).join("\n");
    assert!(en.contains("maximum: 10 → 8"), "{en}");
    assert!(en.contains("before:") && en.contains("after:"), "{en}");
}

#[test]
fn a_set_against_itself_or_its_signed_copy_has_no_difference() {
    let set = load(&teaching());
    assert!(criteria::diff(&set, &set).is_empty());
    let signed = criteria::load(&super::signed_teaching()).unwrap();
    assert!(criteria::diff(&set, &signed).is_empty());
    assert_eq!(
        criteria::diff(&set, &set).lines(Lang::En, explain::describe_rule),
        ["The two versions differ in no node"]
    );
}
