//! The bars of a view: how many articles each bucket holds, and how many fall outside.

use super::day_counts::DayCounts;
use super::scale::Bucket;
use super::view::View;

/// The counts of one view, oldest bucket first, empty buckets included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Histogram {
    pub view: View,
    /// One count per bucket of the view, in time order.
    pub counts: Vec<u32>,
    /// Dated articles before the view's first day and after its last: what the chart hides.
    pub before: u32,
    pub after: u32,
    pub undated: u32,
}

impl Histogram {
    /// Buckets the counted days over `view`: one binary search a bucket, whatever the number
    /// of articles.
    pub fn new(counts: &DayCounts, view: View) -> Histogram {
        let range = view.range();
        let mut edges = view.buckets().map(|b| counts.count_before(view.grid.first_day(b)));
        let before = edges.next().unwrap_or(0);
        let through_last = before + counts.count_in(range);
        let mut prev = before;
        let mut bars = Vec::with_capacity(view.bucket_count());
        for edge in edges.chain(std::iter::once(through_last)) {
            bars.push(edge - prev);
            prev = edge;
        }
        Histogram { view, counts: bars, before, after: counts.dated() - through_last, undated: counts.undated() }
    }

    /// The highest bar, for the chart's vertical scale (zero for an empty view).
    pub fn max_count(&self) -> u32 {
        self.counts.iter().copied().max().unwrap_or(0)
    }

    /// Dated articles inside the view.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Each bucket with its count, oldest first.
    pub fn bars(&self) -> impl Iterator<Item = (Bucket, u32)> + '_ {
        self.view.buckets().zip(self.counts.iter().copied())
    }
}
