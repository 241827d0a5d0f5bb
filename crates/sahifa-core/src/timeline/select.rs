//! Selection on the chart and the date filter, each translated into the other.

use super::range::DateRange;
use super::scale::{Bucket, Grid};

/// The days of the buckets from `a` to `b`, given in either order (a drag may run either
/// way): the range the date filter gets.
pub fn range_of_buckets(grid: Grid, a: Bucket, b: Bucket) -> DateRange {
    DateRange { from: grid.first_day(a.min(b)), to: grid.last_day(a.max(b)) }
}

/// The buckets a date range touches, and whether it covers each end bucket whole: a filter
/// typed by hand, or set at another scale, may cover a bar only in part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Covered {
    pub first: Bucket,
    pub last: Bucket,
    /// The range starts after the first bucket's first day.
    pub first_partial: bool,
    /// The range ends before the last bucket's last day.
    pub last_partial: bool,
}

/// Which buckets of `grid` the filter's range covers.
pub fn buckets_of_range(grid: Grid, range: DateRange) -> Covered {
    let first = grid.bucket_of(range.from);
    let last = grid.bucket_of(range.to);
    Covered {
        first,
        last,
        first_partial: grid.first_day(first) != range.from,
        last_partial: grid.last_day(last) != range.to,
    }
}
