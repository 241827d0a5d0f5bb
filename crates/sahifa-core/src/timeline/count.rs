//! "12 articles" in words that agree with the number, in Arabic and in English.

/// How many articles, in Arabic, digits in Western form (the caller applies `Digits`).
///
/// Arabic counted nouns follow the number: none, one and two have their own forms; the last
/// two digits 3–10 take the plural (٣ مقالات، ١٠٣ مقالات), and everything else the
/// singular (١١ مقالة، ١٠٠ مقالة). These are CLDR's zero/one/two/few/many/other classes.
pub fn arabic_article_count(n: u32) -> String {
    match n {
        0 => "لا مقالات".to_owned(),
        1 => "مقالة واحدة".to_owned(),
        2 => "مقالتان".to_owned(),
        _ if (3..=10).contains(&(n % 100)) => format!("{n} مقالات"),
        _ => format!("{n} مقالة"),
    }
}

/// How many articles, in English.
pub fn english_article_count(n: u32) -> String {
    match n {
        0 => "no articles".to_owned(),
        1 => "1 article".to_owned(),
        _ => format!("{n} articles"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(expect: Expect) {
        let table: Vec<String> = [0, 1, 2, 3, 10, 11, 12, 99, 100, 101, 102, 103, 110, 111, 1000, 12906]
            .iter()
            .map(|&n| format!("{n}: {} | {}", arabic_article_count(n), english_article_count(n)))
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
            12906: 12906 مقالات | 12906 articles"#]]);
    }
}
