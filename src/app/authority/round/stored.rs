//! The round's inputs as kept in the browser's store, one key each, in plain JSON: the roster as
//! rows, the survey values as typed ("5.25", "87.5%": read back by the core's `parse_value`), last
//! year's results file as itself, the deadline as a UTC time.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::authority::roster::{Roster, RosterAgency};
use crate::authority::survey::{parse_value, SurveyValue};
use crate::authority::{ResultsFile, SurveyResults};

pub const ROSTER_KEY: &str = "parscore.authority.round.roster";
pub const SURVEY_KEY: &str = "parscore.authority.round.survey";
pub const PREVIOUS_KEY: &str = "parscore.authority.round.previous";
pub const DEADLINE_KEY: &str = "parscore.authority.round.deadline";
pub const DECISION_KEY: &str = "parscore.authority.round.decision";

/// An input and the name of the file it came from.
#[derive(Serialize, Deserialize)]
struct Kept<T> {
    file: String,
    value: T,
}

fn write<T: Serialize>(file: &str, value: T) -> String {
    // Strings, maps and derived structs always serialize.
    serde_json::to_string(&Kept { file: file.to_string(), value }).unwrap_or_default()
}

fn read<T: for<'de> Deserialize<'de>>(text: &str) -> Option<(String, T)> {
    let kept: Kept<T> = crate::json_error::parse(text, None).ok()?;
    Some((kept.file, kept.value))
}

pub fn roster_to_json(file: &str, roster: &Roster) -> String {
    let rows: Vec<[&str; 3]> =
        roster.agencies.iter().map(|a| [a.code.as_str(), a.name.as_str(), a.group.as_str()]).collect();
    write(file, rows)
}

pub fn roster_from_json(text: &str) -> Option<(String, Roster)> {
    let (file, rows): (String, Vec<[String; 3]>) = read(text)?;
    let agencies = rows.into_iter().map(|[code, name, group]| RosterAgency { code, name, group }).collect();
    Some((file, Roster { agencies }))
}

pub fn survey_to_json(file: &str, survey: &SurveyResults) -> String {
    let values: BTreeMap<&str, BTreeMap<&str, String>> = survey
        .values
        .iter()
        .map(|(agency, items)| {
            let items = items
                .iter()
                .map(|(item, value)| {
                    let typed = match value {
                        SurveyValue::Points(points) => points.canonical(),
                        SurveyValue::Percent(percent) => format!("{}%", percent.canonical()),
                    };
                    (item.as_str(), typed)
                })
                .collect();
            (agency.as_str(), items)
        })
        .collect();
    write(file, values)
}

pub fn survey_from_json(text: &str) -> Option<(String, SurveyResults)> {
    let (file, typed): (String, BTreeMap<String, BTreeMap<String, String>>) = read(text)?;
    let mut values = BTreeMap::new();
    for (agency, items) in typed {
        let items: Option<BTreeMap<String, SurveyValue>> =
            items.into_iter().map(|(item, text)| Some((item, parse_value(&text).ok()?))).collect();
        values.insert(agency, items?);
    }
    Some((file, SurveyResults { values }))
}

pub fn previous_to_json(file: &str, previous: &ResultsFile) -> String {
    write(file, previous)
}

pub fn previous_from_json(text: &str) -> Option<(String, ResultsFile)> {
    read(text)
}
