//! Exact decimal numbers for points, percentages and band bounds.
//!
//! Points in criteria sets are written with at most two or three decimals (0.25, 91.14, 0.125), and
//! a score must add up to the same figure a council computes by hand, so binary floats are out.
//! [`Decimal`] is a fixed-point number with four decimal places stored in an `i128`: sums of any
//! realistic tree cannot overflow, and every operation the engine needs (add, subtract, multiply by
//! an integer, divide with a stated rounding) is exact or rounds as the caller says.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Number of decimal places a [`Decimal`] keeps.
pub const PLACES: u32 = 4;
const UNIT: i128 = 10_i128.pow(PLACES);
/// Largest magnitude accepted when parsing: far above any point total, far below overflow.
const LIMIT: i128 = 1_000_000_000_000 * UNIT;

/// An exact decimal with [`PLACES`] fractional digits. Serialized as a JSON string ("91.14").
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(i128);

/// How a division result is rounded to the wanted number of places.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Half away from zero (0.125 → 0.13): the rounding officials use by hand.
    HalfUp,
    /// Towards zero (truncation): 0.129 → 0.12.
    Down,
    /// Away from zero: 0.121 → 0.13.
    Up,
}

/// Why a text is not a decimal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseDecimalError {
    #[error("`{0}` is not a decimal number (write it like 12 or 0.25, with a dot)")]
    Syntax(String),
    #[error("`{0}` has more than {PLACES} decimal places")]
    TooPrecise(String),
    #[error("`{0}` is too large")]
    TooLarge(String),
}

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);
    pub const ONE: Decimal = Decimal(UNIT);
    pub const HUNDRED: Decimal = Decimal(100 * UNIT);

    /// A whole number.
    pub const fn from_int(n: i64) -> Decimal {
        Decimal(n as i128 * UNIT)
    }

    /// The number of ten-thousandths (the raw fixed-point value).
    pub const fn units(self) -> i128 {
        self.0
    }

    pub const fn from_units(units: i128) -> Decimal {
        Decimal(units)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// `self` is a whole multiple of `step` (step > 0).
    pub fn is_multiple_of(self, step: Decimal) -> bool {
        step.0 > 0 && self.0 % step.0 == 0
    }

    pub fn saturating_sub_floor_zero(self, other: Decimal) -> Decimal {
        Decimal((self.0 - other.0).max(0))
    }

    /// `self × n`, exact.
    pub fn times(self, n: u64) -> Decimal {
        Decimal(self.0.saturating_mul(n as i128))
    }

    /// `numerator / denominator` as a decimal with `places` digits, rounded as stated.
    /// `denominator` must not be zero (callers check that first and report it).
    pub fn from_ratio(numerator: i128, denominator: i128, places: u32, rounding: Rounding) -> Decimal {
        let places = places.min(PLACES);
        let step = 10_i128.pow(PLACES - places);
        let q = div_round(numerator * 10_i128.pow(places), denominator, rounding);
        Decimal(q * step)
    }

    /// `self / total × 100`, to `places` digits (the index of a node, in percent).
    pub fn percent_of(self, total: Decimal, places: u32, rounding: Rounding) -> Decimal {
        if total.0 == 0 {
            return Decimal::ZERO;
        }
        Decimal::from_ratio(self.0 * 100, total.0, places, rounding)
    }

    /// `self × numerator / denominator`, to `places` digits.
    pub fn scaled(self, numerator: i128, denominator: i128, places: u32, rounding: Rounding) -> Decimal {
        Decimal::from_ratio(self.0 * numerator, denominator * UNIT, places, rounding)
    }

    /// The shortest exact text: no trailing zeros, no dot for whole numbers ("0.5", "91.14", "100").
    /// This is the form used in every file parscore writes.
    pub fn canonical(self) -> String {
        let mut s = self.fixed(PLACES);
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        s
    }

    /// Text with exactly `places` decimals, for tables ("20.00"). Rounds half up when `places`
    /// is below [`PLACES`].
    pub fn fixed(self, places: u32) -> String {
        let places = places.min(PLACES);
        let rounded = Decimal::from_ratio(self.0, UNIT, places, Rounding::HalfUp).0;
        let negative = rounded < 0;
        let abs = rounded.unsigned_abs();
        let int = abs / UNIT as u128;
        let frac = abs % UNIT as u128;
        let sign = if negative { "-" } else { "" };
        if places == 0 {
            return format!("{sign}{int}");
        }
        let frac = format!("{frac:04}");
        format!("{sign}{int}.{}", &frac[..places as usize])
    }

    /// Like [`Decimal::canonical`] but with a decimal comma, as Vietnamese writes numbers (91,14).
    pub fn canonical_comma(self) -> String {
        self.canonical().replace('.', ",")
    }
}

/// Integer division rounded as stated; `b` may be negative.
fn div_round(a: i128, b: i128, rounding: Rounding) -> i128 {
    let (a, b) = if b < 0 { (-a, -b) } else { (a, b) };
    let q = a / b;
    let r = a % b;
    if r == 0 {
        return q;
    }
    let away = if a < 0 { q - 1 } else { q + 1 };
    match rounding {
        Rounding::Down => q,
        Rounding::Up => away,
        Rounding::HalfUp => {
            if 2 * r.abs() >= b {
                away
            } else {
                q
            }
        }
    }
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    fn from_str(text: &str) -> Result<Decimal, ParseDecimalError> {
        let syntax = || ParseDecimalError::Syntax(text.to_string());
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int, frac) = match body.split_once('.') {
            Some((int, frac)) if !frac.is_empty() => (int, frac),
            Some(_) => return Err(syntax()),
            None => (body, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !all_digits(int) || !all_digits(frac) {
            return Err(syntax());
        }
        if frac.len() > PLACES as usize {
            let (kept, rest) = frac.split_at(PLACES as usize);
            let _ = kept;
            if rest.bytes().any(|b| b != b'0') {
                return Err(ParseDecimalError::TooPrecise(text.to_string()));
            }
        }
        let int = int.trim_start_matches('0');
        if int.len() > 13 {
            return Err(ParseDecimalError::TooLarge(text.to_string()));
        }
        let int: i128 = if int.is_empty() { 0 } else { int.parse().map_err(|_| syntax())? };
        let mut frac_units: i128 = 0;
        for (i, digit) in frac.bytes().take(PLACES as usize).enumerate() {
            frac_units += (digit - b'0') as i128 * 10_i128.pow(PLACES - 1 - i as u32);
        }
        let units = int * UNIT + frac_units;
        if units > LIMIT {
            return Err(ParseDecimalError::TooLarge(text.to_string()));
        }
        Ok(Decimal(if negative { -units } else { units }))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.canonical())
    }
}

impl std::ops::Add for Decimal {
    type Output = Decimal;
    fn add(self, rhs: Decimal) -> Decimal {
        Decimal(self.0 + rhs.0)
    }
}

impl std::ops::Sub for Decimal {
    type Output = Decimal;
    fn sub(self, rhs: Decimal) -> Decimal {
        Decimal(self.0 - rhs.0)
    }
}

impl std::ops::AddAssign for Decimal {
    fn add_assign(&mut self, rhs: Decimal) {
        self.0 += rhs.0;
    }
}

impl std::ops::Neg for Decimal {
    type Output = Decimal;
    fn neg(self) -> Decimal {
        Decimal(-self.0)
    }
}

impl std::iter::Sum for Decimal {
    fn sum<I: Iterator<Item = Decimal>>(iter: I) -> Decimal {
        iter.fold(Decimal::ZERO, |a, b| a + b)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.canonical())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// Only strings are accepted: a JSON number would already have passed through a float.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        crate::text_serde::deserialize(deserializer, "a decimal number written as a string, like \"0.25\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_canonically() {
        for (input, canonical) in [
            ("0", "0"),
            ("0.25", "0.25"),
            ("91.14", "91.14"),
            ("100.00", "100"),
            ("007.50", "7.5"),
            ("-0.5", "-0.5"),
            ("0.125", "0.125"),
            ("1.00000", "1"),
        ] {
            assert_eq!(d(input).canonical(), canonical, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        for bad in ["", "-", ".5", "5.", "1e3", "+1", " 1", "1,5", "0x10", "1.2.3", "NaN"] {
            assert!(matches!(bad.parse::<Decimal>(), Err(ParseDecimalError::Syntax(_))), "{bad:?}");
        }
        assert!(matches!("0.00001".parse::<Decimal>(), Err(ParseDecimalError::TooPrecise(_))));
        assert!(matches!("99999999999999".parse::<Decimal>(), Err(ParseDecimalError::TooLarge(_))));
    }

    #[test]
    fn sums_are_exact_where_floats_drift() {
        // 0.1 + 0.2 == 0.3 here, unlike f64.
        assert_eq!(d("0.1") + d("0.2"), d("0.3"));
        let total: Decimal = std::iter::repeat_n(d("0.01"), 9114).sum();
        assert_eq!(total, d("91.14"));
    }

    #[test]
    fn ratio_rounding_modes() {
        assert_eq!(Decimal::from_ratio(1, 8, 2, Rounding::HalfUp), d("0.13"));
        assert_eq!(Decimal::from_ratio(1, 8, 2, Rounding::Down), d("0.12"));
        assert_eq!(Decimal::from_ratio(1, 3, 2, Rounding::Up), d("0.34"));
        assert_eq!(Decimal::from_ratio(1, 3, 2, Rounding::HalfUp), d("0.33"));
        assert_eq!(Decimal::from_ratio(2, 3, 2, Rounding::HalfUp), d("0.67"));
        assert_eq!(Decimal::from_ratio(-1, 8, 2, Rounding::HalfUp), d("-0.13"));
    }

    #[test]
    fn percent_of_and_scaled() {
        assert_eq!(d("53.25").percent_of(d("70"), 2, Rounding::HalfUp), d("76.07"));
        assert_eq!(d("87.12").percent_of(d("100"), 2, Rounding::HalfUp), d("87.12"));
        // 45 of 50 dossiers × 2 points
        assert_eq!(d("2").scaled(45, 50, 2, Rounding::HalfUp), d("1.8"));
        assert_eq!(d("1").scaled(2, 3, 2, Rounding::Down), d("0.66"));
    }

    #[test]
    fn fixed_places_for_tables() {
        assert_eq!(d("20").fixed(2), "20.00");
        assert_eq!(d("0.125").fixed(2), "0.13");
        assert_eq!(d("91.14").canonical_comma(), "91,14");
    }

    #[test]
    fn json_accepts_strings_only() {
        assert_eq!(serde_json::from_str::<Decimal>("\"0.25\"").unwrap(), d("0.25"));
        assert!(serde_json::from_str::<Decimal>("0.25").is_err());
        assert_eq!(serde_json::to_string(&d("91.140")).unwrap(), "\"91.14\"");
    }
}
