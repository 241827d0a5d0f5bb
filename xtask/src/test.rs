//! The whole test ladder, fast to slow: native tests, browser tests, the release build and its
//! size budget, then end-to-end journeys in Chromium against that build.

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

    // wasm-bindgen-test in headless Chromium (flags in webdriver.json).
    let runner = [
        ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", OsString::from("wasm-bindgen-test-runner")),
        ("CHROMEDRIVER", OsString::from(chromedriver())),
    ];
    run("cargo", &["test", "-p", "sahifa-web", "--target", "wasm32-unknown-unknown"], &root, &runner)?;

    // The release build, as users build it, and its size against the budget.
    let gzip = size::build_and_report()?;
    if gzip > size::GZIP_BUDGET {
        return Err(format!("the app weighs {gzip} bytes gzipped, over the budget of {} bytes", size::GZIP_BUDGET));
    }

    // End-to-end journeys against dist/, served on 127.0.0.1.
    run("node", &["--test", "--test-concurrency=1"], &paths::e2e_dir(), &[])
}

fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned())
}
