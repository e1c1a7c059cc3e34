//! The appraisal round on the authority's page: pick an agency's verified file, appraise it item
//! by item, sign; then read the agency's explanation and sign the final appraisal. Views come
//! from `app::authority::appraisal::view`; nothing here computes points.

mod inputs;
mod item;
mod panel;
mod sign;

pub use panel::AppraisalPanel;

use crate::i18n::Bilingual;
use std::rc::Rc;

use crate::app::authority::appraisal::Round;
use crate::criteria::CriteriaSet;
use crate::Lang;

/// The page's known criteria sets, compared by identity (a set has no `PartialEq`; the page
/// replaces the list when one arrives).
#[derive(Clone)]
pub struct Known(pub Rc<Vec<CriteriaSet>>);

impl PartialEq for Known {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn say(lang: Lang, text: impl Bilingual) -> String {
    text.text(lang)
}

/// An element id for `what` of item `code` in `round` ("1.1" → "ap-final-comment-1-1").
fn item_id(round: Round, what: &str, code: &str) -> String {
    let round = match round {
        Round::Appraisal => "ap",
        Round::Final => "ap-final",
    };
    format!("{round}-{what}-{}", code.replace(|c: char| !c.is_ascii_alphanumeric(), "-"))
}
