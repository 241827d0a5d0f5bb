//! Tidy checks that run inside `cargo test`: the invariants ARCHITECTURE.md names, checked on
//! the tree itself rather than remembered.

mod module_graph;

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
fn the_cores_benchmarks_compile() {
    // They run only when someone measures, so a change that breaks them would go unseen.
    let target_dir = root().join("target").join("tidy");
    cargo(&["check", "-p", "sahifa-core", "--benches", "--target-dir", target_dir.to_str().unwrap()]);
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

#[test]
fn the_core_has_no_import_cycle() {
    let imports = module_graph::imports(&root().join("crates/sahifa-core/src"));
    let cycles: Vec<String> = module_graph::sibling_cycles(&imports)
        .iter()
        .map(|cycle| cycle.iter().map(|m| m.join("::")).collect::<Vec<_>>().join(" → "))
        .collect();
    assert!(cycles.is_empty(), "modules of sahifa-core that import each other in a circle:\n{}", cycles.join("\n"));
}

#[test]
fn the_module_graph_sees_imports_and_cycles() {
    // The checker itself, on a crate written for it: b and c import each other through a
    // brace group and a path in code; a imports b; d is inside a and imports a (structure).
    let dir = std::env::temp_dir().join(format!("sahifa-tidy-graph-{}", std::process::id()));
    let files = [
        ("lib.rs", "mod a; mod b; mod c;"),
        ("a/mod.rs", "//! a\nmod d;\nuse crate::b::{Thing, other::More};"),
        ("a/d.rs", "//! d\nuse super::A;"),
        ("b.rs", "//! b\nfn f() { super::c::g(); }"),
        ("c.rs", "//! c\nuse crate::{b::f, b::g};\n#[cfg(test)]\nuse crate::a::d::Only;"),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let imports = module_graph::imports(&dir);
    let named = |m: &str| -> Vec<String> {
        let module: Vec<String> = m.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
        imports[&module].iter().map(|t| t.join("::")).collect()
    };
    assert_eq!(named("a"), ["b"]);
    assert!(named("a::d").is_empty(), "an import of an ancestor is structure");
    assert_eq!(named("b"), ["c"]);
    assert_eq!(named("c"), ["b"], "test code is left out");
    let cycles = module_graph::sibling_cycles(&imports);
    std::fs::remove_dir_all(&dir).unwrap();
    let cycles: Vec<String> =
        cycles.iter().map(|c| c.iter().map(|m| m.join("::")).collect::<Vec<_>>().join(" → ")).collect();
    assert_eq!(cycles, ["b → c → b"]);
}

/// The Rust files below `dir` (relative to the root), with their text up to their tests.
fn code_below(dir: &str) -> Vec<(String, String)> {
    tracked_files()
        .into_iter()
        .filter(|f| f.starts_with(dir) && f.ends_with(".rs"))
        .map(|f| {
            let text = std::fs::read_to_string(root().join(&f)).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            (f, code)
        })
        .collect()
}

#[test]
fn the_built_index_is_never_mutated() {
    // Reading the index takes `&self` only; the build hands its parts over once, to
    // `SearchIndex::new`, and keeps nothing.
    for (file, code) in code_below("crates/sahifa-core/src/search/index/") {
        assert!(!code.contains("&mut self"), "{file}: the built index is read-only; nothing in index/ takes &mut self");
        assert!(!code.contains("Cell<") && !code.contains("RefCell"), "{file}: no interior mutability in the index");
    }
    let (_, index) = code_below("crates/sahifa-core/src/search/index/mod.rs").pop().expect("index/mod.rs");
    let fields = index.split("pub struct SearchIndex {").nth(1).and_then(|s| s.split('}').next()).expect("SearchIndex");
    assert!(!fields.contains("pub"), "SearchIndex's fields are private to index/: {fields}");
}

#[test]
fn the_app_searches_in_one_place() {
    // One search per keystroke: `results::search` is the app's only call of the index's search,
    // and it runs it once (a test in `tests/` counts the searches a render runs).
    let callers: Vec<String> = code_below("src/")
        .into_iter()
        .filter(|(file, code)| file != "src/results.rs" && code.contains(".search(&"))
        .map(|(file, _)| file)
        .collect();
    assert!(callers.is_empty(), "only src/results.rs may run the index's search: {callers:?}");
}
