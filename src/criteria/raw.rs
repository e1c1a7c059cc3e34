//! The criteria file as written on disk: serde shapes, nothing checked beyond syntax.
//!
//! Every struct refuses unknown fields, so a typo (`"maxx"`) is an error, not a silent default.
//! [`super::validate`] turns a [`RawCriteriaSet`] into a [`super::CriteriaSet`] that cannot be
//! invalid. docs/criteria-format.md and criteria/criteria.schema.json describe the same shapes.

use serde::{Deserialize, Serialize};

use crate::decimal::{Decimal, Rounding};
use crate::interval::Interval;
use crate::Text;

/// The format tag every criteria file carries in `"format"`.
pub const FORMAT: &str = "parscore-criteria/1";

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriteriaSet {
    /// Lets editors find the JSON Schema; ignored by parscore.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: String,
    /// Stable identifier, e.g. "vn-province-2948-2017". Lowercase letters, digits and '-'.
    pub id: String,
    /// Version of this file's content, e.g. "1.0.0".
    pub version: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The decision (quyết định) the set comes from.
    pub decision: Decision,
    /// Evaluation year the set applies to.
    pub year: u16,
    pub level: Level,
    /// Total of the scale: the maxima of the top-level nodes add up to it (normally 100).
    pub scale: Decimal,
    /// Decimal places of every index (percent); default 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_places: Option<u32>,
    /// Provenance that applies to every node that does not state its own.
    pub provenance: Provenance,
    pub nodes: Vec<RawNode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus: Option<RawAdjustment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalty: Option<RawAdjustment>,
    /// Result bands over the final index, best first.
    pub bands: Vec<RawBand>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gates: Vec<RawGate>,
    /// Hà Nội's commune rule: when no survey item has points entered, the self-assessed points
    /// are rescaled to the scale (self × scale / self-assessed maximum).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rescale_without_survey: bool,
    /// Who issues the set; with `proof`, a signed set (crate::signedset). Neither is part of the
    /// set's SHA-256.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Publisher>,
    /// The publisher's eddsa-jcs-2022 signature, checked by crate::signedset, not by validation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<serde_json::Value>,
}

/// The authority that issues a signed set (usually a Sở Nội vụ).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    pub name: String,
    /// The authority's code, as on its public key file.
    pub code: String,
    /// The signing key, `did:key:z6Mk…`.
    pub did: String,
}

/// Members of a criteria file that its SHA-256 leaves out: a set keeps its hash when it is
/// signed, so drafts and score files name the content, whoever vouches for it.
pub const UNHASHED_MEMBERS: [&str; 2] = ["publisher", "proof"];

/// SHA-256 of a criteria file's canonical JSON without its publisher and proof
/// ([`UNHASHED_MEMBERS`]): the same for a set and its signed copy.
pub fn content_sha256(value: &serde_json::Value) -> Result<String, crate::canonical::NotCanonical> {
    match value {
        // Written without those members rather than copied without them.
        serde_json::Value::Object(map) => crate::canonical::sha256_hex_without(map, &UNHASHED_MEMBERS),
        _ => crate::canonical::sha256_hex(value),
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// e.g. "2948/QĐ-BNV"
    pub number: String,
    /// ISO date, e.g. "2017-12-28"
    pub date: String,
    /// e.g. "Bộ Nội vụ"
    pub issuer: String,
}

/// Which kind of agency the set scores.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Ministry,
    Province,
    Department,
    District,
    Commune,
    /// A teaching set, not used for real assessments.
    Training,
}

/// Where a node's content comes from.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub status: ProvenanceStatus,
    /// The named source: decision, table, page. Required for `verified`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ProvenanceStatus {
    /// Read in the named source.
    Verified,
    /// Derived from verified facts (for example a maximum that is the remainder of a verified total).
    Inferred,
    /// Made up to show the method ("minh hoạ"); never present it as official.
    Demonstration,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    /// e.g. "1.1.4". Unique in the file.
    pub code: String,
    pub title: Text,
    /// Điểm tối đa.
    pub max: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// Present on groups (areas, criteria); absent on leaves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<RawNode>>,
    /// Present on leaves (scored items); absent on groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<RawRule>,
    /// The evidence documents a leaf expects (tài liệu kiểm chứng).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceSpec>,
    /// Guidance shown with the item (hướng dẫn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EvidenceSpec {
    /// What document proves the answer, e.g. "Kế hoạch CCHC năm của cơ quan".
    pub expected: Text,
    /// Without any evidence entry the agency must explain in writing (giải trình).
    #[serde(default)]
    pub explain_if_missing: bool,
}

/// A leaf's scoring rule (thang điểm). The `kind` field selects the variant; it is read through
/// [`super::rule_reader`] (members flat, then checked against the kind).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RawRule {
    /// One of a list of named outcomes, each worth fixed points (on time 1 / late 0.5 / none 0).
    Levels { levels: Vec<RawLevel> },
    /// Meets the requirement → the maximum, otherwise 0.
    PassFail {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pass: Option<Text>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fail: Option<Text>,
    },
    /// Points by the band a measured percentage falls in.
    Bands {
        measure: Measure,
        bands: Vec<RawRuleBand>,
        /// Points when the denominator is 0 (nothing to count, e.g. no dossier received).
        /// Without it a zero denominator is an invalid answer.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        if_none: Option<Decimal>,
    },
    /// Points = measured ratio × maximum, rounded as stated.
    Proportional {
        measure: Measure,
        places: u32,
        rounding: Rounding,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        if_none: Option<Decimal>,
    },
    /// The maximum less a fixed amount per counted fault, never below 0.
    Deduction {
        per_fault: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fault: Option<Text>,
    },
    /// A fixed amount per counted item, up to the maximum (bonus and penalty items).
    PerCount {
        per_item: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<Text>,
    },
    /// Points chosen by the agency within [0, max], with a written justification.
    Manual {
        /// Points must be a multiple of this (e.g. "0.25").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<Decimal>,
    },
    /// From the sociological survey: never self-scored; entered by the authority or projected.
    Survey {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        respondents: Option<Text>,
        /// The survey's result comes as a percent: points = max × percent / 100, rounded so.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        percent: Option<PercentScoring>,
    },
}

/// How a percent becomes points: decimal places and rounding of max × percent / 100.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PercentScoring {
    pub places: u32,
    pub rounding: Rounding,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// Stable id the answer names, e.g. "on_time".
    pub id: String,
    pub label: Text,
    pub points: Decimal,
}

/// What a band or proportional rule measures, in percent. Exactly one of its two forms; read
/// through [`super::rule_reader`].
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// numerator / denominator × 100, from two counts the agency types.
    Ratio { numerator: Text, denominator: Text },
    /// A percentage the agency types directly.
    Percent { label: Text },
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRuleBand {
    /// e.g. "(90, 100]"; the bands of a rule cover [0, 100] exactly once.
    pub range: Interval,
    pub points: Decimal,
}

/// Bonus (điểm thưởng) or penalty (điểm trừ) points, outside the scale.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAdjustment {
    /// The most the whole block can add or take away.
    pub cap: Decimal,
    /// Leaves; their points add up (bonus) or are taken away (penalty), then the cap applies.
    pub items: Vec<RawNode>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    /// e.g. "xuat_sac".
    pub id: String,
    pub title: Text,
    /// Range of the final index, e.g. "[90, 100]"; the bands cover [0, 100] exactly once.
    pub range: Interval,
}

/// Caps the result band when a condition on a named input holds (Khánh Hòa: no "Tốt" with 5% or
/// more late dossiers).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawGate {
    pub id: String,
    /// The condition in words, as the source states it.
    pub title: Text,
    pub when: RawCondition,
    /// The best band an agency can get while the condition holds.
    pub cap: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// `measure`: the measured value of a leaf (its percent, or its count of faults or items);
/// `index`: the component index of any node in percent. Exactly one of the two.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// The condition holds when the value lies in this interval.
    #[serde(rename = "in")]
    pub within: Interval,
}
