//! The axis's ticks: calendar boundaries, the finest set that fits the width, in both languages.

use super::*;
use crate::format_date::DateStyle;
use crate::timeline::{Labels, Scale};
use crate::ui_lang::UiLang;
use expect_test::{expect, Expect};

/// An estimate of a label's width the tables can reason about: 7 pixels a character.
fn seven_a_char(text: &str) -> u32 {
    text.chars().count() as u32 * 7
}

/// For each width: the ticks as `first day label`, in time order.
fn check(scale: Scale, from: &str, to: &str, widths: &[u32], lang: UiLang, expect: Expect) {
    check_in(DateStyle::default(), scale, from, to, widths, lang, expect);
}

fn check_in(style: DateStyle, scale: Scale, from: &str, to: &str, widths: &[u32], lang: UiLang, expect: Expect) {
    let hijri = style.calendars == crate::format_date::Calendars::Hijri;
    let view = View::covering(grid(scale).in_hijri(hijri), range(from, to));
    let labels = Labels::new(lang, style);
    let mut out = String::new();
    for &width in widths {
        let ticks: Vec<String> = labels
            .axis(&view, width, seven_a_char)
            .into_iter()
            .map(|t| {
                let mut day = String::new();
                crate::date::write_day(&mut day, view.grid.first_day(t.bucket)).unwrap();
                format!("{day} {}", t.label)
            })
            .collect();
        out.push_str(&format!("{width}: {}\n", ticks.join(" · ")));
    }
    expect.assert_eq(&out);
}

#[test]
fn six_years_of_months_are_named_at_year_starts_then_at_half_years_and_quarters() {
    check(
        Scale::Month,
        "2013-03-01",
        "2018-12-31",
        &[150, 320, 1000, 2400, 6000],
        UiLang::English,
        expect![[r#"
            150: 2014-01-01 2014 · 2016-01-01 2016
            320: 2014-01-01 2014 · 2015-01-01 2015 · 2016-01-01 2016 · 2017-01-01 2017 · 2018-01-01 2018
            1000: 2013-07-01 July · 2014-01-01 2014 · 2014-07-01 July · 2015-01-01 2015 · 2015-07-01 July · 2016-01-01 2016 · 2016-07-01 July · 2017-01-01 2017 · 2017-07-01 July · 2018-01-01 2018 · 2018-07-01 July
            2400: 2013-04-01 April · 2013-07-01 July · 2013-10-01 October · 2014-01-01 2014 · 2014-04-01 April · 2014-07-01 July · 2014-10-01 October · 2015-01-01 2015 · 2015-04-01 April · 2015-07-01 July · 2015-10-01 October · 2016-01-01 2016 · 2016-04-01 April · 2016-07-01 July · 2016-10-01 October · 2017-01-01 2017 · 2017-04-01 April · 2017-07-01 July · 2017-10-01 October · 2018-01-01 2018 · 2018-04-01 April · 2018-07-01 July · 2018-10-01 October
            6000: 2013-03-01 March · 2013-04-01 April · 2013-05-01 May · 2013-06-01 June · 2013-07-01 July · 2013-08-01 August · 2013-09-01 September · 2013-10-01 October · 2013-11-01 November · 2013-12-01 December · 2014-01-01 2014 · 2014-02-01 February · 2014-03-01 March · 2014-04-01 April · 2014-05-01 May · 2014-06-01 June · 2014-07-01 July · 2014-08-01 August · 2014-09-01 September · 2014-10-01 October · 2014-11-01 November · 2014-12-01 December · 2015-01-01 2015 · 2015-02-01 February · 2015-03-01 March · 2015-04-01 April · 2015-05-01 May · 2015-06-01 June · 2015-07-01 July · 2015-08-01 August · 2015-09-01 September · 2015-10-01 October · 2015-11-01 November · 2015-12-01 December · 2016-01-01 2016 · 2016-02-01 February · 2016-03-01 March · 2016-04-01 April · 2016-05-01 May · 2016-06-01 June · 2016-07-01 July · 2016-08-01 August · 2016-09-01 September · 2016-10-01 October · 2016-11-01 November · 2016-12-01 December · 2017-01-01 2017 · 2017-02-01 February · 2017-03-01 March · 2017-04-01 April · 2017-05-01 May · 2017-06-01 June · 2017-07-01 July · 2017-08-01 August · 2017-09-01 September · 2017-10-01 October · 2017-11-01 November · 2017-12-01 December · 2018-01-01 2018 · 2018-02-01 February · 2018-03-01 March · 2018-04-01 April · 2018-05-01 May · 2018-06-01 June · 2018-07-01 July · 2018-08-01 August · 2018-09-01 September · 2018-10-01 October · 2018-11-01 November · 2018-12-01 December
        "#]],
    );
}

#[test]
fn arabic_month_names_are_longer_and_get_fewer_ticks() {
    check(
        Scale::Month,
        "2015-01-01",
        "2016-06-30",
        &[390, 1000],
        UiLang::Arabic,
        expect![[r#"
            390: 2015-01-01 2015 · 2015-07-01 تموز (يوليو) · 2016-01-01 2016
            1000: 2015-01-01 2015 · 2015-04-01 نيسان (أبريل) · 2015-07-01 تموز (يوليو) · 2015-10-01 تشرين الأول (أكتوبر) · 2016-01-01 2016 · 2016-04-01 نيسان (أبريل)
        "#]],
    );
}

#[test]
fn days_and_weeks_are_named_by_the_month_where_it_starts() {
    check(
        Scale::Day,
        "2022-01-25",
        "2022-03-05",
        &[320, 900, 2000],
        UiLang::English,
        expect![[r#"
        320: 2022-02-01 February · 2022-02-11 11 · 2022-02-21 21 · 2022-03-01 March
        900: 2022-01-26 26 · 2022-02-01 February · 2022-02-06 6 · 2022-02-11 11 · 2022-02-16 16 · 2022-02-21 21 · 2022-02-26 26 · 2022-03-01 March
        2000: 2022-01-25 25 · 2022-01-27 27 · 2022-01-29 29 · 2022-02-01 February · 2022-02-03 3 · 2022-02-05 5 · 2022-02-07 7 · 2022-02-09 9 · 2022-02-11 11 · 2022-02-13 13 · 2022-02-15 15 · 2022-02-17 17 · 2022-02-19 19 · 2022-02-21 21 · 2022-02-23 23 · 2022-02-25 25 · 2022-02-27 27 · 2022-03-01 March · 2022-03-03 3 · 2022-03-05 5
    "#]],
    );
    check(
        Scale::Week,
        "2021-11-01",
        "2022-06-30",
        &[320, 1000, 2000],
        UiLang::English,
        expect![[r#"
        320: 2022-01-01 2022 · 2022-03-26 April
        1000: 2021-10-30 November · 2021-11-27 December · 2022-01-01 2022 · 2022-01-29 February · 2022-02-26 March · 2022-03-26 April · 2022-04-30 May · 2022-05-28 June · 2022-06-25 July
        2000: 2021-10-30 November · 2021-11-27 December · 2022-01-01 2022 · 2022-01-29 February · 2022-02-26 March · 2022-03-26 April · 2022-04-30 May · 2022-05-28 June · 2022-06-25 July
    "#]],
    );
}

#[test]
fn years_and_longer_fall_on_round_years() {
    check(
        Scale::Year,
        "1987-01-01",
        "2026-12-31",
        &[320, 1000],
        UiLang::English,
        expect![[r#"
        320: 1990-01-01 1990 · 1995-01-01 1995 · 2000-01-01 2000 · 2005-01-01 2005 · 2010-01-01 2010 · 2015-01-01 2015 · 2020-01-01 2020
        1000: 1988-01-01 1988 · 1990-01-01 1990 · 1992-01-01 1992 · 1994-01-01 1994 · 1996-01-01 1996 · 1998-01-01 1998 · 2000-01-01 2000 · 2002-01-01 2002 · 2004-01-01 2004 · 2006-01-01 2006 · 2008-01-01 2008 · 2010-01-01 2010 · 2012-01-01 2012 · 2014-01-01 2014 · 2016-01-01 2016 · 2018-01-01 2018 · 2020-01-01 2020 · 2022-01-01 2022 · 2024-01-01 2024
    "#]],
    );
    check(
        Scale::Decade,
        "1000-01-01",
        "2029-12-31",
        &[320],
        UiLang::English,
        expect![[r#"
        320: 1000-01-01 1000 · 1200-01-01 1200 · 1400-01-01 1400 · 1600-01-01 1600 · 1800-01-01 1800
    "#]],
    );
}

#[test]
fn the_last_label_never_runs_past_the_chart_and_a_tiny_chart_keeps_what_fits() {
    check(
        Scale::Month,
        "2014-06-01",
        "2015-01-31",
        &[60, 20],
        UiLang::English,
        expect![[r#"
        60: 2014-07-01 July
        20: 
    "#]],
    );
}

#[test]
fn in_the_hijri_calendar_ticks_fall_on_hijri_month_and_year_starts() {
    let hijri = DateStyle { calendars: crate::format_date::Calendars::Hijri, ..DateStyle::default() };
    check_in(
        hijri,
        Scale::Month,
        "2022-06-01",
        "2024-08-31",
        &[200, 900],
        UiLang::Arabic,
        expect![[r#"
            200: 2022-07-30 1444 هـ · 2023-07-19 1445 هـ
            900: 2022-07-30 1444 هـ · 2022-10-26 ربيع الآخر · 2023-01-23 رجب · 2023-04-21 شوال · 2023-07-19 1445 هـ · 2023-10-16 ربيع الآخر · 2024-01-13 رجب · 2024-04-10 شوال · 2024-07-07 1446 هـ
        "#]],
    );
    check_in(
        hijri,
        Scale::Year,
        "2015-01-01",
        "2024-12-31",
        &[400],
        UiLang::English,
        expect![[r#"
            400: 2014-10-25 1436 AH · 2016-10-02 1438 AH · 2018-09-11 1440 AH · 2020-08-20 1442 AH · 2022-07-30 1444 AH
        "#]],
    );
    check_in(
        hijri,
        Scale::Day,
        "2023-03-15",
        "2023-04-30",
        &[900],
        UiLang::English,
        expect![[r#"
            900: 2023-03-18 26 · 2023-03-23 Ramadan · 2023-03-28 6 · 2023-04-02 11 · 2023-04-07 16 · 2023-04-12 21 · 2023-04-17 26 · 2023-04-21 Shawwal · 2023-04-26 6
        "#]],
    );
}
