//! Calendar dates as the bundle writes them: `YYYY-MM-DD`, optionally with a time of day.
//!
//! The calendar arithmetic (leap years, weekdays) is the `time` crate's; this module owns the
//! grammar of the bundle's date strings and their canonical spelling.

use std::fmt;
use time::{Date, Month, Time, UtcOffset};

/// A publication date: a calendar day, and optionally the time and the zone it was given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArticleDate {
    pub day: Date,
    pub time: Option<Time>,
    pub offset: Option<UtcOffset>,
}

impl PartialOrd for ArticleDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Dates order by day, then time of day as written (zones are not converted: a reader thinks in
/// the publisher's calendar, and a day must not move because of a zone).
impl Ord for ArticleDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.day, self.time).cmp(&(other.day, other.time))
    }
}

/// Why a date string was refused; the message says what a valid one looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

const EXPECTED: &str = "write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM";

impl ArticleDate {
    /// A date with no time of day.
    pub fn from_day(day: Date) -> Self {
        ArticleDate { day, time: None, offset: None }
    }

    /// Parses the bundle's date grammar; anything else is refused with a message saying why.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let refuse = |why: &str| DateError(format!("\"{text}\" is not a date: {why}; {EXPECTED}"));
        let (day_part, rest) = match text.find(['T', ' ']) {
            Some(at) => (&text[..at], Some(&text[at + 1..])),
            None => (text, None),
        };
        let day = parse_day(day_part).map_err(|why| refuse(&why))?;
        let Some(rest) = rest else {
            return Ok(ArticleDate::from_day(day));
        };
        let (clock, zone) = match rest.find(['Z', 'z', '+', '-']) {
            Some(at) => (&rest[..at], Some(&rest[at..])),
            None => (rest, None),
        };
        let time = parse_clock(clock).map_err(|why| refuse(&why))?;
        let offset = zone.map(parse_zone).transpose().map_err(|why| refuse(&why))?;
        Ok(ArticleDate { day, time: Some(time), offset })
    }
}

/// Parses `YYYY-MM-DD`, checking that the day exists in that month.
pub fn parse_day(text: &str) -> Result<Date, String> {
    let mut parts = text.split('-');
    let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err("the day must have a year, a month and a day joined by '-'".into());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err("the year takes four digits, the month and the day two each".into());
    }
    let year: i32 = digits(y).ok_or("the year is not a number")?;
    let month: u8 = digits(m).ok_or("the month is not a number")?;
    let day: u8 = digits(d).ok_or("the day is not a number")?;
    let month = Month::try_from(month).map_err(|_| format!("there is no month {month}"))?;
    Date::from_calendar_date(year, month, day).map_err(|_| format!("{month} {year} has no day {day}"))
}

fn parse_clock(text: &str) -> Result<Time, String> {
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2) {
        return Err("the time must be HH:MM or HH:MM:SS".into());
    }
    let field = |i: usize| -> Result<u8, String> {
        parts.get(i).map_or(Ok(0), |p| digits(p).ok_or_else(|| "the time is not a number".into()))
    };
    Time::from_hms(field(0)?, field(1)?, field(2)?).map_err(|_| "the time of day is out of range".into())
}

fn parse_zone(text: &str) -> Result<UtcOffset, String> {
    if text.eq_ignore_ascii_case("z") {
        return Ok(UtcOffset::UTC);
    }
    if !text.starts_with(['+', '-']) {
        return Err("the zone must be Z or ±HH:MM".into());
    }
    let sign: i8 = if text.starts_with('-') { -1 } else { 1 };
    let body = &text[1..];
    let (h, m) = body.split_once(':').unwrap_or((body, "00"));
    if h.len() != 2 || m.len() != 2 {
        return Err("the zone must be Z or ±HH:MM".into());
    }
    let hours: i8 = digits(h).ok_or("the zone is not a number")?;
    let minutes: i8 = digits(m).ok_or("the zone is not a number")?;
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).map_err(|_| "the zone is out of range".into())
}

/// Parses ASCII digits only (`str::parse` would also take a sign).
fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// The canonical spelling, which `parse` reads back to the same value.
impl fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write_day(f, self.day)?;
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}", t.hour(), t.minute())?;
            if t.second() != 0 {
                write!(f, ":{:02}", t.second())?;
            }
            match self.offset {
                Some(o) if o.is_utc() => f.write_str("Z")?,
                Some(o) => {
                    let sign = if o.is_negative() { '-' } else { '+' };
                    write!(f, "{sign}{:02}:{:02}", o.whole_hours().abs(), o.minutes_past_hour().abs())?
                }
                None => {}
            }
        }
        Ok(())
    }
}

/// Writes a day as `YYYY-MM-DD`.
pub fn write_day(f: &mut impl fmt::Write, day: Date) -> fmt::Result {
    write!(f, "{:04}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        let actual = match ArticleDate::parse(input) {
            Ok(d) => format!("ok {d}"),
            Err(e) => format!("err {e}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn accepts_the_grammar_and_writes_it_back_canonically() {
        check("2022-01-31", expect!["ok 2022-01-31"]);
        check("2024-02-29", expect!["ok 2024-02-29"]);
        check("2022-01-31T09:05", expect!["ok 2022-01-31T09:05"]);
        check("2022-01-31T09:05:07Z", expect!["ok 2022-01-31T09:05:07Z"]);
        check("2022-01-31T09:05:00+03:00", expect!["ok 2022-01-31T09:05+03:00"]);
        check("2022-01-31 21:43-04:30", expect!["ok 2022-01-31T21:43-04:30"]);
    }

    #[test]
    fn refuses_what_is_not_a_date_and_says_why() {
        check(
            "2023-02-29",
            expect![[
                r#"err "2023-02-29" is not a date: February 2023 has no day 29; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "31/01/2022",
            expect![[
                r#"err "31/01/2022" is not a date: the day must have a year, a month and a day joined by '-'; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "2022-1-31",
            expect![[
                r#"err "2022-1-31" is not a date: the year takes four digits, the month and the day two each; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "2022-13-01",
            expect![[
                r#"err "2022-13-01" is not a date: there is no month 13; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "2022-01-31T25:00",
            expect![[
                r#"err "2022-01-31T25:00" is not a date: the time of day is out of range; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "",
            expect![[
                r#"err "" is not a date: the day must have a year, a month and a day joined by '-'; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "٢٠٢٢-٠١-٣١",
            expect![[
                r#"err "٢٠٢٢-٠١-٣١" is not a date: the year takes four digits, the month and the day two each; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
        check(
            "+022-01-31",
            expect![[
                r#"err "+022-01-31" is not a date: the year is not a number; write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS and Z or ±HH:MM"#
            ]],
        );
    }
}
