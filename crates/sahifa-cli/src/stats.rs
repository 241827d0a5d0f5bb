//! `sahifa stats`: what a bundle holds, and what it costs a reader to download.

use crate::problem::display_path;
use flate2::write::GzEncoder;
use flate2::Compression;
use sahifa_core::parse_bundle;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub fn run(path: &Path) -> Result<ExitCode, String> {
    let name = display_path(path);
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let loaded = parse_bundle(&bytes).map_err(|e| format!("{name}: {e}"))?;
    let articles = &loaded.bundle.articles;
    println!(
        "{name}: {} article(s), {} skipped as invalid (see `sahifa validate`)",
        articles.len(),
        loaded.skipped().count()
    );
    println!("download: {} bytes, {} bytes gzipped", bytes.len(), gzipped_len(&bytes));
    let mut years = Counts::default();
    let (mut sources, mut langs, mut tags) = (Counts::default(), Counts::default(), Counts::default());
    for article in articles {
        years.add(article.date.map_or("undated".into(), |d| d.day.year().to_string()));
        sources.add(article.source.as_ref().map_or("(no source)".into(), |s| s.name.clone()));
        langs.add(article.lang.clone());
        for tag in &article.tags {
            tags.add(tag.clone());
        }
    }
    years.print("by year", false);
    sources.print("by source", true);
    langs.print("by language", true);
    tags.print("by tag", true);
    Ok(ExitCode::SUCCESS)
}

/// What a host that gzips at the usual level sends.
fn gzipped_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).and_then(|_| encoder.finish()).map_or(0, |gz| gz.len())
}

#[derive(Default)]
struct Counts(BTreeMap<String, usize>);

impl Counts {
    fn add(&mut self, key: String) {
        *self.0.entry(key).or_default() += 1;
    }

    /// Prints the counts, the largest first when `by_count`, else in key order.
    fn print(&self, heading: &str, by_count: bool) {
        if self.0.is_empty() {
            return;
        }
        println!("{heading}:");
        let mut rows: Vec<(&String, &usize)> = self.0.iter().collect();
        if by_count {
            rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        }
        for (key, n) in rows {
            println!("  {n:>7}  {key}");
        }
    }
}
