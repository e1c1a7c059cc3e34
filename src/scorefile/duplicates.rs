//! Two files for the same agency and year: the earlier one is superseded by a later one from the
//! same signer, and files from signers that are not both registered to that agency conflict.
//!
//! Only files whose signature holds take part (verified or signature only): an invalid file
//! proves nothing about who sent it. "Later" is the proof's `created` time, then the order given.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::trust::Verdict;
use super::verify::Report;

/// What the batch says about one file; both empty for a file with no twin.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicates {
    /// The latest file of the same agency and year from the same signer, when later than this one.
    pub superseded_by: Option<usize>,
    /// Files of the same agency and year whose signer differs and is not also registered to it.
    pub conflicts_with: Vec<usize>,
}

impl Duplicates {
    pub fn is_conflicting(&self) -> bool {
        !self.conflicts_with.is_empty()
    }
}

/// The duplicates of every file of a batch (`None`: a file that could not be read), by index.
pub fn find_duplicates(reports: &[Option<&Report>]) -> Vec<Duplicates> {
    let mut out = vec![Duplicates::default(); reports.len()];
    let mut groups: BTreeMap<(&str, u16), Vec<usize>> = BTreeMap::new();
    for (index, report) in reports.iter().enumerate() {
        let Some(report) = report.filter(|r| r.verdict() != Verdict::Invalid) else { continue };
        if let (Some(agency), Some(year), Some(_)) = (&report.agency, report.year, &report.signer) {
            groups.entry((agency.code.as_str(), year)).or_default().push(index);
        }
    }
    for files in groups.values().filter(|files| files.len() > 1) {
        // The same signer is the same key, or two keys both registered to the agency (a new key
        // after a lost one; a report's signer is registered only when registered for the file's
        // own code). In one agency's group a key is registered for every file or for none, so
        // the registered keys are one signer and the others each their own: files are grouped by
        // signer, and a group of one signer's thousand files compares no pair of them.
        let signer = |i: usize| {
            let signer = reports.get(i).copied().flatten().and_then(|r| r.signer.as_ref());
            signer.map(|s| if s.registered.is_some() { None } else { Some(s.did.as_str()) })
        };
        // Oldest first; the order given breaks ties between equal times.
        let mut ordered = files.clone();
        ordered.sort_by_key(|&i| (reports.get(i).copied().flatten().and_then(|r| r.created), i));
        // Each signer's latest file supersedes its others.
        let mut latest = BTreeMap::new();
        for &file in &ordered {
            latest.insert(signer(file), file);
        }
        for &file in &ordered {
            let own = signer(file);
            let Some(entry) = out.get_mut(file) else { continue };
            entry.superseded_by = latest.get(&own).copied().filter(|&last| last != file);
            if latest.len() > 1 {
                entry.conflicts_with = files.iter().copied().filter(|&other| signer(other) != own).collect();
            }
        }
    }
    for entry in &mut out {
        entry.conflicts_with.sort_unstable();
    }
    out
}
