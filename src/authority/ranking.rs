//! The ranking (xếp hạng) within each group: rank, index, band, the change since last year, and
//! how many agencies each band holds.
//!
//! Ties share a rank and the next rank skips, as published rankings do (1, 2, 2, 4): agencies
//! tie when their indexes, rounded to the set's places as officials read them, are equal.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::messages::Message;
use super::results::AgencyResult;
use super::results_file::ResultsFile;
use crate::criteria::CriteriaSet;
use crate::decimal::Decimal;
use crate::Text;

/// Which points a ranking stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The agencies' signed self-assessments: no appraisal yet.
    SelfAssessed,
    /// The council's appraisal.
    Appraised,
}

impl Basis {
    pub fn header(self) -> Message {
        match self {
            Basis::SelfAssessed => Message::RankedOnSelfAssessed,
            Basis::Appraised => Message::RankedOnAppraised,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Ranking {
    pub basis: Basis,
    pub year: u16,
    /// In the order the groups first appear in the results.
    pub groups: Vec<GroupRanking>,
}

#[derive(Debug, Clone)]
pub struct GroupRanking {
    pub group: String,
    /// Best first.
    pub rows: Vec<Ranked>,
    /// Agencies per band, bands best first as their sets list them; agencies without a band
    /// (an index the bands do not cover) last, with no id.
    pub bands: Vec<BandCount>,
}

#[derive(Debug, Clone)]
pub struct Ranked {
    pub rank: u32,
    pub result: AgencyResult,
    /// Last year's figures, when the previous results have this agency.
    pub previous: Option<Previous>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    pub index: Decimal,
    pub rank: u32,
    /// This year's index minus last year's.
    pub index_change: Decimal,
    /// Places gained: last year's rank minus this year's (positive is up).
    pub rank_change: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandCount {
    pub id: Option<String>,
    pub title: Option<Text>,
    pub count: usize,
}

impl Ranked {
    /// "tăng 2 bậc", "giảm 1 bậc", "giữ nguyên", or "mới" without last year's figures.
    pub fn movement(&self) -> Message {
        match &self.previous {
            None => Message::NewInRanking,
            Some(p) if p.rank_change > 0 => Message::RankUp(p.rank_change.unsigned_abs()),
            Some(p) if p.rank_change < 0 => Message::RankDown(p.rank_change.unsigned_abs()),
            Some(_) => Message::RankSame,
        }
    }
}

/// Competition ranks of indexes sorted best first: equal indexes share the rank of the first of
/// them, and the next index takes its position (1, 2, 2, 4).
pub fn competition_ranks(indexes_best_first: &[Decimal]) -> Vec<u32> {
    let mut ranks: Vec<u32> = Vec::with_capacity(indexes_best_first.len());
    for (position, index) in indexes_best_first.iter().enumerate() {
        let rank = match (position.checked_sub(1), ranks.last()) {
            (Some(before), Some(&last)) if indexes_best_first.get(before) == Some(index) => last,
            _ => position as u32 + 1,
        };
        ranks.push(rank);
    }
    ranks
}

/// Ranks `results` within their groups. `sets` are the criteria sets the results were scored
/// with (for the bands to count); `previous` is last year's results file.
pub fn rank(
    results: Vec<AgencyResult>,
    sets: &[CriteriaSet],
    basis: Basis,
    year: u16,
    previous: Option<&ResultsFile>,
) -> Ranking {
    let mut order: Vec<String> = Vec::new();
    let mut by_group: HashMap<String, Vec<AgencyResult>> = HashMap::new();
    for result in results {
        if !by_group.contains_key(&result.group) {
            order.push(result.group.clone());
        }
        by_group.entry(result.group.clone()).or_default().push(result);
    }
    let groups = order
        .into_iter()
        .map(|group| {
            let mut members = by_group.remove(&group).unwrap_or_default();
            // Best index first; equal indexes in code order, so that the table is stable.
            members.sort_by(|a, b| b.index().cmp(&a.index()).then_with(|| a.code.cmp(&b.code)));
            let indexes: Vec<Decimal> = members.iter().map(AgencyResult::index).collect();
            let bands = band_counts(&members, sets);
            let rows = members
                .into_iter()
                .zip(competition_ranks(&indexes))
                .map(|(result, rank)| {
                    let previous = previous.and_then(|file| file.find(&result.code)).map(|last| Previous {
                        index: last.index,
                        rank: last.rank,
                        index_change: result.index() - last.index,
                        rank_change: i64::from(last.rank) - i64::from(rank),
                    });
                    Ranked { rank, result, previous }
                })
                .collect();
            GroupRanking { group, rows, bands }
        })
        .collect();
    Ranking { basis, year, groups }
}

/// Agencies per band: every band of the group's criteria sets, best first as each set lists
/// them, zeros included, as published tables give them.
fn band_counts(members: &[AgencyResult], sets: &[CriteriaSet]) -> Vec<BandCount> {
    let mut counts: Vec<BandCount> = Vec::new();
    for member in members {
        let set = sets.iter().find(|s| s.id == member.criteria_id && s.version == member.criteria_version);
        for band in set.map(|s| s.bands.as_slice()).unwrap_or_default() {
            if !counts.iter().any(|c| c.id.as_deref() == Some(&band.id)) {
                counts.push(BandCount { id: Some(band.id.clone()), title: Some(band.title.clone()), count: 0 });
            }
        }
    }
    let mut unbanded = 0;
    for member in members {
        let id = member.band.as_ref().map(|b| b.id.as_str());
        match counts.iter_mut().find(|c| id.is_some() && c.id.as_deref() == id) {
            Some(count) => count.count += 1,
            None => unbanded += 1,
        }
    }
    if unbanded > 0 {
        counts.push(BandCount { id: None, title: None, count: unbanded });
    }
    counts
}

impl Ranking {
    /// Agencies whose final index still waits for survey points.
    pub fn survey_lacking(&self) -> impl Iterator<Item = &Ranked> {
        self.groups.iter().flat_map(|g| &g.rows).filter(|r| !r.result.survey_missing.is_empty())
    }
}
