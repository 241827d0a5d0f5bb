//! How well search finds an article from one of its title words respelled as readers type it,
//! on the real corpus: per kind of respelling, whether the article is the first hit (@1) or
//! among the first 50 (@50); how often a word as printed is corrected; and whether the article
//! stays among the hits at every letter while the word is typed. The cases are made here from
//! the corpus, so its text never enters the repository. Prints figures; asserts nothing.
//!
//! `cargo bench -p sahifa-core --bench quality_report [-- corpus.jsonl]`

mod corpus;

use sahifa_core::search::{normalize, tokens, SearchIndex, SearchRequest};

/// One case in this many articles: some 2,000 on the corpus.
const EVERY: usize = 6;

/// A kind of respelling: its name, and the respelled word, if the word allows it.
type Respell = (&'static str, fn(&[char]) -> Option<String>);

const KINDS: [Respell; 4] = [
    ("as printed", |w| Some(w.iter().collect())),
    ("one letter left out (6+ letters)", |w| {
        let at = w.len() / 2;
        (w.len() >= 6).then(|| w.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, c)| c).collect())
    }),
    ("two neighbouring letters swapped (6+ letters)", |w| {
        let at = w.len() / 2;
        (w.len() >= 6 && w[at - 1] != w[at]).then(|| {
            let mut w = w.to_vec();
            w.swap(at - 1, at);
            w.iter().collect()
        })
    }),
    ("a pronoun attached (…هم)", |w| {
        let word: String = w.iter().collect();
        let bare = word.strip_prefix("ال").unwrap_or(&word);
        (bare.chars().count() >= 3 && !bare.ends_with('ه')).then(|| format!("{bare}هم"))
    }),
];

fn main() {
    let Some((articles, _)) = corpus::load() else {
        return;
    };
    let index = SearchIndex::build(&articles);
    let search = |query: &str| index.search(&SearchRequest { query: query.to_owned(), ..SearchRequest::default() });
    // Each case: an article and its longest Arabic title word (the first of the longest).
    let cases: Vec<(u32, Vec<char>)> = articles
        .iter()
        .enumerate()
        .step_by(EVERY)
        .filter_map(|(i, a)| {
            let title = normalize(&a.title);
            let words = tokens(&title).map(|r| title[r].chars().collect::<Vec<char>>());
            let arabic = words.filter(|w| w.len() >= 4 && w.iter().all(|c| ('\u{0621}'..='\u{064A}').contains(c)));
            arabic.reduce(|a, b| if b.len() > a.len() { b } else { a }).map(|w| (i as u32, w))
        })
        .collect();
    println!(
        "quality: {} cases from {} articles (one in {EVERY}, its longest Arabic title word)",
        cases.len(),
        articles.len()
    );
    println!("{:<48} {:>6} {:>6} {:>6} {:>10}", "respelling of a title word", "cases", "@1", "@50", "corrected");
    for (name, respell) in KINDS {
        let (mut n, mut first, mut top, mut corrected) = (0, 0, 0, 0);
        for (article, word) in &cases {
            let Some(query) = respell(word) else { continue };
            let results = search(&format!("{query} "));
            n += 1;
            first += usize::from(results.hits.first() == Some(article));
            top += usize::from(results.hits.iter().take(50).any(|h| h == article));
            corrected += usize::from(results.query.words.iter().any(|w| !w.corrections.is_empty()));
        }
        let share = |k: usize| k as f64 / n.max(1) as f64;
        println!("{name:<48} {n:>6} {:>6.2} {:>6.2} {:>10.2}", share(first), share(top), share(corrected));
    }
    // While typing: from the second letter on, the article among the hits at every letter.
    let kept = cases
        .iter()
        .filter(|(article, word)| {
            (2..=word.len()).all(|typed| {
                let so_far: String = word[..typed].iter().collect();
                search(&so_far).hits.contains(article)
            })
        })
        .count();
    println!(
        "typing: the article among the hits at every letter from the second on: {:.3} of {}",
        kept as f64 / cases.len().max(1) as f64,
        cases.len()
    );
}
