//! Which files a build reads, in which format: folders are walked, formats come from the
//! extension unless the user names one.

use crate::problem::Problem;
use clap::ValueEnum;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The input formats `sahifa build` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// By each file's extension.
    Auto,
    /// Plain-text articles shaped like the seed (.txt).
    Text,
    /// Markdown with YAML (---) or TOML (+++) front matter (.md, .markdown).
    Markdown,
    /// RSS 2.0 or Atom (.xml, .rss, .atom).
    Feed,
    /// One JSON object a line (.jsonl, .ndjson).
    Jsonl,
    /// Comma-separated values with a header row (.csv).
    Csv,
    /// A sahifa bundle, such as the app's JSON export (.json).
    Bundle,
}

/// Sidecars are read with the file they describe, never on their own.
pub const SIDECAR_SUFFIX: &str = ".meta.toml";

/// The format a file's extension says, if any.
fn by_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "xml" | "rss" | "atom" => Format::Feed,
        "jsonl" | "ndjson" => Format::Jsonl,
        "csv" => Format::Csv,
        "json" => Format::Bundle,
        _ => return None,
    })
}

/// Every file to read, sorted by path and without repeats, so the output never depends on the
/// order the inputs were given in. Inside folders, files of unknown type and hidden files are
/// passed over; a file named on the command line that cannot be read is a problem.
pub fn collect(inputs: &[PathBuf], forced: Format) -> (Vec<(PathBuf, Format)>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            for entry in WalkDir::new(input).sort_by_file_name() {
                match entry {
                    Ok(entry) if entry.file_type().is_file() && !is_hidden(entry.path(), input) => {
                        if let Some(format) = format_of(entry.path(), forced) {
                            files.push((entry.into_path(), format));
                        }
                    }
                    Ok(_) => {}
                    Err(e) => problems.push(Problem::new(
                        e.path().unwrap_or(input),
                        None,
                        "unreadable",
                        format!("cannot be read ({e}); check its permissions"),
                    )),
                }
            }
        } else if !input.exists() {
            problems.push(Problem::new(input, None, "missing", "no such file or folder; check the path"));
        } else {
            match format_of(input, forced) {
                Some(format) => files.push((input.clone(), format)),
                None => problems.push(Problem::new(
                    input,
                    None,
                    "unknown type",
                    "is not a type sahifa reads (.txt, .md, .xml, .rss, .atom, .jsonl, .csv, .json); name its format with --format",
                )),
            }
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

fn format_of(path: &Path, forced: Format) -> Option<Format> {
    if path.to_string_lossy().ends_with(SIDECAR_SUFFIX) {
        return None;
    }
    match forced {
        Format::Auto => by_extension(path),
        format => Some(format),
    }
}

fn is_hidden(path: &Path, root: &Path) -> bool {
    path.strip_prefix(root).unwrap_or(path).components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}
