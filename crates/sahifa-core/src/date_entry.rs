//! A day as a reader types it into the date range's fields: day, month and year in the order
//! Arabic writing uses (`31/1/2022`), or year first (`2022-01-31`), in Western, Arabic-Indic or
//! Persian digits, with whatever separators a keyboard gives. Shown back day first.

use time::{Date, Month};

/// The day `text` names, or `None` when it names none (an empty field is no day either).
pub fn parse_date_entry(text: &str) -> Option<Date> {
    let mut groups: Vec<String> = Vec::with_capacity(3);
    let mut current = String::new();
    for c in text.chars() {
        match western_digit(c) {
            Some(digit) => current.push(digit),
            None if current.is_empty() => {}
            None => groups.push(std::mem::take(&mut current)),
        }
        if groups.len() > 3 {
            return None;
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    let [a, b, c] = <[String; 3]>::try_from(groups).ok()?;
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    if year.len() != 4 || month.len() > 2 || day.len() > 2 {
        return None;
    }
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// `day` as the field shows it: day/month/year, in ASCII digits (the UI's digits are applied
/// after).
pub fn write_date_entry(day: Date) -> String {
    format!("{:02}/{:02}/{:04}", day.day(), u8::from(day.month()), day.year())
}

/// The ASCII digit `c` stands for, in any of the three sets of digits Arabic text uses.
fn western_digit(c: char) -> Option<char> {
    let zero = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    char::from_digit(c as u32 - zero as u32, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::from_calendar_date(year, Month::try_from(month).unwrap(), day).unwrap()
    }

    #[test]
    fn a_day_is_read_in_either_order_and_any_digits() {
        for text in [
            "31/1/2022",
            "31/01/2022",
            "٣١/١/٢٠٢٢",
            "۳۱-۰۱-۲۰۲۲",
            "2022-01-31",
            "٢٠٢٢/١/٣١",
            " 31 . 1 . 2022 ",
            "31\u{060D}1\u{060D}2022",
        ] {
            assert_eq!(parse_date_entry(text), Some(date(2022, 1, 31)), "{text:?}");
        }
    }

    #[test]
    fn what_names_no_day_is_none() {
        for text in
            ["", "2022", "1/2022", "31/2/2022", "2022-13-01", "32/1/2022", "1/1/22", "1/1/2022/5", "31/001/2022", "abc"]
        {
            assert_eq!(parse_date_entry(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_day_is_shown_day_first_and_read_back() {
        let day = date(2015, 7, 4);
        assert_eq!(write_date_entry(day), "04/07/2015");
        assert_eq!(parse_date_entry(&write_date_entry(day)), Some(day));
    }
}
