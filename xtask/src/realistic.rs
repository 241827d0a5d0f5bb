//! A synthetic archive with the corpus's own statistics, for the sharded archive at scale: each
//! word drawn with its frequency in the corpus (titles from the titles' words, bodies from the
//! bodies'), paragraph and title lengths drawn from the corpus's, sources and categories with
//! their shares, dates over twenty years. Written into `target/bench/` as JSON Lines for
//! `sahifa build`, never committed: the words are the corpus's, under its licence. The same
//! bytes for the same size every run.

use crate::synthetic::{date, Lcg};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Words with how often each occurs, as a table to draw from.
struct Vocabulary {
    words: Vec<String>,
    /// Running totals: word `i` is drawn for values in `ends[i - 1]..ends[i]`.
    ends: Vec<u32>,
}

impl Vocabulary {
    fn new(counts: HashMap<String, u32>) -> Vocabulary {
        // Sorted so that the table, and so the archive, never depends on hashing order.
        let mut counted: Vec<(String, u32)> = counts.into_iter().collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut total = 0u32;
        let mut words = Vec::with_capacity(counted.len());
        let mut ends = Vec::with_capacity(counted.len());
        for (word, count) in counted {
            total += count;
            words.push(word);
            ends.push(total);
        }
        Vocabulary { words, ends }
    }

    fn draw(&self, rng: &mut Lcg) -> &str {
        let total = *self.ends.last().expect("the corpus has words");
        // Two draws make a value up to 2⁶², far more than the corpus's words.
        let value = ((u64::from(rng.next()) << 31 | u64::from(rng.next())) % u64::from(total)) as u32;
        &self.words[self.ends.partition_point(|&end| end <= value)]
    }

    fn text(&self, rng: &mut Lcg, words: usize) -> String {
        (0..words).map(|_| self.draw(rng)).collect::<Vec<_>>().join(" ")
    }
}

/// What is drawn from: the corpus read once.
struct Statistics {
    titles: Vocabulary,
    bodies: Vocabulary,
    title_lengths: Vec<u32>,
    paragraph_lengths: Vec<u32>,
    paragraph_counts: Vec<u32>,
    /// One entry per article, so that each is drawn with its share.
    sources: Vec<String>,
    categories: Vec<String>,
}

fn pick<'a, T>(rng: &mut Lcg, items: &'a [T]) -> &'a T {
    &items[rng.below(items.len() as u32) as usize]
}

fn read(corpus: &Path) -> Result<Statistics, String> {
    let file = std::fs::File::open(corpus).map_err(|e| format!("reading {}: {e}", corpus.display()))?;
    let (mut titles, mut bodies) = (HashMap::new(), HashMap::new());
    let mut stats = Statistics {
        titles: Vocabulary { words: Vec::new(), ends: Vec::new() },
        bodies: Vocabulary { words: Vec::new(), ends: Vec::new() },
        title_lengths: Vec::new(),
        paragraph_lengths: Vec::new(),
        paragraph_counts: Vec::new(),
        sources: Vec::new(),
        categories: Vec::new(),
    };
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| format!("reading {}: {e}", corpus.display()))?;
        let Ok(article) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let text = |key: &str| article[key].as_str().unwrap_or("").to_owned();
        let count = |counts: &mut HashMap<String, u32>, words: &str| {
            let mut n = 0;
            for w in words.split_whitespace() {
                *counts.entry(w.to_owned()).or_default() += 1;
                n += 1;
            }
            n
        };
        stats.title_lengths.push(count(&mut titles, &text("title")));
        let paragraphs: Vec<String> =
            text("body").split('\n').filter(|p| !p.trim().is_empty()).map(str::to_owned).collect();
        stats.paragraph_counts.push(paragraphs.len() as u32);
        for p in &paragraphs {
            stats.paragraph_lengths.push(count(&mut bodies, p));
        }
        stats.sources.push(text("source"));
        stats.categories.push(text("category"));
    }
    if stats.sources.is_empty() {
        return Err(format!("{} holds no article", corpus.display()));
    }
    stats.titles = Vocabulary::new(titles);
    stats.bodies = Vocabulary::new(bodies);
    Ok(stats)
}

/// Writes `articles` synthetic articles to `target/bench/realistic-ARTICLES.jsonl` unless it is
/// there already; returns its path.
pub fn write(articles: u32) -> Result<PathBuf, String> {
    let out = crate::paths::root().join("target").join("bench").join(format!("realistic-{articles}.jsonl"));
    if out.exists() {
        return Ok(out);
    }
    let corpus = crate::paths::corpus();
    if !corpus.exists() {
        return Err(format!(
            "the realistic archive is drawn from the corpus, and there is none at {}",
            corpus.display()
        ));
    }
    let stats = read(&corpus)?;
    std::fs::create_dir_all(out.parent().expect("a file in a folder")).map_err(|e| format!("{e}"))?;
    let partial = out.with_extension("partial");
    let file = std::fs::File::create(&partial).map_err(|e| format!("creating {}: {e}", partial.display()))?;
    let mut writer = BufWriter::new(file);
    let mut rng = Lcg(0x5a11_fac0);
    for n in 0..articles {
        let (year, month, day) = date(&mut rng);
        let title_words = *pick(&mut rng, &stats.title_lengths) as usize;
        let title = stats.titles.text(&mut rng, title_words.max(1));
        let paragraphs = (*pick(&mut rng, &stats.paragraph_counts)).max(1);
        let body: Vec<String> = (0..paragraphs)
            .map(|_| {
                let words = *pick(&mut rng, &stats.paragraph_lengths) as usize;
                stats.bodies.text(&mut rng, words.max(1))
            })
            .collect();
        let article = serde_json::json!({
            "id": format!("real-{n:07}"),
            "title": title,
            "published": format!("{year:04}-{month:02}-{day:02}"),
            "source": pick(&mut rng, &stats.sources),
            "category": pick(&mut rng, &stats.categories),
            "body": body.join("\n"),
        });
        writeln!(writer, "{article}").map_err(|e| format!("writing {}: {e}", partial.display()))?;
    }
    writer.flush().map_err(|e| format!("writing {}: {e}", partial.display()))?;
    drop(writer);
    std::fs::rename(&partial, &out).map_err(|e| format!("renaming {}: {e}", partial.display()))?;
    Ok(out)
}
