//! How time is cut into buckets: the scales from days to millennia, the first day of the week,
//! the calendar whose months and years the bars are (Gregorian or Hijri), and the arithmetic
//! between a day and the bucket that holds it.

use crate::direction::primary_language;
use crate::hijri::{day_of_jd, hijri_of, month_start, month_start_jd};
use time::{Date, Month, Weekday};

/// The width of one bar, finest first.
///
/// Decades, centuries and millennia are there for spans no archive has but a typo'd year
/// gives (`0202` among the 2020s, `9999`): with them every span, up to the whole calendar,
/// fits in a bounded number of bars (twenty millennia at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scale {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Scale {
    /// All scales, finest first: the order in which a fitting scale is looked for.
    pub const ALL: [Scale; 7] =
        [Scale::Day, Scale::Week, Scale::Month, Scale::Year, Scale::Decade, Scale::Century, Scale::Millennium];

    /// The coarsest scale: the one a span too long for every other gets.
    pub const COARSEST: Scale = Scale::Millennium;
}

/// The week a reader expects for `lang`.
///
/// Arabic weeks start on Saturday: CLDR gives Saturday as the first day for most Arabic-speaking
/// regions (Egypt, Syria, Iraq, Jordan, Sudan, Algeria, Libya and the Gulf states but Saudi
/// Arabia), and Arab wall calendars print it first. Everything else gets the ISO 8601 Monday.
/// The choice is only a default: `Grid::week_start` takes any weekday.
pub fn default_week_start(lang: &str) -> Weekday {
    if primary_language(lang) == "ar" {
        Weekday::Saturday
    } else {
        Weekday::Monday
    }
}

/// One bucket of a grid, numbered so that neighbours differ by one: pan and range arithmetic
/// are plain integer arithmetic, whatever the scale.
///
/// The number means a Julian day for `Day`, a week count from the Julian epoch for `Week`,
/// `year * 12 + month - 1` for `Month`, the year for `Year` and the year divided by the scale's
/// years (rounding down, so year 0 starts a decade) above it, the years and months being Hijri
/// ones in a Hijri grid; it only makes sense together with its grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bucket(pub i32);

/// A scale and the first day of its weeks: everything needed to put a day into a bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Grid {
    pub scale: Scale,
    /// Used by `Scale::Week` only; kept for all scales so that switching scale keeps it.
    pub week_start: Weekday,
    /// Months and years are the Hijri calendar's (Umm al-Qura, computed); days and weeks are
    /// the same days in both calendars.
    pub hijri: bool,
}

impl Grid {
    pub fn new(scale: Scale, week_start: Weekday) -> Grid {
        Grid { scale, week_start, hijri: false }
    }

    /// The same grid in the Hijri calendar, or the Gregorian one.
    pub fn in_hijri(self, hijri: bool) -> Grid {
        Grid { hijri, ..self }
    }

    /// The year, month (1–12) and day of the month of `day` in the grid's calendar.
    pub fn ymd(self, day: Date) -> (i32, u8, u8) {
        if self.hijri {
            let h = hijri_of(day);
            (h.year, h.month, h.day)
        } else {
            (day.year(), u8::from(day.month()), day.day())
        }
    }

    /// The same weeks at another scale.
    pub fn with_scale(self, scale: Scale) -> Grid {
        Grid { scale, ..self }
    }

    /// The bucket that holds `day`.
    pub fn bucket_of(self, day: Date) -> Bucket {
        if self.hijri && self.scale >= Scale::Month {
            let (year, month, _) = self.ymd(day);
            return Bucket(match self.scale {
                Scale::Month => year * 12 + i32::from(month) - 1,
                _ => year.div_euclid(self.years_a_bucket()),
            });
        }
        Bucket(match self.scale {
            Scale::Day => day.to_julian_day(),
            // Julian day 0 is a Monday, so shifting by the start's distance from Monday
            // makes every seventh day, counted from the epoch, a first day of the week.
            Scale::Week => (day.to_julian_day() - self.week_offset()).div_euclid(7),
            Scale::Month => day.year() * 12 + i32::from(u8::from(day.month())) - 1,
            Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => {
                day.year().div_euclid(self.years_a_bucket())
            }
        })
    }

    /// The first day of `bucket`, clamped to the calendar `time` can represent.
    pub fn first_day(self, bucket: Bucket) -> Date {
        let b = self.clamp(bucket).0;
        if self.hijri && self.scale >= Scale::Month {
            return match self.scale {
                Scale::Month => month_start(b.div_euclid(12), b.rem_euclid(12) as u8 + 1),
                _ => month_start(b * self.years_a_bucket(), 1),
            };
        }
        match self.scale {
            Scale::Day => julian(b),
            Scale::Week => julian(b * 7 + self.week_offset()),
            Scale::Month => calendar(b.div_euclid(12), b.rem_euclid(12), |_, _| 1),
            Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => {
                calendar(b * self.years_a_bucket(), 0, |_, _| 1)
            }
        }
    }

    /// The last day of `bucket` (inclusive), clamped like `first_day`.
    pub fn last_day(self, bucket: Bucket) -> Date {
        let b = self.clamp(bucket).0;
        if self.hijri && self.scale >= Scale::Month {
            // The day before the next bucket's first.
            let next = match self.scale {
                Scale::Month => month_start_jd((b + 1).div_euclid(12), (b + 1).rem_euclid(12) as u8 + 1),
                _ => month_start_jd((b + 1) * self.years_a_bucket(), 1),
            };
            return day_of_jd(next - 1);
        }
        match self.scale {
            Scale::Day => julian(b),
            Scale::Week => julian(b * 7 + self.week_offset() + 6),
            Scale::Month => calendar(b.div_euclid(12), b.rem_euclid(12), |m, y| m.length(y)),
            Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => {
                calendar(b * self.years_a_bucket() + self.years_a_bucket() - 1, 11, |_, _| 31)
            }
        }
    }

    /// `bucket` moved by `by`, kept among the buckets that hold representable days.
    pub fn offset(self, bucket: Bucket, by: i32) -> Bucket {
        self.clamp(Bucket(bucket.0.saturating_add(by)))
    }

    fn clamp(self, bucket: Bucket) -> Bucket {
        bucket.clamp(self.bucket_of(Date::MIN), self.bucket_of(Date::MAX))
    }

    /// How many years one bucket holds, for the scales of whole years.
    fn years_a_bucket(self) -> i32 {
        match self.scale {
            Scale::Decade => 10,
            Scale::Century => 100,
            Scale::Millennium => 1000,
            Scale::Day | Scale::Week | Scale::Month | Scale::Year => 1,
        }
    }

    fn week_offset(self) -> i32 {
        i32::from(self.week_start.number_days_from_monday())
    }
}

fn julian(day: i32) -> Date {
    let day = day.clamp(Date::MIN.to_julian_day(), Date::MAX.to_julian_day());
    Date::from_julian_day(day).unwrap_or(Date::MIN)
}

/// A day of `year` and the zero-based `month`, the day chosen from the month and year; a year
/// before the calendar's first (the first millennium bucket starts at -10000) gives its first day.
fn calendar(year: i32, month: i32, day: impl Fn(Month, i32) -> u8) -> Date {
    let month = Month::January.nth_next(month as u8);
    Date::from_calendar_date(year, month, day(month, year)).unwrap_or(Date::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse_day, write_day};
    use expect_test::{expect, Expect};
    use std::fmt::Write;

    /// The bucket of each day, written as its first and last day.
    fn check(grid: Grid, days: &[&str], expect: Expect) {
        let mut out = String::new();
        for day in days {
            let b = grid.bucket_of(parse_day(day).unwrap());
            write!(out, "{day} -> ").unwrap();
            write_day(&mut out, grid.first_day(b)).unwrap();
            out.push_str("..");
            write_day(&mut out, grid.last_day(b)).unwrap();
            out.push('\n');
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn leap_years_and_year_boundaries() {
        let month = Grid::new(Scale::Month, Weekday::Monday);
        check(
            month,
            &["2024-02-10", "2023-02-10", "1900-02-01", "2000-02-29", "2021-12-31", "2022-01-01"],
            expect![[r#"
                2024-02-10 -> 2024-02-01..2024-02-29
                2023-02-10 -> 2023-02-01..2023-02-28
                1900-02-01 -> 1900-02-01..1900-02-28
                2000-02-29 -> 2000-02-01..2000-02-29
                2021-12-31 -> 2021-12-01..2021-12-31
                2022-01-01 -> 2022-01-01..2022-01-31
            "#]],
        );
        check(
            Grid::new(Scale::Year, Weekday::Monday),
            &["2024-02-29", "0001-06-01"],
            expect![[r#"
                2024-02-29 -> 2024-01-01..2024-12-31
                0001-06-01 -> 0001-01-01..0001-12-31
            "#]],
        );
    }

    #[test]
    fn weeks_start_on_the_chosen_day_and_cross_years() {
        // 2022-01-17 is a Monday; 2021-12-31 a Friday.
        let days = ["2022-01-17", "2022-01-23", "2022-01-15", "2021-12-31", "2022-01-01"];
        check(
            Grid::new(Scale::Week, Weekday::Monday),
            &days,
            expect![[r#"
                2022-01-17 -> 2022-01-17..2022-01-23
                2022-01-23 -> 2022-01-17..2022-01-23
                2022-01-15 -> 2022-01-10..2022-01-16
                2021-12-31 -> 2021-12-27..2022-01-02
                2022-01-01 -> 2021-12-27..2022-01-02
            "#]],
        );
        check(
            Grid::new(Scale::Week, Weekday::Saturday),
            &days,
            expect![[r#"
                2022-01-17 -> 2022-01-15..2022-01-21
                2022-01-23 -> 2022-01-22..2022-01-28
                2022-01-15 -> 2022-01-15..2022-01-21
                2021-12-31 -> 2021-12-25..2021-12-31
                2022-01-01 -> 2022-01-01..2022-01-07
            "#]],
        );
    }

    #[test]
    fn neighbouring_buckets_differ_by_one() {
        for (scale, hijri) in Scale::ALL.into_iter().flat_map(|s| [(s, false), (s, true)]) {
            let grid = Grid::new(scale, Weekday::Sunday).in_hijri(hijri);
            let b = grid.bucket_of(parse_day("2020-12-31").unwrap());
            let next = grid.offset(b, 1);
            assert_eq!(grid.first_day(next), grid.last_day(b).next_day().unwrap(), "{scale:?} {hijri}");
            assert_eq!(grid.bucket_of(grid.first_day(next)), next, "{scale:?} {hijri}");
            assert_eq!(grid.bucket_of(grid.last_day(b)), b, "{scale:?} {hijri}");
        }
    }

    #[test]
    fn hijri_months_and_years_start_where_the_calendar_does() {
        let month = Grid::new(Scale::Month, Weekday::Saturday).in_hijri(true);
        check(
            month,
            &["2023-03-23", "2023-04-20", "2023-04-21", "2024-07-06", "2024-07-07"],
            expect![[r#"
                2023-03-23 -> 2023-03-23..2023-04-20
                2023-04-20 -> 2023-03-23..2023-04-20
                2023-04-21 -> 2023-04-21..2023-05-20
                2024-07-06 -> 2024-06-07..2024-07-06
                2024-07-07 -> 2024-07-07..2024-08-04
            "#]],
        );
        check(
            month.with_scale(Scale::Year),
            &["2023-07-18", "2023-07-19"],
            expect![[r#"
                2023-07-18 -> 2022-07-30..2023-07-18
                2023-07-19 -> 2023-07-19..2024-07-06
            "#]],
        );
    }

    #[test]
    fn the_ends_of_the_calendar_clamp() {
        for scale in [Scale::Month, Scale::Millennium] {
            let grid = Grid::new(scale, Weekday::Saturday).in_hijri(true);
            let (first, last) = (grid.bucket_of(Date::MIN), grid.bucket_of(Date::MAX));
            assert_eq!((grid.offset(last, 10), grid.offset(first, -10)), (last, first));
            assert_eq!((grid.first_day(first), grid.last_day(last)), (Date::MIN, Date::MAX));
        }
        let grid = Grid::new(Scale::Week, Weekday::Saturday);
        let last = grid.bucket_of(Date::MAX);
        assert_eq!(grid.offset(last, 10), last);
        assert_eq!(grid.last_day(last), Date::MAX);
        let first = grid.bucket_of(Date::MIN);
        assert_eq!(grid.offset(first, -10), first);
        assert_eq!(grid.first_day(first), Date::MIN);
    }

    #[test]
    fn arabic_weeks_start_on_saturday() {
        assert_eq!(default_week_start("ar-SY"), Weekday::Saturday);
        assert_eq!(default_week_start("en"), Weekday::Monday);
    }
}
