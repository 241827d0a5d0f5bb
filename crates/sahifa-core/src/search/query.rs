//! Reading what the reader typed: words, "quoted phrases", -excluded words, and the word still
//! being typed. Any string parses; what cannot be searched for is dropped.

use super::normalize::normalize;
use super::stem::{stem, typed_prefixes, variants};
use super::tokenize::tokens;

/// Words beyond this many are ignored: no reader types more, and it bounds the work of a search.
const MAX_WORDS: usize = 16;

/// A query, ready to be matched against the index or against a text to highlight.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Every one of them must match.
    pub words: Vec<QueryWord>,
    /// Every one of them must match, its words next to each other in this order.
    pub phrases: Vec<Vec<QueryWord>>,
    /// None of them may match.
    pub excluded: Vec<QueryWord>,
    /// None of them may appear, as for `phrases`: written `-"…"`.
    pub excluded_phrases: Vec<Vec<QueryWord>>,
}

/// One word of a query, as the terms it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// Its stem and the stem's variants: a word of the text matches if its stem or one of its
    /// variants is among them.
    pub terms: Vec<String>,
    /// For the word still being typed: it also matches any term that starts with one of these.
    pub prefixes: Vec<String>,
}

impl QueryWord {
    fn new(word: &str, typing: bool) -> QueryWord {
        let s = stem(word);
        let mut terms = vec![s.to_owned()];
        terms.extend(variants(s));
        let mut prefixes = Vec::new();
        if typing {
            let (first, second) = typed_prefixes(word);
            // A single letter typed alone would match a good part of the dictionary: it is only
            // a word. After a particle (الق) the reader has typed more and means it.
            let typed_enough = word.chars().nth(2).is_some();
            prefixes.extend(
                [Some(first), second]
                    .into_iter()
                    .flatten()
                    .filter(|p| typed_enough || p.chars().nth(1).is_some())
                    .map(str::to_owned),
            );
        }
        QueryWord { terms, prefixes }
    }

    /// Whether a word of a text, given by its stem and the stem's variants, matches.
    pub fn matches(&self, stem: &str, variants: &[String]) -> bool {
        std::iter::once(stem)
            .chain(variants.iter().map(String::as_str))
            .any(|t| self.terms.iter().any(|w| w == t) || self.prefixes.iter().any(|p| t.starts_with(p.as_str())))
    }
}

impl ParsedQuery {
    pub fn parse(input: &str) -> ParsedQuery {
        let mut query = ParsedQuery::default();
        let quotes = input.matches('"').count();
        // The last word is still being typed unless the input ends with a space or punctuation.
        let typing = normalize(input).chars().last().is_some_and(char::is_alphanumeric);
        let mut last_is_word = false;
        // Whether a `-` stands right before the current quote: then the phrase is excluded.
        let mut minus = false;
        for (i, segment) in input.split('"').enumerate() {
            // Odd segments are inside quotes; an unclosed quote is read as plain words so that
            // results keep coming while the phrase is typed.
            let quoted = i % 2 == 1 && i < quotes;
            let words_left = MAX_WORDS.saturating_sub(query.len());
            if quoted {
                let mut words: Vec<QueryWord> =
                    words_of(segment).take(words_left).map(|w| QueryWord::new(&w, false)).collect();
                last_is_word = false;
                match (words.len(), minus) {
                    (0, _) => {}
                    (1, false) => query.words.append(&mut words),
                    (1, true) => query.excluded.append(&mut words),
                    (_, false) => query.phrases.push(words),
                    (_, true) => query.excluded_phrases.push(words),
                }
                continue;
            }
            minus = segment.ends_with(['-', '\u{2212}']);
            for chunk in segment.split_whitespace() {
                let (excluded, chunk) = match chunk.strip_prefix(['-', '\u{2212}']) {
                    Some(rest) if !rest.is_empty() => (true, rest),
                    _ => (false, chunk),
                };
                let words_left = MAX_WORDS.saturating_sub(query.len());
                // Only a word pushed from the last chunk may be the one being typed.
                last_is_word = false;
                for w in words_of(chunk).take(words_left) {
                    let word = QueryWord::new(&w, false);
                    if excluded {
                        query.excluded.push(word)
                    } else {
                        query.words.push(word)
                    }
                    last_is_word = !excluded;
                }
            }
        }
        if typing && last_is_word {
            if let Some(last) = query.words.last_mut() {
                // The input's last word is the last one pushed: rebuild it as typed.
                let raw = normalize(input);
                let start = tokens(&raw).last().map_or(0, |r| r.start);
                *last = QueryWord::new(&raw[start..], true);
            }
        }
        query
    }

    /// Whether there is nothing to match: every article matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty() && self.excluded.is_empty() && self.excluded_phrases.is_empty()
    }

    fn len(&self) -> usize {
        let phrases = self.phrases.iter().chain(&self.excluded_phrases);
        self.words.len() + self.excluded.len() + phrases.map(Vec::len).sum::<usize>()
    }
}

/// The normalized words of a piece of the query.
fn words_of(text: &str) -> impl Iterator<Item = String> {
    let text = normalize(text);
    tokens(&text).map(|r| text[r].to_owned()).collect::<Vec<_>>().into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(input: &str, expect: Expect) {
        let q = ParsedQuery::parse(input);
        let word = |w: &QueryWord| {
            let mut s = w.terms.join("|");
            if !w.prefixes.is_empty() {
                s += &format!(" {}*", w.prefixes.join("*|"));
            }
            s
        };
        let mut out = Vec::new();
        out.extend(q.words.iter().map(|w| format!("+{}", word(w))));
        out.extend(q.phrases.iter().map(|p| format!("\"{}\"", p.iter().map(word).collect::<Vec<_>>().join(" "))));
        out.extend(q.excluded.iter().map(|w| format!("-{}", word(w))));
        out.extend(
            q.excluded_phrases.iter().map(|p| format!("-\"{}\"", p.iter().map(word).collect::<Vec<_>>().join(" "))),
        );
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn words_phrases_and_exclusions() {
        check("سجن", expect!["+سجن سجن*"]);
        check("السجن ", expect!["+سجن"]);
        check(
            "بالسجن والسجون",
            expect![[r#"
            +سجن
            +سجون|سجن سجون*"#]],
        );
        check("\"كرة القدم\" -السلة مباراة", expect!["+مباراه مباراه*\n\"كره قدم\"\n-سله"]);
        check("الشركات ", expect!["+شركات|شرك|شركه"]);
        check("وز", expect!["+وز وز*"]);
        check("والو", expect!["+والو|الو و*"]);
        check("وزا", expect!["+وزا وزا*|زا*"]);
    }

    #[test]
    fn the_word_being_typed_is_a_prefix_only_at_the_end() {
        check(
            "مجلس الأم",
            expect![[r#"
            +مجلس
            +الام ام*"#]],
        );
        check("مجلس الأمن،", expect!["+مجلس\n+امن"]);
        check("-مجلس", expect!["-مجلس"]);
        check("\"مجلس الأمن\"", expect!["\"مجلس امن\""]);
        check("مجلسُ", expect!["+مجلس مجلس*"]);
    }

    #[test]
    fn bad_input_gives_a_sensible_query() {
        check("", expect![""]);
        check("!!! ؟؟ ... «»", expect![""]);
        check("ًٌٍَُِّْ", expect![""]);
        check("\"كرة القدم", expect!["+كره\n+قدم قدم*"]);
        check("\"\"\"", expect![""]);
        check("- -- \"\" -\"", expect![""]);
        check(
            "سجن -\"كرة القدم\" -\"السلة\"",
            expect![[r#"
            +سجن
            -سله
            -"كره قدم""#]],
        );
        check(
            "سجن - \"كرة القدم\"",
            expect![[r#"
            +سجن
            "كره قدم""#]],
        );
        check("\u{202B}سوريا\u{202C} Syria", expect!["+سوريا\n+syria syria*"]);
        check("Ｓｙｒｉａ ٢٠١٨", expect!["+syria\n+2018 2018*"]);
        let long = "كرة ".repeat(2500);
        assert_eq!(ParsedQuery::parse(&long).words.len(), MAX_WORDS);
        let long = "كرة ".repeat(20) + "قد";
        assert!(ParsedQuery::parse(&long).words.iter().all(|w| w.prefixes.is_empty()));
        let long = "\"كرة القدم\" ".repeat(2000);
        assert_eq!(ParsedQuery::parse(&long).len(), MAX_WORDS);
    }
}
