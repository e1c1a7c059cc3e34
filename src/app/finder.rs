//! Finding items in an open draft: by words of the code or the title, typed with or without
//! accents ("ke hoach" finds "kế hoạch", as many officials type), by what is still to do
//! (unanswered, evidence missing), and the next or previous item for the keyboard.

use crate::answers::Draft;
use crate::criteria::{CriteriaSet, NodeId, Part};
use crate::scoring::Scorecard;
use crate::Lang;

/// Which items a search keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Show {
    #[default]
    All,
    /// Items the agency scores itself and has not answered.
    Unanswered,
    /// Items that expect evidence and name no document.
    MissingEvidence,
}

/// One item found, as the list of results shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub code: String,
    pub title: String,
    pub answered: bool,
    pub missing_evidence: bool,
}

/// Whether a search narrows anything: some words, or another choice than every item.
pub fn narrows(words: &str, show: Show) -> bool {
    !words.trim().is_empty() || show != Show::All
}

/// The items of `set` the agency answers (the survey's are the authority's), in the order of the
/// set, whose code starts with `words` or whose title holds every one of them, kept by `show`.
pub fn find(set: &CriteriaSet, card: &Scorecard, draft: &Draft, words: &str, show: Show, lang: Lang) -> Vec<Found> {
    let wanted: Vec<String> = fold(words).split_whitespace().map(str::to_string).collect();
    answerable(set)
        .filter_map(|id| {
            let node = &set.nodes[id];
            let title = node.title.get(lang);
            let code_matches = wanted.len() == 1 && node.code.starts_with(wanted[0].as_str());
            let folded = fold(title);
            if !code_matches && !wanted.iter().all(|w| folded.contains(w.as_str())) {
                return None;
            }
            let answered = card.nodes.get(id).is_some_and(|n| n.answered == 1);
            // A bonus or penalty item left blank does not apply, so it asks for nothing.
            let applies = node.part == Part::Main || answered;
            let expects = applies && node.leaf().is_some_and(|leaf| leaf.evidence.is_some());
            let named = draft.answers.get(&node.code).is_some_and(|a| a.has_evidence());
            let found = Found {
                code: node.code.clone(),
                title: title.to_string(),
                answered,
                missing_evidence: expects && !named,
            };
            let kept = match show {
                Show::All => true,
                Show::Unanswered => node.part == Part::Main && !found.answered,
                Show::MissingEvidence => found.missing_evidence,
            };
            kept.then_some(found)
        })
        .collect()
}

/// The item after (or before) `code` among those the agency answers, across sections; the
/// first (or last) when `code` is none of them.
pub fn neighbour(set: &CriteriaSet, code: Option<&str>, forward: bool) -> Option<String> {
    let items: Vec<NodeId> = answerable(set).collect();
    let at = code.and_then(|c| items.iter().position(|&id| set.nodes[id].code == c));
    let next = match (at, forward) {
        (Some(i), true) => items.get(i + 1),
        (Some(i), false) => i.checked_sub(1).and_then(|i| items.get(i)),
        (None, true) => items.first(),
        (None, false) => items.last(),
    };
    next.map(|&id| set.nodes[id].code.clone())
}

fn answerable(set: &CriteriaSet) -> impl Iterator<Item = NodeId> + '_ {
    set.leaves().filter(|&id| set.nodes[id].leaf().is_some_and(|leaf| leaf.rule.is_self_assessed()))
}

/// Lower case without Vietnamese accents: "Kế hoạch ĐẦU NĂM" → "ke hoach dau nam". By table,
/// not `char::to_lowercase`: Unicode's case tables cost the form more than the whole finder.
pub fn fold(text: &str) -> String {
    // Each group: the plain letter, then every accented form of it, small then capital.
    const GROUPS: [&str; 7] = [
        "aàáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ",
        "eèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ",
        "iìíỉĩịÌÍỈĨỊ",
        "oòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ",
        "uùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ",
        "yỳýỷỹỵỲÝỶỸỴ",
        "dđĐ",
    ];
    text.chars()
        // Accents typed as combining marks (decomposed text) go too.
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c.is_ascii() {
            true => c.to_ascii_lowercase(),
            false => GROUPS.iter().find(|g| g.contains(c)).and_then(|g| g.chars().next()).unwrap_or(c),
        })
        .collect()
}

/// Every text of the item finder, Vietnamese first and English second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinderText {
    Label,
    Hint,
    ShowLegend,
    Show(Show),
    Count(usize),
    Answered,
    Unanswered,
    NoEvidence,
}

impl crate::i18n::Bilingual for FinderText {
    fn vi(&self) -> String {
        match self {
            FinderText::Label => "Tìm mục".into(),
            FinderText::Hint => {
                "Mã hoặc vài chữ của tên mục, gõ có dấu hay không đều được. Alt+N: mục sau; Alt+P: mục trước.".into()
            }
            FinderText::ShowLegend => "Hiện".into(),
            FinderText::Show(Show::All) => "Tất cả".into(),
            FinderText::Show(Show::Unanswered) => "Chưa chấm".into(),
            FinderText::Show(Show::MissingEvidence) => "Thiếu tài liệu kiểm chứng".into(),
            FinderText::Count(0) => "Không có mục nào như vậy.".into(),
            FinderText::Count(n) => format!("{n} mục:"),
            FinderText::Answered => "đã chấm".into(),
            FinderText::Unanswered => "chưa chấm".into(),
            FinderText::NoEvidence => "thiếu tài liệu kiểm chứng".into(),
        }
    }

    fn en(&self) -> String {
        match self {
            FinderText::Label => "Find an item".into(),
            FinderText::Hint => {
                "A code or a few words of the title, with or without accents. Alt+N: next item; Alt+P: previous item."
                    .into()
            }
            FinderText::ShowLegend => "Show".into(),
            FinderText::Show(Show::All) => "All".into(),
            FinderText::Show(Show::Unanswered) => "Not answered".into(),
            FinderText::Show(Show::MissingEvidence) => "Evidence missing".into(),
            FinderText::Count(0) => "No such item.".into(),
            FinderText::Count(1) => "1 item:".into(),
            FinderText::Count(n) => format!("{n} items:"),
            FinderText::Answered => "answered".into(),
            FinderText::Unanswered => "not answered".into(),
            FinderText::NoEvidence => "evidence missing".into(),
        }
    }
}
