//! `created` times: RFC 3339 in UTC to the second (`2026-01-15T08:30:00Z`), the one form a score
//! file allows. No clock is read here: the shells pass the time in (std's clock panics on wasm32).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A moment in UTC, whole seconds, years 1970–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

const SECONDS_PER_DAY: i64 = 86_400;
/// 9999-12-31T23:59:59Z.
const LAST: i64 = 253_402_300_799;

impl Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z; `None` outside years 1970–9999.
    pub fn from_unix(seconds: i64) -> Option<Timestamp> {
        (0..=LAST).contains(&seconds).then_some(Timestamp(seconds))
    }

    pub fn unix(self) -> i64 {
        self.0
    }

    /// The machine's clock (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn now() -> Timestamp {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(LAST));
        Timestamp(seconds.min(LAST))
    }

    /// Reads exactly `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339, UTC, no fraction, no offset).
    pub fn parse(text: &str) -> Result<Timestamp, String> {
        let wrong = || format!("\"{text}\" is not a UTC time written as YYYY-MM-DDTHH:MM:SSZ");
        let b = text.as_bytes();
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return Err(wrong());
        }
        let number = |from: usize, to: usize| -> Result<i64, String> {
            let digits = &b[from..to];
            if !digits.iter().all(u8::is_ascii_digit) {
                return Err(wrong());
            }
            Ok(digits.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
        };
        let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
        let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
        if year < 1970 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return Err(wrong());
        }
        // Leap seconds (:60) are refused: no clock that signs a file reports one.
        if hour > 23 || minute > 59 || second > 59 {
            return Err(wrong());
        }
        let days = days_from_civil(year, month, day);
        Ok(Timestamp(days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second))
    }

    pub fn rfc3339(self) -> String {
        let days = self.0.div_euclid(SECONDS_PER_DAY);
        let secs = self.0.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// The year, for file names and checks.
    pub fn year(self) -> i64 {
        civil_from_days(self.0.div_euclid(SECONDS_PER_DAY)).0
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

impl std::str::FromStr for Timestamp {
    type Err = String;
    fn from_str(s: &str) -> Result<Timestamp, String> {
        Timestamp::parse(s)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        crate::text_serde::deserialize(deserializer, "a UTC time written as YYYY-MM-DDTHH:MM:SSZ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_known_instants() {
        for (text, unix) in [
            ("1970-01-01T00:00:00Z", 0),
            ("2000-02-29T12:34:56Z", 951_827_696),
            ("2023-02-24T23:36:38Z", 1_677_281_798),
            ("2026-01-15T08:30:00Z", 1_768_465_800),
            ("9999-12-31T23:59:59Z", LAST),
        ] {
            let t = Timestamp::parse(text).unwrap();
            assert_eq!(t.unix(), unix, "{text}");
            assert_eq!(t.rfc3339(), text);
        }
    }

    #[test]
    fn refuses_every_other_form() {
        for bad in [
            "2026-01-15T08:30:00+07:00",
            "2026-01-15T08:30:00.5Z",
            "2026-01-15 08:30:00Z",
            "2026-01-15t08:30:00z",
            "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-01-15T24:00:00Z",
            "2026-01-15T23:59:60Z",
            "1969-12-31T23:59:59Z",
            "２026-01-15T08:30:00Z",
            "",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
    }
}
