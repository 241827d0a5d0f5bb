//! Reading what the reader typed: words, "quoted phrases", -excluded words, and the word still
//! being typed. Any string parses; what cannot be searched for is dropped.

use super::normalize::normalize;
use super::stem::{stem, typed_forms, variants};
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

/// One word of a query, as the terms it matches; with `OR`, several words, any of which matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// Its stem and the stem's variants: a word of the text matches if its stem or one of its
    /// variants is among them.
    pub terms: Vec<String>,
    /// For the word still being typed: it also matches any term that starts with one of these.
    pub prefixes: Vec<String>,
    /// For the word still being typed when it may still become any word (one letter, or only a
    /// particle such as ال): it ranks the results but does not narrow them, so that the list
    /// never empties in the middle of a word.
    pub open: bool,
    /// The word as the reader wrote it, normalized (the first, for words joined by OR).
    pub written: String,
    /// Written in quotes (or in a phrase): searched as written, never corrected.
    pub exact: bool,
    /// Terms one edit away that the index found for a word it had in few articles or not at
    /// all (`index/correct`); they match as the word's terms do, ranked below them.
    pub corrections: Vec<String>,
}

impl QueryWord {
    fn new(word: &str, typing: bool) -> QueryWord {
        let s = stem(word);
        let mut terms = vec![s.to_owned()];
        terms.extend(variants(s));
        let mut word_terms = QueryWord {
            terms,
            prefixes: Vec::new(),
            open: false,
            written: word.to_owned(),
            exact: false,
            corrections: Vec::new(),
        };
        if typing {
            let forms = typed_forms(word);
            for cut in forms.stems {
                word_terms.terms.extend(variants(&cut));
                word_terms.terms.push(cut);
            }
            word_terms.prefixes = forms.prefixes.into_iter().map(str::to_owned).collect();
            word_terms.open = forms.open;
            crate::one_sort::sort(&mut word_terms.terms);
            word_terms.terms.dedup();
        }
        word_terms
    }

    /// The word that matches where this one or `other` does.
    fn or(mut self, other: QueryWord) -> QueryWord {
        let lists = [
            (&mut self.terms, other.terms),
            (&mut self.prefixes, other.prefixes),
            (&mut self.corrections, other.corrections),
        ];
        for (list, more) in lists {
            list.extend(more);
            crate::one_sort::sort(list);
            list.dedup();
        }
        // An open alternative may be any word, and the other one does not narrow that.
        self.open |= other.open;
        self.exact &= other.exact;
        self
    }

    /// Whether a word of a text, given by its stem and the stem's variants, matches (through a
    /// correction too, so that a corrected word is highlighted where it matched).
    pub fn matches(&self, stem: &str, variants: &[String]) -> bool {
        std::iter::once(stem).chain(variants.iter().map(String::as_str)).any(|t| {
            self.terms.iter().chain(&self.corrections).any(|w| w == t)
                || self.prefixes.iter().any(|p| t.starts_with(p.as_str()))
        })
    }
}

/// The query with every word that was corrected in `searched` put in quotes, so that it is
/// searched as written: the way back from a correction.
pub fn as_written(input: &str, searched: &ParsedQuery) -> String {
    let corrected: Vec<&str> =
        searched.words.iter().filter(|w| !w.corrections.is_empty()).map(|w| w.written.as_str()).collect();
    let chunks = input.split_whitespace().map(|chunk| {
        let mut words = words_of(chunk);
        match (words.next(), words.next()) {
            (Some(w), None) if corrected.contains(&w.as_str()) && !chunk.contains('"') => format!("\"{chunk}\""),
            _ => chunk.to_owned(),
        }
    });
    chunks.collect::<Vec<_>>().join(" ")
}

/// Written between two words, either one matches: `OR` in capitals (so that the English word
/// "or" is still a word) or `|`. Not the Arabic أو, which readers search for as a word.
fn is_or(chunk: &str) -> bool {
    chunk == "OR" || (!chunk.is_empty() && chunk.chars().all(|c| c == '|'))
}

impl ParsedQuery {
    pub fn parse(input: &str) -> ParsedQuery {
        let mut query = ParsedQuery::default();
        let quotes = input.matches('"').count();
        // The last word is still being typed unless the input ends with a space or punctuation.
        let typing = normalize(input).chars().last().is_some_and(char::is_alphanumeric);
        // The words joined by OR into the last word pushed, as typed: the last of them is rebuilt
        // when it is still being typed. Empty when the last thing read was not a required word.
        let mut last_word: Vec<String> = Vec::new();
        // Whether an OR was read after the last word and waits for the next.
        let mut or_pending = false;
        // Words read, alternatives included: at most MAX_WORDS.
        let mut taken = 0;
        // Whether a `-` stands right before the current quote: then the phrase is excluded.
        let mut minus = false;
        for (i, segment) in input.split('"').enumerate() {
            // Odd segments are inside quotes; an unclosed quote is read as plain words so that
            // results keep coming while the phrase is typed.
            let quoted = i % 2 == 1 && i < quotes;
            if quoted {
                let as_written = |w: String| QueryWord { exact: true, ..QueryWord::new(&w, false) };
                let mut words: Vec<QueryWord> = words_of(segment).take(MAX_WORDS - taken).map(as_written).collect();
                taken += words.len();
                last_word.clear();
                or_pending = false;
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
            // `a|b` is `a | b`.
            let chunks = segment.split_whitespace().flat_map(split_keeping_bars);
            for chunk in chunks {
                if is_or(chunk) {
                    or_pending = !last_word.is_empty();
                    continue;
                }
                let (excluded, chunk) = match chunk.strip_prefix(['-', '\u{2212}']) {
                    Some(rest) if !rest.is_empty() => (true, rest),
                    _ => (false, chunk),
                };
                for w in words_of(chunk) {
                    if taken == MAX_WORDS {
                        // The words left are not read, and the one being typed is among them.
                        (last_word, or_pending) = (Vec::new(), false);
                        break;
                    }
                    taken += 1;
                    let word = QueryWord::new(&w, false);
                    if excluded {
                        query.excluded.push(word);
                        last_word.clear();
                    } else if or_pending {
                        let joined = query.words.pop().expect("an OR waits only after a word");
                        query.words.push(joined.or(word));
                        last_word.push(w);
                    } else {
                        query.words.push(word);
                        last_word = vec![w];
                    }
                    or_pending = false;
                }
            }
        }
        if let (true, Some(typed)) = (typing && !or_pending, last_word.pop()) {
            // The input's last word is the last one read: rebuild it as typed, beside the words
            // OR joined to it.
            let rebuilt =
                last_word.iter().fold(QueryWord::new(&typed, true), |w, other| w.or(QueryWord::new(other, false)));
            *query.words.last_mut().expect("the last word read is the last pushed") = rebuilt;
        }
        query
    }

    /// Whether there is nothing to match: every article matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty() && self.excluded.is_empty() && self.excluded_phrases.is_empty()
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        let phrases = self.phrases.iter().chain(&self.excluded_phrases);
        self.words.len() + self.excluded.len() + phrases.map(Vec::len).sum::<usize>()
    }
}

/// A chunk with the `|` in it as chunks of their own: `a|b` gives `a`, `|`, `b`.
fn split_keeping_bars(chunk: &str) -> impl Iterator<Item = &str> {
    chunk
        .split_inclusive('|')
        .flat_map(|piece| match piece.strip_suffix('|') {
            Some(word) => [Some(word).filter(|w| !w.is_empty()), Some("|")],
            None => [Some(piece), None],
        })
        .flatten()
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
            if w.open {
                s += " (open)";
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
        check("سجن", expect!["+سجن|سجين سجن*"]);
        check("السجن ", expect!["+سجن"]);
        check(
            "بالسجن والسجون",
            expect![[r#"
                +سجن
                +سجن|سجون والسجون*|السجون*|سجون*"#]],
        );
        check(
            "\"كرة القدم\" -السلة مباراة",
            expect![[r#"
            +مبارا|مباراه مباراه*
            "كره قدم"
            -سله"#]],
        );
        check("الشركات ", expect!["+شركات|شرك|شركه"]);
        check("وز", expect!["+زعيم|زير|وز|وزير وز*|ز* (open)"]);
        check("والو", expect!["+الو|الون|زير|وال|والو|وزير|ون والو*|الو*|و* (open)"]);
        check("وزا", expect!["+زات|وزا|وزات|وزه وزا*|زا*"]);
    }

    #[test]
    fn the_word_being_typed_is_a_prefix_only_at_the_end() {
        check(
            "مجلس الأم",
            expect![[r#"
                +مجلس
                +الام|امير|مال الام*|ام*"#]],
        );
        check("مجلس الأمن،", expect!["+مجلس\n+امن"]);
        check("-مجلس", expect!["-مجلس"]);
        check("\"مجلس الأمن\"", expect!["\"مجلس امن\""]);
        check("مجلسُ", expect!["+مجلس مجلس*"]);
    }

    #[test]
    fn or_joins_words_into_one() {
        check("ترمب OR ترامب", expect!["+ترامب|ترمب ترامب*"]);
        check("ترمب OR ترامب ", expect!["+ترامب|ترمب"]);
        check(
            "ترمب | ترامب|ترامپ مجلس",
            expect![[r#"
            +ترامب|ترمب
            +مجلس مجلس*"#]],
        );
        check("ترمب OR", expect!["+ترمب"]);
        check("OR ترمب or", expect!["+ترمب\n+or or*"]);
        check("ترمب أو ترامب ", expect!["+ترمب\n+او\n+ترامب"]);
        check("ترمب OR -ترامب ", expect!["+ترمب\n-ترامب"]);
        check("ترمب OR \"البيت الأبيض\"", expect!["+ترمب\n\"بيت ابيض\""]);
    }

    #[test]
    fn bad_input_gives_a_sensible_query() {
        check("", expect![""]);
        check("!!! ؟؟ ... «»", expect![""]);
        check("ًٌٍَُِّْ", expect![""]);
        check(
            "\"كرة القدم",
            expect![[r#"
            +كره
            +قدم القدم*|قدم*"#]],
        );
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
        let long = "كرة OR ".repeat(2500);
        assert_eq!(ParsedQuery::parse(&long).words[0].terms, ["كره"]);
        let long = (0..40).map(|n| format!("w{n}")).collect::<Vec<_>>().join(" | ");
        assert_eq!(ParsedQuery::parse(&long).words[0].terms.len(), MAX_WORDS);
        let long = "\"كرة القدم\" ".repeat(2000);
        assert_eq!(ParsedQuery::parse(&long).len(), MAX_WORDS);
    }

    proptest::proptest! {
        /// Whatever a typed word goes on to become, the typed word matches every term the
        /// finished word matches.
        #[test]
        fn a_typed_word_matches_whatever_it_becomes(
            word in "[وفبكلاهمنيتسجرا]{2,9}|(ال|و|ب)?(سجو|مسا|شركا|لاجء)[نتيجده]{0,3}",
            typed in 1usize..9,
        ) {
            let prefix: String = word.chars().take(typed).collect();
            let typing = QueryWord::new(&prefix, true);
            for term in QueryWord::new(&word, false).terms {
                proptest::prop_assert!(typing.open || typing.matches(&term, &[]), "{prefix} of {word} ({term}): {typing:?}");
            }
        }
    }
}
