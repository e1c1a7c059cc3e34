//! The example drafts in criteria/demo/ (demo data for trainers): every one names a shipped set by
//! its exact content, scores cleanly and completely, and shows what a training needs to show: an
//! item that needs an explanation, a late level or a lost point, and a capped band where its set
//! has gates.

use crate::util;

use std::path::{Path, PathBuf};

use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet, Part, Rule};
use parscore::scoring::{self, Scorecard, Trace};

/// One demo file with its set and scorecard.
struct Demo {
    file: String,
    draft: Draft,
    set: CriteriaSet,
    card: Scorecard,
}

fn demo_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/demo");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("criteria/demo exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no demo drafts in {}", dir.display());
    files
}

fn shipped_sets() -> Vec<CriteriaSet> {
    util::shipped_criteria()
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("shipped criteria file readable");
            criteria::load(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
        })
        .collect()
}

/// Every demo parsed, matched to its shipped set (same id, version and sha256) and scored.
fn demos() -> Vec<Demo> {
    let sets = shipped_sets();
    demo_files()
        .into_iter()
        .map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("demo file readable");
            let draft = Draft::from_json(&text).unwrap_or_else(|e| panic!("{file}: not a draft: {e}"));
            let wanted = &draft.criteria;
            let set = sets
                .iter()
                .find(|s| s.id == wanted.id && s.version == wanted.version)
                .unwrap_or_else(|| panic!("{file}: no shipped set {} version {}", wanted.id, wanted.version))
                .clone();
            assert_eq!(wanted.sha256, set.sha256, "{file}: sha256 differs from the shipped {}", set.id);
            assert_eq!(draft.agency.level, set.level, "{file}: agency level differs from the set's level");
            let card = scoring::score(&set, &draft);
            Demo { file, draft, set, card }
        })
        .collect()
}

fn self_assessed(set: &CriteriaSet, id: usize) -> bool {
    set.nodes[id].leaf().is_some_and(|l| l.rule.is_self_assessed())
}

#[test]
fn every_demo_parses_and_names_a_shipped_set_by_its_sha256() {
    // demos() asserts the parse and the match; here only that each file was checked.
    assert_eq!(demos().len(), demo_files().len());
}

#[test]
fn every_demo_scores_without_problems() {
    for demo in demos() {
        assert!(demo.card.problems.is_empty(), "{}: invalid answers: {:?}", demo.file, demo.card.problems);
        assert!(demo.card.band.is_some(), "{}: no result band", demo.file);
    }
}

#[test]
fn every_demo_answers_every_self_assessed_item_and_the_survey() {
    for demo in demos() {
        let Demo { file, set, card, .. } = &demo;
        let blank: Vec<&str> = set
            .leaves()
            .filter(|&id| self_assessed(set, id) && card.nodes[id].answered == 0)
            .map(|id| set.nodes[id].code.as_str())
            .collect();
        assert!(blank.is_empty(), "{file}: self-assessed items not answered: {blank:?}");
        assert_eq!(card.totals.answered, card.totals.items, "{file}: main-tree items answered");
        // The authority's survey points are filled in too, so the whole index is known.
        assert_eq!(card.totals.survey_entered, card.totals.survey_items, "{file}: survey points missing");
    }
}

#[test]
fn every_demo_has_an_item_that_needs_an_explanation() {
    for demo in demos() {
        let flagged = demo.set.leaves().filter(|&id| demo.card.nodes[id].needs_explanation).count();
        assert!(flagged > 0, "{}: no item needs an explanation (evidence missing without a note)", demo.file);
    }
}

#[test]
fn every_demo_has_a_late_level_or_a_lost_point() {
    for demo in demos() {
        let Demo { file, set, card, .. } = &demo;
        let late = set.leaves().any(|id| {
            let chosen = match card.nodes[id].evaluation.as_ref().map(|e| &e.trace) {
                Some(Trace::Level { chosen }) => *chosen,
                _ => return false,
            };
            matches!(set.nodes[id].leaf().map(|l| &l.rule), Some(Rule::Levels(levels)) if levels[chosen].id == "late")
        });
        let lost = set.leaves().any(|id| {
            set.nodes[id].part == Part::Main && self_assessed(set, id) && card.nodes[id].points < card.nodes[id].max
        });
        assert!(late || lost, "{file}: every item is at its maximum and no level is late");
    }
}

#[test]
fn every_demo_whose_set_has_gates_is_capped_by_one() {
    for demo in demos() {
        if demo.set.gates.is_empty() {
            continue;
        }
        let band = demo.card.band.as_ref().expect("a result band");
        assert!(
            !band.capped_by.is_empty(),
            "{}: its set has gates but none caps the band ({} by index)",
            demo.file,
            demo.set.bands[band.by_index].id
        );
        assert!(band.band > band.by_index, "{}: a capping gate lowers the band", demo.file);
    }
}

#[test]
fn demo_agencies_are_marked_as_examples() {
    for demo in demos() {
        let name = &demo.draft.agency.name;
        assert!(
            name.contains("(đơn vị mẫu)") || name.contains("Minh Hoạ") || name.contains("Minh hoạ"),
            "{}: agency {name:?} is not marked as an example",
            demo.file
        );
    }
}

#[test]
fn every_shipped_set_has_a_demo() {
    // Trainers open any built-in set with an example agency already filled in.
    let demos = demos();
    for set in shipped_sets() {
        assert!(demos.iter().any(|d| d.set.id == set.id), "{} has no demo draft in criteria/demo/", set.id);
    }
}
