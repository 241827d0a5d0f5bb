//! The release build and its size: wasm and JS, raw and gzip, against the budget in README.

use crate::paths;
use crate::run;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::Path;

/// The most the app's wasm and JS may weigh gzipped, in bytes. README states it; `cargo xtask
/// test` fails when the release build passes it.
pub const GZIP_BUDGET: u64 = 492_683;

/// The opt-in offline service worker at dist/'s root (static/offline-worker.js).
const OPT_IN_WORKER: &str = "offline-worker.js";

/// Builds dist/ in release mode and prints the size of each wasm and JS file.
pub fn build_and_report() -> Result<u64, String> {
    run::trunk(&["build", "--release"])?;
    report(&paths::root().join("dist"))
}

fn report(dist: &Path) -> Result<u64, String> {
    let mut total_gzip = 0;
    println!("{:<44} {:>10} {:>10}", "file", "bytes", "gzip");
    let entries = std::fs::read_dir(dist).map_err(|e| format!("reading {}: {e}", dist.display()))?;
    let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "wasm" || e == "js")) {
        let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let gzip = gzip_len(&bytes);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        // The service worker is fetched only by pages that opted in to reading offline, and
        // then once, beside the app: it is shown, not counted.
        if name == OPT_IN_WORKER {
            println!("{name:<44} {:>10} {gzip:>10}  (opt-in, not in the total)", bytes.len());
            continue;
        }
        total_gzip += gzip;
        println!("{name:<44} {:>10} {gzip:>10}", bytes.len());
    }
    println!("{:<44} {:>10} {:>10}  (budget {GZIP_BUDGET})", "total wasm + js", "", total_gzip);
    Ok(total_gzip)
}

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |v| v.len() as u64)
}
