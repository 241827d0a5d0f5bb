//! The timeline behind the chart: dates cut into buckets at scales from days to millennia, the
//! view that zooms and pans over them, the selection that becomes the date filter, and the
//! words for it all.
//!
//! The flow for the UI: count the hits' dates once (`DayCounts`), open on an `Overview`,
//! draw a `Histogram` of the current `View`, move it with `zoom`, `pan` and `set_scale`,
//! turn a selection into a `DateRange` with `range_of_buckets` and back with
//! `buckets_of_range`, label with `Labels` (the axis's ticks with `Labels::axis`), group the
//! events with `marker_groups`, list with `rows`.
//!
//! ```
//! use sahifa_core::format_date::DateStyle;
//! use sahifa_core::timeline::*;
//! use time::{Date, Month};
//!
//! let day = |d| Date::from_calendar_date(2022, Month::January, d).unwrap();
//! let hits = [Some(day(20)), Some(day(20)), Some(day(31)), None];
//! let counts = DayCounts::new(hits);
//! let overview = Overview::new(&counts, default_week_start("ar"), 120).unwrap();
//! let (mut view, bounds) = (overview.view, overview.bounds);
//! view = set_scale(&view, Scale::Week, day(20), &bounds);
//! let bars = Histogram::new(&counts, view);
//! let labels = Labels::new(sahifa_core::UiLang::Arabic, DateStyle::default());
//! let week = view.grid.bucket_of(day(20));
//! let count = bars.counts[view.index_of(week).unwrap()];
//! assert_eq!(labels.bar(view.grid, week, count), "الأسبوع من 15 إلى 21 كانون الثاني (يناير) 2022: مقالتان");
//! let filter = range_of_buckets(view.grid, week, week);
//! assert_eq!(labels.range(filter), "من 15 إلى 21 كانون الثاني (يناير) 2022");
//! ```
//!
//! Invariants: every function is pure (no clock, no IO); a view's buckets are contiguous
//! with `first <= last`; every view returned by navigation lies inside its `Bounds`; dates
//! are calendar days, never converted between zones.

mod count;
mod day_counts;
mod histogram;
mod labels;
mod markers;
mod navigate;
mod overview;
mod range;
mod rows;
mod scale;
mod select;
mod ticks;
mod view;

#[cfg(test)]
mod tests;

pub use day_counts::DayCounts;
pub use histogram::Histogram;
pub use labels::Labels;
pub use markers::{marker_groups, markers, Marker, MarkerGroup};
pub use navigate::{pan, set_scale, zoom};
pub use overview::Overview;
pub use range::DateRange;
pub use rows::{rows, Group, GroupBy, Grouping, Order, Row};
pub use scale::{default_week_start, Bucket, Grid, Scale};
pub use select::{buckets_of_range, range_of_buckets, Covered};
pub use ticks::Tick;
pub use view::{Bounds, View, MIN_SPAN_DAYS};
