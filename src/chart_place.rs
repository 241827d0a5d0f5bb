//! Where the reader left the timeline, as the URL carries it beside the search: its scale, the
//! day of the bar in focus, and whether the reader reversed its direction (`tl=month.2015-03-01`,
//! `tl=day.2016-07-15.flip`). A link or a reload opens the chart on the same bars; the number
//! of bars is the screen's, so the place is kept as a day to centre on, not as a first and last.

use sahifa_core::date::{parse_day, write_day};
use sahifa_core::timeline::Scale;
use time::Date;

/// The query-string key the place is kept under.
pub const KEY: &str = "tl";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartPlace {
    pub scale: Scale,
    /// The day the focused bar starts on.
    pub at: Date,
    /// The reader turned the chart to run against the UI's direction.
    pub flipped: bool,
}

const SCALES: [(Scale, &str); 7] = [
    (Scale::Day, "day"),
    (Scale::Week, "week"),
    (Scale::Month, "month"),
    (Scale::Year, "year"),
    (Scale::Decade, "decade"),
    (Scale::Century, "century"),
    (Scale::Millennium, "millennium"),
];

impl ChartPlace {
    /// Reads a `tl` value; anything it cannot read is no place (the chart opens as it would).
    pub fn from_value(value: &str) -> Option<ChartPlace> {
        let mut parts = value.split('.');
        let scale = parts.next()?;
        let scale = SCALES.iter().find(|(_, key)| *key == scale)?.0;
        let at = parse_day(parts.next()?).ok()?;
        let flipped = match parts.next() {
            None => false,
            Some("flip") => true,
            Some(_) => return None,
        };
        parts.next().is_none().then_some(ChartPlace { scale, at, flipped })
    }

    /// The `tl` value that reads back as this place.
    pub fn to_value(self) -> String {
        let scale = SCALES.iter().find(|(scale, _)| *scale == self.scale).map_or("day", |(_, key)| key);
        let mut value = format!("{scale}.");
        // Writing into a String cannot fail.
        let _ = write_day(&mut value, self.at);
        if self.flipped {
            value.push_str(".flip");
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_and_write_as_scale_day_and_direction() {
        let day = |text| parse_day(text).unwrap();
        let cases = [
            ("month.2015-03-01", Some(ChartPlace { scale: Scale::Month, at: day("2015-03-01"), flipped: false })),
            ("day.2016-07-15.flip", Some(ChartPlace { scale: Scale::Day, at: day("2016-07-15"), flipped: true })),
            (
                "millennium.0001-01-01",
                Some(ChartPlace { scale: Scale::Millennium, at: day("0001-01-01"), flipped: false }),
            ),
            ("month", None),
            ("fortnight.2015-03-01", None),
            ("month.2015-13-01", None),
            ("month.2015-03-01.upside", None),
            ("month.2015-03-01.flip.flip", None),
            ("", None),
        ];
        for (value, expected) in cases {
            let read = ChartPlace::from_value(value);
            assert_eq!(read, expected, "{value:?}");
            if let Some(place) = read {
                assert_eq!(place.to_value(), value);
            }
        }
    }
}
