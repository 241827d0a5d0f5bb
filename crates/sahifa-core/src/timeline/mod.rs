//! The timeline behind the chart: dates cut into buckets at four scales, the view that zooms
//! and pans over them, the selection that becomes the date filter, and the words for it all.
//!
//! The flow for the UI: count the hits' dates once (`DayCounts`), open on an `Overview`,
//! draw a `Histogram` of the current `View`, move it with `zoom`, `pan` and `set_scale`,
//! turn a selection into a `DateRange` with `range_of_buckets` and back with
//! `buckets_of_range`, label with `Labels`, list with `rows`.
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
mod view;

#[cfg(test)]
mod tests;

pub use count::{arabic_article_count, english_article_count};
pub use day_counts::DayCounts;
pub use histogram::Histogram;
pub use labels::{Labels, Tick};
pub use markers::{markers, Marker};
pub use navigate::{pan, set_scale, zoom};
pub use overview::Overview;
pub use range::DateRange;
pub use rows::{rows, Group, GroupBy, Order, Row};
pub use scale::{default_week_start, Bucket, Grid, Scale};
pub use select::{buckets_of_range, range_of_buckets, Covered};
pub use view::{Bounds, View, MIN_SPAN_DAYS};
