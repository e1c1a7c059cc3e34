//! Reading the files the commands take (criteria sets, drafts), with every problem located and
//! said in the language asked for.

use std::path::Path;

use parscore::answers::{CriteriaRef, Draft, DraftError};
use parscore::criteria::{self, CriteriaSet};
use parscore::i18n::{tf, Msg};
use parscore::signedset::mismatch;
use parscore::Lang;

/// A text file; one that is not UTF-8 is refused with the offset of its first wrong byte.
pub fn read(path: &Path) -> Result<String, Vec<String>> {
    let bytes = std::fs::read(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to().to_string();
        [Lang::Vi, Lang::En].map(|lang| format!("{}: {}", path.display(), tf(lang, Msg::NotUtf8, &[&at]))).to_vec()
    })
}

/// A valid criteria set, or every problem as "file: location: problem" in `lang`.
pub fn load_criteria(path: &Path, lang: Lang) -> Result<CriteriaSet, Vec<String>> {
    criteria::load(&read(path)?)
        .map_err(|errors| errors.iter().map(|e| format!("{}: {}", path.display(), e.text(lang))).collect())
}

/// A draft file, whatever set it is for.
pub fn read_draft(path: &Path, lang: Lang) -> Result<Draft, Vec<String>> {
    Draft::from_json(&read(path)?).map_err(|e| vec![format!("{}: {}", path.display(), e.text(lang))])
}

/// A draft file made for `criteria`: another id, version or content is refused with each named,
/// unless `accept` (`--accept-set-change`), and then the draft is re-pointed at `criteria` so
/// that what is scored or signed names the set it was scored with. A change of publisher alone
/// is warned about.
pub fn load_draft(path: &Path, criteria: &CriteriaSet, lang: Lang, accept: bool) -> Result<Draft, Vec<String>> {
    let mut draft = read_draft(path, lang)?;
    if draft.criteria.id != criteria.id {
        return Err(vec![format!("{}: {}", path.display(), DraftError::other_set(&draft, criteria).text(lang))]);
    }
    let found = mismatch::differences(&draft.criteria, criteria);
    if !found.is_empty() && !accept {
        return Err(vec![format!("{}: {}", path.display(), mismatch::refusal(&found, lang))]);
    }
    crate::criteria_cmd::warn_set_change(path, &draft, criteria);
    if !found.is_empty() {
        draft.criteria = CriteriaRef::for_draft(criteria);
    }
    Ok(draft)
}
