//! The core's module graph, read from its source: which module's code names which other module,
//! so that a test can refuse import cycles.
//!
//! Modules import each other through `crate::…` and `super::…` paths (in `use` lines and in code).
//! A module and the modules inside it are one unit, so an import between a module and its own
//! ancestor is structure, not a dependency; every other import is an edge between the two
//! sibling modules that contain its ends, and each set of siblings must form a graph without
//! cycles. Test code (`#[cfg(test)]` and below, and `tests` modules) is left out: tests may
//! reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module's path from the crate root: `["search", "index"]`.
pub type ModulePath = Vec<String>;

/// The modules of the crate whose `src` folder is `src`, each with the modules its code names.
pub fn imports(src: &Path) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    let mut sources = BTreeMap::new();
    collect(src, src, &mut sources);
    let modules: BTreeSet<ModulePath> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(module, text)| {
            let named = paths_named(text)
                .into_iter()
                .filter_map(|path| resolve(module, &path, &modules))
                .filter(|target| !target.starts_with(module) && !module.starts_with(target))
                .collect();
            (module.clone(), named)
        })
        .collect()
}

/// The cycles among sibling modules: for each, the siblings in the order they import each other.
pub fn sibling_cycles(imports: &BTreeMap<ModulePath, BTreeSet<ModulePath>>) -> Vec<Vec<ModulePath>> {
    // Each import becomes an edge between the children of the two ends' closest common ancestor.
    let mut edges: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    for (from, targets) in imports {
        for to in targets {
            let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
            edges.entry(from[..=common].to_vec()).or_default().insert(to[..=common].to_vec());
        }
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for start in edges.keys() {
        let mut trail = Vec::new();
        find_cycle(start, &edges, &mut trail, &mut done, &mut cycles);
    }
    cycles
}

fn find_cycle(
    at: &ModulePath,
    edges: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
    trail: &mut Vec<ModulePath>,
    done: &mut BTreeSet<ModulePath>,
    cycles: &mut Vec<Vec<ModulePath>>,
) {
    if let Some(i) = trail.iter().position(|m| m == at) {
        cycles.push(trail[i..].iter().cloned().chain([at.clone()]).collect());
        return;
    }
    if done.contains(at) {
        return;
    }
    trail.push(at.clone());
    for next in edges.get(at).into_iter().flatten() {
        find_cycle(next, edges, trail, done, cycles);
    }
    trail.pop();
    done.insert(at.clone());
}

/// Every `.rs` file below `dir`, by module path, with its text up to its tests.
fn collect(src: &Path, dir: &Path, out: &mut BTreeMap<ModulePath, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("a readable source folder").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(src, &path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(src).expect("below src");
        let mut module: ModulePath = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
        let file = module.pop().expect("a file name");
        if file != "mod.rs" && file != "lib.rs" {
            module.push(file.trim_end_matches(".rs").to_owned());
        }
        if module.iter().any(|m| m == "tests") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let code: String = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        out.insert(module, code);
    }
}

/// The paths that start with `crate::` or `super::` in `code`, braces in `use` lines expanded:
/// each as its segments, `crate` or `super` first.
fn paths_named(code: &str) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    for start in 0..bytes.len() {
        let at_word_start = start == 0 || !is_ident(bytes[start - 1]) && bytes[start - 1] != b':';
        if at_word_start && (bytes[start..].starts_with(b"crate::") || bytes[start..].starts_with(b"super::")) {
            let mut at = start;
            found.extend(path_group(code, &mut at, Vec::new()));
        }
    }
    found
}

/// Reads `a::b::{c, d::e}` from `at`, each path after `prefix`.
fn path_group(code: &str, at: &mut usize, prefix: Vec<String>) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut path = prefix;
    loop {
        skip_space(bytes, at);
        if bytes.get(*at) == Some(&b'{') {
            *at += 1;
            let mut all = Vec::new();
            loop {
                all.extend(path_group(code, at, path.clone()));
                skip_space(bytes, at);
                match bytes.get(*at) {
                    Some(b',') => *at += 1,
                    Some(b'}') => {
                        *at += 1;
                        return all;
                    }
                    _ => return all,
                }
                skip_space(bytes, at);
                if bytes.get(*at) == Some(&b'}') {
                    *at += 1;
                    return all;
                }
            }
        }
        let start = *at;
        while bytes.get(*at).is_some_and(|&b| is_ident(b)) {
            *at += 1;
        }
        if start == *at {
            return vec![path];
        }
        path.push(code[start..*at].to_owned());
        if code[*at..].starts_with("::") {
            *at += 2;
        } else {
            return vec![path];
        }
    }
}

fn skip_space(bytes: &[u8], at: &mut usize) {
    while bytes.get(*at).is_some_and(|b| b.is_ascii_whitespace()) {
        *at += 1;
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The module a path in `module` names: the longest known module its segments lead to.
fn resolve(module: &ModulePath, path: &[String], modules: &BTreeSet<ModulePath>) -> Option<ModulePath> {
    let mut target: ModulePath = Vec::new();
    let mut rest = path;
    if rest.first().is_some_and(|s| s == "crate") {
        rest = &rest[1..];
    } else {
        target = module.clone();
        while rest.first().is_some_and(|s| s == "super") {
            target.pop()?;
            rest = &rest[1..];
        }
    }
    for segment in rest {
        target.push(segment.clone());
        if !modules.contains(&target) {
            target.pop();
            break;
        }
    }
    Some(target)
}
