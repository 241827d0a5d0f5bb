//! The bundle's date grammar (`ArticleDate::parse`, `parse_day`) and the date lines the command
//! reads (`parse_date_line`): any text is a date or a refusal, never a panic; every date writes a
//! spelling that reads back to it; what is accepted once is accepted again, canonically.

use proptest::prelude::*;
use sahifa_core::arabic_date::parse_date_line;
use sahifa_core::date::{parse_day, write_day};
use sahifa_core::ArticleDate;
use time::{Date, Month, Time, UtcOffset};

/// Text shaped like a date, so that the grammar's every branch is reached: digits of both
/// scripts, separators, zones, letters that look like `T` and `Z`.
const DATE_LIKE: &str = "[0-9٠-٩\\-:T tZz+/.,،]{0,28}";

/// Any date the grammar can spell: the calendar's four-digit years, a time of day without
/// fractions, and a zone to the minute (the grammar's ±HH:MM, up to the `time` crate's ±25:59).
fn article_date() -> impl Strategy<Value = ArticleDate> {
    let day = (0i32..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a day of that month", |(y, m, d)| {
        Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
    });
    let time =
        (0u8..24, 0u8..60, prop_oneof![Just(0u8), 0u8..60]).prop_map(|(h, m, s)| Time::from_hms(h, m, s).unwrap());
    let offset =
        (-25i8..=25, 0i8..60).prop_map(|(h, m)| UtcOffset::from_hms(h, if h < 0 { -m } else { m }, 0).unwrap());
    (day, prop::option::of((time, prop::option::of(offset)))).prop_map(|(day, clock)| ArticleDate {
        day,
        time: clock.map(|(time, _)| time),
        offset: clock.and_then(|(_, offset)| offset),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_is_a_date_or_a_refusal(text in "\\PC{0,40}", shaped in DATE_LIKE) {
        for text in [&text, &shaped] {
            let _ = ArticleDate::parse(text);
            let _ = parse_day(text);
            let _ = parse_date_line(text);
        }
    }

    #[test]
    fn every_date_reads_back_from_its_spelling(date in article_date()) {
        let written = date.to_string();
        prop_assert_eq!(ArticleDate::parse(&written), Ok(date), "{}", written);
        prop_assert_eq!(parse_date_line(&written), Ok(date), "{}", written);
        let mut day = String::new();
        write_day(&mut day, date.day).unwrap();
        prop_assert_eq!(parse_day(&day), Ok(date.day));
    }

    /// What is read once is read again, from its canonical spelling, to the same date; and the
    /// command's reader, which tries the bundle's grammar first, agrees with it.
    #[test]
    fn accepted_dates_are_accepted_again(text in DATE_LIKE) {
        if let Ok(date) = ArticleDate::parse(&text) {
            prop_assert_eq!(ArticleDate::parse(&date.to_string()), Ok(date));
            prop_assert_eq!(parse_date_line(&text), Ok(date));
        }
    }
}
