//! Intervals with explicit bounds, written in mathematical notation: `[70, 90)`.
//!
//! Real rule texts leave edges ambiguous (">90%: 2 points; 70–90%: 1 point" — where does 90 go?).
//! A criteria file must say, so every band is an interval whose brackets state which ends belong
//! to it: `[` and `]` include the bound, `(` and `)` exclude it. `inf` stands for no upper bound.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::decimal::Decimal;

/// One end of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    pub value: Decimal,
    pub inclusive: bool,
}

/// A set of numbers `lo ⟨ x ⟨ hi`. `hi` is `None` for an unbounded interval (`[3, inf)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub lo: Bound,
    pub hi: Option<Bound>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an interval: write it like \"[70, 90)\" ('[' or ']' includes the bound, '(' or ')' excludes it)")]
pub struct ParseIntervalError(pub String);

/// A number given as an exact fraction, so that a ratio like 2/3 is compared with a bound without
/// rounding. `denominator` is positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exact {
    pub numerator: i128,
    pub denominator: i128,
}

impl Exact {
    pub fn from_decimal(d: Decimal) -> Exact {
        Exact { numerator: d.units(), denominator: Decimal::ONE.units() }
    }

    /// `self` compared with a decimal, without rounding.
    pub fn cmp_decimal(self, d: Decimal) -> std::cmp::Ordering {
        (self.numerator * Decimal::ONE.units()).cmp(&(d.units() * self.denominator))
    }
}

impl Interval {
    /// Whether the exact number `x` lies inside.
    pub fn contains(&self, x: Exact) -> bool {
        use std::cmp::Ordering::*;
        let above_lo = match x.cmp_decimal(self.lo.value) {
            Greater => true,
            Equal => self.lo.inclusive,
            Less => false,
        };
        let below_hi = match self.hi {
            None => true,
            Some(hi) => match x.cmp_decimal(hi.value) {
                Less => true,
                Equal => hi.inclusive,
                Greater => false,
            },
        };
        above_lo && below_hi
    }

    pub fn contains_decimal(&self, x: Decimal) -> bool {
        self.contains(Exact::from_decimal(x))
    }

    /// No number lies inside (`[5, 5)`, `(7, 3]`).
    pub fn is_empty(&self) -> bool {
        match self.hi {
            None => false,
            Some(hi) => hi.value < self.lo.value || (hi.value == self.lo.value && !(hi.inclusive && self.lo.inclusive)),
        }
    }

    /// A number inside both intervals, if they meet: the witness named in overlap messages.
    pub fn common_point(&self, other: &Interval) -> Option<Decimal> {
        let lo = if self.lo.value >= other.lo.value { self.lo.value } else { other.lo.value };
        if self.contains_decimal(lo) && other.contains_decimal(lo) {
            return Some(lo);
        }
        // The lower ends are excluded; try a point just above them, halfway to the nearer upper end.
        let hi = match (self.hi, other.hi) {
            (Some(a), Some(b)) => Some(if a.value <= b.value { a.value } else { b.value }),
            (Some(a), None) | (None, Some(a)) => Some(a.value),
            (None, None) => None,
        };
        let candidate = match hi {
            Some(hi) if hi > lo => Decimal::from_units((lo.units() + hi.units()) / 2),
            Some(_) => return None,
            None => lo + Decimal::ONE,
        };
        (self.contains_decimal(candidate) && other.contains_decimal(candidate)).then_some(candidate)
    }

    /// The interval in words, e.g. "từ 70 đến dưới 90" / "70 ≤ x < 90" (`unit` is appended to
    /// each number, like "%").
    pub fn describe(&self, lang: crate::Lang, unit: &str) -> String {
        let n = |d: Decimal| format!("{}{unit}", lang.number(d));
        match lang {
            crate::Lang::Vi => {
                let lo = if self.lo.inclusive {
                    format!("từ {}", n(self.lo.value))
                } else {
                    format!("trên {}", n(self.lo.value))
                };
                match self.hi {
                    None => lo,
                    Some(hi) if hi.value == self.lo.value => format!("đúng {}", n(hi.value)),
                    Some(hi) if self.lo.value.is_zero() && self.lo.inclusive => {
                        if hi.inclusive {
                            format!("đến {}", n(hi.value))
                        } else {
                            format!("dưới {}", n(hi.value))
                        }
                    }
                    Some(hi) => {
                        if hi.inclusive {
                            format!("{lo} đến {}", n(hi.value))
                        } else {
                            format!("{lo} đến dưới {}", n(hi.value))
                        }
                    }
                }
            }
            crate::Lang::En => {
                let lo_op = if self.lo.inclusive { "≤" } else { "<" };
                match self.hi {
                    None => format!("x {} {}", if self.lo.inclusive { "≥" } else { ">" }, n(self.lo.value)),
                    Some(hi) if hi.value == self.lo.value => format!("x = {}", n(hi.value)),
                    Some(hi) => {
                        let hi_op = if hi.inclusive { "≤" } else { "<" };
                        format!("{} {lo_op} x {hi_op} {}", n(self.lo.value), n(hi.value))
                    }
                }
            }
        }
    }
}

impl FromStr for Interval {
    type Err = ParseIntervalError;

    fn from_str(text: &str) -> Result<Interval, ParseIntervalError> {
        let err = || ParseIntervalError(text.to_string());
        let t = text.trim();
        let lo_inclusive = match t.chars().next() {
            Some('[') => true,
            Some('(') => false,
            _ => return Err(err()),
        };
        let hi_inclusive = match t.chars().last() {
            Some(']') => true,
            Some(')') => false,
            _ => return Err(err()),
        };
        let inner = &t[1..t.len() - 1];
        let (lo, hi) = inner.split_once(',').ok_or_else(err)?;
        let lo: Decimal = lo.trim().parse().map_err(|_| err())?;
        let hi = hi.trim();
        let hi = if hi == "inf" || hi == "∞" {
            if hi_inclusive {
                return Err(err());
            }
            None
        } else {
            Some(Bound { value: hi.parse().map_err(|_| err())?, inclusive: hi_inclusive })
        };
        Ok(Interval { lo: Bound { value: lo, inclusive: lo_inclusive }, hi })
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let open = if self.lo.inclusive { '[' } else { '(' };
        match self.hi {
            None => write!(f, "{open}{}, inf)", self.lo.value),
            Some(hi) => write!(f, "{open}{}, {}{}", self.lo.value, hi.value, if hi.inclusive { ']' } else { ')' }),
        }
    }
}

impl Serialize for Interval {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Interval {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Interval, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn i(s: &str) -> Interval {
        s.parse().unwrap()
    }
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn brackets_decide_the_edges() {
        let upper = i("(90, 100]");
        let middle = i("[70, 90]");
        assert!(!upper.contains_decimal(d("90")));
        assert!(upper.contains_decimal(d("90.01")));
        assert!(middle.contains_decimal(d("90")));
        assert!(middle.contains_decimal(d("70")));
        assert!(!middle.contains_decimal(d("69.99")));
        assert!(i("[3, inf)").contains_decimal(d("1000000")));
    }

    #[test]
    fn exact_fractions_are_compared_without_rounding() {
        // 2/3 = 66.666…% is below 66.67 and above 66.66.
        let two_thirds = Exact { numerator: 200, denominator: 3 };
        assert!(i("[66.66, 66.67)").contains(two_thirds));
        assert!(!i("[66.67, 100]").contains(two_thirds));
    }

    #[test]
    fn parse_errors_and_round_trip() {
        for bad in ["70, 90", "[70; 90)", "[a, 90)", "[70, inf]", "{70, 90}", ""] {
            assert!(bad.parse::<Interval>().is_err(), "{bad}");
        }
        for good in ["[70, 90)", "(90, 100]", "[0, 0]", "[3, inf)"] {
            assert_eq!(i(good).to_string(), good);
        }
    }

    #[test]
    fn emptiness_and_common_points() {
        assert!(i("[5, 5)").is_empty());
        assert!(!i("[5, 5]").is_empty());
        assert_eq!(i("[70, 90]").common_point(&i("[90, 100]")), Some(d("90")));
        assert_eq!(i("[70, 90)").common_point(&i("[90, 100]")), None);
        assert_eq!(i("(70, 90)").common_point(&i("(70, 80)")), Some(d("75")));
    }

    #[test]
    fn described_in_both_languages() {
        assert_eq!(i("[70, 90)").describe(Lang::Vi, "%"), "từ 70% đến dưới 90%");
        assert_eq!(i("(90, 100]").describe(Lang::Vi, "%"), "trên 90% đến 100%");
        assert_eq!(i("[0, 70)").describe(Lang::Vi, "%"), "dưới 70%");
        assert_eq!(i("[70, 90)").describe(Lang::En, "%"), "70% ≤ x < 90%");
        assert_eq!(i("[92.5, 100]").describe(Lang::Vi, "%"), "từ 92,5% đến 100%");
    }
}
