//! The `sahifa` command: its arguments, and which subcommand runs.

mod archive;
mod article;
mod build;
mod formats;
mod ids;
mod inputs;
mod keys;
mod mapping;
mod merge;
mod pack;
mod problem;
mod seal;
mod sign;
mod stats;
mod validate;
mod verify;
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
    /// Files are read by extension (.txt, .md, .xml/.rss/.atom, .jsonl, .csv, a bundle's .json) unless --format
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
    /// Makes the centre's signing key.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Signs a bundle with the centre's secret key: the signature is written into the bundle.
    Sign {
        /// The bundle file, rewritten with its hashes and signature.
        bundle: PathBuf,
        /// The secret key file, DIR/sahifa.key.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// The https:// address where the centre publishes sahifa.pub, recorded for readers.
        #[arg(long, value_name = "URL")]
        published_at: Option<String>,
    },
    /// Writes one HTML file holding the app and the bundle, that opens from file:// with no
    /// server and no network.
    Pack {
        /// The bundle file.
        bundle: PathBuf,
        /// The HTML file to write.
        #[arg(short, long, value_name = "FILE.html")]
        output: PathBuf,
        /// The built app's folder (`cargo xtask dist` writes dist/).
        #[arg(long, value_name = "DIR", default_value = "dist")]
        app: PathBuf,
    },
    /// Checks that every article is as signed with this public key; exits with 1 otherwise,
    /// naming each article that is not.
    Verify {
        /// The bundle file.
        bundle: PathBuf,
        /// The centre's public key file, sahifa.pub.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
    },
}

#[derive(Subcommand)]
enum KeyCommand {
    /// Writes a new key pair: DIR/sahifa.key (secret) and DIR/sahifa.pub (public).
    New {
        /// The folder to write them into; created when missing.
        dir: PathBuf,
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
        Command::Key(KeyCommand::New { dir }) => keys::new(&dir),
        Command::Sign { bundle, key, published_at } => sign::run(&bundle, &key, published_at.as_deref()),
        Command::Verify { bundle, key } => verify::run(&bundle, &key),
        Command::Pack { bundle, output, app } => pack::run(&bundle, &output, &app),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("sahifa: {message}");
            ExitCode::FAILURE
        }
    }
}
