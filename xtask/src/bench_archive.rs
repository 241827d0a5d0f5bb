//! `cargo xtask bench archive`: builds the release app and the sharded archives (the corpus's, and
//! the synthetic 100,000 when `cargo xtask synthetic 100000` has written its articles), then runs
//! `bench/archive.mjs`, which times them in headless Chromium on two emulated networks beside
//! Pagefind on the corpus and prints the tables. Prints figures; asserts nothing about time.

use crate::bench::is_newer;
use crate::run::run;
use crate::{paths, setup, size};
use std::path::Path;

/// The synthetic articles `cargo xtask synthetic 100000` writes; too slow to write on every run.
const SYNTHETIC: &str = "realistic-100000";

pub fn run_bench() -> Result<(), String> {
    setup::build_tools()?;
    setup::browser()?;
    let root = paths::root();
    let out = root.join("target").join("bench");
    let archives = out.join("archives");
    std::fs::create_dir_all(&archives).map_err(|e| format!("creating {}: {e}", archives.display()))?;

    run("cargo", &["build", "--release", "-p", "sahifa-cli"], &root, &[])?;
    let sahifa = root.join("target").join("release").join("sahifa");
    size::build_and_report()?;

    let mut args: Vec<String> = vec!["archive.mjs".into()];
    let corpus = paths::corpus();
    if corpus.is_file() {
        let dir = archives.join("corpus");
        build_archive(&sahifa, &corpus, &dir)?;
        args.extend(archive_args("corpus", &dir, &corpus));
        args.extend(["--pagefind".into(), corpus.to_string_lossy().into_owned()]);
    } else {
        eprintln!(
            "xtask: skipping the corpus's archive and Pagefind: no corpus at {} (it lives beside the repository)",
            corpus.display()
        );
    }
    let synthetic = out.join(format!("{SYNTHETIC}.jsonl"));
    if synthetic.is_file() {
        let dir = archives.join(SYNTHETIC);
        build_archive(&sahifa, &synthetic, &dir)?;
        args.extend(archive_args(SYNTHETIC, &dir, &synthetic));
    } else {
        eprintln!(
            "xtask: skipping the synthetic 100,000: no {} (write it with `cargo xtask synthetic 100000`, about a minute)",
            synthetic.display()
        );
    }
    // Flags for work on the bench itself (`--quick`, `--network fast`) pass through.
    args.extend(std::env::args().skip(3));

    let bench = root.join("bench");
    run("npm", &["ci", "--no-audit", "--no-fund"], &bench, &[])?;
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run("node", &args, &bench, &[])
}

fn archive_args(name: &str, dir: &Path, source: &Path) -> [String; 4] {
    ["--archive".into(), name.into(), dir.to_string_lossy().into_owned(), source.to_string_lossy().into_owned()]
}

/// `sahifa build --archive`, unless the manifest is newer than the source and the command: the
/// synthetic archive takes about a minute and 1.5 GB of memory to write.
fn build_archive(sahifa: &Path, source: &Path, dir: &Path) -> Result<(), String> {
    if is_newer(&dir.join("manifest.json"), &[source, sahifa]) {
        eprintln!("xtask: {} is up to date", dir.display());
        return Ok(());
    }
    let (source, dir) = (source.to_string_lossy(), dir.to_string_lossy());
    let args = ["build", &source, "--archive", &dir, "--map", "date=published,tags=category"];
    run(&sahifa.to_string_lossy(), &args, &paths::root(), &[])
}
