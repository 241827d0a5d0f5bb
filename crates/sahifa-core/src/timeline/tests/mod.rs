//! Tables for the timeline through its public API, with helpers to write views and ranges
//! as text so that `expect-test` snapshots read like the chart.

mod labels;
mod list;
mod markers;
mod navigation;
mod ticks;

use super::{DateRange, DayCounts, Grid, Histogram, View};
use crate::date::{parse_day, write_day};
use time::Date;

fn day(text: &str) -> Date {
    parse_day(text).unwrap()
}

fn range(from: &str, to: &str) -> DateRange {
    DateRange::new(day(from), day(to))
}

fn show_range(range: DateRange) -> String {
    let mut out = String::new();
    write_day(&mut out, range.from).unwrap();
    out.push_str("..");
    write_day(&mut out, range.to).unwrap();
    out
}

/// `Month 2013-01-01..2018-12-31 (72)`: scale, days shown, number of bars.
fn show_view(view: &View) -> String {
    format!("{:?} {} ({})", view.grid.scale, show_range(view.range()), view.bucket_count())
}

/// Counts of dates written `YYYY-MM-DD` or `YYYY-MM-DD*n`; an empty string is undated.
fn counts(spec: &[&str]) -> DayCounts {
    DayCounts::new(spec.iter().flat_map(|item| {
        let (text, n) = item.split_once('*').unwrap_or((item, "1"));
        let date = (!text.is_empty()).then(|| day(text));
        std::iter::repeat_n(date, n.parse().unwrap())
    }))
}

/// The bars of a histogram as `first day: count`, then what lies outside.
fn show_histogram(h: &Histogram) -> String {
    let mut out = String::new();
    for (bucket, count) in h.bars() {
        write_day(&mut out, h.view.grid.first_day(bucket)).unwrap();
        out.push_str(&format!(": {count}\n"));
    }
    out.push_str(&format!("before {} after {} undated {} highest {}\n", h.before, h.after, h.undated, h.max_count()));
    out
}

fn grid(scale: super::Scale) -> Grid {
    Grid::new(scale, time::Weekday::Saturday)
}
