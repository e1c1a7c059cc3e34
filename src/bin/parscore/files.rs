//! Reading the files the commands take (criteria sets, drafts), with every problem located and
//! said in the language asked for.

use std::path::Path;

use parscore::answers::{Draft, DraftError};
use parscore::criteria::{self, CriteriaSet};
use parscore::Lang;

pub fn read(path: &Path) -> Result<String, Vec<String>> {
    std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])
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

/// A draft file made for `criteria`; a change of the set's version or publisher is warned about.
pub fn load_draft(path: &Path, criteria: &CriteriaSet, lang: Lang) -> Result<Draft, Vec<String>> {
    let draft = read_draft(path, lang)?;
    if draft.criteria.id != criteria.id {
        return Err(vec![format!("{}: {}", path.display(), DraftError::other_set(&draft, criteria).text(lang))]);
    }
    crate::criteria_cmd::warn_set_change(path, &draft, criteria);
    Ok(draft)
}
