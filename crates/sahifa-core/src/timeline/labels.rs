//! Words for the chart in the UI's language: short axis labels, long labels a screen reader
//! announces for each bar, the selection and the list's group headers.
//!
//! Arabic gets the seed's style (`كانون الثاني (يناير) 2022`) with the month series and digits
//! of `DateStyle`; every other language gets English, as `format_date` does. When the style's
//! calendar is the Hijri one, months and years are Hijri ones (`رمضان 1444 هـ`), matching a
//! Hijri grid's bars.

use super::count::{article_count, event_count};
use super::range::DateRange;
use super::rows::Group;
use super::scale::{Bucket, Grid, Scale};
use crate::format_date::{
    arabic_month, english_month, format_long_date, hijri_month, hijri_year, Calendars, DateStyle,
};
use crate::hijri::hijri_of;
use crate::ui_lang::UiLang;
use time::{Date, Month};

/// The labeller for one UI language and date style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    lang: UiLang,
    pub(super) style: DateStyle,
}

impl Labels {
    pub fn new(lang: UiLang, style: DateStyle) -> Labels {
        Labels { lang, style }
    }

    /// The short label under one bar: `2022`, the month's name, `17–23`, `17`.
    pub fn short(&self, grid: Grid, bucket: Bucket) -> String {
        let (year, month, day) = self.ymd(grid.first_day(bucket));
        let text = match grid.scale {
            Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => self.year_text(year),
            Scale::Month => self.month_name(month),
            Scale::Week => format!("{day}–{}", self.ymd(grid.last_day(bucket)).2),
            Scale::Day => day.to_string(),
        };
        self.style.digits.apply(&text)
    }

    /// The period of one bar in full: `عام 2022`, `كانون الثاني (يناير) 2022`,
    /// `الأسبوع من 17 إلى 23 كانون الثاني (يناير) 2022`, the long date of a day, or
    /// `من عام 2020 إلى عام 2029` for a decade and longer.
    pub fn period(&self, grid: Grid, bucket: Bucket) -> String {
        let first = grid.first_day(bucket);
        let (year, month, _) = self.ymd(first);
        match grid.scale {
            Scale::Year => self.style.digits.apply(&match self.lang {
                UiLang::Arabic => format!("عام {}", self.year_text(year)),
                UiLang::English => self.year_text(year),
            }),
            // Words between the years rather than a dash: in Arabic text a dash between two
            // numbers would be drawn with the later year first.
            Scale::Decade | Scale::Century | Scale::Millennium => {
                let (from, to) = (self.year_text(year), self.year_text(self.ymd(grid.last_day(bucket)).0));
                self.style.digits.apply(&match self.lang {
                    UiLang::Arabic => format!("من عام {from} إلى عام {to}"),
                    UiLang::English => format!("{from}–{to}"),
                })
            }
            Scale::Month => self.style.digits.apply(&self.month_year(month, year)),
            Scale::Week => {
                let days = self.range(DateRange { from: first, to: grid.last_day(bucket) });
                match self.lang {
                    UiLang::Arabic => format!("الأسبوع {days}"),
                    UiLang::English => format!("Week of {days}"),
                }
            }
            Scale::Day => format_long_date(first, self.lang, self.style),
        }
    }

    /// What a screen reader says for one bar: its period and its count.
    pub fn bar(&self, grid: Grid, bucket: Bucket, count: u32) -> String {
        format!("{}: {}", self.period(grid, bucket), self.count(count))
    }

    /// An inclusive range of days, naming the month and year once when they are shared:
    /// `من 17 إلى 23 كانون الثاني (يناير) 2022`, `17–23 January 2022`.
    pub fn range(&self, range: DateRange) -> String {
        let (from, to) = (self.ymd(range.from), self.ymd(range.to));
        let whole = |(y, m, d): (i32, u8, u8)| format!("{d} {}", self.month_year(m, y));
        let text = if from == to {
            whole(from)
        } else {
            let same_month = (from.0, from.1) == (to.0, to.1);
            let head = if from.0 != to.0 {
                whole(from)
            } else if !same_month {
                format!("{} {}", from.2, self.month_name(from.1))
            } else {
                from.2.to_string()
            };
            match self.lang {
                UiLang::Arabic => format!("من {head} إلى {}", whole(to)),
                UiLang::English if same_month => format!("{head}–{}", whole(to)),
                UiLang::English => format!("{head} – {}", whole(to)),
            }
        };
        self.style.digits.apply(&text)
    }

    /// How many articles, in words that agree with the number.
    pub fn count(&self, n: u32) -> String {
        self.style.digits.apply(&article_count(self.lang, n))
    }

    /// A bare number in the reader's digits, for a count drawn beside what it counts.
    pub fn number(&self, n: usize) -> String {
        self.style.digits.apply(&n.to_string())
    }

    /// How many events, in words that agree with the number.
    pub fn events(&self, n: u32) -> String {
        self.style.digits.apply(&event_count(self.lang, n))
    }

    /// The header of a group in the list under the chart.
    pub fn group(&self, group: Group) -> String {
        match group {
            Group::Day(day) => format_long_date(day, self.lang, self.style),
            Group::Month { year, month } => {
                let gregorian = Labels { style: DateStyle { calendars: Calendars::Gregorian, ..self.style }, ..*self };
                self.style.digits.apply(&gregorian.month_year(u8::from(month), year))
            }
            Group::Undated => match self.lang {
                UiLang::Arabic => "بلا تاريخ".to_owned(),
                UiLang::English => "Undated".to_owned(),
            },
        }
    }

    /// Whether months and years are written as Hijri ones (as a Hijri grid's bars are).
    fn hijri(&self) -> bool {
        self.style.calendars == Calendars::Hijri
    }

    /// A day's year, month (1–12) and day in the labels' calendar.
    fn ymd(&self, day: Date) -> (i32, u8, u8) {
        if self.hijri() {
            let h = hijri_of(day);
            (h.year, h.month, h.day)
        } else {
            (day.year(), u8::from(day.month()), day.day())
        }
    }

    pub(super) fn month_name(&self, month: u8) -> String {
        if self.hijri() {
            return hijri_month(month, self.lang).to_owned();
        }
        let month = Month::try_from(month).unwrap_or(Month::January);
        match self.lang {
            UiLang::Arabic => arabic_month(month, self.style.months),
            UiLang::English => english_month(month).to_owned(),
        }
    }

    /// A year as the axis and the periods write it: `2022`, or `1444 هـ` in the Hijri calendar.
    pub(super) fn year_text(&self, year: i32) -> String {
        if self.hijri() {
            hijri_year(year, self.lang)
        } else {
            year.to_string()
        }
    }

    fn month_year(&self, month: u8, year: i32) -> String {
        format!("{} {}", self.month_name(month), self.year_text(year))
    }
}
