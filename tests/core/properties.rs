//! Properties that hold for any valid criteria set and any answers, however wrong.

use crate::util;

use parscore::criteria::{self, NodeKind};
use parscore::scoring::{self, Trace};
use parscore::{Decimal, Lang};
use proptest::prelude::*;
use util::gen;

fn generated(seed: u64, leaves: usize) -> criteria::CriteriaSet {
    let value = gen::criteria_set(seed, leaves);
    criteria::load(&value.to_string()).unwrap_or_else(|e| panic!("generated set {seed}/{leaves} invalid: {e:?}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_stay_within_bounds_and_add_up(seed in any::<u64>(), leaves in 1usize..80, answer_seed in any::<u64>()) {
        let set = generated(seed, leaves);
        let answers = gen::answers(answer_seed, &set);
        let draft = util::draft(&set, answers);
        let card = scoring::score(&set, &draft);
        let hundred = Decimal::HUNDRED;
        for (id, node) in set.nodes.iter().enumerate() {
            let s = &card.nodes[id];
            prop_assert!(s.points >= Decimal::ZERO && s.points <= node.max, "{}: {} of {}", node.code, s.points, node.max);
            prop_assert!(s.index >= Decimal::ZERO && s.index <= hundred, "{}: index {}", node.code, s.index);
            prop_assert!(s.answered <= s.leaves);
            if let NodeKind::Group { children } = &node.kind {
                let sum: Decimal = children.iter().map(|&c| card.nodes[c].points).sum();
                prop_assert_eq!(s.points, sum, "{} is the sum of its children", node.code);
            }
            if let Some(e) = &s.evaluation {
                let invalid = matches!(e.trace, Trace::Invalid(_));
                prop_assert_eq!(invalid, card.problems_for(&node.code).next().is_some());
                if invalid { prop_assert_eq!(s.points, Decimal::ZERO); }
            }
        }
        let t = &card.totals;
        prop_assert!(t.index >= Decimal::ZERO && t.index <= hundred);
        prop_assert!(t.total >= Decimal::ZERO && t.total <= set.scale);
        let roots: Decimal = set.roots.iter().map(|&r| card.nodes[r].points).sum();
        prop_assert_eq!(roots, t.self_assessed + t.survey);
        let raw = t.self_assessed + t.survey + t.bonus - t.penalty;
        prop_assert_eq!(t.total, raw.max(Decimal::ZERO).min(set.scale));
        prop_assert!(t.self_assessed + t.survey + t.open_points <= set.scale);
        prop_assert!(card.band.is_some(), "the result bands cover every index");
        // Every node can be explained in both languages without panicking.
        for id in 0..set.nodes.len() {
            for lang in [Lang::Vi, Lang::En] {
                let e = scoring::explain::explain(&set, &card, id, lang);
                prop_assert!(!e.steps.is_empty() || matches!(set.nodes[id].kind, NodeKind::Leaf(_)));
            }
        }
    }

    #[test]
    fn score_is_deterministic(seed in any::<u64>(), leaves in 1usize..40) {
        let set = generated(seed, leaves);
        let draft = util::draft(&set, gen::answers(seed, &set));
        prop_assert_eq!(scoring::score(&set, &draft), scoring::score(&set, &draft));
    }

    #[test]
    fn decimals_round_trip_through_text(units in -10_000_000_000i128..10_000_000_000i128) {
        let d = Decimal::from_units(units);
        prop_assert_eq!(d.canonical().parse::<Decimal>().unwrap(), d);
        prop_assert_eq!(d.fixed(4).parse::<Decimal>().unwrap(), d);
    }

    #[test]
    fn any_text_parses_or_errs_without_panicking(text in ".{0,40}") {
        let _ = text.parse::<Decimal>();
        let _ = text.parse::<parscore::interval::Interval>();
        let _ = criteria::load(&text);
        let _ = parscore::answers::Draft::from_json(&text);
    }

    #[test]
    fn canonical_json_is_a_fixed_point(seed in any::<u64>(), leaves in 1usize..30) {
        let value = gen::criteria_set(seed, leaves);
        let once = parscore::canonical::to_canonical(&value).unwrap();
        let reparsed: serde_json::Value = serde_json::from_slice(&once).unwrap();
        prop_assert_eq!(parscore::canonical::to_canonical(&reparsed).unwrap(), once);
    }
}
