//! The whole test ladder, fast to slow: native tests, browser tests, the release build and its
//! size budget, then end-to-end journeys in Chromium and in Firefox against that build.

use crate::paths;
use crate::run::run;
use crate::{setup, size};
use std::ffi::OsString;

pub fn all() -> Result<(), String> {
    setup::build_tools()?;
    setup::browser()?;
    setup::e2e_packages()?;
    let root = paths::root();

    // Core tables, parse tests, the CLI, reducer and SSR snapshots, tidy checks.
    run("cargo", &["test", "--workspace"], &root, &[])?;

    // wasm-bindgen-test in headless Chromium (flags in webdriver.json). The runner gives the whole
    // binary 20 s by default, loading the debug wasm included; a busy CI machine once spent all of
    // it before the first test ran, so the limit is the one a hung test should meet, not a fast one.
    let runner = [
        ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", OsString::from("wasm-bindgen-test-runner")),
        ("CHROMEDRIVER", OsString::from(chromedriver())),
        ("WASM_BINDGEN_TEST_TIMEOUT", OsString::from(BROWSER_TESTS_SECONDS.to_string())),
    ];
    run("cargo", &["test", "-p", "sahifa-web", "--target", "wasm32-unknown-unknown"], &root, &runner)?;

    // The release build, as users build it, and its size against the budget.
    let gzip = size::build_and_report()?;
    if gzip > size::GZIP_BUDGET {
        return Err(format!("the app weighs {gzip} bytes gzipped, over the budget of {} bytes", size::GZIP_BUDGET));
    }

    // The benchmark bundle for the journeys that need a real archive, when the corpus is here,
    // and the sample as a sharded archive, whose manifest the schema check reads.
    corpus_bundle()?;
    sample_archive()?;
    packs()?;

    // End-to-end journeys against dist/, served on 127.0.0.1, the same files once in each engine.
    for engine in ["chromium", "firefox"] {
        eprintln!("xtask: end-to-end journeys in {engine}");
        run("node", &["--test", "--test-concurrency=1"], &paths::e2e_dir(), &[("E2E_ENGINE", OsString::from(engine))])?;
    }
    Ok(())
}

/// The most the browser tests may take, from loading their wasm to the last result.
const BROWSER_TESTS_SECONDS: u32 = 300;

fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned())
}

/// The offline copies the pack journey opens: the sample's, and the corpus's when it was built,
/// with `sahifa pack` over the dist/ just built.
fn packs() -> Result<(), String> {
    let e2e = paths::root().join("target").join("e2e");
    let mut bundles = vec![(paths::root().join("static/sample/bundle.json"), e2e.join("sample.html"))];
    if paths::e2e_corpus_bundle().exists() {
        bundles.push((paths::e2e_corpus_bundle(), e2e.join("corpus.html")));
    }
    for (bundle, html) in bundles {
        let (bundle, html) = (bundle.to_string_lossy().into_owned(), html.to_string_lossy().into_owned());
        let args = ["run", "--quiet", "-p", "sahifa-cli", "--", "pack", &bundle, "-o", &html, "--app", "dist"];
        run("cargo", &args, &paths::root(), &[])?;
    }
    Ok(())
}

/// Writes the sample as a sharded archive into `target/e2e/sample-archive/` with `sahifa build`.
fn sample_archive() -> Result<(), String> {
    let out = paths::e2e_sample_archive().to_string_lossy().into_owned();
    let args = ["run", "--quiet", "-p", "sahifa-cli", "--", "build", "static/sample/source", "--archive", &out];
    run("cargo", &args, &paths::root(), &[])
}

/// Builds `target/e2e/corpus.json` and the sharded `target/e2e/corpus-archive/` from the shared
/// corpus with `sahifa build`, as a centre would;
/// the journeys that read it skip, saying why, when the corpus is not on this machine.
fn corpus_bundle() -> Result<(), String> {
    let root = paths::root();
    let corpus = paths::corpus();
    if !corpus.exists() {
        eprintln!("xtask: no corpus at {}: the journeys over the real archive will be skipped", corpus.display());
        return Ok(());
    }
    let out = paths::e2e_corpus_bundle();
    std::fs::create_dir_all(out.parent().expect("a file in a folder"))
        .map_err(|e| format!("creating {}: {e}", out.display()))?;
    let corpus = corpus.to_string_lossy().into_owned();
    let out = out.to_string_lossy().into_owned();
    let archive = paths::e2e_corpus_archive().to_string_lossy().into_owned();
    let args = [
        "run",
        "--quiet",
        "-p",
        "sahifa-cli",
        "--",
        "build",
        &corpus,
        "-o",
        &out,
        "--archive",
        &archive,
        "--map",
        "date=published,tags=category",
    ];
    run("cargo", &args, &root, &[])
}
