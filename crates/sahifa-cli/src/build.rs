//! `sahifa build`: every input read, every problem reported, one bundle written from the rest.

use crate::article::{self, Finished};
use crate::inputs::{self, Format};
use crate::mapping::Mapping;
use crate::problem::{display_path, Problem};
use crate::{archive, formats, ids, merge, seal, write};
use indicatif::{ProgressBar, ProgressStyle};
use sahifa_core::{parse_bundle, Severity};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct BuildArgs {
    /// Files and folders to read (folders recursively).
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Where to write the bundle.
    #[arg(short, long, value_name = "FILE", required_unless_present = "archive")]
    output: Option<PathBuf>,
    /// Also (or instead) write a sharded archive into this folder: `DIR/manifest.json` and the
    /// files it names, for archives too large to download whole (docs/archive-format.md).
    #[arg(long, value_name = "DIR")]
    archive: Option<PathBuf>,
    /// The most files the archive may have: larger pieces, fewer files. Hosts cap them
    /// (Cloudflare Pages at 20,000 a site).
    #[arg(long, value_name = "N", default_value_t = 100_000, requires = "archive")]
    max_files: usize,
    /// The bundle's title, shown as the page title.
    #[arg(long, default_value = "sahifa")]
    title: String,
    /// The articles' default language (BCP 47); it also sets the page's direction.
    #[arg(long, default_value = "ar")]
    lang: String,
    /// Read every input in this format instead of guessing from the extension.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    format: Format,
    /// Which column or key holds which field, e.g. `title=headline,date=published,tags=category`.
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    map: Option<String>,
    /// Write nothing if any input has a problem or a duplicate.
    #[arg(long)]
    strict: bool,
}

pub fn run(args: &BuildArgs) -> Result<ExitCode, String> {
    let mapping = match args.map.as_deref() {
        Some(spec) => Mapping::parse(spec)?,
        None => Mapping::default(),
    };
    let (files, mut problems) = inputs::collect(&args.inputs, args.format);
    let progress = progress_bar(files.len() as u64);
    let mut finished = Vec::new();
    for (path, format) in &files {
        progress.set_message(display_path(path));
        let mut finish = |draft| match article::finish(draft, &args.lang) {
            Ok(mut article) => {
                let day = article.record.date.clone().unwrap_or_default();
                ids::assign(&mut article.record, &day[..day.len().min(10)]);
                finished.push(article);
            }
            Err(problem) => problems.push(problem),
        };
        let found = formats::read_each(path, *format, &mapping, &mut finish);
        problems.extend(found);
        progress.inc(1);
    }
    progress.finish_and_clear();

    let (articles, merged, taken) = merge::merge(finished);
    problems.extend(taken);
    problems.sort();
    for problem in &problems {
        eprintln!("error: {problem} (skipped)");
    }
    for note in &merged {
        eprintln!("warning: {note}");
    }
    let target = args.output.as_ref().or(args.archive.as_ref()).expect("clap requires one");
    if args.strict && !(problems.is_empty() && merged.is_empty()) {
        return Err(format!(
            "{} not written: --strict, and the inputs have {} problem(s) and {} duplicate(s) listed above",
            display_path(target),
            problems.len(),
            merged.len()
        ));
    }
    if articles.is_empty() {
        return Err(format!("no article could be read from the inputs, so {} was not written", display_path(target)));
    }
    let count = articles.len();
    let unsealed = write::bundle_json(&args.title, &args.lang, sorted(articles));
    let (warnings, bundle) = check(&unsealed)?;
    // Each article's hash as the reader will read it, so that a change made after the build shows.
    let integrity = seal::record_of(&bundle);
    // The bundle as read is several times its bytes: gone before the sealed copy is made.
    drop(bundle);
    let bytes = seal::with_integrity(&unsealed, &integrity)
        .map_err(|e| format!("the built bundle does not read back ({e}); this is a bug in sahifa"))?;
    drop(unsealed);
    let summary = format!(
        "{count} article(s) from {} file(s){}{}",
        files.len(),
        skipped_summary(&problems),
        if merged.is_empty() { String::new() } else { format!("; merged {} duplicate(s)", merged.len()) }
    );
    if let Some(output) = &args.output {
        write::atomically(output, &bytes)?;
        eprintln!("wrote {}: {summary}", display_path(output));
    }
    if let Some(folder) = &args.archive {
        let written = archive::write(folder, &bytes, args.max_files)?;
        eprintln!("wrote the archive {}: {summary}; {written}", display_path(folder));
        // A bundle's page lists these; an archive's cannot (it carries no findings), so say so
        // here, where the publisher still sees them.
        if warnings > 0 {
            let see = match &args.output {
                Some(output) => format!("run `sahifa validate {}` to see each", display_path(output)),
                None => {
                    "write the bundle too (-o bundle.json) and run `sahifa validate bundle.json` to see each".into()
                }
            };
            eprintln!(
                "warning: {warnings} part(s) of articles will be left out as they are read (a link that is not a full \
                 http(s) address, an event on no real day), and the archive's page does not list them as a bundle's \
                 does: {see}"
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Newest first, ties by id: the order the app shows, and one that no input order changes.
fn sorted(mut articles: Vec<Finished>) -> Vec<sahifa_core::wire::ArticleRecord> {
    articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.record.id.cmp(&b.record.id)));
    articles.into_iter().map(|a| a.record).collect()
}

/// The bundle must read back with no error: the command writes only what the app accepts. The
/// warnings it reads with are counted, and the bundle as read is what its hashes cover.
fn check(bytes: &[u8]) -> Result<(usize, sahifa_core::Bundle), String> {
    let loaded = parse_bundle(bytes)
        .map_err(|e| format!("the built bundle does not read back ({e}); this is a bug in sahifa"))?;
    let errors: Vec<String> =
        loaded.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
    if errors.is_empty() {
        Ok((loaded.diagnostics.len(), loaded.bundle))
    } else {
        Err(format!("the built bundle does not validate; this is a bug in sahifa:\n{}", errors.join("\n")))
    }
}

/// "; skipped 3 input(s): 2 no date, 1 not UTF-8".
fn skipped_summary(problems: &[Problem]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for problem in problems {
        *by_reason.entry(problem.reason).or_default() += 1;
    }
    let reasons: Vec<String> = by_reason.iter().map(|(reason, n)| format!("{n} {reason}")).collect();
    format!("; skipped {} input(s): {}", problems.len(), reasons.join(", "))
}

/// A bar on a terminal; nothing at all when stderr is a file or a pipe.
fn progress_bar(files: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {wide_msg}") {
        bar.set_style(style);
    }
    bar
}
