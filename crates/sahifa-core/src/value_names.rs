//! What a facet value is called on screen when the bundle gives it as a code: a language tag as
//! the language's name in the UI's language (`ar` → العربية, Arabic), and an identifier written
//! as one word (`internationalNews`, `middle_east`) as the words it is made of (International
//! News, Middle East). Hyphens are left alone: they join real words and names (`covid-19`,
//! `al-Hasakah`). Any other value is shown as it is written:
//! a name, a place, an Arabic tag. The value itself, in links and in the URL, does not change.

use crate::search::Facet;
use crate::UiLang;
use std::borrow::Cow;

/// The languages an archive of this field is most often written in, by their primary subtag,
/// with their names in Arabic and in English.
const LANGUAGES: [(&str, &str, &str); 16] = [
    ("ar", "العربية", "Arabic"),
    ("en", "الإنجليزية", "English"),
    ("fr", "الفرنسية", "French"),
    ("es", "الإسبانية", "Spanish"),
    ("de", "الألمانية", "German"),
    ("fa", "الفارسية", "Persian"),
    ("ur", "الأردية", "Urdu"),
    ("tr", "التركية", "Turkish"),
    ("ku", "الكردية", "Kurdish"),
    ("ckb", "الكردية السورانية", "Central Kurdish"),
    ("kmr", "الكردية الكرمانجية", "Northern Kurdish"),
    ("he", "العبرية", "Hebrew"),
    ("ru", "الروسية", "Russian"),
    ("zh", "الصينية", "Chinese"),
    ("syr", "السريانية", "Syriac"),
    ("und", "لغة غير محددة", "Undetermined language"),
];

/// The name `value` of `facet` is shown by, in `ui`.
pub fn value_name(facet: Facet, value: &str, ui: UiLang) -> Cow<'_, str> {
    match facet {
        Facet::Language => language_name(value, ui).map_or(Cow::Borrowed(value), Cow::Borrowed),
        Facet::Year => Cow::Borrowed(value),
        _ => identifier_words(value).map_or(Cow::Borrowed(value), Cow::Owned),
    }
}

/// A language tag's name, from its primary subtag alone (`ar-SY`, `ar-Latn` are Arabic); `None`
/// for a language the table does not have.
fn language_name(tag: &str, ui: UiLang) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?;
    let (_, arabic, english) = LANGUAGES.iter().find(|(code, _, _)| primary.eq_ignore_ascii_case(code))?;
    Some(match ui {
        UiLang::Arabic => arabic,
        UiLang::English => english,
    })
}

/// The words of an identifier: ASCII letters and digits in camelCase, or joined by `_`,
/// at least two words, lower-case at the start. `None` for anything else, which is shown as
/// written: a single word (`sport`), an acronym (`ISIS`), a name with spaces, any other script.
fn identifier_words(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    if value.len() > 64 || !bytes.first()?.is_ascii_lowercase() {
        return None;
    }
    if !bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_') {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    for part in value.split('_') {
        if part.is_empty() {
            return None;
        }
        let mut word = String::new();
        for c in part.chars() {
            if c.is_ascii_uppercase() && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            word.push(c);
        }
        words.push(word);
    }
    if words.len() < 2 {
        return None;
    }
    let title = |word: &String| {
        let mut chars = word.chars();
        chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
    };
    Some(words.iter().map(title).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_as_names_and_everything_else_as_written() {
        let cases = [
            (Facet::Language, "ar", "العربية", "Arabic"),
            (Facet::Language, "ar-SY", "العربية", "Arabic"),
            (Facet::Language, "EN", "الإنجليزية", "English"),
            (Facet::Language, "und-Latn", "لغة غير محددة", "Undetermined language"),
            (Facet::Language, "xx", "xx", "xx"),
            (Facet::Tag, "internationalNews", "International News", "International News"),
            (Facet::Tag, "middleEast", "Middle East", "Middle East"),
            (Facet::Tag, "human_rights", "Human Rights", "Human Rights"),
            (Facet::Tag, "covid-19", "covid-19", "covid-19"),
            (Facet::Place, "al-Hasakah", "al-Hasakah", "al-Hasakah"),
            (Facet::Source, "bbcArabic", "Bbc Arabic", "Bbc Arabic"),
            (Facet::Tag, "sport", "sport", "sport"),
            (Facet::Tag, "ISIS", "ISIS", "ISIS"),
            (Facet::Tag, "سجون", "سجون", "سجون"),
            (Facet::Place, "Washington, D.C.", "Washington, D.C.", "Washington, D.C."),
            (Facet::Tag, "a__b", "a__b", "a__b"),
            (Facet::Tag, "trailing_", "trailing_", "trailing_"),
            (Facet::Year, "2015", "2015", "2015"),
        ];
        for (facet, value, arabic, english) in cases {
            assert_eq!(value_name(facet, value, UiLang::Arabic), arabic, "{value}");
            assert_eq!(value_name(facet, value, UiLang::English), english, "{value}");
        }
    }
}
