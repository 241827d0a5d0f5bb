//! The languages sahifa writes its own words in (the interface, the timeline's labels, counts):
//! Arabic and English. A language tag or a stored code is read into `UiLang` once, where it enters;
//! past that point the language is compared as this enum, never as a string.

use crate::direction::primary_language;

/// A language sahifa's own words are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLang {
    Arabic,
    English,
}

impl UiLang {
    pub const ALL: [UiLang; 2] = [UiLang::Arabic, UiLang::English];

    /// The BCP 47 code, as stored and as put in `lang`.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::Arabic => "ar",
            UiLang::English => "en",
        }
    }

    /// Reads a code exactly as `code` writes it (a stored setting, a deployer's `lang`
    /// attribute); anything else is no choice at all.
    pub fn from_code(code: &str) -> Option<UiLang> {
        UiLang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The words for text in the language `tag` names: Arabic for any Arabic tag (`ar`, `ar-SY`),
    /// English for every other, as those are the two languages sahifa has words in.
    pub fn of_tag(tag: &str) -> UiLang {
        if primary_language(tag) == "ar" {
            UiLang::Arabic
        } else {
            UiLang::English
        }
    }

    /// The language's own name for itself, so a reader finds theirs whatever the UI shows.
    pub fn endonym(self) -> &'static str {
        match self {
            UiLang::Arabic => "العربية",
            UiLang::English => "English",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UiLang;

    #[test]
    fn codes_round_trip_and_tags_fall_back_to_english() {
        for lang in UiLang::ALL {
            assert_eq!(UiLang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(UiLang::from_code("ar-SY"), None);
        assert_eq!(UiLang::from_code("fr"), None);
        assert_eq!(UiLang::of_tag("ar-SY"), UiLang::Arabic);
        assert_eq!(UiLang::of_tag("AR"), UiLang::Arabic);
        assert_eq!(UiLang::of_tag("und-Arab"), UiLang::English);
        assert_eq!(UiLang::of_tag(""), UiLang::English);
    }
}
