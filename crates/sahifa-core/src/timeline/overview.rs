//! The view a timeline opens on: the bulk of the dates at a scale that fits the chart, with
//! the full extent one action away.

use super::day_counts::DayCounts;
use super::range::DateRange;
use super::scale::{Grid, Scale};
use super::view::{Bounds, View, MIN_SPAN_DAYS};
use time::Weekday;

/// Where the chart starts, and where it may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overview {
    /// The robust extent (far outliers left out) at the finest scale that fits; the full
    /// extent when that fits at the same scale, since then leaving dates out buys nothing.
    pub view: View,
    /// Every dated article, for a "show everything" action.
    pub full: View,
    /// The limits for zoom and pan: the full extent plus a margin.
    pub bounds: Bounds,
}

impl Overview {
    /// `None` when no article has a date: the chart has nothing to show and says so.
    pub fn new(counts: &DayCounts, week_start: Weekday, max_buckets: u32) -> Option<Overview> {
        Overview::in_calendar(counts, Grid::new(Scale::Day, week_start), max_buckets)
    }

    /// As `new`, in the week and calendar of `like` (its scale is chosen here).
    pub fn in_calendar(counts: &DayCounts, like: Grid, max_buckets: u32) -> Option<Overview> {
        let bounds = Bounds::around(counts.extent()?, max_buckets);
        let fit = |range: DateRange| {
            // A single day, or a few, still gets a week of bars around it.
            bounds.clamp(View::fitting(range.at_least(MIN_SPAN_DAYS), like, bounds.max_buckets))
        };
        let (robust, full) = (fit(counts.robust_extent()?), fit(counts.extent()?));
        let view = if full.grid.scale == robust.grid.scale { full } else { robust };
        Some(Overview { view, full, bounds })
    }
}
