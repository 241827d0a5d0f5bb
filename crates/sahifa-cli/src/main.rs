//! The `sahifa` command: its arguments, and which subcommand runs.

mod archive;
mod article;
mod build;
mod formats;
mod ids;
mod inputs;
mod mapping;
mod merge;
mod problem;
mod stats;
mod validate;
mod write;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns a centre's articles into a sahifa bundle, and checks bundles.
#[derive(Parser)]
#[command(name = "sahifa", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads article files and folders and writes one bundle.
    ///
    /// Files are read by extension (.txt, .md, .xml/.rss/.atom, .jsonl, .csv) unless --format
    /// says otherwise; folders are read recursively. A NAME.meta.toml beside a text or Markdown
    /// file adds what the text does not state. Bad inputs are reported with file and line and
    /// skipped; the bundle is built from the rest.
    Build(build::BuildArgs),
    /// Reads a bundle and prints every problem in it; exits with 1 when any article is invalid.
    Validate {
        /// The bundle file.
        file: PathBuf,
        /// How to print the findings.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Counts a bundle's articles by year, source, language and tag, and the size the app
    /// downloads.
    Stats {
        /// The bundle file.
        file: PathBuf,
    },
}

/// How `validate` prints what it found.
#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// One line a finding, for people.
    Text,
    /// One JSON object, for tools.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Validate { file, format } => validate::run(&file, matches!(format, ReportFormat::Json)),
        Command::Stats { file } => stats::run(&file),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("sahifa: {message}");
            ExitCode::FAILURE
        }
    }
}
