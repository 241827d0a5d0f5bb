//! Light stemming: attached particles and a few common suffixes come off, nothing else; listed
//! broken plurals meet their singulars.
//!
//! `stem` returns a slice of the normalized word, so building the index allocates nothing for it.
//! Two endings are ambiguous, and rather than guess, a stem has `variants`, other terms the index
//! files the same word under and a query word also looks for:
//! - a single leading و ب ل may be a particle (وقال, بسبب, لوزارة) or the word's first letter
//!   (وزير, بيان, لجنة), so a stem starting with one has a variant without it;
//! - ات is the plural of most nouns in ة (شركة, شركات) and of some others (مشروع, مشروعات), so
//!   a stem ending in ات has the variants with ه (ة after normalization) and with nothing.
//!
//! And a listed broken plural (`plurals`) has its singular as a variant: السجون is filed under
//! سجن too.
//!
//! What this costs in wrong matches is measured in the module documentation of `search`.

use super::normalize::normalize;
use super::plurals::PLURALS;
use std::sync::OnceLock;

/// Particles whose reading is certain because the article follows them, longest first; `لل` is
/// ل + ال with the alef dropped, as Arabic writes it.
const PREFIXES: &[&str] = &["وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];

/// Single-letter particles that may just as well be the first letter of the word. ف and ك are
/// left out: on the corpus they are rarely particles on their own and often a first letter
/// (فكرة, كانت, كاميرات), and their variants merged more than they found.
const PARTICLES: &[char] = &['و', 'ب', 'ل'];

/// The plural endings ون ين and the plural pronouns, longest first. Not the dual ان (it would cut
/// لبنان, ايران, سلطان) nor a lone ه (after ة is folded to ه it would make مدرسه a مدرس and
/// جامعه a جامع). ات is handled by `variants`.
const SUFFIXES: &[&str] = &["هما", "ها", "هم", "ون", "ين"];

/// A stem keeps at least this many characters: shorter words are too ambiguous to cut.
const MIN_STEM: usize = 3;

/// The stem of a normalized word: at most one certain prefix and one suffix removed.
pub fn stem(word: &str) -> &str {
    strip_suffix(strip_prefix(word, MIN_STEM))
}

/// The other terms a word with this stem is filed under, without the stem itself.
pub fn variants(stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    plural_variants(stem, &mut out);
    if let Some(rest) = stem.strip_prefix(PARTICLES).filter(|r| long_enough(r, MIN_STEM)) {
        let rest = self::stem(rest);
        out.push(rest.to_owned());
        plural_variants(rest, &mut out);
    }
    // A listed broken plural, of the word or of the word without its particle.
    let listed: Vec<&str> = out.iter().map(String::as_str).chain([stem]).filter_map(singular).collect();
    out.extend(listed.into_iter().map(str::to_owned));
    out.retain(|v| v != stem);
    crate::one_sort::sort(&mut out);
    out.dedup();
    out
}

fn plural_variants(stem: &str, out: &mut Vec<String>) {
    if let Some(base) = stem.strip_suffix("ات") {
        if long_enough(base, 2) {
            out.push(format!("{base}ه"));
        }
        if long_enough(base, MIN_STEM) {
            out.push(base.to_owned());
        }
    }
}

/// What a word still being typed may become, as the terms that the finished word's stem and
/// its variants can be.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct TypedForms<'a> {
    /// The finished word's stem or one of its variants starts with one of these.
    pub(super) prefixes: Vec<&'a str>,
    /// Or is one of these: the typed word ends part-way into an ending the stemmer strips or
    /// reads (اللاجئي of اللاجئين, whose stem is لاجء), or begins a listed broken plural
    /// (سجو of سجون, filed under سجن too).
    pub(super) stems: Vec<String>,
    /// The finished word may be any word (one letter typed, a particle the stemmer strips such as
    /// ال, or a single-letter particle before one letter): nothing typed yet may narrow the results.
    pub(super) open: bool,
}

/// The forms a word still being typed may become. Every word that starts with `word` has its
/// stem and each of its variants among them, so a typed word matches every article its
/// finished word would (a property test over generated words holds it to that).
pub(super) fn typed_forms(word: &str) -> TypedForms<'_> {
    let mut forms = TypedForms::default();
    add_typed_forms(word, true, &mut forms);
    forms
}

/// Endings whose beginning a typed word may end with: the suffixes `stem` strips and the plural
/// ات that `variants` reads.
const ENDINGS: [&str; SUFFIXES.len() + 1] = {
    let mut all = [""; SUFFIXES.len() + 1];
    let mut i = 0;
    while i < SUFFIXES.len() {
        all[i] = SUFFIXES[i];
        i += 1;
    }
    all[i] = "ات";
    all
};

fn add_typed_forms<'a>(word: &'a str, particle: bool, forms: &mut TypedForms<'a>) {
    forms.open |= word.chars().nth(1).is_none() || PREFIXES.iter().any(|p| p.starts_with(word));
    let bases = std::iter::once(word).chain(PREFIXES.iter().filter_map(|p| word.strip_prefix(p)));
    for base in bases.filter(|b| !b.is_empty()) {
        if !forms.prefixes.contains(&base) {
            forms.prefixes.push(base);
        }
        for ending in ENDINGS {
            for (at, _) in ending.char_indices().skip(1) {
                if base.ends_with(&ending[..at]) {
                    let cut = strip_suffix(&format!("{base}{}", &ending[at..])).to_owned();
                    if !forms.stems.contains(&cut) {
                        forms.stems.push(cut);
                    }
                }
            }
        }
        for (_, singular) in table().iter().filter(|(plural, _)| plural.starts_with(base)) {
            if !forms.stems.contains(singular) {
                forms.stems.push(singular.clone());
            }
        }
        // As `variants` files a word without its single-letter particle.
        if let Some(rest) = base.strip_prefix(PARTICLES).filter(|_| particle) {
            add_typed_forms(rest, false, forms);
        }
    }
}

fn long_enough(word: &str, min: usize) -> bool {
    word.chars().nth(min - 1).is_some()
}

fn strip_prefix(word: &str, min: usize) -> &str {
    let head = Affix::head(word);
    PREFIX_AFFIXES
        .iter()
        .filter(|p| p.len <= word.len() && head & p.mask() == p.bytes)
        .map(|p| &word[p.len..])
        .find(|rest| long_enough(rest, min))
        .unwrap_or(word)
}

fn strip_suffix(word: &str) -> &str {
    let tail = Affix::tail(word);
    SUFFIX_AFFIXES
        .iter()
        .filter(|s| s.len <= word.len() && tail >> (64 - 8 * s.len) == s.bytes)
        .map(|s| &word[..word.len() - s.len])
        .find(|rest| long_enough(rest, MIN_STEM))
        .unwrap_or(word)
}

/// A prefix or suffix of at most eight bytes as an integer, so that the build's stemming of
/// millions of words compares integers rather than calling `memcmp` for each of its affixes
/// (which wasm does out of line, a call per comparison).
#[derive(Clone, Copy)]
struct Affix {
    /// The affix's bytes, the first in the lowest byte.
    bytes: u64,
    len: usize,
}

impl Affix {
    const fn new(text: &str) -> Affix {
        let b = text.as_bytes();
        assert!(b.len() <= 8);
        let mut bytes = 0u64;
        let mut i = b.len();
        while i > 0 {
            i -= 1;
            bytes = bytes << 8 | b[i] as u64;
        }
        Affix { bytes, len: b.len() }
    }

    fn mask(self) -> u64 {
        u64::MAX >> (64 - 8 * self.len)
    }

    /// The first eight bytes of `word` (fewer if it is shorter), as `bytes` holds an affix.
    fn head(word: &str) -> u64 {
        let b = word.as_bytes();
        let mut buf = [0u8; 8];
        let n = b.len().min(8);
        buf[..n].copy_from_slice(&b[..n]);
        u64::from_le_bytes(buf)
    }

    /// The last eight bytes of `word` in the top of the integer: shifted down by eight bits for
    /// each byte an affix is shorter than eight, they read as that affix's `bytes` would.
    fn tail(word: &str) -> u64 {
        let b = word.as_bytes();
        let mut buf = [0u8; 8];
        let n = b.len().min(8);
        buf[8 - n..].copy_from_slice(&b[b.len() - n..]);
        u64::from_le_bytes(buf)
    }
}

const PREFIX_AFFIXES: [Affix; PREFIXES.len()] = affixes(PREFIXES);
const SUFFIX_AFFIXES: [Affix; SUFFIXES.len()] = affixes(SUFFIXES);

/// The first `N` of `texts` as affixes, at compile time.
const fn affixes<const N: usize>(texts: &[&str]) -> [Affix; N] {
    let mut out = [Affix { bytes: 0, len: 0 }; N];
    let mut i = 0;
    while i < N {
        out[i] = Affix::new(texts[i]);
        i += 1;
    }
    out
}

/// The singular stem of a plural stem, if the plural is listed.
pub(super) fn singular(plural_stem: &str) -> Option<&'static str> {
    let table = table();
    table.binary_search_by(|(p, _)| p.as_str().cmp(plural_stem)).ok().map(|at| table[at].1.as_str())
}

/// The list as stems, sorted by plural.
pub(super) fn table() -> &'static [(String, String)] {
    static TABLE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let as_stem = |word: &str| stem(&normalize(word)).to_owned();
        let mut table: Vec<(String, String)> = PLURALS.iter().map(|&(p, s)| (as_stem(p), as_stem(s))).collect();
        crate::one_sort::sort(&mut table);
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize::normalize;
    use expect_test::{expect, Expect};

    /// Each word as `stem` or `stem[variant,…]`.
    fn check(words: &str, expect: Expect) {
        let stems: Vec<String> = words
            .split(' ')
            .map(|w| {
                let w = normalize(w);
                let s = stem(&w);
                match variants(s) {
                    v if v.is_empty() => s.to_owned(),
                    v => format!("{s}[{}]", v.join(",")),
                }
            })
            .collect();
        expect.assert_eq(&stems.join(" "));
    }

    #[test]
    fn certain_particles_come_off() {
        check("سجن السجن بالسجن والسجن للسجن فالسجن كالسجن", expect!["سجن سجن سجن سجن سجن سجن سجن"]);
        check("السجون والسجون سجون", expect!["سجون[سجن] سجون[سجن] سجون[سجن]"]);
    }

    #[test]
    fn a_single_letter_particle_gives_a_variant() {
        check("وسجن بسجن وزير الوزير وقال قال", expect!["وسجن[سجن] بسجن[سجن] وزير[زير] وزير[زير] وقال[قال] قال"]);
        check("ولد وسجونهم فكرة كانت", expect!["ولد وسجون[سجن,سجون] فكره كانت"]);
    }

    #[test]
    fn common_suffixes_come_off() {
        check("المعلمون المعلمين معلمان", expect!["معلم معلم معلمان"]);
        check("سجنها سجنهم سجنهما سجنه", expect!["سجن سجن سجن سجنه"]);
        check("مدرسة وزارة لبنان", expect!["مدرسه وزاره[زاره] لبنان[بنان]"]);
    }

    #[test]
    fn a_plural_in_at_meets_its_singular() {
        check("الشركات شركة المشروعات وللقوات", expect!["شركات[شرك,شركه] شركه مشروعات[مشروع,مشروعه] قوات[قوه]"]);
    }

    #[test]
    fn short_words_stay_whole() {
        check("الله له وان بان", expect!["الله له وان بان"]);
        check("paris 2018", expect!["paris 2018"]);
    }

    proptest::proptest! {
        /// The integer comparisons find the affixes the text comparisons find.
        #[test]
        fn affixes_compare_as_their_text(word in "[وفبكلاهمنيتa]{0,10}", min in 1usize..4) {
            let prefix = PREFIXES.iter().filter_map(|p| word.strip_prefix(p)).find(|r| long_enough(r, min));
            proptest::prop_assert_eq!(strip_prefix(&word, min), prefix.unwrap_or(&word));
            let suffix = SUFFIXES.iter().filter_map(|s| word.strip_suffix(s)).find(|r| long_enough(r, MIN_STEM));
            proptest::prop_assert_eq!(strip_suffix(&word), suffix.unwrap_or(&word));
        }
    }

    #[test]
    fn typed_words_lose_their_particles_early() {
        let typed = |w: &str| {
            let w = normalize(w);
            let f = typed_forms(&w);
            format!("{:?} {:?}{}", f.prefixes, f.stems, if f.open { " open" } else { "" })
        };
        expect![[r#"["بالسج", "السج", "سج"] ["سجين", "سجن"]"#]].assert_eq(&typed("بالسج"));
        expect![[r#"["بالس", "الس", "س"] ["سجين", "سجن", "سفير", "سوريا"]"#]].assert_eq(&typed("بالس"));
        expect![[r#"["وز", "ز"] ["وزير", "زعيم"] open"#]].assert_eq(&typed("وز"));
        expect![[r#"["وزا", "زا"] ["وزات", "زات"]"#]].assert_eq(&typed("وزا"));
        expect![[r#"["ال"] [] open"#]].assert_eq(&typed("ال"));
        expect![[r#"["اللاجءي", "لاجءي", "اجءي"] ["اللاجء", "لاجء", "اجء"]"#]].assert_eq(&typed("اللاجئي"));
        expect![[r#"["سجنهم"] ["سجن"]"#]].assert_eq(&typed("سجنهم"));
    }
}
