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
        let report = |i: usize| reports.get(i).copied().flatten();
        // Oldest first; the order given breaks ties between equal times.
        let mut ordered = files.clone();
        ordered.sort_by_key(|&i| (report(i).and_then(|r| r.created), i));
        for (position, &file) in ordered.iter().enumerate() {
            for (other_position, &other) in ordered.iter().enumerate() {
                if file == other {
                    continue;
                }
                let (Some(a), Some(b)) = (report(file), report(other)) else { continue };
                if !same_signer(a, b) {
                    if let Some(entry) = out.get_mut(file) {
                        entry.conflicts_with.push(other);
                    }
                } else if other_position > position {
                    // Later positions overwrite: the latest file of the same signer wins.
                    if let Some(entry) = out.get_mut(file) {
                        entry.superseded_by = Some(other);
                    }
                }
            }
        }
    }
    for entry in &mut out {
        entry.conflicts_with.sort_unstable();
    }
    out
}

/// The same key, or two keys both registered to the file's agency code (a new key after a lost
/// one): [`Report`]'s signer is registered only when registered for the file's own code.
fn same_signer(a: &Report, b: &Report) -> bool {
    match (&a.signer, &b.signer) {
        (Some(x), Some(y)) => x.did == y.did || (x.registered.is_some() && y.registered.is_some()),
        _ => false,
    }
}
