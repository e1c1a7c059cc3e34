//! The parts of the authority's page, in the order of a round: intake (the agencies' keys and
//! the files received), the appraisal, the results; and the criteria sets, authored before a
//! round. Each
//! part has an address of its own (`authority.html#tham-dinh`), so that a link, the back button
//! and a reload keep the official where they were.

use crate::i18n::Bilingual;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The keyring and the received files, checked against it: one cannot be read without the other.
    Intake,
    Appraisal,
    Results,
    Criteria,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Intake, Section::Appraisal, Section::Results, Section::Criteria];

    /// The fragment of its address, without the `#`.
    pub fn anchor(self) -> &'static str {
        match self {
            Section::Intake => "tiep-nhan",
            Section::Appraisal => "tham-dinh",
            Section::Results => "ket-qua",
            Section::Criteria => "bo-tieu-chi",
        }
    }

    /// The section a `location.hash` names ("#tham-dinh"); intake when it names none.
    pub fn from_hash(hash: &str) -> Section {
        let anchor = hash.strip_prefix('#').unwrap_or(hash);
        Section::ALL.into_iter().find(|s| s.anchor() == anchor).unwrap_or(Section::Intake)
    }
}

impl Bilingual for Section {
    fn vi(&self) -> String {
        match self {
            Section::Intake => "Tiếp nhận hồ sơ",
            Section::Appraisal => "Thẩm định",
            Section::Results => "Kết quả, xếp hạng",
            Section::Criteria => "Bộ tiêu chí",
        }
        .into()
    }

    fn en(&self) -> String {
        match self {
            Section::Intake => "Received files",
            Section::Appraisal => "Appraisal",
            Section::Results => "Results and ranking",
            Section::Criteria => "Criteria sets",
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn every_section_has_its_own_address_and_name_in_both_languages() {
        for section in Section::ALL {
            assert_eq!(Section::from_hash(&format!("#{}", section.anchor())), section);
            assert_ne!(section.text(Lang::Vi), section.text(Lang::En));
        }
        assert_eq!((Section::from_hash(""), Section::from_hash("#khong-co")), (Section::Intake, Section::Intake));
    }
}
