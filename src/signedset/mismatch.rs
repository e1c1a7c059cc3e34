//! What differs between the set a draft was made for and the set it is about to be scored or
//! signed with: each of id, version and content named, so that `parscore score` and `sign`
//! refuse it by name (unless told to accept it) instead of scoring it with a warning.

use crate::answers::CriteriaRef;
use crate::criteria::CriteriaSet;
use crate::Lang;

/// One thing that differs; `draft` is what the draft names, `set` what the set given is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    Id {
        draft: String,
        set: String,
    },
    Version {
        draft: String,
        set: String,
    },
    /// The SHA-256 of the content.
    Content {
        draft: String,
        set: String,
    },
}

/// Every difference between the draft's set and `set`, in the order id, version, content.
pub fn differences(draft: &CriteriaRef, set: &CriteriaSet) -> Vec<Difference> {
    let mut found = Vec::new();
    if draft.id != set.id {
        found.push(Difference::Id { draft: draft.id.clone(), set: set.id.clone() });
    }
    if draft.version != set.version {
        found.push(Difference::Version { draft: draft.version.clone(), set: set.version.clone() });
    }
    if draft.sha256 != set.sha256 {
        found.push(Difference::Content { draft: draft.sha256.clone(), set: set.sha256.clone() });
    }
    found
}

impl Difference {
    pub fn text(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Vi, Difference::Id { draft, set }) => {
                format!("mã bộ tiêu chí khác: bản tự đánh giá ghi «{draft}», bộ tiêu chí đưa vào là «{set}»")
            }
            (Lang::Vi, Difference::Version { draft, set }) => {
                format!("phiên bản khác: bản tự đánh giá ghi «{draft}», bộ tiêu chí đưa vào là «{set}»")
            }
            (Lang::Vi, Difference::Content { draft, set }) => {
                format!("nội dung khác (SHA-256): bản tự đánh giá ghi {draft}, bộ tiêu chí đưa vào là {set}")
            }
            (Lang::En, Difference::Id { draft, set }) => {
                format!("another set id: the draft names \"{draft}\", the criteria given are \"{set}\"")
            }
            (Lang::En, Difference::Version { draft, set }) => {
                format!("another version: the draft names \"{draft}\", the criteria given are \"{set}\"")
            }
            (Lang::En, Difference::Content { draft, set }) => {
                format!("other content (SHA-256): the draft names {draft}, the criteria given are {set}")
            }
        }
    }
}

/// The refusal: every difference, and how to go ahead anyway.
pub fn refusal(found: &[Difference], lang: Lang) -> String {
    let list: Vec<String> = found.iter().map(|d| d.text(lang)).collect();
    match lang {
        Lang::Vi => format!(
            "bản tự đánh giá không được lập cho bộ tiêu chí này ({}); không chấm. Thêm --accept-set-change để vẫn chấm theo bộ này.",
            list.join("; ")
        ),
        Lang::En => format!(
            "the draft was not made for these criteria ({}); not scored. Add --accept-set-change to score it with them anyway.",
            list.join("; ")
        ),
    }
}
