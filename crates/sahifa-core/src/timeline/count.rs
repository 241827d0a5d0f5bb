//! "12 articles" and "837 events" in words that agree with the number, in Arabic and in English (the rule is
//! `plural`'s, shared with every other count).

use crate::plural::Counted;
use crate::ui_lang::UiLang;

/// How many articles, digits in Western form (the caller applies `Digits`).
pub fn article_count(lang: UiLang, n: u32) -> String {
    match lang {
        UiLang::Arabic => ARABIC.of(n.into()),
        UiLang::English => ENGLISH.of(n.into()),
    }
}

/// How many events, digits in Western form (the caller applies `Digits`).
pub fn event_count(lang: UiLang, n: u32) -> String {
    match lang {
        UiLang::Arabic => ARABIC_EVENTS.of(n.into()),
        UiLang::English => ENGLISH_EVENTS.of(n.into()),
    }
}

const ARABIC_EVENTS: Counted =
    Counted::Arabic {
        zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "# أحداث", many: "# حدثًا", other: "# حدث"
    };

const ENGLISH_EVENTS: Counted = Counted::English { zero: "no events", one: "1 event", other: "# events" };

const ARABIC: Counted = Counted::Arabic {
    zero: "لا مقالات",
    one: "مقالة واحدة",
    two: "مقالتان",
    few: "# مقالات",
    many: "# مقالة",
    other: "# مقالة",
};

const ENGLISH: Counted = Counted::English { zero: "no articles", one: "1 article", other: "# articles" };

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(expect: Expect) {
        let table: Vec<String> = [0, 1, 2, 3, 10, 11, 12, 99, 100, 101, 102, 103, 110, 111, 1000, 12906]
            .iter()
            .map(|&n| format!("{n}: {} | {}", article_count(UiLang::Arabic, n), article_count(UiLang::English, n)))
            .chain(
                [2, 3, 11, 100, 837]
                    .map(|n| format!("{n}: {} | {}", event_count(UiLang::Arabic, n), event_count(UiLang::English, n))),
            )
            .collect();
        expect.assert_eq(&table.join("\n"));
    }

    #[test]
    fn counts_agree_with_their_number() {
        check(expect![[r#"
            0: لا مقالات | no articles
            1: مقالة واحدة | 1 article
            2: مقالتان | 2 articles
            3: 3 مقالات | 3 articles
            10: 10 مقالات | 10 articles
            11: 11 مقالة | 11 articles
            12: 12 مقالة | 12 articles
            99: 99 مقالة | 99 articles
            100: 100 مقالة | 100 articles
            101: 101 مقالة | 101 articles
            102: 102 مقالة | 102 articles
            103: 103 مقالات | 103 articles
            110: 110 مقالات | 110 articles
            111: 111 مقالة | 111 articles
            1000: 1000 مقالة | 1000 articles
            12906: 12906 مقالات | 12906 articles
            2: حدثان | 2 events
            3: 3 أحداث | 3 events
            11: 11 حدثًا | 11 events
            100: 100 حدث | 100 events
            837: 837 حدثًا | 837 events"#]]);
    }
}
