//! Dates written for readers, the way the seed's publisher prints them:
//! `الإثنين، 31 كانون الثاني (يناير) 2022` in Arabic, `Monday, 31 January 2022` otherwise.

use crate::digits::Digits;
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

/// How a date is written: in which language's words, with which digits and month names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateStyle {
    pub digits: Digits,
    pub months: MonthNames,
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

/// A full date in `lang`'s words.
pub fn format_long_date(day: Date, lang: UiLang, style: DateStyle) -> String {
    let text = if lang == UiLang::Arabic {
        format!(
            "{}، {} {} {}",
            arabic_weekday(day.weekday()),
            day.day(),
            arabic_month(day.month(), style.months),
            day.year()
        )
    } else {
        format!("{}, {} {} {}", day.weekday(), day.day(), english_month(day.month()), day.year())
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
}
