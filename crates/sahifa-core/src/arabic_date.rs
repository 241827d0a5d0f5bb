//! Publication dates as sources print them: Arabic date lines (`الإثنين،31 كانون الثاني(يناير)،2022`),
//! numeric day/month/year, ISO 8601 and RFC 2822 (feeds), all read into an `ArticleDate`.

use crate::arabic_words::{month_at, number, tokens, weekday};
use crate::date::{ArticleDate, DateError};
use crate::format_date::{arabic_month, MonthNames};
use time::format_description::well_known::{Rfc2822, Rfc3339};
use time::{Date, Month, OffsetDateTime};

/// Reads a date line in any of the forms sources use. A weekday that does not match the date
/// refuses the whole line: one of the two is wrong, and the reader cannot tell which.
pub fn parse_date_line(text: &str) -> Result<ArticleDate, DateError> {
    let text = text.trim();
    if let Ok(date) = ArticleDate::parse(text) {
        return Ok(date);
    }
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc2822).or_else(|_| OffsetDateTime::parse(text, &Rfc3339)) {
        return Ok(ArticleDate { day: at.date(), time: Some(at.time()), offset: Some(at.offset()) });
    }
    parse_words(text).map(ArticleDate::from_day).map_err(|why| {
        DateError(format!(
            "\"{text}\" is not a date: {why}; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"
        ))
    })
}

fn parse_words(text: &str) -> Result<Date, String> {
    let tokens = tokens(text);
    let mut at = 0;
    // An optional weekday, possibly after the word يوم ("day").
    if tokens.first().is_some_and(|t| t == "يوم") {
        at += 1;
    }
    let stated_weekday = tokens.get(at).and_then(|t| weekday(t));
    if stated_weekday.is_some() {
        at += 1;
    }
    let rest = &tokens[at..];
    let (day, month, year) = match rest {
        [d, m, y] if number(m).is_some() => {
            let (d, m, y) = (number(d), number(m), number(y));
            match (d, m, y) {
                (Some(y), Some(m), Some(d)) if y > 31 => (d, m, y),
                (Some(d), Some(m), Some(y)) => (d, m, y),
                _ => return Err("three numbers must be day/month/year or year/month/day".into()),
            }
        }
        [d, ..] => {
            let day = number(d).ok_or("it does not start with the day of the month")?;
            let (month, used) = month_at(rest, 1).ok_or("no month name follows the day")?;
            let [y] = &rest[1 + used..] else {
                return Err("a four-digit year must follow the month, and nothing else".into());
            };
            let year = number(y).filter(|_| y.len() == 4).ok_or("the year must be four digits")?;
            (day, u8::from(month) as u32, year)
        }
        [] => return Err("it has no day, month and year".into()),
    };
    let month =
        u8::try_from(month).ok().and_then(|m| Month::try_from(m).ok()).ok_or(format!("there is no month {month}"))?;
    let day_u8 = u8::try_from(day).map_err(|_| format!("there is no day {day}"))?;
    let date = Date::from_calendar_date(year as i32, month, day_u8)
        .map_err(|_| format!("{} {year} has no day {day}", arabic_month(month, MonthNames::Both)))?;
    if let Some(stated) = stated_weekday {
        if stated != date.weekday() {
            return Err(format!(
                "it says {} but {year}-{:02}-{day:02} was a {}",
                stated,
                u8::from(month),
                date.weekday()
            ));
        }
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digits::Digits;
    use crate::format_date::{format_long_date, DateStyle};
    use expect_test::{expect, Expect};
    use proptest::prelude::*;

    fn check(input: &str, expect: Expect) {
        let actual = match parse_date_line(input) {
            Ok(d) => format!("ok {d}"),
            Err(e) => format!("err {e}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn arabic_date_lines() {
        check("الإثنين،31 كانون الثاني(يناير)،2022", expect!["ok 2022-01-31"]);
        check("الاثنين, 31 يناير (كانون الثاني), 2022", expect!["ok 2022-01-31"]);
        check("٣١ كانون الثاني/يناير ٢٠٢٢", expect!["ok 2022-01-31"]);
        check("31 يناير 2022", expect!["ok 2022-01-31"]);
        check("يوم الخميس 20 شباط 2020", expect!["ok 2020-02-20"]);
        check("11 أوت 2015", expect!["ok 2015-08-11"]);
        check("الجمعة، ١ تشرين الأول ٢٠٢١", expect!["ok 2021-10-01"]);
    }

    #[test]
    fn numeric_iso_and_rfc_dates() {
        check("17/05/2015", expect!["ok 2015-05-17"]);
        check("2015/05/17", expect!["ok 2015-05-17"]);
        check("2017-01-20T21:43:00+01:00", expect!["ok 2017-01-20T21:43+01:00"]);
        check("Sun, 18 Feb 2018 21:35:43 +0400", expect!["ok 2018-02-18T21:35:43+04:00"]);
        check("Sun, 18 Feb 2018 21:35:43 GMT", expect!["ok 2018-02-18T21:35:43Z"]);
    }

    #[test]
    fn refuses_what_it_cannot_be_sure_of() {
        check(
            "الثلاثاء،31 كانون الثاني(يناير)،2022",
            expect![[
                r#"err "الثلاثاء،31 كانون الثاني(يناير)،2022" is not a date: it says Tuesday but 2022-01-31 was a Monday; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"#
            ]],
        );
        check(
            "31 كانون الثاني/فبراير 2022",
            expect![[
                r#"err "31 كانون الثاني/فبراير 2022" is not a date: no month name follows the day; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"#
            ]],
        );
        check(
            "30 شباط 2022",
            expect![[
                r#"err "30 شباط 2022" is not a date: شباط (فبراير) 2022 has no day 30; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"#
            ]],
        );
        check(
            "متابعة مركز عدل",
            expect![[
                r#"err "متابعة مركز عدل" is not a date: it does not start with the day of the month; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"#
            ]],
        );
        check(
            "31 يناير 22",
            expect![[
                r#"err "31 يناير 22" is not a date: the year must be four digits; write it like `الإثنين، 31 كانون الثاني (يناير) 2022`, `31/01/2022`, `2022-01-31` or `Mon, 31 Jan 2022 10:00:00 +0300`"#
            ]],
        );
    }

    proptest! {
        /// Whatever the app prints, this parser reads back to the same day.
        #[test]
        fn reads_back_every_formatted_date(days in 0i32..80_000, months in 0usize..3, indic: bool) {
            let day = Date::from_calendar_date(1900, Month::January, 1).unwrap() + time::Duration::days(days.into());
            let months = [MonthNames::Both, MonthNames::Levantine, MonthNames::EgyptianGulf][months];
            let digits = if indic { Digits::ArabicIndic } else { Digits::Western };
            let text = format_long_date(day, crate::UiLang::Arabic, DateStyle { digits, months, ..DateStyle::default() });
            prop_assert_eq!(parse_date_line(&text).map(|d| d.day), Ok(day));
        }

        /// Any text is either a date or a refusal with a reason, never a panic.
        #[test]
        fn never_panics(text in "\\PC{0,40}") {
            let _ = parse_date_line(&text);
        }

        #[test]
        fn never_panics_on_date_like_text(text in "[0-9٠-٩ ،,/()يناركوثلشبطإأ]{0,30}") {
            let _ = parse_date_line(&text);
        }
    }
}
