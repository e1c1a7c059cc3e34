//! Export then import gives back the identical set.

use parscore::criteria::{self, raw::RawCriteriaSet};
use parscore::sheet;
use proptest::prelude::*;

use crate::util::gen;
use crate::{described, hash, shipped_sets};

fn through_xlsx(raw: &RawCriteriaSet) -> RawCriteriaSet {
    let bytes = sheet::export_xlsx(raw).expect("export xlsx");
    let imported = sheet::import_xlsx(&bytes);
    let problems = described(&imported);
    imported.into_result().unwrap_or_else(|_| panic!("{} does not read back:\n{problems}", raw.id))
}

fn through_csv(raw: &RawCriteriaSet) -> RawCriteriaSet {
    let bytes = sheet::export_csv(raw).expect("export csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "the CSV starts with a UTF-8 BOM");
    let imported = sheet::import_csv(&bytes);
    assert!(imported.notices.is_empty(), "UTF-8 needs no notice");
    let problems = described(&imported);
    imported.into_result().unwrap_or_else(|_| panic!("{} does not read back:\n{problems}", raw.id))
}

#[test]
fn every_shipped_set_survives_xlsx_and_csv_with_the_same_hash() {
    for (name, text) in shipped_sets() {
        let loaded = criteria::load(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let raw: RawCriteriaSet = serde_json::from_str(&text).expect("raw");
        assert_eq!(hash(&raw), loaded.sha256, "{name}: the file is canonical already");
        assert_eq!(hash(&through_xlsx(&raw)), loaded.sha256, "{name} through XLSX");
        assert_eq!(hash(&through_csv(&raw)), loaded.sha256, "{name} through CSV");
    }
}

#[test]
fn the_same_set_gives_the_same_workbook_bytes() {
    let raw = crate::teaching();
    assert_eq!(sheet::export_xlsx(&raw).expect("first"), sheet::export_xlsx(&raw).expect("second"));
}

#[test]
fn the_template_is_the_teaching_set() {
    let template = sheet::template_xlsx().expect("template");
    let imported = sheet::import_xlsx(&template).into_result().expect("template reads back");
    assert_eq!(hash(&imported), hash(&crate::teaching()));
}

#[test]
fn a_set_whose_codes_do_not_nest_is_refused_on_export() {
    let mut raw = crate::teaching();
    if let Some(children) = raw.nodes[0].children.as_mut() {
        children[0].code = "9.1".into();
    }
    let problems = sheet::export_csv(&raw).expect_err("9.1 under 1 cannot be a table");
    assert!(matches!(&problems[0].problem, sheet::Problem::CodesDoNotNest { code } if code == "9.1"), "{problems:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn generated_sets_survive_both_formats(seed in any::<u64>(), leaves in 1usize..40) {
        let value = gen::criteria_set(seed, leaves);
        let raw: RawCriteriaSet = serde_json::from_value(value).expect("raw");
        let expected = hash(&raw);
        prop_assert_eq!(hash(&through_csv(&raw)), expected.clone());
        prop_assert_eq!(hash(&through_xlsx(&raw)), expected);
    }
}
