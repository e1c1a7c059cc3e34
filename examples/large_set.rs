//! Writes a generated criteria set of about N leaves (120 unless given) and a draft for it,
//! for the form's page timings on a set as large as a province's (scripts/perf): every leaf but
//! one answered as the property tests' generator answers (valid inputs, some out of range, some
//! blank), and one count left blank for the timed keystroke. Prints, as one JSON line, the two
//! files, that item, the section it is in, and the totals before and after "1" is typed there,
//! as the form shows them in Vietnamese. The set is test data, not an official one.
//!
//!   cargo run --example large_set -- DIR [N]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/util/gen.rs"]
mod gen;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), String> {
    use parscore::answers::{Agency, Answer, Draft};
    use parscore::criteria::{self, Level, Part, Rule};
    use parscore::{scoring, Lang};

    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().ok_or("usage: large_set DIR [N]")?);
    let leaves: usize = args.next().map_or(Ok(120), |a| a.parse()).map_err(|e| format!("N: {e}"))?;
    let text = gen::criteria_set(7, leaves).to_string();
    let set = criteria::load(&text).map_err(|e| format!("the generated set is invalid: {e:?}"))?;

    // The timed item: the first leaf counted per item, in the main tree (the form's sections).
    let item = set
        .leaves()
        .map(|id| &set.nodes[id])
        .find(|node| {
            node.part == Part::Main && node.leaf().is_some_and(|leaf| matches!(leaf.rule, Rule::PerCount { .. }))
        })
        .ok_or("the generated set has no leaf counted per item: try another N")?;
    let section = item.code.split('.').next().unwrap_or_default().to_string();

    let agency = Agency { name: "Sở Thử nghiệm".into(), code: "STN".into(), level: Level::Department };
    let mut draft = Draft::new(&set, agency, 2025);
    let answers = gen::answers(7, &set);
    for (code, answer) in answers.as_object().into_iter().flatten() {
        // An unknown code would make the import list it; the timed item starts blank.
        if set.find(code).is_none() || *code == item.code {
            continue;
        }
        let answer: Answer = serde_json::from_value(answer.clone()).map_err(|e| format!("{code}: {e}"))?;
        draft.answers.insert(code.clone(), answer);
    }
    let before = scoring::score(&set, &draft).totals.total;
    let mut typed = draft.clone();
    typed.answers.insert(item.code.clone(), Answer { count: Some(1), ..Answer::default() });
    let after = scoring::score(&set, &typed).totals.total;
    if before == after {
        return Err(format!("typing 1 into {} leaves the total at {before}: nothing to time", item.code));
    }

    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (set_path, draft_path) = (dir.join("large-set.json"), dir.join("large-set.draft.json"));
    std::fs::write(&set_path, &text).map_err(|e| format!("{}: {e}", set_path.display()))?;
    std::fs::write(&draft_path, draft.to_json_pretty()).map_err(|e| format!("{}: {e}", draft_path.display()))?;
    let said = serde_json::json!({
        "set": set_path, "draft": draft_path, "leaves": set.leaf_count(), "item": item.code, "section": section,
        "before": Lang::Vi.number(before), "after": Lang::Vi.number(after),
    });
    println!("{said}");
    Ok(())
}
