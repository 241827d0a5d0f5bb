//! `cargo xtask`: every developer command of sahifa, so that a bare machine needs only cargo.

mod bench;
mod bench_archive;
mod paths;
mod realistic;
mod run;
mod setup;
mod size;
mod synthetic;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  setup   install what is missing: the wasm32 target, Trunk, wasm-bindgen, wasm-opt
  serve   setup, then serve the app on the sample bundle (trunk serve) at http://127.0.0.1:8080/
  dist    setup, then build the release app into dist/ and print its size
  test    setup (and Chromium), then run every test: native, browser, end-to-end
  bench   build the bench bundles and dist/, then time sahifa, MiniSearch and FlexSearch in
          headless Chromium and print the figures (search needs ../shared/corpus/);
          `bench search` times the search comparison alone, without the app's timeline;
          `bench phone` the app's load on the corpus on a 390×844 phone, CPU throttled 4×;
          `bench archive` times the app on sharded archives (the corpus's, and the synthetic
          100,000 once `synthetic 100000` has run) over emulated fast and slow networks, beside
          Pagefind on the corpus, counting requests and gzipped bytes; `bench memory` opens
          the corpus repeated to 30,000 articles (about 97 MB) in the app and prints the
          renderer's memory beside the bundle's size
  synthetic [ARTICLES]
          write target/bench/realistic-ARTICLES.jsonl (100000 unless given), articles drawn
          with the corpus's statistics, for `sahifa build --archive` at scale";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::build_tools(),
        Some("serve") => setup::build_tools().and_then(|()| run::trunk(&["serve", "--address", "127.0.0.1"])),
        Some("dist") => setup::build_tools().and_then(|()| size::build_and_report()).map(|_| ()),
        Some("test") => test::all(),
        Some("bench") => match args.get(1).map(String::as_str) {
            None => bench::all(bench::Scope::Everything),
            Some("search") => bench::all(bench::Scope::Search),
            Some("phone") => bench::all(bench::Scope::Phone),
            Some("archive") => bench_archive::run_bench(),
            Some("memory") => bench::memory(),
            Some(other) => Err(format!(
                "unknown bench `{other}`: run `cargo xtask bench`, `cargo xtask bench search`, `cargo xtask bench phone`, `cargo xtask bench archive` or `cargo xtask bench memory`"
            )),
        },
        Some("synthetic") => match args.get(1).map(|n| n.parse::<u32>()).unwrap_or(Ok(100_000)) {
            Ok(articles) => realistic::write(articles).map(|path| println!("{}", path.display())),
            Err(_) => Err("`cargo xtask synthetic ARTICLES` takes a number of articles, such as 1000000".into()),
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
