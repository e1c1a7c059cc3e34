//! Reading a rule: its members as one flat record, then checked against its `kind`.
//!
//! The file format is serde's internally tagged enum (`{"kind": "bands", "measure": …}`), but
//! serde reads such an enum by buffering the whole object first. That cost the agency's form 5 kB
//! brotli of buffering code, and every error inside a rule lost its place: serde_json could only
//! say where the enclosing node ended. Read flat, a wrong member is found at its own line and
//! column; a member the kind does not take, or one it lacks, is said at the rule. A measure is
//! read the same way, so that one with both forms is said as such (serde_json, reading the
//! enum itself, stops at the second form's comma with "expected value").

use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::Deserialize;

use super::raw::{Measure, PercentScoring, RawLevel, RawRule, RawRuleBand};
use crate::decimal::{Decimal, Rounding};
use crate::Text;

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Levels,
    PassFail,
    Bands,
    Proportional,
    Deduction,
    PerCount,
    Manual,
    Survey,
}

impl Kind {
    /// The members this kind takes besides `kind`, as the format defines them.
    fn members(self) -> &'static [&'static str] {
        match self {
            Kind::Levels => &["levels"],
            Kind::PassFail => &["pass", "fail"],
            Kind::Bands => &["measure", "bands", "if_none"],
            Kind::Proportional => &["measure", "places", "rounding", "if_none"],
            Kind::Deduction => &["per_fault", "fault"],
            Kind::PerCount => &["per_item", "item"],
            Kind::Manual => &["step"],
            Kind::Survey => &["respondents", "percent"],
        }
    }
}

/// Every member any kind takes; which of them a rule may have depends on its kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Members {
    kind: Kind,
    levels: Option<Vec<RawLevel>>,
    pass: Option<Text>,
    fail: Option<Text>,
    measure: Option<Measure>,
    bands: Option<Vec<RawRuleBand>>,
    if_none: Option<Decimal>,
    places: Option<u32>,
    rounding: Option<Rounding>,
    per_fault: Option<Decimal>,
    fault: Option<Text>,
    per_item: Option<Decimal>,
    item: Option<Text>,
    step: Option<Decimal>,
    respondents: Option<Text>,
    percent: Option<PercentScoring>,
}

impl Members {
    fn present(&self) -> impl Iterator<Item = &'static str> {
        let given = [
            ("levels", self.levels.is_some()),
            ("pass", self.pass.is_some()),
            ("fail", self.fail.is_some()),
            ("measure", self.measure.is_some()),
            ("bands", self.bands.is_some()),
            ("if_none", self.if_none.is_some()),
            ("places", self.places.is_some()),
            ("rounding", self.rounding.is_some()),
            ("per_fault", self.per_fault.is_some()),
            ("fault", self.fault.is_some()),
            ("per_item", self.per_item.is_some()),
            ("item", self.item.is_some()),
            ("step", self.step.is_some()),
            ("respondents", self.respondents.is_some()),
            ("percent", self.percent.is_some()),
        ];
        given.into_iter().filter_map(|(name, is)| is.then_some(name))
    }

    fn into_rule<E: de::Error>(self) -> Result<RawRule, E> {
        let allowed = self.kind.members();
        if let Some(other) = self.present().find(|name| !allowed.contains(name)) {
            return Err(E::unknown_field(other, allowed));
        }
        fn needed<T, E: de::Error>(member: Option<T>, name: &'static str) -> Result<T, E> {
            member.ok_or_else(|| E::missing_field(name))
        }
        Ok(match self.kind {
            Kind::Levels => RawRule::Levels { levels: needed(self.levels, "levels")? },
            Kind::PassFail => RawRule::PassFail { pass: self.pass, fail: self.fail },
            Kind::Bands => RawRule::Bands {
                measure: needed(self.measure, "measure")?,
                bands: needed(self.bands, "bands")?,
                if_none: self.if_none,
            },
            Kind::Proportional => RawRule::Proportional {
                measure: needed(self.measure, "measure")?,
                places: needed(self.places, "places")?,
                rounding: needed(self.rounding, "rounding")?,
                if_none: self.if_none,
            },
            Kind::Deduction => {
                RawRule::Deduction { per_fault: needed(self.per_fault, "per_fault")?, fault: self.fault }
            }
            Kind::PerCount => RawRule::PerCount { per_item: needed(self.per_item, "per_item")?, item: self.item },
            Kind::Manual => RawRule::Manual { step: self.step },
            Kind::Survey => RawRule::Survey { respondents: self.respondents, percent: self.percent },
        })
    }
}

impl<'de> Deserialize<'de> for RawRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawRule, D::Error> {
        deserializer.deserialize_map(RuleVisitor)
    }
}

struct RuleVisitor;

impl<'de> Visitor<'de> for RuleVisitor {
    type Value = RawRule;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map")
    }

    // Checked inside the object's own read, so that serde_json places a kind's problem at the
    // rule's closing brace, not at the node's.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawRule, A::Error> {
        Members::deserialize(de::value::MapAccessDeserializer::new(map))?.into_rule()
    }
}

/// A measure's members: `ratio` or `percent`, exactly one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureMembers {
    ratio: Option<Ratio>,
    percent: Option<Percent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ratio {
    numerator: Text,
    denominator: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Percent {
    label: Text,
}

impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Measure, D::Error> {
        deserializer.deserialize_map(MeasureVisitor)
    }
}

struct MeasureVisitor;

impl<'de> Visitor<'de> for MeasureVisitor {
    type Value = Measure;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Measure, A::Error> {
        match MeasureMembers::deserialize(de::value::MapAccessDeserializer::new(map))? {
            MeasureMembers { ratio: Some(Ratio { numerator, denominator }), percent: None } => {
                Ok(Measure::Ratio { numerator, denominator })
            }
            MeasureMembers { ratio: None, percent: Some(Percent { label }) } => Ok(Measure::Percent { label }),
            _ => Err(de::Error::invalid_value(Unexpected::Map, &"map with a single key")),
        }
    }
}
