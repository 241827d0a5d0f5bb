//! What light stemming merges on the real corpus: how many surface forms share a stem, and the
//! largest and most frequent merges to read through for wrong ones. Words reached only through
//! a variant of their stem are marked with +.
//!
//! `cargo bench -p sahifa-core --bench stem_report [-- corpus.jsonl]`

mod corpus;

use sahifa_core::search::{normalize, stem, tokens, variants};
use std::collections::HashMap;

fn main() {
    let Some((articles, _)) = corpus::load() else {
        return;
    };
    let mut forms: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for a in &articles {
        for text in std::iter::once(&a.title).chain(&a.body) {
            let text = normalize(text);
            for r in tokens(&text) {
                let word = &text[r];
                let s = stem(word);
                *forms.entry(s.to_owned()).or_default().entry(word.to_owned()).or_default() += 1;
                // A word filed under a variant too is marked there with a leading +.
                for v in variants(s) {
                    *forms.entry(v).or_default().entry(format!("+{word}")).or_default() += 1;
                }
            }
        }
    }
    let words: usize = forms.values().map(HashMap::len).sum();
    println!("{words} distinct normalized words, {} stems", forms.len());
    let mut sizes: Vec<usize> = forms.values().map(HashMap::len).collect();
    sizes.sort_unstable();
    let share = |k: usize| sizes.iter().filter(|&&s| s >= k).count();
    println!(
        "stems with >=2 forms: {}, >=5: {}, >=10: {}, largest: {}",
        share(2),
        share(5),
        share(10),
        sizes.last().unwrap_or(&0)
    );
    // (occurrences, stem, forms by frequency) for every stem with more than one form.
    let mut groups: Vec<_> = forms
        .iter()
        .filter(|(_, f)| f.len() > 1)
        .map(|(s, f)| {
            let mut f: Vec<_> = f.iter().collect();
            f.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            (f.iter().map(|(_, n)| **n).sum::<u32>(), s, f)
        })
        .collect();
    groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let limit: usize = std::env::var("STEM_REPORT_GROUPS").ok().and_then(|n| n.parse().ok()).unwrap_or(150);
    for (total, s, f) in groups.iter().take(limit) {
        let shown: Vec<String> = f.iter().take(8).map(|(w, n)| format!("{w}:{n}")).collect();
        println!("{s}\t{total}\t{}", shown.join(" "));
    }
}
