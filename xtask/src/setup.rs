//! Installing what a bare machine lacks, and nothing that is already there at the right version.

use crate::paths::{self, TRUNK_VERSION};
use crate::run::{output_line, run};

/// The wasm32 target, Trunk, wasm-bindgen and wasm-opt: what `serve` and `dist` need.
pub fn build_tools() -> Result<(), String> {
    let root = paths::root();
    let targets = output_line_all("rustup", &["target", "list", "--installed"]);
    if !targets.contains("wasm32-unknown-unknown") {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"], &root, &[])?;
    }
    if !version_matches("trunk", TRUNK_VERSION) {
        eprintln!("xtask: installing Trunk {TRUNK_VERSION} (about 12 minutes on 2 cores, once)");
        run("cargo", &["install", "trunk", "--version", TRUNK_VERSION, "--locked"], &root, &[])?;
    }
    let bindgen = paths::trunk_tool_version("wasm_bindgen")?;
    if !version_matches("wasm-bindgen", &bindgen) {
        eprintln!("xtask: installing wasm-bindgen-cli {bindgen} (about 4 minutes, once)");
        // Not --locked: its lock names a webpki-roots release the registry does not serve.
        run("cargo", &["install", "wasm-bindgen-cli", "--version", &bindgen, "--force"], &root, &[])?;
    }
    let wasm_opt = paths::trunk_tool_version("wasm_opt")?;
    if !version_matches("wasm-opt", &wasm_opt) {
        run("npm", &["ci", "--no-audit", "--no-fund"], &paths::tools_dir(), &[])?;
    }
    Ok(())
}

/// Chromium, chromedriver and Firefox ESR from Debian, for the browser and end-to-end tests (the
/// journeys run in both engines), and nginx for the deployment journey. One `apt-get install` for whatever is missing.
pub fn browser() -> Result<(), String> {
    let wanted = [
        ("chromium", "--version", "chromium"),
        ("chromedriver", "--version", "chromium-driver"),
        ("firefox-esr", "--version", "firefox-esr"),
        // The deployment journey serves an archive through docs/deploy/nginx.conf.
        ("nginx", "-v", "nginx"),
    ];
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(program, version, _)| output_line(program, &[version]).is_none())
        .map(|&(_, _, package)| package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let packages = missing.join(" ");
    if !running_as_root() {
        return Err(format!(
            "the tests need Debian's Chromium, ChromeDriver, Firefox ESR and nginx: run `sudo apt-get install -y {packages}`, then run this again"
        ));
    }
    let root = paths::root();
    run("apt-get", &["update"], &root, &[])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(&missing);
    run("apt-get", &args, &root, &[])
}

/// The end-to-end tests' npm packages (playwright-core, axe-core, ajv), from the lock file.
pub fn e2e_packages() -> Result<(), String> {
    run("npm", &["ci", "--no-audit", "--no-fund"], &paths::e2e_dir(), &[])
}

fn version_matches(program: &str, version: &str) -> bool {
    output_line(program, &["--version"]).is_some_and(|line| {
        line.split_whitespace().any(|word| word == version || word.trim_matches(['(', ')']) == version)
    })
}

fn output_line_all(program: &str, args: &[&str]) -> String {
    std::process::Command::new(program)
        .args(args)
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default()
}

fn running_as_root() -> bool {
    output_line("id", &["-u"]).as_deref() == Some("0")
}
