//! A calm form (issue 15): requirements read as hints until the item is touched or a signature is
//! asked for; the band reads "Chưa xếp loại" until something is answered; every screen counts a
//! set's items the same way.

use parscore::answers::InputField;
use parscore::app::calm::{requirement, Requirement};
use parscore::app::counts::item_counts;
use parscore::app::library::BUILT_IN;
use parscore::app::sections::{summaries, Section};
use parscore::app::state::{Action, SharedSet};
use parscore::app::view::{anything_answered, shown_band_title};
use parscore::i18n::{t, Msg};
use parscore::scoring::score;
use parscore::Lang;

use super::{session, typed, with_demo};

fn built_in(file: &str) -> SharedSet {
    let text =
        std::fs::read_to_string(format!("{}/criteria/{file}", env!("CARGO_MANIFEST_DIR"))).expect("a built-in set");
    SharedSet::load(&text).expect("it loads")
}

#[test]
fn a_requirement_is_a_hint_until_the_user_engages() {
    assert_eq!(requirement(false, true, true), Requirement::None);
    assert_eq!(requirement(true, false, true), Requirement::Met);
    assert_eq!(requirement(true, true, false), Requirement::Hint);
    assert_eq!(requirement(true, true, true), Requirement::Error);
    assert!(!Requirement::Hint.is_error());
}

#[test]
fn a_new_draft_shows_no_error_until_the_item_is_touched() {
    let state = with_demo();
    // 1.1 expects evidence and explains it when missing: required, missing, yet calm.
    assert!(session(&state).card.nodes[session(&state).set.find("1.1").unwrap()].needs_explanation);
    assert_eq!(session(&state).requirement("1.1", true, true), Requirement::Hint);
    // Typing in another item leaves 1.1 calm; touching 1.1 makes its requirement an error.
    let state = typed(state, "1.2", InputField::Pass, "yes");
    assert_eq!(session(&state).requirement("1.1", true, true), Requirement::Hint);
    let state = state.reduce(Action::NoteChanged { code: "1.1".into(), text: String::new() });
    assert_eq!(session(&state).requirement("1.1", true, true), Requirement::Error);
}

#[test]
fn asking_to_sign_shows_every_requirement_as_an_error() {
    let state = with_demo().reduce(Action::SignTried);
    assert_eq!(session(&state).requirement("1.1", true, true), Requirement::Error);
}

#[test]
fn the_band_reads_not_yet_rated_until_something_is_answered() {
    let state = with_demo();
    let s = session(&state);
    assert!(s.card.band.is_some(), "the core rates 0 points in the lowest band");
    assert!(!anything_answered(&s.set, &s.card));
    assert_eq!(shown_band_title(&s.set, &s.card, Lang::Vi), "Chưa xếp loại");
    assert_eq!(shown_band_title(&s.set, &s.card, Lang::En), "Not yet rated");
    let state = typed(state, "1.1", InputField::Level, "on_time");
    let s = session(&state);
    assert_ne!(shown_band_title(&s.set, &s.card, Lang::Vi), t(Lang::Vi, Msg::NotYetRated));
}

#[test]
fn every_screen_counts_a_sets_items_the_same_way() {
    for file in BUILT_IN {
        let set = built_in(file);
        let draft = parscore::answers::Draft::new(&set, super::agency(), 2025);
        let card = score(&set, &draft);
        let counts = item_counts(&set, Some(&card));
        // The total bar's progress is the core's count of self-assessed items.
        assert_eq!(counts.self_assessed, card.totals.items, "{file}");
        assert_eq!(counts.survey, card.totals.survey_items, "{file}");
        // The sections' navigation adds up to it, bonus and penalty apart.
        let sections = summaries(&set, &card);
        let areas = sections.iter().filter(|s| matches!(s.section, Section::Area(_)));
        assert_eq!(areas.clone().map(|s| s.counts.self_assessed).sum::<usize>(), counts.self_assessed, "{file}");
        assert_eq!(areas.map(|s| s.counts.survey).sum::<usize>(), counts.survey, "{file}");
        let optional: usize = sections.iter().map(|s| s.counts.adjustments).sum();
        assert_eq!(optional, counts.adjustments, "{file}");
        // Every leaf is counted once.
        assert_eq!(counts.self_assessed + counts.survey + counts.adjustments, set.leaf_count(), "{file}");
    }
    // The Huế set: 42 leaves read as 34 self-assessed, 5 survey and 3 optional, on every screen.
    let hue = built_in("commune-hue-2204-2022.json");
    let counts = item_counts(&hue, None);
    assert_eq!((counts.self_assessed, counts.survey, counts.adjustments), (34, 5, 3));
}

#[test]
fn a_manual_scores_justification_is_the_one_text_asked_when_evidence_is_missing() {
    let set = built_in("teaching-demo.json");
    let state = parscore::app::state::AppState::new(Lang::Vi)
        .reduce(Action::SetChosen(set))
        .reduce(Action::DraftCreated { agency: super::agency(), year: 2026 });
    let needs = |state: &parscore::app::state::AppState| {
        let s = session(state);
        s.card.nodes[s.set.find("3.2").unwrap()].needs_explanation
    };
    let state = typed(state, "3.2", InputField::Points, "7,25");
    assert!(needs(&state), "points alone: neither evidence nor a written explanation");
    let state = typed(state, "3.2", InputField::Justification, "Báo cáo năm đủ nội dung");
    assert!(!needs(&state), "the justification explains in writing: no second text is asked");
    assert!(session(&state).card.problems.is_empty());
}
