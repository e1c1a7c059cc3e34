//! The scorecard as JSON: every decimal a string, every node by code. Used by `parscore score
//! --json` and by score files.

use serde_json::{json, Map, Value};

use crate::criteria::CriteriaSet;
use crate::Lang;

use super::explain::explain;
use super::rules::Trace;
use super::{GateState, Scorecard};

/// The status of a leaf in one word, as written in JSON.
pub fn status_name(trace: &Trace) -> &'static str {
    match trace {
        Trace::Blank => "blank",
        Trace::Invalid(_) => "invalid",
        Trace::Survey { points: None, .. } => "survey_pending",
        Trace::Survey { points: Some(_), .. } => "survey",
        _ => "scored",
    }
}

pub fn to_json(criteria: &CriteriaSet, card: &Scorecard, lang: Lang) -> Value {
    let nodes: Vec<Value> = criteria
        .nodes
        .iter()
        .enumerate()
        .map(|(id, node)| {
            let score = &card.nodes[id];
            let mut entry = Map::new();
            entry.insert("code".into(), json!(node.code));
            entry.insert("points".into(), json!(score.points));
            entry.insert("max".into(), json!(score.max));
            entry.insert("index".into(), json!(score.index));
            entry.insert("answered".into(), json!(score.answered));
            entry.insert("leaves".into(), json!(score.leaves));
            if let Some(evaluation) = &score.evaluation {
                entry.insert("status".into(), json!(status_name(&evaluation.trace)));
                let e = explain(criteria, card, id, lang);
                entry.insert("explanation".into(), json!(e.steps));
                if score.needs_explanation {
                    entry.insert("needs_explanation".into(), json!(true));
                }
            }
            Value::Object(entry)
        })
        .collect();
    let t = &card.totals;
    let band = card.band.as_ref().map(|b| {
        json!({
            "id": criteria.bands[b.band].id,
            "title": criteria.bands[b.band].title.get(lang),
            "by_index": criteria.bands[b.by_index].id,
            "capped_by": b.capped_by.iter().map(|&g| criteria.gates[g].id.clone()).collect::<Vec<_>>(),
        })
    });
    let gates: Vec<Value> = criteria
        .gates
        .iter()
        .zip(&card.gates)
        .map(|(gate, result)| {
            let state = match result.state {
                GateState::Holds => "holds",
                GateState::Clear => "clear",
                GateState::Unknown => "unknown",
            };
            json!({ "id": gate.id, "state": state })
        })
        .collect();
    json!({
        "criteria": { "id": criteria.id, "version": criteria.version, "sha256": criteria.sha256 },
        "totals": {
            "self_assessed": t.self_assessed,
            "self_assessed_max": t.self_assessed_max,
            "survey": t.survey,
            "survey_max": t.survey_max,
            "survey_entered": t.survey_entered,
            "survey_items": t.survey_items,
            "bonus": t.bonus,
            "penalty": t.penalty,
            "total": t.total,
            "scale": t.scale,
            "index": t.index,
            "answered": t.answered,
            "items": t.items,
            "open_points": t.open_points,
        },
        "band": band,
        "gates": gates,
        "nodes": nodes,
        "problems": card.problems.iter().map(|p| json!({ "code": p.code(), "field": p.field().map(|f| f.name()), "message": p.message(lang) })).collect::<Vec<_>>(),
    })
}
