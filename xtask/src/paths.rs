//! Where things are in the repository, and the tool versions it pins.

use std::path::PathBuf;

/// The repository root (xtask lives one level below it).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits inside the repository").to_path_buf()
}

/// The Trunk release every command uses (0.22 needs a newer rustc than these machines have).
pub const TRUNK_VERSION: &str = "0.21.14";

/// The version of a `[tools]` entry in Trunk.toml, which Trunk itself checks on PATH.
pub fn trunk_tool_version(tool: &str) -> Result<String, String> {
    let config = std::fs::read_to_string(root().join("Trunk.toml")).map_err(|e| format!("reading Trunk.toml: {e}"))?;
    config
        .lines()
        .filter_map(|line| line.split_once('='))
        .find(|(key, _)| key.trim() == tool)
        .map(|(_, value)| value.trim().trim_matches('"').to_owned())
        .ok_or_else(|| format!("Trunk.toml has no [tools] {tool} entry"))
}

/// The folder whose `node_modules/.bin` holds binaryen's wasm-opt.
pub fn tools_dir() -> PathBuf {
    root().join("tools")
}

/// The end-to-end tests' folder.
pub fn e2e_dir() -> PathBuf {
    root().join("tests").join("e2e")
}

/// The shared test corpus, beside the repository (never inside it: others' text, research licences).
pub fn corpus() -> PathBuf {
    root().join("..").join("shared").join("corpus").join("arabic-news.jsonl")
}

/// The sample as a sharded archive, for the journeys and the manifest's schema check.
pub fn e2e_sample_archive() -> PathBuf {
    root().join("target").join("e2e").join("sample-archive")
}

/// Where `cargo xtask test` writes the corpus bundle that the journeys open.
pub fn e2e_corpus_bundle() -> PathBuf {
    root().join("target").join("e2e").join("corpus.json")
}

/// The corpus as a sharded archive, for the journeys over a large archive.
pub fn e2e_corpus_archive() -> PathBuf {
    root().join("target").join("e2e").join("corpus-archive")
}
