//! Tidy checks that run inside `cargo test`: the invariants ARCHITECTURE.md names, checked on
//! the tree itself rather than remembered.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn cargo(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO")).args(args).current_dir(root()).output().expect("cargo runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "cargo {} failed:\n{stderr}", args.join(" "));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tracked_files() -> Vec<String> {
    let out = Command::new("git").args(["ls-files"]).current_dir(root()).output().expect("git runs");
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect()
}

const WEB_CRATES: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn the_core_has_no_web_crates_in_its_tree() {
    for target in ["wasm32-unknown-unknown", "all"] {
        let tree = cargo(&["tree", "-p", "sahifa-core", "--edges", "normal", "--prefix", "none", "--target", target]);
        for line in tree.lines() {
            let name = line.split_whitespace().next().unwrap_or("");
            assert!(
                !WEB_CRATES.contains(&name),
                "sahifa-core depends on {name} (target {target}); the core must stay free of web crates"
            );
        }
    }
}

#[test]
fn the_core_compiles_for_wasm32() {
    let target_dir = root().join("target").join("tidy");
    cargo(&[
        "check",
        "-p",
        "sahifa-core",
        "--target",
        "wasm32-unknown-unknown",
        "--target-dir",
        target_dir.to_str().unwrap(),
    ]);
}

#[test]
fn every_source_file_opens_with_a_line_saying_what_it_owns() {
    let mut missing = Vec::new();
    for file in tracked_files() {
        let opener = match Path::new(&file).extension().and_then(|e| e.to_str()) {
            Some("rs") => "//!",
            Some("mjs") => "//",
            _ => continue,
        };
        let text = std::fs::read_to_string(root().join(&file)).unwrap_or_default();
        if !text.starts_with(opener) {
            missing.push(file);
        }
    }
    assert!(missing.is_empty(), "these files do not open with a line saying what they own: {missing:?}");
}

#[test]
fn trunk_pins_the_wasm_bindgen_version_that_cargo_lock_resolved() {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let locked = lock
        .split("[[package]]")
        .find(|entry| entry.contains("name = \"wasm-bindgen\"\n"))
        .and_then(|entry| entry.lines().find_map(|l| l.strip_prefix("version = ")))
        .map(|v| v.trim_matches('"').to_owned())
        .expect("Cargo.lock has wasm-bindgen");
    let trunk = std::fs::read_to_string(root().join("Trunk.toml")).unwrap();
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{locked}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{locked}\", the version in Cargo.lock"
    );
}

#[test]
fn ci_runs_exactly_the_test_command_in_the_readme() {
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    let command = ci
        .lines()
        .map(str::trim)
        .rfind(|l| {
            !(l.is_empty()
                || l.starts_with('#')
                || l.starts_with("set ")
                || l.starts_with("cd ")
                || l.starts_with("export "))
        })
        .expect(".ci/run runs a command");
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains(command), "README.md must give the command .ci/run runs: {command}");
}
