//! Properties over generated sets: signing keeps the hash and verifies, any changed maximum is
//! tampering, and a diff names exactly the codes that came and went.

use std::collections::BTreeSet;

use parscore::criteria;
use parscore::signedset::{sign_set, verify_set, Broken, SetTrust};
use proptest::prelude::*;
use serde_json::Value;

use super::util::gen;
use super::{created, publisher_key};

fn codes(set: &criteria::CriteriaSet) -> BTreeSet<String> {
    set.nodes.iter().map(|n| n.code.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn any_generated_set_signs_keeps_its_hash_and_notices_a_changed_maximum(seed in any::<u64>(), leaves in 1usize..40) {
        let text = gen::criteria_set(seed, leaves).to_string();
        let signed = sign_set(&text, &publisher_key(), "Sở Nội vụ", "SNV", created()).unwrap();
        let signed_ok = matches!(verify_set(&signed, None), SetTrust::Signed { .. });
        prop_assert!(signed_ok, "a freshly signed set verifies");
        prop_assert_eq!(criteria::load(&signed).unwrap().sha256, criteria::load(&text).unwrap().sha256);

        let mut value: Value = serde_json::from_str(&signed).unwrap();
        let max = value["nodes"][0]["max"].as_str().unwrap().to_string();
        value["nodes"][0]["max"] = format!("{max}0").into();
        prop_assert_eq!(verify_set(&value.to_string(), None), SetTrust::Tampered(Broken::BadSignature));
    }

    #[test]
    fn a_diff_names_exactly_the_codes_added_and_removed(a in any::<u64>(), b in any::<u64>(), leaves in 1usize..30) {
        let old = criteria::load(&gen::criteria_set(a, leaves).to_string()).unwrap();
        let new = criteria::load(&gen::criteria_set(b, leaves + 3).to_string()).unwrap();
        let diff = criteria::diff(&old, &new);
        let added: BTreeSet<String> = diff.added.iter().map(|n| n.code.clone()).collect();
        let removed: BTreeSet<String> = diff.removed.iter().map(|n| n.code.clone()).collect();
        prop_assert_eq!(added, codes(&new).difference(&codes(&old)).cloned().collect::<BTreeSet<_>>());
        prop_assert_eq!(removed, codes(&old).difference(&codes(&new)).cloned().collect::<BTreeSet<_>>());
        prop_assert!(diff.changed.iter().all(|c| old.find(&c.node.code).is_some() && !c.changes.is_empty()));
        prop_assert!(criteria::diff(&old, &old).is_empty());
    }
}
