//! `WS_TIMESPAN`: an exact count of 100-nanosecond ticks, written as a duration string.

use std::fmt;

/// A non-negative `WS_TIMESPAN`, exact to the 100-ns tick.
///
/// Written in files as a number and one unit: `"300ms"`, `"30s"`, `"5m"`, `"10h"`, `"1d"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timespan {
    ticks: i64,
}

const TICKS_PER_MS: i64 = 10_000;
/// The units of the duration syntax, largest first, with their size in ticks.
/// `ticks` (100 ns) is part of the endpoint format (docs/format.md), so that every FFI value round-trips.
const UNITS: [(&str, i64); 6] = [
    ("d", 864_000_000_000),
    ("h", 36_000_000_000),
    ("m", 600_000_000),
    ("s", 10_000_000),
    ("ms", TICKS_PER_MS),
    ("ticks", 1),
];

/// A duration string that cannot be a `WS_TIMESPAN`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimespanError {
    /// Not `<digits><unit>`.
    #[error("`{0}` is not a duration; write a whole number and one unit, e.g. \"300ms\", \"30s\", \"5m\", \"10h\" or \"1d\"")]
    Syntax(String),
    /// A leading minus sign.
    #[error("`{0}` is negative; a timespan must be zero or more")]
    Negative(String),
    /// The unit is not one of `ms`, `s`, `m`, `h`, `d`.
    #[error(
        "`{found}` has the unknown unit `{unit}`; use ms, s, m, h or d (or ticks, 100 ns each)"
    )]
    Unit {
        /// The whole input.
        found: String,
        /// The rejected unit.
        unit: String,
    },
    /// More ticks than an `i64` holds.
    #[error("`{0}` is too long; a timespan holds at most {max} days", max = i64::MAX / UNITS[0].1)]
    Overflow(String),
}

impl Timespan {
    /// Zero.
    pub const ZERO: Timespan = Timespan { ticks: 0 };

    /// From a raw tick count (100 ns each); negative counts are rejected.
    pub const fn from_ticks(ticks: i64) -> Option<Timespan> {
        if ticks < 0 {
            None
        } else {
            Some(Timespan { ticks })
        }
    }

    /// `n` milliseconds.
    pub const fn from_millis(n: u32) -> Timespan {
        Timespan {
            ticks: n as i64 * TICKS_PER_MS,
        }
    }

    /// `n` seconds.
    pub const fn from_secs(n: u32) -> Timespan {
        Timespan {
            ticks: n as i64 * 10_000_000,
        }
    }

    /// `n` minutes.
    pub const fn from_mins(n: u32) -> Timespan {
        Timespan {
            ticks: n as i64 * 600_000_000,
        }
    }

    /// `n` hours.
    pub const fn from_hours(n: u32) -> Timespan {
        Timespan {
            ticks: n as i64 * 36_000_000_000,
        }
    }

    /// The raw `WS_TIMESPAN` tick count.
    pub const fn ticks(self) -> i64 {
        self.ticks
    }

    /// Parses `"<digits><unit>"`.
    pub fn parse(text: &str) -> Result<Timespan, TimespanError> {
        let trimmed = text.trim();
        if trimmed.starts_with('-') {
            return Err(TimespanError::Negative(text.to_owned()));
        }
        let digits_end = trimmed
            .find(|c: char| !c.is_ascii_digit() && c != '_')
            .unwrap_or(trimmed.len());
        let (digits, unit) = trimmed.split_at(digits_end);
        let digits: String = digits.chars().filter(|c| *c != '_').collect();
        if digits.is_empty() {
            return Err(TimespanError::Syntax(text.to_owned()));
        }
        let unit = unit.trim();
        if unit.is_empty() {
            return Err(TimespanError::Syntax(text.to_owned()));
        }
        let size = UNITS
            .iter()
            .find(|(u, _)| *u == unit)
            .map(|(_, size)| *size)
            .ok_or_else(|| TimespanError::Unit {
                found: text.to_owned(),
                unit: unit.to_owned(),
            })?;
        let count: i64 = digits
            .parse()
            .map_err(|_| TimespanError::Overflow(text.to_owned()))?;
        count
            .checked_mul(size)
            .map(|ticks| Timespan { ticks })
            .ok_or_else(|| TimespanError::Overflow(text.to_owned()))
    }
}

/// The largest unit that divides the value exactly, so nothing is ever rounded.
impl fmt::Display for Timespan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ticks == 0 {
            return f.write_str("0s");
        }
        for (unit, size) in UNITS {
            if self.ticks % size == 0 {
                return write!(f, "{}{unit}", self.ticks / size);
            }
        }
        write!(f, "{}ticks", self.ticks)
    }
}

impl std::str::FromStr for Timespan {
    type Err = TimespanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Timespan::parse(s)
    }
}

#[cfg(feature = "files")]
impl serde::Serialize for Timespan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
