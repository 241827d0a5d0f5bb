//! The dates of a set of articles (say, the current search hits) reduced once to counts per day,
//! so that every later view change costs a few binary searches, not a pass over the articles.

use super::range::DateRange;
use time::Date;

/// How many articles fall on each day, and how many have no date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DayCounts {
    /// The days that have articles, strictly increasing.
    days: Vec<Date>,
    /// `before[i]` counts the articles on `days[..i]`; one longer than `days`.
    before: Vec<u32>,
    undated: u32,
}

/// Above this many days per date, counting into one slot per day of the extent would waste
/// memory on empty days (far outliers), and sorting the dates is cheaper.
const DENSE_DAYS_PER_DATE: usize = 8;

impl DayCounts {
    /// Counts the dates; `None` is an undated article, counted apart.
    pub fn new(dates: impl IntoIterator<Item = Option<Date>>) -> DayCounts {
        let dates = dates.into_iter();
        let mut undated = 0;
        let mut keys: Vec<i32> = Vec::with_capacity(dates.size_hint().0);
        // The extent is taken in the same pass: one pass over the articles is the bulk of the cost.
        let (mut min, mut max) = (i32::MAX, i32::MIN);
        for date in dates {
            match date {
                Some(day) => {
                    let key = day_key(day);
                    (min, max) = (min.min(key), max.max(key));
                    keys.push(key);
                }
                None => undated += 1,
            }
        }
        let runs = if keys.is_empty() { Vec::new() } else { runs_of_keys(keys, min, max) };
        let mut days = Vec::with_capacity(runs.len());
        let mut before = Vec::with_capacity(runs.len() + 1);
        let mut total = 0u32;
        before.push(0);
        for (key, count) in runs {
            days.push(key_day(key));
            total += count;
            before.push(total);
        }
        DayCounts { days, before, undated }
    }

    /// Articles without a date.
    pub fn undated(&self) -> u32 {
        self.undated
    }

    /// Articles with a date.
    pub fn dated(&self) -> u32 {
        self.before[self.days.len()]
    }

    /// The first and last day that have articles; `None` when no article has a date.
    pub fn extent(&self) -> Option<DateRange> {
        Some(DateRange { from: *self.days.first()?, to: *self.days.last()? })
    }

    /// Articles dated from `from` to `to`, both included.
    pub fn count_in(&self, range: DateRange) -> u32 {
        self.before[self.days.partition_point(|&d| d <= range.to)]
            - self.before[self.days.partition_point(|&d| d < range.from)]
    }

    /// Articles dated before `day`.
    pub(super) fn count_before(&self, day: Date) -> u32 {
        self.before[self.days.partition_point(|&d| d < day)]
    }

    /// The day of the article at `rank` (zero-based) in date order.
    fn day_at_rank(&self, rank: u32) -> Date {
        let i = self.before.partition_point(|&b| b <= rank) - 1;
        self.days[i.min(self.days.len() - 1)]
    }

    /// The extent without far outliers; `None` when no article has a date.
    ///
    /// The bulk is the dates between the 1st and 99th percentiles that also lie within three
    /// interquartile ranges (at least a month) of the quartiles: the percentiles drop a
    /// scatter of stray years in a large archive, the fences a single typo in a small one.
    /// From the bulk the range then grows over every further day that is close to the last
    /// (within four times the bulk's mean spacing, at least a month), so the thin but
    /// continuous start of an archive stays in while isolated dates far away stay out.
    pub fn robust_extent(&self) -> Option<DateRange> {
        let n = self.dated();
        if n == 0 {
            return None;
        }
        let rank_day = |rank: u32| self.day_at_rank(rank).to_julian_day();
        let (q1, q3) = (rank_day((n - 1) / 4), rank_day((n - 1) * 3 / 4));
        let reach = (3 * (q3 - q1)).max(31);
        let trim = n / 100;
        let low = rank_day(trim).max(q1 - reach);
        let high = rank_day(n - 1 - trim).min(q3 + reach);
        let lo = self.days.partition_point(|d| d.to_julian_day() < low);
        let hi = self.days.partition_point(|d| d.to_julian_day() <= high) - 1;
        let bulk_days = self.days[hi].to_julian_day() - self.days[lo].to_julian_day();
        let gap_limit = (4 * bulk_days / (hi - lo).max(1) as i32).max(31);
        let gap = |a: Date, b: Date| b.to_julian_day() - a.to_julian_day();
        let mut from = lo;
        while from > 0 && gap(self.days[from - 1], self.days[from]) <= gap_limit {
            from -= 1;
        }
        let mut to = hi;
        while to + 1 < self.days.len() && gap(self.days[to], self.days[to + 1]) <= gap_limit {
            to += 1;
        }
        Some(DateRange { from: self.days[from], to: self.days[to] })
    }
}

/// A number for each day, increasing with it, read straight from the year and the day of the
/// year that `Date` stores: cheaper than a Julian day, and only one slot a year goes unused.
fn day_key(day: Date) -> i32 {
    let (year, ordinal) = day.to_ordinal_date();
    year * 366 + i32::from(ordinal) - 1
}

fn key_day(key: i32) -> Date {
    // Every key here came from a `Date`, so it converts back.
    Date::from_ordinal_date(key.div_euclid(366), key.rem_euclid(366) as u16 + 1).unwrap_or(Date::MIN)
}

/// The distinct day keys, increasing, each with how many dates fall on it; `keys` is not
/// empty and lies within `min..=max`.
fn runs_of_keys(mut keys: Vec<i32>, min: i32, max: i32) -> Vec<(i32, u32)> {
    let span = (max - min) as usize + 1;
    if span <= keys.len().saturating_mul(DENSE_DAYS_PER_DATE) {
        let mut slots = vec![0u32; span];
        for key in &keys {
            slots[(key - min) as usize] += 1;
        }
        let keyed = (min..=max).zip(slots);
        keyed.filter(|&(_, count)| count > 0).collect()
    } else {
        keys.sort_unstable();
        let mut runs: Vec<(i32, u32)> = Vec::new();
        for key in keys {
            match runs.last_mut() {
                Some((last, count)) if *last == key => *count += 1,
                _ => runs.push((key, 1)),
            }
        }
        runs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse_day, write_day};
    use expect_test::{expect, Expect};

    fn counts(days: &[&str]) -> DayCounts {
        DayCounts::new(days.iter().map(|d| (!d.is_empty()).then(|| parse_day(d).unwrap())))
    }

    fn show(range: Option<DateRange>) -> String {
        let mut out = String::new();
        match range {
            Some(r) => {
                write_day(&mut out, r.from).unwrap();
                out.push_str("..");
                write_day(&mut out, r.to).unwrap();
            }
            None => out.push_str("none"),
        }
        out
    }

    /// Extent and robust extent of dates written as `YYYY-MM-DD*count`.
    fn check(spec: &[&str], expect: Expect) {
        let mut days = Vec::new();
        for item in spec {
            let (day, n) = item.split_once('*').unwrap_or((item, "1"));
            days.extend(std::iter::repeat_n(day, n.parse().unwrap()));
        }
        let c = counts(&days);
        let actual = format!(
            "dated {} undated {} extent {} robust {}",
            c.dated(),
            c.undated(),
            show(c.extent()),
            show(c.robust_extent())
        );
        expect.assert_eq(&actual);
    }

    #[test]
    fn extents_keep_the_bulk_and_drop_far_outliers() {
        check(&[], expect!["dated 0 undated 0 extent none robust none"]);
        check(&["*3"], expect!["dated 0 undated 3 extent none robust none"]);
        check(
            &["2022-01-31"],
            expect!["dated 1 undated 0 extent 2022-01-31..2022-01-31 robust 2022-01-31..2022-01-31"],
        );
        check(
            &["2022-01-31*50", "2022-02-01"],
            expect!["dated 51 undated 0 extent 2022-01-31..2022-02-01 robust 2022-01-31..2022-02-01"],
        );
        // A typo in a small archive.
        check(
            &["2022-01-31*5", "1900-01-31"],
            expect!["dated 6 undated 0 extent 1900-01-31..2022-01-31 robust 2022-01-31..2022-01-31"],
        );
        check(
            &["1900-01-01", "2013-01-05*20", "2015-06-01*40", "2018-12-30*20", "2099-12-31*2", "*4"],
            expect!["dated 83 undated 4 extent 1900-01-01..2099-12-31 robust 2013-01-05..2018-12-30"],
        );
    }

    #[test]
    fn a_thin_continuous_start_stays_in() {
        // Monthly in 2013, weekly in 2014, daily from 2015: an archive that grew.
        let start = parse_day("2013-01-15").unwrap();
        let mut days: Vec<Option<Date>> = Vec::new();
        days.extend((0..12).map(|i| start.replace_month(time::Month::January.nth_next(i)).ok()));
        let weekly = parse_day("2014-01-06").unwrap();
        days.extend((0..52).map(|i| weekly.checked_add(time::Duration::weeks(i))));
        let daily = parse_day("2015-01-01").unwrap();
        days.extend((0..1461).map(|i| daily.checked_add(time::Duration::days(i))));
        days.extend([parse_day("1970-01-01").ok(), parse_day("2099-12-31").ok()]);
        let c = DayCounts::new(days);
        expect!["1970-01-01..2099-12-31 / 2013-01-15..2018-12-31"].assert_eq(&format!(
            "{} / {}",
            show(c.extent()),
            show(c.robust_extent())
        ));
    }

    #[test]
    fn sparse_and_dense_counting_agree() {
        let near = ["2020-01-01", "2020-01-03", "2020-01-03", "2020-01-02"];
        let far = ["0001-01-01", "2020-01-03", "2020-01-03", "9999-12-31"];
        let a = counts(&near);
        let b = counts(&far);
        let r = DateRange::new(parse_day("2020-01-02").unwrap(), parse_day("2020-01-03").unwrap());
        assert_eq!((a.count_in(r), b.count_in(r)), (3, 2));
        assert_eq!((a.dated(), b.dated()), (4, 4));
    }
}
