//! Words for the chart in the UI's language: short axis labels, long labels a screen reader
//! announces for each bar, the selection and the list's group headers.
//!
//! Arabic gets the seed's style (`كانون الثاني (يناير) 2022`) with the month series and digits
//! of `DateStyle`; every other language gets English, as `format_date` does.

use super::count::{article_count, event_count};
use super::range::DateRange;
use super::rows::Group;
use super::scale::{Bucket, Grid, Scale};
use crate::format_date::{arabic_month, english_month, format_long_date, DateStyle};
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
        let first = grid.first_day(bucket);
        let text = match grid.scale {
            Scale::Year | Scale::Decade | Scale::Century | Scale::Millennium => first.year().to_string(),
            Scale::Month => self.month_name(first.month()),
            Scale::Week => format!("{}–{}", first.day(), grid.last_day(bucket).day()),
            Scale::Day => first.day().to_string(),
        };
        self.style.digits.apply(&text)
    }

    /// The period of one bar in full: `عام 2022`, `كانون الثاني (يناير) 2022`,
    /// `الأسبوع من 17 إلى 23 كانون الثاني (يناير) 2022`, the long date of a day, or
    /// `من عام 2020 إلى عام 2029` for a decade and longer.
    pub fn period(&self, grid: Grid, bucket: Bucket) -> String {
        let first = grid.first_day(bucket);
        match grid.scale {
            Scale::Year => self.style.digits.apply(&match self.lang {
                UiLang::Arabic => format!("عام {}", first.year()),
                UiLang::English => first.year().to_string(),
            }),
            // Words between the years rather than a dash: in Arabic text a dash between two
            // numbers would be drawn with the later year first.
            Scale::Decade | Scale::Century | Scale::Millennium => {
                let (from, to) = (first.year(), grid.last_day(bucket).year());
                self.style.digits.apply(&match self.lang {
                    UiLang::Arabic => format!("من عام {from} إلى عام {to}"),
                    UiLang::English => format!("{from}–{to}"),
                })
            }
            Scale::Month => self.style.digits.apply(&self.month_year(first.month(), first.year())),
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
        let (from, to) = (range.from, range.to);
        let whole = |d: Date| format!("{} {}", d.day(), self.month_year(d.month(), d.year()));
        let text = if from == to {
            whole(from)
        } else {
            let same_month = (from.year(), from.month()) == (to.year(), to.month());
            let head = if from.year() != to.year() {
                whole(from)
            } else if !same_month {
                format!("{} {}", from.day(), self.month_name(from.month()))
            } else {
                from.day().to_string()
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
            Group::Month { year, month } => self.style.digits.apply(&self.month_year(month, year)),
            Group::Undated => match self.lang {
                UiLang::Arabic => "بلا تاريخ".to_owned(),
                UiLang::English => "Undated".to_owned(),
            },
        }
    }

    pub(super) fn month_name(&self, month: Month) -> String {
        match self.lang {
            UiLang::Arabic => arabic_month(month, self.style.months),
            UiLang::English => english_month(month).to_owned(),
        }
    }

    fn month_year(&self, month: Month, year: i32) -> String {
        format!("{} {year}", self.month_name(month))
    }
}
