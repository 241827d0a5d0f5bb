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

/// How many strong letters `Letters::of` reads: a title and a sentence or two decide it.
const LETTERS_READ: usize = 200;

/// How many times more letters of the other direction an article's opening must have before it
/// is taken to be in another script than its bundle: a Latin name inside an Arabic title must not
/// turn the article left to right.
const EVIDENCE: usize = 4;

/// Fewer letters than this are no evidence at all: "t", "p" or an acronym says little about
/// which language an article is in.
const MIN_LETTERS: usize = 8;

/// The strong letters of a text's opening counted by the direction of their script (Arabic,
/// Hebrew, Syriac, Thaana, N'Ko right to left; Latin, Greek, Cyrillic left to right); digits and
/// punctuation say nothing. Small and copied, so that an article's language can be settled after
/// its text is read, once the bundle's own is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letters {
    rtl: u8,
    ltr: u8,
}

// Both counts fit a byte because reading stops at LETTERS_READ.
const _: () = assert!(LETTERS_READ <= u8::MAX as usize);

impl Letters {
    /// Counts the letters of `parts` read one after the other, as if joined by spaces.
    pub fn of(parts: &[&str]) -> Letters {
        let (mut rtl, mut ltr) = (0usize, 0usize);
        for c in parts.iter().flat_map(|p| p.chars()) {
            match c as u32 {
                0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF => rtl += 1,
                0x0041..=0x005A
                | 0x0061..=0x007A
                | 0x00C0..=0x024F
                | 0x0370..=0x03FF
                | 0x0400..=0x04FF
                | 0x1E00..=0x1EFF => ltr += 1,
                _ => continue,
            }
            if rtl + ltr >= LETTERS_READ {
                break;
            }
        }
        Letters { rtl: rtl as u8, ltr: ltr as u8 }
    }

    /// The language tag of an article with these letters that gave none: the bundle's, unless
    /// its text is plainly in a script of the other direction; then "undetermined language in
    /// that script" (`und-Latn`, `und-Arab`), so that it is laid out the right way without being
    /// read aloud as the bundle's language.
    pub fn lang_in(self, bundle_lang: &str) -> String {
        let (rtl, ltr) = (usize::from(self.rtl), usize::from(self.ltr));
        if rtl + ltr < MIN_LETTERS {
            return bundle_lang.to_owned();
        }
        match direction_of(bundle_lang) {
            Direction::Rtl if ltr > EVIDENCE * rtl => "und-Latn".to_owned(),
            Direction::Ltr if rtl > EVIDENCE * ltr => "und-Arab".to_owned(),
            _ => bundle_lang.to_owned(),
        }
    }
}

/// The language tag of an article that gave none, from its opening text (see `Letters::lang_in`).
pub fn inferred_lang(bundle_lang: &str, text: &str) -> String {
    Letters::of(&[text]).lang_in(bundle_lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_says_its_direction_when_the_bundle_does_not() {
        let table = [
            ("ar", "هجوم على سجن الحسكة", "ar"),
            ("ar", "Field notes from the north-east", "und-Latn"),
            ("ar", "Report on Idlib: 12 سجيناً", "ar"),
            ("ar", "تقرير عن Human Rights Watch في سوريا", "ar"),
            ("en", "تقرير عن المياه", "und-Arab"),
            ("en", "2022 — 31/01", "en"),
            ("fr", "Rapport sur l'eau", "fr"),
        ];
        for (bundle, text, lang) in table {
            assert_eq!(inferred_lang(bundle, text), lang, "{text:?} in a {bundle} bundle");
        }
        assert_eq!(direction_of("und-Latn"), Direction::Ltr);
        assert_eq!(direction_of("und-Arab"), Direction::Rtl);
    }

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
