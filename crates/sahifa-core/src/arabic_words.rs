//! The words Arabic dates are written with: month and weekday names in their regional series,
//! and a tokenizer that folds the spelling variants a reader treats as the same word.

use time::{Month, Weekday};

/// Folds `text` into comparable tokens: Arabic-Indic digits become ASCII, hamza-carrying alefs
/// become a bare alef, final ى becomes ي, diacritics and tatweel go, and punctuation (Arabic and
/// Latin commas, `/`, parentheses, quotes, dashes) separates tokens. A run of digits is always
/// its own token, so `الإثنين،31` and `2022` split the way a reader sees them.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut current_is_digits = false;
    for c in text.chars() {
        let c = fold(c);
        let Some(c) = c else { continue };
        if is_separator(c) {
            flush(&mut out, &mut current);
            continue;
        }
        let is_digit = c.is_ascii_digit();
        if !current.is_empty() && is_digit != current_is_digits {
            flush(&mut out, &mut current);
        }
        current_is_digits = is_digit;
        current.push(c);
    }
    flush(&mut out, &mut current);
    out
}

fn flush(out: &mut Vec<String>, current: &mut String) {
    if !current.is_empty() {
        out.push(std::mem::take(current));
    }
}

/// One character folded to its comparable form; `None` for marks that carry no meaning here.
fn fold(c: char) -> Option<char> {
    match c {
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' => None,
        _ => Some(c),
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '،' | ','
                | '/'
                | '('
                | ')'
                | '['
                | ']'
                | '-'
                | '–'
                | '—'
                | '.'
                | '؛'
                | ';'
                | ':'
                | '"'
                | '“'
                | '”'
                | '«'
                | '»'
                | '\''
                | '؟'
                | '?'
                | '!'
        )
}

/// A month name, as folded tokens, in one regional series.
struct MonthName {
    words: &'static [&'static str],
    month: Month,
    series: Series,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Series {
    Levantine,
    EgyptianGulf,
    Maghrebi,
}

const fn name(words: &'static [&'static str], month: Month, series: Series) -> MonthName {
    MonthName { words, month, series }
}

use Month::*;
use Series::*;

/// Every month name this parser knows. Two-word Levantine names come before their one-word
/// prefixes would matter, since matching takes the longest name at a position.
const MONTH_NAMES: &[MonthName] = &[
    name(&["كانون", "الثاني"], January, Levantine),
    name(&["شباط"], February, Levantine),
    name(&["اذار"], March, Levantine),
    name(&["نيسان"], April, Levantine),
    name(&["ايار"], May, Levantine),
    name(&["حزيران"], June, Levantine),
    name(&["تموز"], July, Levantine),
    name(&["اب"], August, Levantine),
    name(&["ايلول"], September, Levantine),
    name(&["تشرين", "الاول"], October, Levantine),
    name(&["تشرين", "الثاني"], November, Levantine),
    name(&["كانون", "الاول"], December, Levantine),
    name(&["يناير"], January, EgyptianGulf),
    name(&["فبراير"], February, EgyptianGulf),
    name(&["مارس"], March, EgyptianGulf),
    name(&["ابريل"], April, EgyptianGulf),
    name(&["مايو"], May, EgyptianGulf),
    name(&["يونيو"], June, EgyptianGulf),
    name(&["يونيه"], June, EgyptianGulf),
    name(&["يوليو"], July, EgyptianGulf),
    name(&["يوليه"], July, EgyptianGulf),
    name(&["اغسطس"], August, EgyptianGulf),
    name(&["سبتمبر"], September, EgyptianGulf),
    name(&["اكتوبر"], October, EgyptianGulf),
    name(&["نوفمبر"], November, EgyptianGulf),
    name(&["ديسمبر"], December, EgyptianGulf),
    name(&["جانفي"], January, Maghrebi),
    name(&["فيفري"], February, Maghrebi),
    name(&["افريل"], April, Maghrebi),
    name(&["ماي"], May, Maghrebi),
    name(&["جوان"], June, Maghrebi),
    name(&["جويلية"], July, Maghrebi),
    name(&["اوت"], August, Maghrebi),
];

fn month_name_at(tokens: &[String], at: usize) -> Option<&'static MonthName> {
    MONTH_NAMES
        .iter()
        .filter(|n| tokens.len() >= at + n.words.len() && n.words.iter().zip(&tokens[at..]).all(|(w, t)| w == t))
        .max_by_key(|n| n.words.len())
}

/// A month written at `tokens[at..]`: one name, or two names from different series for the same
/// month (`كانون الثاني/يناير`, `يناير (كانون الثاني)`), in either order. Returns the month and
/// how many tokens it took. Two names that disagree are not a month: better no date than a
/// wrong one.
pub fn month_at(tokens: &[String], at: usize) -> Option<(Month, usize)> {
    let first = month_name_at(tokens, at)?;
    let after = at + first.words.len();
    match month_name_at(tokens, after) {
        Some(second) if second.series != first.series && second.month == first.month => {
            Some((first.month, first.words.len() + second.words.len()))
        }
        Some(_) => None,
        None => Some((first.month, first.words.len())),
    }
}

/// The weekday a folded token names, if any.
pub fn weekday(token: &str) -> Option<Weekday> {
    Some(match token {
        "الاحد" => Weekday::Sunday,
        "الاثنين" => Weekday::Monday,
        "الثلاثاء" => Weekday::Tuesday,
        "الاربعاء" => Weekday::Wednesday,
        "الخميس" => Weekday::Thursday,
        "الجمعة" => Weekday::Friday,
        "السبت" => Weekday::Saturday,
        _ => return None,
    })
}

/// The number a token of ASCII digits (after folding) stands for, if it is one.
pub fn number(token: &str) -> Option<u32> {
    (token.len() <= 4 && token.bytes().all(|b| b.is_ascii_digit())).then(|| token.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_where_a_reader_does() {
        assert_eq!(tokens("الإثنين،31 كانون الثاني(يناير)،2022"), ["الاثنين", "31", "كانون", "الثاني", "يناير", "2022"]);
        assert_eq!(tokens("في ٢٠ كانون الثاني/يناير الجاري"), ["في", "20", "كانون", "الثاني", "يناير", "الجاري"]);
    }

    #[test]
    fn paired_month_names_must_agree() {
        let t = tokens("كانون الثاني/يناير");
        assert_eq!(month_at(&t, 0), Some((January, 3)));
        let t = tokens("يناير (كانون الثاني)");
        assert_eq!(month_at(&t, 0), Some((January, 3)));
        let t = tokens("كانون الثاني/فبراير");
        assert_eq!(month_at(&t, 0), None);
        let t = tokens("تشرين الأول");
        assert_eq!(month_at(&t, 0), Some((October, 2)));
    }
}
