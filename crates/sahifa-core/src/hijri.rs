//! The Hijri calendar of Umm al-Qura, computed: a Gregorian day to its Hijri year, month and
//! day, and the first day of any Hijri month, for the timeline's axis and for dates written in
//! either calendar.
//!
//! Within 1300–1600 AH the month lengths are the published Umm al-Qura calendar's (the Saudi
//! calendar of record, as the Unicode CLDR/ICU data carries it, which is also what browsers'
//! `Intl.DateTimeFormat` reads for `islamic-umalqura`); outside that span, as ICU does, the
//! tabular (civil) Islamic calendar. Either way the result is computed, not sighted: a local
//! authority's announced month may start a day apart, which is why the UI labels these dates as
//! computed. `tests/browser/` holds the browser's Intl to the same answers, day by day.

use time::Date;

/// A day in the Hijri calendar: the year (AH), the month from 1 (Muharram) to 12, the day from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The first year the table holds.
const FIRST_YEAR: i32 = 1300;
/// The Julian day of 1 Muharram 1300 AH (12 November 1882).
const FIRST_JD: i32 = 2_408_762;
/// One entry a year from 1300 AH: bit n set when month n + 1 has 30 days, else it has 29.
const MONTHS_OF_30: [u16; 301] = [
    0x555, 0x2ab, 0x937, 0x2b6, 0x576, 0x36c, 0xb55, 0xaaa, 0x956, 0x49e, 0x95d, 0x2ba, 0x5b5, 0x3aa, 0xb4b, 0xa96,
    0x52e, 0x2ad, 0x56d, 0xb5a, 0x752, 0xf25, 0xe8a, 0xd16, 0xa56, 0xab5, 0x6b4, 0xda9, 0xb92, 0xb25, 0x64b, 0xa9b,
    0x35a, 0x6d9, 0x5d4, 0xda5, 0xd4a, 0xa95, 0x536, 0x975, 0x2f4, 0x6e9, 0x6d4, 0x6a9, 0x535, 0x25d, 0x4bd, 0x9ba,
    0x3b4, 0xb69, 0xb2a, 0xa55, 0x4ad, 0xa5d, 0x2da, 0x6d9, 0xeaa, 0xe94, 0xd2a, 0xc56, 0x4ae, 0xa6d, 0x56a, 0xd55,
    0xd4a, 0xa93, 0x52b, 0xa5b, 0x53a, 0x6b5, 0xea9, 0xd52, 0xd29, 0xa55, 0x4ad, 0x56d, 0xaea, 0x6e4, 0xed1, 0xda2,
    0xaaa, 0x95a, 0x2da, 0x5b9, 0xbb2, 0x764, 0x6c9, 0x555, 0x2ab, 0x4db, 0xaba, 0x5b4, 0xda9, 0xd52, 0xaa5, 0x92d,
    0x26d, 0x8ed, 0x2da, 0xad5, 0xaa5, 0xa4b, 0x497, 0x937, 0x2b6, 0x975, 0xd69, 0xd52, 0xc95, 0x92b, 0x25b, 0x4db,
    0x9d5, 0x5d2, 0xda5, 0xd4a, 0xa95, 0x54d, 0xaad, 0x3aa, 0xbd2, 0xbc4, 0xb89, 0xa95, 0x52d, 0x5ad, 0xb6a, 0x6d4,
    0xdc9, 0xd92, 0xaa6, 0x956, 0x2ae, 0x56d, 0x36a, 0xb55, 0xaaa, 0x94d, 0x49d, 0x95d, 0x2ba, 0x5b5, 0x5aa, 0xd55,
    0xa9a, 0x92e, 0x26e, 0x55d, 0xada, 0x6d4, 0x6a5, 0xb27, 0xa4d, 0x4ad, 0x56d, 0xb5a, 0x754, 0xf49, 0xe92, 0xd26,
    0xa56, 0x356, 0x6b5, 0xbaa, 0xb92, 0xb25, 0x68b, 0xa9b, 0x55a, 0xada, 0x5b4, 0xda9, 0xb52, 0xa9a, 0x536, 0x276,
    0x575, 0xaf2, 0x6d4, 0x6a9, 0x555, 0x2ad, 0x4bd, 0x9ba, 0x574, 0xb69, 0xb52, 0xa95, 0x52d, 0xa5d, 0x4da, 0xad9,
    0x6b2, 0xe95, 0xe2a, 0xc96, 0x92e, 0xaad, 0x56a, 0xd65, 0xd4a, 0xd15, 0x62b, 0xc5b, 0x53a, 0x6b5, 0xdb2, 0xd64,
    0xd29, 0xa55, 0x4ad, 0x96d, 0xaea, 0x6e8, 0xed1, 0xda4, 0xd4a, 0xa6a, 0x2da, 0x5b9, 0xb72, 0xb68, 0x6d1, 0x655,
    0x4ab, 0x95b, 0x2ba, 0x5b5, 0xda9, 0xd52, 0xca6, 0x94e, 0x46e, 0x95d, 0x4da, 0xad5, 0xaaa, 0xa4d, 0x49b, 0x937,
    0x4b6, 0x975, 0xd6a, 0xd52, 0xaa5, 0x94b, 0x2ab, 0x55b, 0xad9, 0x5d2, 0xdc5, 0xd92, 0xb25, 0x555, 0xab5, 0x5b4,
    0xba9, 0x7a2, 0x745, 0x593, 0xaab, 0x4d6, 0x9d6, 0x5d2, 0xba5, 0xb4a, 0xa95, 0x4ad, 0x15d, 0x2dd, 0x9da, 0x5b4,
    0x5a9, 0x52d, 0x25b, 0x8b7, 0x176, 0x56d, 0xb6a, 0xaca, 0xa96, 0x52b, 0x15b, 0x2bb, 0x5b6, 0xdaa, 0xb94, 0xd46,
    0xa8d, 0x52d, 0xa9d, 0x55a, 0x755, 0x749, 0xf13, 0xe4a, 0xa96, 0x556, 0x6b5, 0xbaa, 0xb94,
];
/// The Julian day of 1 Muharram 1 AH in the civil calendar (16 July 622, Julian).
const CIVIL_EPOCH: i64 = 1_948_440;

fn year_length(row: u16) -> i32 {
    348 + row.count_ones() as i32
}

fn table_row(year: i32) -> Option<u16> {
    let i = usize::try_from(year - FIRST_YEAR).ok()?;
    MONTHS_OF_30.get(i).copied()
}

/// Days from the civil epoch to 1 Muharram of `year`: eleven leap years (355 days) in every
/// thirty, the 2nd, 5th, 7th, 10th, 13th, 16th, 18th, 21st, 24th, 26th and 29th.
fn civil_year_start(year: i64) -> i64 {
    (year - 1) * 354 + (3 + 11 * year).div_euclid(30)
}

/// Days from the start of a civil year to the start of its zero-based month `m`: 30 and 29 in turn.
fn civil_month_offset(m: i64) -> i64 {
    (59 * m + 1) / 2
}

/// The Julian day on which month `month` (1–12) of `year` begins.
// Out of line, as `from_jd`: the core's `opt-level = 3` would otherwise copy both, loops and
// all, into every grid function that calls them.
#[inline(never)]
pub fn month_start_jd(year: i32, month: u8) -> i64 {
    let m = i64::from(month.clamp(1, 12)) - 1;
    if let Some(row) = table_row(year) {
        let before: i32 = (FIRST_YEAR..year).map(|y| year_length(MONTHS_OF_30[(y - FIRST_YEAR) as usize])).sum();
        let in_year: i32 = (0..m as u32).map(|i| 29 + i32::from((row >> i) & 1)).sum();
        return i64::from(FIRST_JD + before + in_year);
    }
    CIVIL_EPOCH + civil_year_start(i64::from(year)) + civil_month_offset(m)
}

/// The Hijri date of a Julian day.
#[inline(never)]
pub fn from_jd(jd: i64) -> HijriDate {
    let end = month_start_jd(FIRST_YEAR + MONTHS_OF_30.len() as i32, 1);
    if (i64::from(FIRST_JD)..end).contains(&jd) {
        let (mut year, mut start) = (FIRST_YEAR, i64::from(FIRST_JD));
        let mut row = MONTHS_OF_30[0];
        while jd >= start + i64::from(year_length(row)) {
            start += i64::from(year_length(row));
            year += 1;
            row = MONTHS_OF_30[(year - FIRST_YEAR) as usize];
        }
        let mut month = 0;
        loop {
            let length = 29 + i64::from((row >> month) & 1);
            if jd < start + length || month == 11 {
                return HijriDate { year, month: month as u8 + 1, day: (jd - start + 1) as u8 };
            }
            start += length;
            month += 1;
        }
    }
    let days = jd - CIVIL_EPOCH;
    // The estimate can be a year late on the last days of a year; step back until it starts.
    let mut year = (30 * days + 10_646).div_euclid(10_631);
    while civil_year_start(year) > days {
        year -= 1;
    }
    let into = days - civil_year_start(year);
    let month = (0..12).rev().find(|&m| civil_month_offset(m) <= into).unwrap_or(0);
    let year = i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX });
    HijriDate { year, month: month as u8 + 1, day: (into - civil_month_offset(month) + 1) as u8 }
}

/// The Hijri date of a Gregorian day.
pub fn hijri_of(day: Date) -> HijriDate {
    from_jd(i64::from(day.to_julian_day()))
}

/// The Gregorian day on which month `month` (1–12) of `year` begins, clamped to the days
/// `time` can represent.
pub fn month_start(year: i32, month: u8) -> Date {
    day_of_jd(month_start_jd(year, month))
}

/// The Gregorian day of a Julian day, clamped to the days `time` can represent.
pub fn day_of_jd(jd: i64) -> Date {
    let (min, max) = (Date::MIN.to_julian_day(), Date::MAX.to_julian_day());
    let jd = jd.clamp(i64::from(min), i64::from(max)) as i32;
    Date::from_julian_day(jd).unwrap_or(Date::MIN)
}

/// The months' names in Arabic, as the Umm al-Qura calendar prints them.
pub const ARABIC_MONTHS: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// The months' names as English writes them, without diacritics.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhira",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qada",
    "Dhu al-Hijja",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse_day, write_day};

    /// First days of months of the Umm al-Qura calendar (the one King Abdulaziz City for Science
    /// and Technology computes and the Saudi government issues), across 1420–1450 AH, mostly new
    /// years and Ramadans. They were written down as that calendar is commonly reprinted and
    /// each checked against ICU's `islamic-umalqura` (Node's Intl), not copied from a KACST
    /// document: what they hold the table to is the calendar as ICU carries it.
    const PUBLISHED: [(i32, u8, &str); 22] = [
        (1420, 1, "1999-04-17"),
        (1421, 1, "2000-04-06"),
        (1425, 9, "2004-10-15"),
        (1430, 1, "2008-12-29"),
        (1435, 9, "2014-06-28"),
        (1440, 1, "2018-09-11"),
        (1441, 1, "2019-08-31"),
        (1441, 9, "2020-04-24"),
        (1442, 1, "2020-08-20"),
        (1442, 9, "2021-04-13"),
        (1443, 1, "2021-08-09"),
        (1443, 9, "2022-04-02"),
        (1444, 1, "2022-07-30"),
        (1444, 9, "2023-03-23"),
        (1444, 10, "2023-04-21"),
        (1445, 1, "2023-07-19"),
        (1445, 9, "2024-03-11"),
        (1446, 1, "2024-07-07"),
        (1446, 9, "2025-03-01"),
        (1447, 1, "2025-06-26"),
        (1448, 1, "2026-06-16"),
        (1450, 1, "2028-05-25"),
    ];

    fn iso(day: Date) -> String {
        let mut out = String::new();
        write_day(&mut out, day).unwrap();
        out
    }

    #[test]
    fn month_starts_are_the_published_ones() {
        for (year, month, day) in PUBLISHED {
            assert_eq!(iso(month_start(year, month)), day, "{month}/{year}");
            let first = parse_day(day).unwrap();
            assert_eq!(hijri_of(first), HijriDate { year, month, day: 1 }, "{day}");
            // The day before is the last of the month before.
            let before = hijri_of(first.previous_day().unwrap());
            assert!(before.day == 29 || before.day == 30, "{day}: {before:?}");
            assert_eq!((before.year * 12 + i32::from(before.month)), year * 12 + i32::from(month) - 1, "{day}");
        }
    }

    #[test]
    fn every_day_maps_back_to_the_start_of_its_month() {
        // Across the table's ends and far outside it, every day lies in the month it names.
        for (from, to) in
            [(-1_930_999i64, -1_925_000), (1_948_000, 1_960_000), (2_400_000, 2_900_000), (5_373_000, 5_373_484)]
        {
            let mut jd = from;
            while jd < to {
                let h = from_jd(jd);
                assert!((1..=12).contains(&h.month) && (1..=30).contains(&h.day), "{jd}: {h:?}");
                assert_eq!(month_start_jd(h.year, h.month) + i64::from(h.day) - 1, jd, "{jd}: {h:?}");
                jd += 13;
            }
        }
    }

    #[test]
    fn years_are_354_or_355_days_and_months_29_or_30() {
        for year in 1290..1610 {
            let length = month_start_jd(year + 1, 1) - month_start_jd(year, 1);
            assert!((354..=355).contains(&length), "{year}: {length}");
            for month in 1..12 {
                let m = month_start_jd(year, month + 1) - month_start_jd(year, month);
                assert!((29..=30).contains(&m), "{month}/{year}: {m}");
            }
        }
    }
}
