//! Labels in both Arabic month series and in English, with both digit styles.

use super::*;
use crate::digits::Digits;
use crate::format_date::{DateStyle, MonthNames};
use crate::timeline::{Labels, Scale};
use crate::ui_lang::UiLang;
use expect_test::{expect, Expect};

fn styles() -> [(&'static str, DateStyle); 5] {
    let plain = DateStyle::default();
    [
        ("ar", plain),
        ("ar-SY", DateStyle { digits: Digits::ArabicIndic, ..plain }),
        ("ar", DateStyle { months: MonthNames::Levantine, ..plain }),
        ("ar-EG", DateStyle { months: MonthNames::EgyptianGulf, digits: Digits::ArabicIndic, ..DateStyle::default() }),
        ("en", plain),
    ]
}

/// For each style: the short label and the accessible label of the bucket holding `at`.
fn check_bar(scale: Scale, at: &str, count: u32, expect: Expect) {
    let g = grid(scale);
    let bucket = g.bucket_of(day(at));
    let mut out = String::new();
    for (lang, style) in styles() {
        let labels = Labels::new(UiLang::of_tag(lang), style);
        out.push_str(&format!("{} | {}\n", labels.short(g, bucket), labels.bar(g, bucket, count)));
    }
    expect.assert_eq(&out);
}

#[test]
fn bars_in_every_style() {
    check_bar(
        Scale::Year,
        "2022-05-01",
        1,
        expect![[r#"
        2022 | عام 2022: مقالة واحدة
        ٢٠٢٢ | عام ٢٠٢٢: مقالة واحدة
        2022 | عام 2022: مقالة واحدة
        ٢٠٢٢ | عام ٢٠٢٢: مقالة واحدة
        2022 | 2022: 1 article
    "#]],
    );
    // The scales a typo'd year calls for: the years a bar holds, in words in Arabic.
    check_bar(
        Scale::Decade,
        "2022-05-01",
        3,
        expect![[r#"
        2020 | من عام 2020 إلى عام 2029: 3 مقالات
        ٢٠٢٠ | من عام ٢٠٢٠ إلى عام ٢٠٢٩: ٣ مقالات
        2020 | من عام 2020 إلى عام 2029: 3 مقالات
        ٢٠٢٠ | من عام ٢٠٢٠ إلى عام ٢٠٢٩: ٣ مقالات
        2020 | 2020–2029: 3 articles
    "#]],
    );
    check_bar(
        Scale::Millennium,
        "0202-05-01",
        1,
        expect![[r#"
        0 | من عام 0 إلى عام 999: مقالة واحدة
        ٠ | من عام ٠ إلى عام ٩٩٩: مقالة واحدة
        0 | من عام 0 إلى عام 999: مقالة واحدة
        ٠ | من عام ٠ إلى عام ٩٩٩: مقالة واحدة
        0 | 0–999: 1 article
    "#]],
    );
    check_bar(
        Scale::Month,
        "2022-01-20",
        12,
        expect![[r#"
        كانون الثاني (يناير) | كانون الثاني (يناير) 2022: 12 مقالة
        كانون الثاني (يناير) | كانون الثاني (يناير) ٢٠٢٢: ١٢ مقالة
        كانون الثاني | كانون الثاني 2022: 12 مقالة
        يناير | يناير ٢٠٢٢: ١٢ مقالة
        January | January 2022: 12 articles
    "#]],
    );
    // Saturday weeks: 2022-01-15 to 2022-01-21; then one across months and one across years.
    check_bar(
        Scale::Week,
        "2022-01-17",
        2,
        expect![[r#"
        15–21 | الأسبوع من 15 إلى 21 كانون الثاني (يناير) 2022: مقالتان
        ١٥–٢١ | الأسبوع من ١٥ إلى ٢١ كانون الثاني (يناير) ٢٠٢٢: مقالتان
        15–21 | الأسبوع من 15 إلى 21 كانون الثاني 2022: مقالتان
        ١٥–٢١ | الأسبوع من ١٥ إلى ٢١ يناير ٢٠٢٢: مقالتان
        15–21 | Week of 15–21 January 2022: 2 articles
    "#]],
    );
    check_bar(
        Scale::Week,
        "2022-01-31",
        3,
        expect![[r#"
        29–4 | الأسبوع من 29 كانون الثاني (يناير) إلى 4 شباط (فبراير) 2022: 3 مقالات
        ٢٩–٤ | الأسبوع من ٢٩ كانون الثاني (يناير) إلى ٤ شباط (فبراير) ٢٠٢٢: ٣ مقالات
        29–4 | الأسبوع من 29 كانون الثاني إلى 4 شباط 2022: 3 مقالات
        ٢٩–٤ | الأسبوع من ٢٩ يناير إلى ٤ فبراير ٢٠٢٢: ٣ مقالات
        29–4 | Week of 29 January – 4 February 2022: 3 articles
    "#]],
    );
    check_bar(
        Scale::Week,
        "2021-12-31",
        0,
        expect![[r#"
        25–31 | الأسبوع من 25 إلى 31 كانون الأول (ديسمبر) 2021: لا مقالات
        ٢٥–٣١ | الأسبوع من ٢٥ إلى ٣١ كانون الأول (ديسمبر) ٢٠٢١: لا مقالات
        25–31 | الأسبوع من 25 إلى 31 كانون الأول 2021: لا مقالات
        ٢٥–٣١ | الأسبوع من ٢٥ إلى ٣١ ديسمبر ٢٠٢١: لا مقالات
        25–31 | Week of 25–31 December 2021: no articles
    "#]],
    );
    check_bar(
        Scale::Day,
        "2024-02-29",
        103,
        expect![[r#"
        29 | الخميس، 29 شباط (فبراير) 2024: 103 مقالات
        ٢٩ | الخميس، ٢٩ شباط (فبراير) ٢٠٢٤: ١٠٣ مقالات
        29 | الخميس، 29 شباط 2024: 103 مقالات
        ٢٩ | الخميس، ٢٩ فبراير ٢٠٢٤: ١٠٣ مقالات
        29 | Thursday, 29 February 2024: 103 articles
    "#]],
    );
}

#[test]
fn the_iso_week_of_the_example() {
    let g = Grid::new(Scale::Week, time::Weekday::Monday);
    let labels = Labels::new(UiLang::Arabic, DateStyle::default());
    expect!["الأسبوع من 17 إلى 23 كانون الثاني (يناير) 2022: 12 مقالة"].assert_eq(&labels.bar(
        g,
        g.bucket_of(day("2022-01-20")),
        12,
    ));
}

#[test]
fn axes_name_the_year_or_month_where_it_starts_in_the_readers_digits() {
    let mut out = String::new();
    for (scale, from, to) in [(Scale::Month, "2021-11-01", "2022-02-28"), (Scale::Day, "2022-01-30", "2022-02-02")] {
        let view = View::covering(grid(scale), range(from, to));
        for (lang, style) in [styles()[1], styles()[4]] {
            let ticks = Labels::new(UiLang::of_tag(lang), style).axis(&view, 2000, |text| text.len() as u32 * 8);
            let line: Vec<String> = ticks.into_iter().map(|t| t.label).collect();
            out.push_str(&line.join(" · "));
            out.push('\n');
        }
    }
    expect![[r#"
        تشرين الثاني (نوفمبر) · كانون الأول (ديسمبر) · ٢٠٢٢ · شباط (فبراير)
        November · December · 2022 · February
        ٣٠ · ٣١ · شباط (فبراير) · ٢
        30 · 31 · February · 2
    "#]]
    .assert_eq(&out);
}

#[test]
fn selections_are_announced_as_ranges() {
    let mut out = String::new();
    for (from, to) in [
        ("2022-01-20", "2022-01-20"),
        ("2022-01-17", "2022-01-23"),
        ("2022-01-29", "2022-02-04"),
        ("2021-12-29", "2022-01-04"),
    ] {
        for (lang, style) in [styles()[0], styles()[3], styles()[4]] {
            out.push_str(&Labels::new(UiLang::of_tag(lang), style).range(range(from, to)));
            out.push('\n');
        }
    }
    expect![[r#"
        20 كانون الثاني (يناير) 2022
        ٢٠ يناير ٢٠٢٢
        20 January 2022
        من 17 إلى 23 كانون الثاني (يناير) 2022
        من ١٧ إلى ٢٣ يناير ٢٠٢٢
        17–23 January 2022
        من 29 كانون الثاني (يناير) إلى 4 شباط (فبراير) 2022
        من ٢٩ يناير إلى ٤ فبراير ٢٠٢٢
        29 January – 4 February 2022
        من 29 كانون الأول (ديسمبر) 2021 إلى 4 كانون الثاني (يناير) 2022
        من ٢٩ ديسمبر ٢٠٢١ إلى ٤ يناير ٢٠٢٢
        29 December 2021 – 4 January 2022
    "#]]
    .assert_eq(&out);
}
