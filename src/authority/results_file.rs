//! The results file (`parscore-results/1`, docs/results-file.md): a ranking as JSON, written by
//! `parscore rank` and read back next year as "last year" for the changes of index and rank.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::messages::Message;
use super::ranking::{Basis, Ranking};
use crate::decimal::Decimal;

/// The format tag every results file carries in `"format"`.
pub const RESULTS_FORMAT: &str = "parscore-results/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsFile {
    pub format: String,
    /// Evaluation year (năm đánh giá) of the results.
    pub year: u16,
    pub basis: Basis,
    /// Every ranked agency, group by group, best first.
    pub agencies: Vec<ResultEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultEntry {
    pub code: String,
    pub name: String,
    pub group: String,
    /// The criteria set's id and version.
    pub criteria: String,
    pub criteria_version: String,
    /// Rank within the group (ties share it).
    pub rank: u32,
    pub total: Decimal,
    pub index: Decimal,
    /// The band's id, absent when the set's bands do not cover the index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// Component index of each area, by area code.
    pub areas: BTreeMap<String, Decimal>,
    /// Survey items still without points when the file was written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survey_missing: Vec<String>,
}

impl ResultsFile {
    pub fn of(ranking: &Ranking) -> ResultsFile {
        let agencies = ranking
            .groups
            .iter()
            .flat_map(|g| &g.rows)
            .map(|row| {
                let r = &row.result;
                ResultEntry {
                    code: r.code.clone(),
                    name: r.name.clone(),
                    group: r.group.clone(),
                    criteria: r.criteria_id.clone(),
                    criteria_version: r.criteria_version.clone(),
                    rank: row.rank,
                    total: r.totals.total,
                    index: r.totals.index,
                    band: r.band.as_ref().map(|b| b.id.clone()),
                    areas: r.areas.iter().map(|a| (a.code.clone(), a.index)).collect(),
                    survey_missing: r.survey_missing.clone(),
                }
            })
            .collect();
        ResultsFile { format: RESULTS_FORMAT.to_string(), year: ranking.year, basis: ranking.basis, agencies }
    }

    pub fn to_json_pretty(&self) -> String {
        // Plain structs with string keys and decimals as strings always serialize.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads a results file; a problem names its JSON path, line and column.
    pub fn from_json(text: &str) -> Result<ResultsFile, Message> {
        let file: ResultsFile = crate::json_error::parse(text, None)
            .map_err(|e| Message::BadResultsFile { location: e.location, detail: e.message })?;
        if file.format != RESULTS_FORMAT {
            return Err(Message::BadResultsFile {
                location: "format".into(),
                detail: format!("\"{RESULTS_FORMAT}\" ≠ \"{}\"", file.format),
            });
        }
        Ok(file)
    }

    /// The entry of the agency with `code`.
    pub fn find(&self, code: &str) -> Option<&ResultEntry> {
        self.agencies.iter().find(|a| a.code == code)
    }
}
