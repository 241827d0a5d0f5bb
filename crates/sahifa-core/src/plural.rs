//! How a count agrees with what it counts: CLDR's plural categories for Arabic and English, and
//! the forms of one count phrase. Every count sahifa writes (results, articles, minutes) picks
//! its form here, so no two of them can follow different rules.

use crate::ui_lang::UiLang;

/// A CLDR plural category: which form of the counted noun a number takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category of `n` in `lang`.
    ///
    /// Arabic, as CLDR has it: 0, 1 and 2 have their own forms; a number whose last two digits
    /// are 3–10 takes the plural (٣ مقالات، ١٠٣ مقالات), 11–99 the singular in the accusative
    /// (١١ مقالة), and the rest (100–102, 1000…) the singular in the genitive (١٠٠ مقالة).
    /// English: one for 1, other for every other number.
    ///
    /// A Rust function rather than the browser's `Intl.PluralRules`: the timeline's words are
    /// made in this crate, which has no web crates and must write the same natively, where the
    /// tests run, as in the browser; and a handful of comparisons weighs less in the release
    /// module than the glue of a call into `Intl` (measured both ways with `cargo xtask dist`).
    pub fn of(lang: UiLang, n: u64) -> Plural {
        match (lang, n) {
            (UiLang::Arabic, 0) => Plural::Zero,
            (_, 1) => Plural::One,
            (UiLang::Arabic, 2) => Plural::Two,
            (UiLang::Arabic, _) => match n % 100 {
                3..=10 => Plural::Few,
                11..=99 => Plural::Many,
                _ => Plural::Other,
            },
            (UiLang::English, _) => Plural::Other,
        }
    }
}

/// The forms of one count phrase, one a category of its language. `#` stands for the number,
/// in Western digits: the caller applies the reader's `Digits` to the whole phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Arabic {
        zero: &'static str,
        one: &'static str,
        two: &'static str,
        few: &'static str,
        many: &'static str,
        other: &'static str,
    },
    /// English has no zero category in CLDR; `zero` is what 0 reads as (ICU's `=0`), as
    /// "no articles" reads better than "0 articles".
    English { zero: &'static str, one: &'static str, other: &'static str },
}

impl Counted {
    /// The phrase for `n`.
    pub fn of(&self, n: u64) -> String {
        let form = match *self {
            Counted::Arabic { zero, one, two, few, many, other } => match Plural::of(UiLang::Arabic, n) {
                Plural::Zero => zero,
                Plural::One => one,
                Plural::Two => two,
                Plural::Few => few,
                Plural::Many => many,
                Plural::Other => other,
            },
            Counted::English { zero, one, other } => match (n, Plural::of(UiLang::English, n)) {
                (0, _) => zero,
                (_, Plural::One) => one,
                _ => other,
            },
        };
        match form.split_once('#') {
            Some((before, after)) => format!("{before}{n}{after}"),
            None => form.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn arabic_follows_cldr_on_the_last_two_digits() {
        let table: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 199, 200, 1000, 1003, 12906]
            .iter()
            .map(|&n| format!("{n}: {:?} {:?}", Plural::of(UiLang::Arabic, n), Plural::of(UiLang::English, n)))
            .collect();
        expect![[r#"
            0: Zero Other
            1: One One
            2: Two Other
            3: Few Other
            10: Few Other
            11: Many Other
            99: Many Other
            100: Other Other
            101: Other Other
            102: Other Other
            103: Few Other
            110: Few Other
            111: Many Other
            199: Many Other
            200: Other Other
            1000: Other Other
            1003: Few Other
            12906: Few Other"#]]
        .assert_eq(&table.join("\n"));
    }

    #[test]
    fn a_phrase_takes_its_category_s_form_and_the_number() {
        let days =
            Counted::Arabic {
                zero: "لا أيام", one: "يوم", two: "يومان", few: "# أيام", many: "# يومًا", other: "# يوم"
            };
        let forms: Vec<String> = [0, 1, 2, 5, 15, 100].map(|n| days.of(n)).into();
        assert_eq!(forms, ["لا أيام", "يوم", "يومان", "5 أيام", "15 يومًا", "100 يوم"]);
        let days = Counted::English { zero: "no days", one: "# day", other: "# days" };
        assert_eq!([0, 1, 2].map(|n| days.of(n)), ["no days", "1 day", "2 days"]);
    }
}
