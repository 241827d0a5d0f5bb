//! What the chart shows: a grid and a contiguous run of its buckets, and the limits the view
//! may move within.

use super::range::DateRange;
use super::scale::{Bucket, Grid, Scale};
use time::Date;

/// The narrowest view zooming in may reach, in days: a week of day bars.
pub const MIN_SPAN_DAYS: i32 = 7;

/// The buckets `first..=last` of `grid`; `first <= last` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct View {
    pub grid: Grid,
    pub first: Bucket,
    pub last: Bucket,
}

impl View {
    /// The buckets of `grid` that cover `range`, the partial ones at the ends included.
    pub fn covering(grid: Grid, range: DateRange) -> View {
        View { grid, first: grid.bucket_of(range.from), last: grid.bucket_of(range.to) }
    }

    /// The finest grid like `like` (its week and calendar, any scale) that shows `range` in at
    /// most `max_buckets` bars, and its buckets.
    pub fn fitting(range: DateRange, like: Grid, max_buckets: u32) -> View {
        let views = Scale::ALL.map(|scale| View::covering(like.with_scale(scale), range));
        let fits = views.iter().find(|v| v.bucket_count() <= max_buckets as usize);
        // Millennia are the coarsest bars there are: only a chart with room for fewer than the
        // calendar's twenty can be given more bars than it asked for.
        *fits.unwrap_or(&views[views.len() - 1])
    }

    /// The days the view shows, from the first day of its first bucket to the last of its last.
    pub fn range(&self) -> DateRange {
        DateRange { from: self.grid.first_day(self.first), to: self.grid.last_day(self.last) }
    }

    /// How many bars the view has (at least one).
    pub fn bucket_count(&self) -> usize {
        (self.last.0 - self.first.0) as usize + 1
    }

    /// The buckets in time order, oldest first.
    pub fn buckets(&self) -> impl Iterator<Item = Bucket> {
        (self.first.0..=self.last.0).map(Bucket)
    }

    /// The position of `bucket` among the view's bars, if it is one of them.
    pub fn index_of(&self, bucket: Bucket) -> Option<usize> {
        (self.first <= bucket && bucket <= self.last).then(|| (bucket.0 - self.first.0) as usize)
    }

    /// The view moved by `by` buckets, its width kept (the calendar's ends permitting).
    pub(super) fn shifted(&self, by: i32) -> View {
        // Limiting the shift, rather than each end, keeps the width at the calendar's ends.
        let earliest = self.grid.bucket_of(Date::MIN).0 - self.first.0;
        let latest = self.grid.bucket_of(Date::MAX).0 - self.last.0;
        let by = by.clamp(earliest, latest);
        View { first: Bucket(self.first.0 + by), last: Bucket(self.last.0 + by), ..*self }
    }
}

/// Where a view may go: the data's extent plus a margin, and how many bars fit on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bounds {
    pub range: DateRange,
    pub max_buckets: u32,
}

impl Bounds {
    /// The extent of the data plus a margin of a twentieth of it (at least three days, at most
    /// a year), so the oldest and newest bars are not glued to the chart's edges.
    ///
    /// The cap keeps a far outlier from opening centuries of nothing (a twentieth of 0000–9999
    /// is 500 years), and the margin stops at year 0 unless the data is older: a bundle's years
    /// have four digits, so bars before it could never hold an article.
    pub fn around(extent: DateRange, max_buckets: u32) -> Bounds {
        let margin = (extent.days() / 20).clamp(3, 366);
        let widened = extent.widen(margin);
        let year_zero = Date::from_ordinal_date(0, 1).unwrap_or(Date::MIN);
        let range = DateRange { from: widened.from.max(extent.from.min(year_zero)), ..widened };
        Bounds { range: range.at_least(MIN_SPAN_DAYS), max_buckets: max_buckets.max(1) }
    }

    /// `view` moved, not shrunk, to lie inside the bounds; a view wider than the bounds
    /// becomes the whole bounds at the view's scale.
    pub fn clamp(&self, view: View) -> View {
        let whole = View::covering(view.grid, self.range);
        if view.bucket_count() >= whole.bucket_count() {
            return whole;
        }
        if view.first < whole.first {
            view.shifted(whole.first.0 - view.first.0)
        } else if view.last > whole.last {
            view.shifted(whole.last.0 - view.last.0)
        } else {
            view
        }
    }
}
