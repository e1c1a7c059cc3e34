//! How full the store is: the largest draft a user can make measured against localStorage's
//! limit, the warning before the limit, and the count kept in step with every save.

use std::rc::Rc;

use parscore::answers::InputField;
use parscore::app::drafts::{bytes_used, utf16_units};
use parscore::app::quota::{self, LOCAL_STORAGE_LIMIT};
use parscore::app::state::{Action, AppState};
use parscore::app::store::{MemoryStore, Store};
use parscore::criteria::{self, Measure, Rule};
use serde_json::{json, Value};

use super::{demo_draft, session, typed};

#[path = "../util/gen.rs"]
mod gen;

const TITLE: &str = "Kế hoạch số 125/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025";
const NOTE: &str = "Đơn vị đã triển khai đầy đủ nhiệm vụ theo kế hoạch; kết quả được tổng hợp trong báo cáo quý IV, \
    kèm theo danh mục văn bản chỉ đạo, biên bản kiểm tra và số liệu thống kê của từng phòng chuyên môn, \
    đã được lãnh đạo đơn vị phê duyệt và gửi Sở Nội vụ đúng thời hạn quy định.";

/// A well-formed answer to `rule`, with three evidence documents and a note: as much as an item
/// can hold in everyday use.
fn full_answer(rule: &Rule) -> Value {
    let mut answer = match rule {
        Rule::Levels(levels) => json!({ "level": levels.first().map(|l| l.id.clone()) }),
        Rule::PassFail { .. } => json!({ "pass": true }),
        Rule::Bands { measure: Measure::Percent { .. }, .. }
        | Rule::Proportional { measure: Measure::Percent { .. }, .. } => {
            json!({ "percent": "87.5" })
        }
        Rule::Bands { .. } | Rule::Proportional { .. } => json!({ "numerator": 118, "denominator": 125 }),
        Rule::Deduction { .. } | Rule::PerCount { .. } => json!({ "count": 2 }),
        Rule::Manual { .. } => json!({ "points": "0", "justification": NOTE }),
        Rule::Survey { .. } => json!({}),
    };
    let document = |n: usize| {
        json!({
            "number": format!("{n}25/KH-UBND"), "date": "2025-01-10", "title": TITLE,
            "file": { "name": format!("ke-hoach-{n}25-kh-ubnd-2025.pdf"), "size": 1_245_873, "sha256": "ab".repeat(32) },
        })
    };
    answer["evidence"] = json!([document(1), document(2), document(3)]);
    answer["note"] = json!(NOTE);
    answer
}

#[test]
fn the_largest_draft_takes_under_a_quarter_of_the_limit_and_the_warning_comes_in_time() {
    let raw = gen::criteria_set(300, 325);
    let set = criteria::load(&raw.to_string()).expect("a generated set is valid");
    assert!(set.leaf_count() >= 300, "a 300-leaf set: {}", set.leaf_count());
    let answers: serde_json::Map<String, Value> = set
        .leaves()
        .filter_map(|id| Some((set.nodes[id].code.clone(), full_answer(&set.nodes[id].leaf()?.rule))))
        .collect();
    let reference = parscore::answers::CriteriaRef::for_draft(&set);
    let draft = json!({
        "format": "parscore-draft/1", "criteria": reference,
        "agency": { "name": "Ủy ban nhân dân phường Thuận Hoá", "code": "P-TH-0001", "level": "commune" },
        "year": 2025, "answers": answers,
    });

    let store = Rc::new(MemoryStore::default());
    let state = AppState::restore(store.clone())
        .reduce(Action::FileOpened { name: "bo-300.json".into(), text: raw.to_string() })
        .reduce(Action::DraftFileImported { name: "lon-nhat.draft.json".into(), text: draft.to_string() });
    assert!(state.draft_problem.is_none(), "{:?}", state.draft_problem);
    assert_eq!(session(&state).draft.answers.len(), answers.len(), "every answer kept");
    let used = bytes_used(&*store);
    assert_eq!(state.storage_used, used, "the count is the store's");
    eprintln!(
        "largest draft with its set: {used} bytes (UTF-16) of {LOCAL_STORAGE_LIMIT} ({}%)",
        used * 100 / LOCAL_STORAGE_LIMIT
    );
    assert!(used < LOCAL_STORAGE_LIMIT / 4, "the largest draft takes {used} bytes: too close to the limit");
    assert_eq!(state.storage_filling(), None, "one draft does not warn");

    // Copies of it until the warning: it comes while another copy still fits under the limit.
    let mut state = state;
    let id = session(&state).id.clone();
    while state.storage_filling().is_none() {
        state = state.reduce(Action::DraftDuplicated(id.clone()));
    }
    let filling = state.storage_filling().expect("warned");
    eprintln!("warned at {filling:?}");
    assert!(filling.percent() >= quota::WARN_AT_PERCENT, "{filling:?}");
    // Warned with room left for the open draft to grow by half again.
    assert!(filling.used + used / 2 < LOCAL_STORAGE_LIMIT, "warned too late: {filling:?}");
    assert!(state.storage.is_none(), "no save has failed yet");
}

proptest::proptest! {
    /// The browser counts storage in UTF-16; the count is read from UTF-8 bytes.
    #[test]
    fn a_text_is_counted_in_utf16_units(text in "\\PC*", wide in proptest::collection::vec(proptest::char::any(), 0..40)) {
        for text in [text, wide.into_iter().collect::<String>(), "Hoá đơn 😀 ✓\n".to_string()] {
            proptest::prop_assert_eq!(utf16_units(&text), text.encode_utf16().count() as u64);
        }
    }
}

#[test]
fn every_keystroke_keeps_the_count_equal_to_the_store() {
    let store = Rc::new(MemoryStore::default());
    let mut state = demo_draft(AppState::restore(store.clone()));
    assert_eq!(state.storage_used, bytes_used(&*store));
    for text in ["Hai", "Hai sáng kiến được công nhận", "", "Một"] {
        state = typed(state, "2.3", InputField::Justification, text);
        assert_eq!(state.storage_used, bytes_used(&*store), "after typing {text:?}");
    }
    state = state.reduce(Action::NoteChanged { code: "1.1".into(), text: "Ghi chú ".repeat(200) });
    assert_eq!(state.storage_used, bytes_used(&*store));
    // Another tab wrote something: counted when the browser says so.
    store.set("parscore.draft.other", &"x".repeat(1000)).expect("room");
    let state = state.reduce(Action::StoreChangedElsewhere);
    assert_eq!(state.storage_used, bytes_used(&*store));
}

#[test]
fn the_warning_starts_at_eighty_percent() {
    assert_eq!(quota::filling(LOCAL_STORAGE_LIMIT * 79 / 100), None);
    let at = quota::filling(LOCAL_STORAGE_LIMIT * 80 / 100).expect("warned at 80%");
    assert_eq!(at.percent(), 80);
    assert_eq!(quota::filling(LOCAL_STORAGE_LIMIT * 2).map(|f| f.percent()), Some(100));
}
