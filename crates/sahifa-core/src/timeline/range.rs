//! An inclusive span of days: what the date filter holds and what a selection on the chart gives.

use time::{Date, Duration};

/// The days `from` to `to`, both included; `from <= to` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: Date,
    pub to: Date,
}

impl DateRange {
    /// The range between two days given in either order (a drag may run either way).
    pub fn new(a: Date, b: Date) -> DateRange {
        DateRange { from: a.min(b), to: a.max(b) }
    }

    /// Whether `day` falls in the range.
    pub fn contains(self, day: Date) -> bool {
        self.from <= day && day <= self.to
    }

    /// How many days the range holds (at least one).
    pub fn days(self) -> i32 {
        self.to.to_julian_day() - self.from.to_julian_day() + 1
    }

    /// The range grown by `days` on each side, stopping at the ends of the calendar.
    pub fn widen(self, days: i32) -> DateRange {
        let by = Duration::days(i64::from(days));
        DateRange { from: self.from.saturating_sub(by), to: self.to.saturating_add(by) }
    }

    /// The range grown evenly to hold at least `days` days.
    pub fn at_least(self, days: i32) -> DateRange {
        let missing = days - self.days();
        if missing <= 0 {
            return self;
        }
        let grown = self.widen(missing / 2);
        DateRange { to: grown.to.saturating_add(Duration::days(i64::from(missing % 2))), ..grown }
    }
}
