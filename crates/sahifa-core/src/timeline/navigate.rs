//! Zoom, pan and scale changes: pure functions from a view to the next one, kept in bounds.
//!
//! A zoom changes the span of time shown and lets the scale follow (the finest one whose
//! bars still fit), so the wheel and pinch feel continuous; a scale change keeps the span
//! when the bars fit and narrows around the anchor when they do not.

use super::range::DateRange;
use super::scale::Scale;
use super::view::{Bounds, View, MIN_SPAN_DAYS};
use time::{Date, Duration};

/// The view with `factor` times less time shown (more than one zooms in, less than one out),
/// `anchor` staying where it is on the chart as far as the bounds allow.
///
/// Any factor other than one moves by at least one bucket, so small pinch steps never stall;
/// a factor that is not a positive number (a pinch gone to zero) leaves the view as it is.
pub fn zoom(view: &View, anchor: Date, factor: f64, bounds: &Bounds) -> View {
    if !(factor.is_finite() && factor > 0.0) {
        return bounds.clamp(*view);
    }
    let range = view.range();
    let span = range.days();
    let wanted = (f64::from(span) / factor).round();
    let limit = bounds.range.days().max(MIN_SPAN_DAYS);
    let new_span = wanted.clamp(f64::from(MIN_SPAN_DAYS), f64::from(limit)) as i32;
    let anchor = anchor.clamp(range.from, range.to);
    let offset = anchor.to_julian_day() - range.from.to_julian_day();
    let share = f64::from(offset) / f64::from(span);
    let from = anchor.saturating_sub(Duration::days((share * f64::from(new_span)).round() as i64));
    let to = from.saturating_add(Duration::days(i64::from(new_span - 1)));
    let next = bounds.clamp(View::fitting(DateRange::new(from, to), view.grid, bounds.max_buckets));
    if next == *view && factor != 1.0 {
        return step(view, anchor, factor > 1.0, bounds);
    }
    next
}

/// One bucket less (in) or more (out), taken on the side away from the anchor.
fn step(view: &View, anchor: Date, zoom_in: bool, bounds: &Bounds) -> View {
    let grid = view.grid;
    let at = grid.bucket_of(anchor);
    let anchor_in_older_half = (at.0 - view.first.0) <= (view.last.0 - at.0);
    if zoom_in {
        if view.first == view.last || view.range().days() <= MIN_SPAN_DAYS {
            return *view;
        }
        return if anchor_in_older_half {
            View { last: grid.offset(view.last, -1), ..*view }
        } else {
            View { first: grid.offset(view.first, 1), ..*view }
        };
    }
    let grown = if anchor_in_older_half {
        View { last: grid.offset(view.last, 1), ..*view }
    } else {
        View { first: grid.offset(view.first, -1), ..*view }
    };
    let next = bounds.clamp(grown);
    if next.bucket_count() > bounds.max_buckets as usize && grid.scale != Scale::COARSEST {
        return bounds.clamp(View::fitting(next.range(), grid, bounds.max_buckets));
    }
    next
}

/// The view moved by `buckets` bars: positive is later in time, whatever the chart's direction
/// (the UI maps its arrow keys through the direction it draws in).
pub fn pan(view: &View, buckets: i32, bounds: &Bounds) -> View {
    bounds.clamp(view.shifted(buckets))
}

/// The view at another scale: the same days if their bars fit, else as many bars as fit
/// centred on `anchor`.
pub fn set_scale(view: &View, scale: Scale, anchor: Date, bounds: &Bounds) -> View {
    let grid = view.grid.with_scale(scale);
    let same_days = View::covering(grid, view.range());
    let max = bounds.max_buckets as usize;
    if same_days.bucket_count() <= max {
        return bounds.clamp(same_days);
    }
    let at = grid.bucket_of(anchor.clamp(view.range().from, view.range().to));
    let first = grid.offset(at, -((max / 2) as i32));
    bounds.clamp(View { grid, first, last: grid.offset(first, max as i32 - 1) })
}
