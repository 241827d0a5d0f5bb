//! Where the axis names time: ticks on calendar boundaries (years, then half years, quarters,
//! months, days as room allows, in the grid's calendar), the finest set whose labels all fit
//! the chart's width.

use super::labels::Labels;
use super::scale::{Bucket, Grid, Scale};
use super::view::View;

/// One label on the axis: the bar at whose start edge it stands, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub bucket: Bucket,
    pub label: String,
}

/// The space between two labels, in CSS pixels: less and they read as one.
const GAP: f64 = 8.0;

/// How often a set of ticks falls: every bar, or on the boundaries of a calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Every {
    Bar,
    /// Days of the month 1, 1 + n, 1 + 2n … (and every month's first day).
    Days(u8),
    /// Months whose number from the year's first is a multiple of n.
    Months(u8),
    /// Years that are a multiple of n.
    Years(i32),
}

/// The candidate sets for a scale, finest first.
fn candidates(scale: Scale) -> Vec<Every> {
    let mut out = match scale {
        Scale::Day => vec![Every::Bar, Every::Days(2), Every::Days(5), Every::Days(10), Every::Months(1)],
        Scale::Week => vec![Every::Bar, Every::Months(1)],
        Scale::Month => vec![Every::Bar],
        Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => vec![],
    };
    if scale < Scale::Year {
        out.extend([Every::Months(3), Every::Months(6)]);
    }
    let smallest = match scale {
        Scale::Decade => 10,
        Scale::Century => 100,
        Scale::Millennium => 1000,
        Scale::Day | Scale::Week | Scale::Month | Scale::Year => 1,
    };
    let years = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000];
    out.extend(years.into_iter().filter(|&n| n >= smallest).map(Every::Years));
    out
}

/// The year that begins inside `bucket`, if one does.
fn year_starting(grid: Grid, bucket: Bucket) -> Option<i32> {
    if grid.scale >= Scale::Year {
        return Some(grid.ymd(grid.first_day(bucket)).0);
    }
    let (now, before) = (grid.ymd(grid.last_day(bucket)), grid.ymd(grid.last_day(grid.offset(bucket, -1))));
    (now.0 != before.0 || bucket == grid.offset(bucket, -1)).then_some(now.0)
}

/// The month (1–12) that begins inside `bucket`, if one does.
fn month_starting(grid: Grid, bucket: Bucket) -> Option<u8> {
    if grid.scale >= Scale::Month {
        return Some(grid.ymd(grid.first_day(bucket)).1);
    }
    let (now, before) = (grid.ymd(grid.last_day(bucket)), grid.ymd(grid.last_day(grid.offset(bucket, -1))));
    ((now.0, now.1) != (before.0, before.1) || bucket == grid.offset(bucket, -1)).then_some(now.1)
}

fn falls_on(grid: Grid, bucket: Bucket, every: Every) -> bool {
    match every {
        Every::Bar => true,
        Every::Days(n) => {
            let day = grid.ymd(grid.first_day(bucket)).2;
            month_starting(grid, bucket).is_some() || ((day - 1) % n == 0 && day <= 32 - n)
        }
        Every::Months(n) => month_starting(grid, bucket).is_some_and(|m| (m - 1) % n == 0),
        Every::Years(n) => year_starting(grid, bucket).is_some_and(|y| y.rem_euclid(n) == 0),
    }
}

impl Labels {
    /// The axis of `view` drawn `width` pixels wide, each label `width_of` it wide: the finest
    /// candidate set whose labels each end before the next one starts. A label names the widest
    /// unit that starts at its bar (`2015` where the year starts, the month's name where a
    /// month does, else the bar's own short label), so each set reads like a calendar.
    ///
    /// Labels run from their bar's start edge towards later time; the last one is left out
    /// when it would run past the chart's end, and where not even the coarsest set fits (a
    /// chart too narrow for one year's label), labels are dropped wherever they would overlap.
    pub fn axis(&self, view: &View, width: u32, width_of: impl Fn(&str) -> u32) -> Vec<Tick> {
        let column = f64::from(width) / view.bucket_count() as f64;
        let place = |bucket: Bucket| f64::from(bucket.0 - view.first.0) * column;
        let sets = candidates(view.grid.scale);
        for (i, every) in sets.iter().enumerate() {
            let ticks: Vec<Tick> = view
                .buckets()
                .filter(|&b| falls_on(view.grid, b, *every))
                .map(|bucket| Tick { bucket, label: self.tick_label(view.grid, bucket) })
                .collect();
            let coarsest = i + 1 == sets.len();
            let mut kept: Vec<(Tick, f64)> = Vec::with_capacity(ticks.len());
            let mut overlapped = false;
            for tick in ticks {
                let at = place(tick.bucket);
                let end = at + f64::from(width_of(&tick.label));
                if kept.last().is_some_and(|(_, last_end)| *last_end + GAP > at) {
                    overlapped = true;
                    if !coarsest {
                        break;
                    }
                    continue;
                }
                kept.push((tick, end));
            }
            if kept.last().is_some_and(|(_, end)| *end > f64::from(width)) {
                kept.pop();
            }
            if !overlapped || coarsest {
                return kept.into_iter().map(|(tick, _)| tick).collect();
            }
        }
        Vec::new()
    }

    fn tick_label(&self, grid: Grid, bucket: Bucket) -> String {
        if grid.scale < Scale::Year {
            if let Some(year) = year_starting(grid, bucket) {
                return self.style.digits.apply(&self.year_text(year));
            }
        }
        if grid.scale < Scale::Month {
            if let Some(month) = month_starting(grid, bucket) {
                return self.month_name(month);
            }
        }
        self.short(grid, bucket)
    }
}
