//! Dates written for readers, the way the seed's publisher prints them:
//! `الإثنين، 31 كانون الثاني (يناير) 2022` in Arabic, `Monday, 31 January 2022` otherwise, and
//! in the Hijri calendar (computed, `crate::hijri`) or both, as the reader chose.

use crate::digits::Digits;
use crate::hijri::{self, hijri_of};
use crate::ui_lang::UiLang;
use time::{Date, Month, Weekday};

/// Which Arabic month names to use. Levantine names with the Egyptian/Gulf name in parentheses
/// is how the seed's publisher writes them, and reads right across the Arab world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MonthNames {
    #[default]
    Both,
    Levantine,
    EgyptianGulf,
}

/// Which calendars dates are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Calendars {
    #[default]
    Gregorian,
    /// Umm al-Qura, computed; the timeline's bars are Hijri months and years.
    Hijri,
    /// The Gregorian date, then the Hijri one; the timeline stays Gregorian.
    Both,
}

/// How a date is written: in which language's words, with which digits, month names and calendars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateStyle {
    pub digits: Digits,
    pub months: MonthNames,
    pub calendars: Calendars,
}

const LEVANTINE: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];
const EGYPTIAN_GULF: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_index(month: Month) -> usize {
    usize::from(u8::from(month)) - 1
}

/// The Arabic name of a month in the chosen series.
pub fn arabic_month(month: Month, names: MonthNames) -> String {
    let i = month_index(month);
    match names {
        MonthNames::Both => format!("{} ({})", LEVANTINE[i], EGYPTIAN_GULF[i]),
        MonthNames::Levantine => LEVANTINE[i].to_owned(),
        MonthNames::EgyptianGulf => EGYPTIAN_GULF[i].to_owned(),
    }
}

/// The English name of a month.
pub fn english_month(month: Month) -> &'static str {
    ENGLISH_MONTHS[month_index(month)]
}

fn arabic_weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Sunday => "الأحد",
        Weekday::Monday => "الإثنين",
        Weekday::Tuesday => "الثلاثاء",
        Weekday::Wednesday => "الأربعاء",
        Weekday::Thursday => "الخميس",
        Weekday::Friday => "الجمعة",
        Weekday::Saturday => "السبت",
    }
}

/// The name of Hijri month `month` (1–12) in `lang`'s words.
pub fn hijri_month(month: u8, lang: UiLang) -> &'static str {
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        UiLang::Arabic => hijri::ARABIC_MONTHS[i],
        UiLang::English => hijri::ENGLISH_MONTHS[i],
    }
}

/// A Hijri year with its era: `1444 هـ`, `1444 AH`.
pub fn hijri_year(year: i32, lang: UiLang) -> String {
    match lang {
        UiLang::Arabic => format!("{year} هـ"),
        UiLang::English => format!("{year} AH"),
    }
}

/// What a Hijri date is followed by, so that no one takes it for a sighted or announced one.
pub fn computed(lang: UiLang) -> &'static str {
    match lang {
        UiLang::Arabic => "(محسوب)",
        UiLang::English => "(computed)",
    }
}

/// A full date in `lang`'s words, in the calendars `style` names.
pub fn format_long_date(day: Date, lang: UiLang, style: DateStyle) -> String {
    let weekday = match lang {
        UiLang::Arabic => format!("{}، ", arabic_weekday(day.weekday())),
        UiLang::English => format!("{}, ", day.weekday()),
    };
    let gregorian = || match lang {
        UiLang::Arabic => format!("{} {} {}", day.day(), arabic_month(day.month(), style.months), day.year()),
        UiLang::English => format!("{} {} {}", day.day(), english_month(day.month()), day.year()),
    };
    let hijri = || {
        let h = hijri_of(day);
        format!("{} {} {} {}", h.day, hijri_month(h.month, lang), hijri_year(h.year, lang), computed(lang))
    };
    let text = match style.calendars {
        Calendars::Gregorian => weekday + &gregorian(),
        Calendars::Hijri => weekday + &hijri(),
        Calendars::Both => format!("{weekday}{} · {}", gregorian(), hijri()),
    };
    style.digits.apply(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(iso: &str, lang: &str, style: DateStyle, expect: Expect) {
        let day = crate::date::parse_day(iso).unwrap();
        expect.assert_eq(&format_long_date(day, UiLang::of_tag(lang), style));
    }

    #[test]
    fn long_dates_in_the_publishers_style() {
        let plain = DateStyle::default();
        let indic = DateStyle { digits: Digits::ArabicIndic, ..plain };
        check("2022-01-31", "ar", plain, expect!["الإثنين، 31 كانون الثاني (يناير) 2022"]);
        check("2022-01-31", "ar-SY", indic, expect!["الإثنين، ٣١ كانون الثاني (يناير) ٢٠٢٢"]);
        check(
            "2022-01-20",
            "ar",
            DateStyle { months: MonthNames::Levantine, ..plain },
            expect!["الخميس، 20 كانون الثاني 2022"],
        );
        check(
            "2015-08-11",
            "ar",
            DateStyle { months: MonthNames::EgyptianGulf, ..plain },
            expect!["الثلاثاء، 11 أغسطس 2015"],
        );
        check("2024-02-29", "en", plain, expect!["Thursday, 29 February 2024"]);
        check("2018-10-20", "fr", plain, expect!["Saturday, 20 October 2018"]);
    }

    #[test]
    fn long_dates_in_the_hijri_calendar_say_they_are_computed() {
        let hijri = DateStyle { calendars: Calendars::Hijri, ..DateStyle::default() };
        let both = DateStyle { calendars: Calendars::Both, ..hijri };
        check("2022-01-31", "ar", hijri, expect!["الإثنين، 28 جمادى الآخرة 1443 هـ (محسوب)"]);
        check("2023-03-23", "en", hijri, expect!["Thursday, 1 Ramadan 1444 AH (computed)"]);
        check(
            "2022-01-31",
            "ar",
            DateStyle { digits: Digits::ArabicIndic, ..both },
            expect!["الإثنين، ٣١ كانون الثاني (يناير) ٢٠٢٢ · ٢٨ جمادى الآخرة ١٤٤٣ هـ (محسوب)"],
        );
        check("2024-07-07", "en", both, expect!["Sunday, 7 July 2024 · 1 Muharram 1446 AH (computed)"]);
    }
}
