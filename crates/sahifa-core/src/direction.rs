//! Text direction from a BCP 47 language tag: what `dir` an article or the page gets.

/// The base direction of a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Languages whose default script is written right to left.
const RTL_LANGUAGES: &[&str] =
    &["ar", "arc", "ckb", "dv", "fa", "he", "iw", "khw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"];

/// Scripts written right to left (ISO 15924), for tags such as `az-Arab` or `ar-Latn`.
const RTL_SCRIPTS: &[&str] = &["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "samr", "mand"];

/// The direction of a language tag: an explicit script subtag wins over the language's default.
pub fn direction_of(lang: &str) -> Direction {
    let mut subtags = lang.split(['-', '_']);
    let language = subtags.next().unwrap_or("").to_ascii_lowercase();
    if let Some(script) = subtags.next().filter(|s| s.len() == 4) {
        let script = script.to_ascii_lowercase();
        return if RTL_SCRIPTS.contains(&script.as_str()) { Direction::Rtl } else { Direction::Ltr };
    }
    if RTL_LANGUAGES.contains(&language.as_str()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// The primary language subtag, lower-cased: `"ar"` for `"ar-SY"`.
pub fn primary_language(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_language_then_script() {
        let table = [
            ("ar", "rtl"),
            ("ar-SY", "rtl"),
            ("AR", "rtl"),
            ("fa-IR", "rtl"),
            ("en", "ltr"),
            ("fr-FR", "ltr"),
            ("ar-Latn", "ltr"),
            ("ku-Arab", "rtl"),
            ("", "ltr"),
        ];
        for (tag, dir) in table {
            assert_eq!(direction_of(tag).as_attr(), dir, "for {tag:?}");
        }
    }
}
