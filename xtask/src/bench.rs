//! `cargo xtask bench`: builds the bundles, the bench wasm module and the release app, then
//! runs `bench/run.mjs`, which times sahifa, MiniSearch and FlexSearch in one headless
//! Chromium and prints the tables. Prints figures; asserts nothing about time.

use crate::run::run;
use crate::{paths, setup, size, synthetic};
use std::path::{Path, PathBuf};

/// What a bench run times.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The search comparison and the app's timeline on both bundles.
    Everything,
    /// The search comparison on the corpus alone: quicker, for work on the search.
    Search,
    /// The app's load on the corpus on an emulated phone alone.
    Phone,
}

pub fn all(scope: Scope) -> Result<(), String> {
    let Prepared { root, out, sahifa } = prepare()?;
    if scope == Scope::Phone {
        size::build_and_report()?;
        return node_bench(&root, &["run.mjs", "--phone-only"]);
    }
    if scope == Scope::Search {
        bench_wasm(&root, &out)?;
        return node_bench(&root, &["run.mjs", "--search-only"]);
    }
    let lines = out.join("synthetic.jsonl");
    // Written again only when this xtask (and so the generator) is newer than the file.
    let xtask = std::env::current_exe().map_err(|e| format!("finding the xtask binary: {e}"))?;
    if !is_newer(&lines, &[&xtask]) {
        eprintln!("xtask: writing {} synthetic articles", synthetic::ARTICLES);
        synthetic::write(&lines)?;
    }
    build_bundle(&sahifa, &lines, &out.join("synthetic.json"), &[])?;

    bench_wasm(&root, &out)?;
    size::build_and_report()?;

    node_bench(&root, &["run.mjs"])
}

/// `cargo xtask bench memory`: the release app and the corpus bundle, then `bench/memory.mjs`,
/// which writes the 30,000-article bundle from the corpus bundle and reads the renderer's memory.
pub fn memory() -> Result<(), String> {
    let Prepared { root, .. } = prepare()?;
    size::build_and_report()?;
    node_bench(&root, &["memory.mjs"])
}

/// What every bench starts from: the tools, `target/bench/`, the release CLI, and the corpus
/// bundle built from `../shared/corpus/` when it is there.
struct Prepared {
    root: PathBuf,
    out: PathBuf,
    sahifa: PathBuf,
}

fn prepare() -> Result<Prepared, String> {
    setup::build_tools()?;
    setup::browser()?;
    let root = paths::root();
    let out = root.join("target").join("bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("creating {}: {e}", out.display()))?;

    run("cargo", &["build", "--release", "-p", "sahifa-cli"], &root, &[])?;
    let sahifa = root.join("target").join("release").join("sahifa");

    // The real corpus lives beside the repository and is never copied into it.
    let corpus = paths::corpus();
    if corpus.is_file() {
        build_bundle(&sahifa, &corpus, &out.join("corpus.json"), &["--map", "date=published,tags=category"])?;
    } else {
        eprintln!(
            "xtask: skipping the corpus figures: no corpus at {} (the search comparison, the phone and the memory figures need it; the synthetic timeline figures still run)",
            corpus.display()
        );
        remove_stale(&out.join("corpus.json"))?;
    }
    Ok(Prepared { root, out, sahifa })
}

/// Installs the bench's npm packages (the peers) and runs it.
fn node_bench(root: &Path, args: &[&str]) -> Result<(), String> {
    let bench = root.join("bench");
    run("npm", &["ci", "--no-audit", "--no-fund"], &bench, &[])?;
    run("node", args, &bench, &[])
}

/// `sahifa build` into `bundle`, unless the bundle is newer than its source and the command.
fn build_bundle(sahifa: &Path, source: &Path, bundle: &Path, extra: &[&str]) -> Result<(), String> {
    if is_newer(bundle, &[source, sahifa]) {
        eprintln!("xtask: {} is up to date", bundle.display());
        return Ok(());
    }
    let (source, bundle) = (source.to_string_lossy(), bundle.to_string_lossy());
    let mut args = vec!["build", &source, "-o", &bundle, "--title", "sahifa bench"];
    args.extend_from_slice(extra);
    run(&sahifa.to_string_lossy(), &args, &paths::root(), &[])
}

/// The bench module, compiled as the app is (the workspace's release profile) and bound for
/// a plain `<script type="module">`.
fn bench_wasm(root: &Path, out: &Path) -> Result<(), String> {
    let target = "wasm32-unknown-unknown";
    run("cargo", &["build", "--release", "--target", target, "-p", "sahifa-bench-wasm"], root, &[])?;
    let wasm: PathBuf =
        [root, Path::new("target"), Path::new(target), Path::new("release"), Path::new("sahifa_bench_wasm.wasm")]
            .iter()
            .collect();
    let pkg = out.join("pkg");
    run("wasm-bindgen", &["--target", "web", "--out-dir", &pkg.to_string_lossy(), &wasm.to_string_lossy()], root, &[])
}

/// Whether `output` exists and is no older than every input.
pub(crate) fn is_newer(output: &Path, inputs: &[&Path]) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(built) = modified(output) else { return false };
    inputs.iter().all(|input| modified(input).is_some_and(|t| t <= built))
}

/// A corpus bundle left from an earlier run would be measured as if the corpus were there.
fn remove_stale(bundle: &Path) -> Result<(), String> {
    match std::fs::remove_file(bundle) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("removing {}: {e}", bundle.display())),
        _ => Ok(()),
    }
}
