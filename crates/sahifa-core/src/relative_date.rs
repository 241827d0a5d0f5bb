//! Days an article's body refers to relative to its publication (`٢٠ كانون الثاني/يناير الجاري`,
//! `أمس`, `الخميس الماضي`), resolved against the publication date into events.
//!
//! Precision comes before recall: a wrong event on the timeline misleads a reader, a missing one
//! only leaves a gap. So only unambiguous phrasings are read; a bare weekday (`يوم الخميس`)
//! could be last week or next and is left alone, and a stated weekday that disagrees with the
//! resolved day drops the reference.

use crate::arabic_words::{month_at, number, tokens, weekday};
use time::{Date, Duration, Month, Weekday};

/// A day the body refers to, and the sentence that refers to it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FoundEvent {
    pub date: Date,
    pub sentence: String,
}

/// The events the body's relative day references point to, sorted by date, then sentence.
/// References to the publication day itself are not events and are left out.
pub fn find_events(paragraphs: &[String], published: Date) -> Vec<FoundEvent> {
    let mut found: Vec<FoundEvent> = paragraphs
        .iter()
        .flat_map(|p| sentences(p))
        .flat_map(|sentence| {
            let tokens = tokens(&unquoted(sentence));
            (0..tokens.len())
                .filter_map(|at| reference_at(&tokens, at, published))
                .filter(|date| *date != published)
                .map(|date| FoundEvent { date, sentence: sentence.to_owned() })
                .collect::<Vec<_>>()
        })
        .collect();
    crate::one_sort::sort(&mut found);
    found.dedup();
    found
}

/// Splits a paragraph at sentence ends (a full stop between digits is a decimal point).
fn sentences(paragraph: &str) -> impl Iterator<Item = &str> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut cuts = vec![0];
    for (i, &(at, c)) in chars.iter().enumerate() {
        let decimal =
            c == '.' && i > 0 && chars[i - 1].1.is_numeric() && chars.get(i + 1).is_some_and(|&(_, n)| n.is_numeric());
        if matches!(c, '.' | '!' | '؟' | '?' | '؛' | '\n') && !decimal {
            cuts.push(at + c.len_utf8());
        }
    }
    cuts.push(paragraph.len());
    cuts.windows(2).map(|w| paragraph[w[0]..w[1]].trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().into_iter()
}

/// The sentence without quoted speech: "yesterday" inside a quote is the speaker's, said on a
/// day the article may not give.
fn unquoted(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut closing: Option<char> = None;
    for c in sentence.chars() {
        match (closing, c) {
            (None, '«') => closing = Some('»'),
            (None, '“') => closing = Some('”'),
            (None, '"') => closing = Some('"'),
            (Some(close), c) if c == close => {
                closing = None;
                out.push(' ');
            }
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    // An unclosed quote leaves nothing reliable after it; what came before stands.
    out
}

const CURRENT: [&str; 4] = ["الجاري", "الحالي", "الجارية", "الحالية"];
const PAST: [&str; 2] = ["الماضي", "الماضية"];

/// The day a reference starting at `tokens[at]` points to, if one starts there.
fn reference_at(tokens: &[String], at: usize, published: Date) -> Option<Date> {
    let token = tokens[at].as_str();
    let next = |i: usize| tokens.get(at + i).map(String::as_str);
    if let Some(day) = number(token).filter(|_| token.len() <= 2) {
        return day_of_month(tokens, at, day, published);
    }
    if token == "امس" {
        // "أمس الأول", "أول أمس" and "أول من أمس" are the day before yesterday.
        let before =
            |words: &[&str]| at >= words.len() && tokens[at - words.len()..at].iter().zip(words).all(|(t, w)| t == w);
        let day_before = next(1) == Some("الاول") || before(&["اول"]) || before(&["اول", "من"]);
        let day = published - Duration::days(if day_before { 2 } else { 1 });
        // "أمس الخميس": the named weekday must be that day, or the reference is dropped.
        return match next(1).and_then(weekday) {
            Some(named) if named != day.weekday() => None,
            _ => Some(day),
        };
    }
    if let Some(named) = weekday(token) {
        if next(1).is_some_and(|w| PAST.contains(&w)) && !preceded_by_yesterday(tokens, at) {
            return Some(last_weekday_before(published, named));
        }
    }
    None
}

fn preceded_by_yesterday(tokens: &[String], at: usize) -> bool {
    at > 0 && tokens[at - 1] == "امس"
}

/// `20 كانون الثاني/يناير الجاري`, `5 من الشهر الماضي`, `3 آذار الماضي`.
fn day_of_month(tokens: &[String], at: usize, day: u32, published: Date) -> Option<Date> {
    let (month, year) = if let Some((month, used)) = month_at(tokens, at + 1) {
        let when = tokens.get(at + 1 + used).map(String::as_str)?;
        if CURRENT.contains(&when) {
            // "the current month" named by a name that is not the current month is a mistake
            // somewhere; better no event than a guessed one.
            (month == published.month()).then_some((month, published.year()))?
        } else if PAST.contains(&when) {
            let year = if month < published.month() { published.year() } else { published.year() - 1 };
            (month, year)
        } else {
            return None;
        }
    } else {
        let words: Vec<&str> = tokens.get(at + 1..at + 4)?.iter().map(String::as_str).collect();
        match words.as_slice() {
            ["من", "الشهر", when] if CURRENT.contains(when) => (published.month(), published.year()),
            ["من", "الشهر", when] if PAST.contains(when) => {
                let previous = published.month().previous();
                let year = if previous == Month::December { published.year() - 1 } else { published.year() };
                (previous, year)
            }
            _ => return None,
        }
    };
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// The last `weekday` strictly before `published` ("الخميس الماضي" said on a Thursday is a week ago).
fn last_weekday_before(published: Date, weekday: Weekday) -> Date {
    let mut day = published - Duration::days(1);
    while day.weekday() != weekday {
        day -= Duration::days(1);
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_day;
    use expect_test::{expect, Expect};
    use proptest::prelude::*;

    fn check(published: &str, body: &str, expect: Expect) {
        let published = parse_day(published).unwrap();
        let found = find_events(&[body.to_owned()], published);
        let actual: Vec<String> = found.iter().map(|e| format!("{} | {}", e.date, e.sentence)).collect();
        expect.assert_eq(&actual.join("\n"));
    }

    #[test]
    fn the_seed_reference() {
        check(
            "2022-01-31",
            "وقال إن الهجوم كان منسقاً. وفي ٢٠ كانون الثاني/يناير الجاري، هاجمت خلايا السجن. وأوضح أن ١٠ آلاف محتجزين.",
            expect!["2022-01-20 | وفي ٢٠ كانون الثاني/يناير الجاري، هاجمت خلايا السجن."],
        );
    }

    #[test]
    fn relative_references_resolve_against_publication() {
        check("2022-01-31", "وصل أمس إلى المدينة.", expect!["2022-01-30 | وصل أمس إلى المدينة."]);
        check("2022-01-31", "وصل أمس الأول.", expect!["2022-01-29 | وصل أمس الأول."]);
        check("2022-01-31", "وصل أمس الأحد.", expect!["2022-01-30 | وصل أمس الأحد."]);
        check("2022-01-31", "عقد الاجتماع الخميس الماضي", expect!["2022-01-27 | عقد الاجتماع الخميس الماضي"]);
        check(
            "2022-01-31",
            "قتل في ٣ كانون الأول/ديسمبر الماضي",
            expect!["2021-12-03 | قتل في ٣ كانون الأول/ديسمبر الماضي"],
        );
        check("2022-03-10", "في 5 من الشهر الماضي", expect!["2022-02-05 | في 5 من الشهر الماضي"]);
        check("2022-01-10", "في 5 من الشهر الماضي", expect!["2021-12-05 | في 5 من الشهر الماضي"]);
        check("2022-03-10", "في 2 من الشهر الجاري", expect!["2022-03-02 | في 2 من الشهر الجاري"]);
        check("2022-01-31", "الجمعة الماضية", expect!["2022-01-28 | الجمعة الماضية"]);
    }

    #[test]
    fn ambiguous_or_contradictory_references_give_no_event() {
        // A weekday alone could be last week or next.
        check("2022-01-31", "يعقد الاجتماع يوم الخميس", expect![""]);
        // Yesterday was a Sunday, not a Friday.
        check("2022-01-31", "وصل أمس الجمعة", expect![""]);
        // "the current February" in January.
        check("2022-01-31", "في 20 شباط الجاري", expect![""]);
        // A month with no relative word is not resolved here.
        check("2022-01-31", "في 20 شباط", expect![""]);
        // Not a day that exists.
        check("2022-02-10", "في 30 شباط الجاري", expect![""]);
        // An evening (أمسية) is not yesterday; the publication day itself is not an event.
        check("2022-01-31", "أمسية شعرية في ٣١ كانون الثاني الجاري", expect![""]);
        check("2022-01-31", "بلغ 3.5 مليون", expect![""]);
        // Found in the corpus: a quote's "yesterday" is the speaker's, not the article's.
        check("2022-01-31", "وقال يوم الجمعة “قضيت يوم أمس مع العائلة”", expect![""]);
        check("2022-01-31", "وقال «وصلنا أمس» ثم غادر أمس", expect!["2022-01-30 | وقال «وصلنا أمس» ثم غادر أمس"]);
    }

    proptest! {
        /// Events never fall on the publication day, never more than a year and a month from
        /// it, and every sentence is text of the body.
        #[test]
        fn events_stay_near_publication(body in "[0-9٠-٩ ،./()امسالجاريالماضيكانونالثانييناير]{0,60}", days in 0i32..40_000) {
            let published = Date::from_calendar_date(1950, Month::January, 1).unwrap() + Duration::days(days.into());
            for event in find_events(std::slice::from_ref(&body), published) {
                prop_assert!(event.date != published);
                prop_assert!((event.date - published).whole_days().abs() <= 400);
                prop_assert!(body.contains(&event.sentence));
            }
        }

        #[test]
        fn never_panics(body in "\\PC{0,80}") {
            let published = Date::from_calendar_date(2022, Month::January, 31).unwrap();
            let _ = find_events(&[body], published);
        }
    }
}
