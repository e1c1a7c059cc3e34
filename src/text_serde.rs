//! Values that JSON carries as strings (decimals, times): read through their `FromStr`, with a
//! message that says what the string should look like. A JSON number is refused: a decimal would
//! already have passed through a binary float.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{Deserializer, Error, Visitor};

struct FromText<T> {
    expecting: &'static str,
    value: PhantomData<T>,
}

impl<T: FromStr> Visitor<'_> for FromText<T>
where
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
        text.parse().map_err(E::custom)
    }
}

/// Deserializes a `T` from a string; `expecting` completes "expected …" in errors.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: FromStr>(
    deserializer: D,
    expecting: &'static str,
) -> Result<T, D::Error>
where
    T::Err: fmt::Display,
{
    deserializer.deserialize_str(FromText { expecting, value: PhantomData })
}
