//! Civil dates (proleptic Gregorian, no time of day, no time zone): what a citizen types in a form
//! and what the statutory clock counts.
//!
//! A [`Date`] is a count of days since 1970-01-01, converted to and from year, month and day with
//! Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
//! (<https://howardhinnant.github.io/date_algorithms.html>). On the wire it is the ISO string
//! `YYYY-MM-DD`; citizens read and type it as `DD-MM-YYYY`.

use crate::domain::validate::normalise_digits;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Date(i32);

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// सोमवार
    Monday,
    /// मंगलवार
    Tuesday,
    /// बुधवार
    Wednesday,
    /// गुरुवार
    Thursday,
    /// शुक्रवार
    Friday,
    /// शनिवार
    Saturday,
    /// रविवार
    Sunday,
}

impl Weekday {
    /// All seven days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday is 1, Sunday is 7 (ISO 8601).
    pub fn number_from_monday(self) -> u32 {
        match self {
            Weekday::Monday => 1,
            Weekday::Tuesday => 2,
            Weekday::Wednesday => 3,
            Weekday::Thursday => 4,
            Weekday::Friday => 5,
            Weekday::Saturday => 6,
            Weekday::Sunday => 7,
        }
    }

    /// The English name in lowercase: `monday`.
    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    /// Reads an English day name, whole or its first three letters, in any case: `Sunday`, `sat`.
    pub fn parse(text: &str) -> Option<Weekday> {
        let text = text.trim().to_ascii_lowercase();
        Weekday::ALL.into_iter().find(|day| {
            day.as_str() == text || (text.len() == 3 && day.as_str().starts_with(&text))
        })
    }
}

/// Why typed text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateParseError {
    /// Not shaped like DD-MM-YYYY (or the year is outside 1900–2100, taken as a typo).
    #[error("not a date in the form DD-MM-YYYY")]
    Format,
    /// Shaped right, but no such day: 30-02-2024, month 13, day 0.
    #[error("no such day in the calendar")]
    NotReal,
}

/// Years the citizen-facing parser accepts.
const TYPED_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Whether a year has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a month of a year (0 for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Hinnant's `days_from_civil`: days since 1970-01-01 of a valid year, month and day.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Hinnant's `civil_from_days`: year, month and day of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// The earliest representable day (about 5.8 million years before 1970).
    pub const MIN: Date = Date(i32::MIN);
    /// The latest representable day.
    pub const MAX: Date = Date(i32::MAX);

    /// The day with this year, month (1–12) and day of month; `None` when there is no such day
    /// (31 April, 29 February of a common year) or it is beyond the representable range.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
        i32::try_from(days).ok().map(Date)
    }

    /// Year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let (year, month, day) = civil_from_days(i64::from(self.0));
        // Every i32 day count lies within ±5.9 million years, so the year fits an i32.
        (year as i32, month, day)
    }

    /// The day this many days after 1970-01-01 (before it when negative), held within
    /// [`Date::MIN`]..=[`Date::MAX`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        Date(days.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        i64::from(self.0)
    }

    /// The calendar day in India (UTC+5:30) at a Unix time: the day the legal clock counts.
    pub fn in_india(seconds: i64) -> Date {
        Date::from_unix_seconds(seconds + 19_800)
    }

    /// The UTC day of a Unix time in seconds.
    pub fn from_unix_seconds(seconds: i64) -> Date {
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    /// The day `days` days later (earlier when negative), held within the representable range.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }

    /// Days from this day to `other`: positive when `other` is later.
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    /// Reads a date as citizens type it: day, month, year separated by `-`, `/` or `.` (the same
    /// one both times), day and month with one or two digits, a four-digit year in 1900–2100,
    /// ASCII or Devanagari digits, spaces around: `05-03-2026`, `5/3/2026`, `०५.०३.२०२६`.
    pub fn parse_dmy(text: &str) -> Result<Date, DateParseError> {
        let text = normalise_digits(text.trim());
        let separator = text
            .chars()
            .find(|c| matches!(c, '-' | '/' | '.'))
            .ok_or(DateParseError::Format)?;
        let parts: Vec<&str> = text.split(separator).collect();
        let [day, month, year] = parts[..] else {
            return Err(DateParseError::Format);
        };
        let number = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
            if lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u32>().map_err(|_| DateParseError::Format)
            } else {
                Err(DateParseError::Format)
            }
        };
        let (day, month, year) = (
            number(day, 1..=2)?,
            number(month, 1..=2)?,
            number(year, 4..=4)?,
        );
        let year = year as i32;
        if !TYPED_YEARS.contains(&year) {
            return Err(DateParseError::Format);
        }
        Date::from_ymd(year, month, day).ok_or(DateParseError::NotReal)
    }

    /// The date as citizens read it: `05-03-2026`.
    pub fn format_dmy(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{day:02}-{month:02}-{year:04}")
    }

    /// Reads the ISO form `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits_at = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = digits_at(0..4)? as i32;
        Date::from_ymd(year, digits_at(5..7)?, digits_at(8..10)?)
    }

    /// The ISO form `YYYY-MM-DD`, as stored and sent. Years outside 0–9999 do not read back.
    pub fn to_iso(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{year:04}-{month:02}-{day:02}")
    }
}

impl fmt::Display for Date {
    /// The ISO form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_iso()
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(text: String) -> Result<Date, String> {
        Date::parse_iso(&text).ok_or_else(|| format!("`{text}` is not a YYYY-MM-DD date"))
    }
}

#[cfg(test)]
mod tests;
