//! [`SetChange`]: a draft's criteria set is no longer the one it was made for.

use super::Message;
use crate::answers::CriteriaRef;
use crate::criteria::CriteriaSet;
use crate::i18n::Bilingual;

/// How the set at hand differs from the one a draft remembers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetChange {
    /// Another set altogether (another id).
    OtherSet { remembered: String, found: String },
    /// Another version of the same set: a known, visible change.
    OtherVersion { id: String, remembered: String, found: String },
    /// Same id and version, other content: the set was replaced without a new version.
    Replaced { id: String, version: String, remembered: String, found: String },
    /// Same content, but its publisher is not the one the draft remembers (another key, or none).
    OtherPublisher { remembered: String, found: Option<String> },
}

impl SetChange {
    /// What changed between the set a draft was made for and `set`, or `None` when it is the
    /// same set. A set signed after the draft was made (same content, a publisher where the
    /// draft remembers none) is the same set. `set.publisher` is what the file names: check the
    /// signature first ([`super::open`]), so that a forged publisher is refused, not compared.
    pub fn between(draft: &CriteriaRef, set: &CriteriaSet) -> Option<SetChange> {
        let found_publisher = set.publisher.as_ref().map(|p| p.did.clone());
        if draft.id != set.id {
            Some(SetChange::OtherSet { remembered: draft.id.clone(), found: set.id.clone() })
        } else if draft.version != set.version {
            Some(SetChange::OtherVersion {
                id: set.id.clone(),
                remembered: draft.version.clone(),
                found: set.version.clone(),
            })
        } else if draft.sha256 != set.sha256 {
            Some(SetChange::Replaced {
                id: set.id.clone(),
                version: set.version.clone(),
                remembered: draft.sha256.clone(),
                found: set.sha256.clone(),
            })
        } else {
            match &draft.publisher {
                Some(remembered) if found_publisher.as_ref() != Some(remembered) => {
                    Some(SetChange::OtherPublisher { remembered: remembered.clone(), found: found_publisher })
                }
                _ => None,
            }
        }
    }

    /// A silent replacement or another publisher: the draft should not be used with this set
    /// without a person deciding so. Another version is an ordinary, visible change.
    pub fn is_suspicious(&self) -> bool {
        matches!(self, SetChange::Replaced { .. } | SetChange::OtherPublisher { .. })
    }

    pub fn message(&self) -> Message {
        Message::Changed(self.clone())
    }

    pub fn text(&self, lang: crate::Lang) -> String {
        self.message().text(lang)
    }
}
