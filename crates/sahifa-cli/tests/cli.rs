//! The `sahifa` command end to end: each input format against golden files in `tests/data`,
//! the sample bundle against a fresh build, bad input, and (when present) the real corpus.
//!
//! Run with `UPDATE_EXPECT=1` to rewrite the golden files after an intended change.

mod trust;

use expect_test::{expect_file, ExpectFile};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run printed and wrote.
struct Run {
    code: i32,
    stderr: String,
    stdout: String,
    output: Option<String>,
}

/// Runs `sahifa ARGS` from the crate folder (so paths in messages are short and stable); a
/// `{out}` argument is replaced by a fresh output path, and that path by `{out}` in messages.
fn sahifa(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bundle.json");
    let args: Vec<String> = args.iter().map(|a| a.replace("{out}", &out.to_string_lossy())).collect();
    let result = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(&args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    // The output lives in a new temporary folder each run; messages name it `{out}`.
    let stable = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap().replace(&*out.to_string_lossy(), "{out}");
    Run {
        code: result.status.code().unwrap_or(-1),
        stderr: stable(result.stderr),
        stdout: stable(result.stdout),
        output: std::fs::read_to_string(&out).ok(),
    }
}

/// Builds, and checks the bundle and the messages against golden files.
fn check_build(args: &[&str], bundle: ExpectFile, messages: ExpectFile) {
    let run = sahifa(&[&["build"], args, &["-o", "{out}"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    bundle.assert_eq(run.output.as_deref().unwrap());
    messages.assert_eq(&run.stderr);
}

#[test]
fn the_committed_sample_is_a_fresh_build_of_its_source() {
    let run = sahifa(&["build", "../../static/sample/source", "-o", "{out}", "--title", "أرشيف مركز عدل لحقوق الإنسان"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/sample/bundle.json")).unwrap();
    assert!(
        run.output.as_deref() == Some(committed.as_str()),
        "static/sample/bundle.json differs from a fresh build of static/sample/source; rebuild it with the command in docs/cli.md"
    );
}

#[test]
fn the_seed_text_alone_gives_its_parts_and_the_event() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("000_e5bda383449404da.txt");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/sample/source/000_e5bda383449404da.txt"),
        &seed,
    )
    .unwrap();
    let run = sahifa(&["build", &seed.to_string_lossy(), "-o", "{out}"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bundle: serde_json::Value = serde_json::from_str(&run.output.unwrap()).unwrap();
    let article = &bundle["articles"][0];
    assert_eq!(article["id"], "e5bda383449404da");
    assert_eq!(article["title"], "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم");
    assert_eq!(article["date"], "2022-01-31");
    assert_eq!(article["byline"], "متابعة مركز عدل لحقوق الإنسان");
    assert_eq!(article["source"]["name"], "نورث برس");
    assert_eq!(article["body"].as_array().unwrap().len(), 16);
    assert_eq!(article["events"][0]["date"], "2022-01-20");
    assert!(article["events"][0]["label"].as_str().unwrap().contains("٢٠ كانون الثاني/يناير الجاري"));
}

#[test]
fn feeds_import() {
    check_build(
        &["tests/data/feeds"],
        expect_file!["data/expected/feeds.json"],
        expect_file!["data/expected/feeds.stderr"],
    );
}

#[test]
fn a_folder_of_markdown_imports() {
    check_build(
        &["tests/data/markdown"],
        expect_file!["data/expected/markdown.json"],
        expect_file!["data/expected/markdown.stderr"],
    );
}

#[test]
fn a_csv_imports_with_a_mapping() {
    check_build(
        &[
            "tests/data/articles.csv",
            "--map",
            "title=headline,date=published,body=text,url=link,source=outlet,tags=keywords",
        ],
        expect_file!["data/expected/csv.json"],
        expect_file!["data/expected/csv.stderr"],
    );
}

#[test]
fn html_escaped_tables_are_decoded_to_plain_text() {
    // A CMS export's `&quot;`, `&#8220;` and `&#x645;` become their characters in what a reader
    // sees; `&lt;script&gt;` becomes the literal text `<script>`, which the app shows as text
    // (tests/native/page.rs); the id and the URL stay as given.
    check_build(
        &["tests/data/escaped"],
        expect_file!["data/expected/escaped.json"],
        expect_file!["data/expected/escaped.stderr"],
    );
}

#[test]
fn bad_input_is_reported_with_file_and_line_and_the_rest_is_built() {
    check_build(&["tests/data/bad"], expect_file!["data/expected/bad.json"], expect_file!["data/expected/bad.stderr"]);
}

#[test]
fn strict_writes_nothing_when_anything_is_wrong() {
    let run = sahifa(&["build", "tests/data/bad", "-o", "{out}", "--strict"]);
    assert_eq!(run.code, 1);
    assert!(run.output.is_none());
    assert!(run.stderr.contains("not written: --strict"), "{}", run.stderr);
}

#[test]
fn the_output_does_not_depend_on_the_order_of_inputs() {
    let inputs =
        ["tests/data/feeds", "tests/data/markdown", "tests/data/bad/mixed.jsonl", "../../static/sample/source"];
    let forward = sahifa(&[&["build"], &inputs[..], &["-o", "{out}"]].concat());
    let reversed: Vec<&str> = inputs.iter().rev().copied().collect();
    let backward = sahifa(&[&["build"], &reversed[..], &["-o", "{out}"]].concat());
    assert_eq!(forward.code, 0);
    assert!(forward.output.is_some() && forward.output == backward.output);
    assert_eq!(forward.stderr, backward.stderr);
}

#[test]
fn usage_errors_say_what_to_do() {
    let run = sahifa(&["build", "tests/data/articles.csv", "-o", "{out}", "--map", "headline"]);
    assert_eq!(run.code, 1);
    expect_test::expect![[r#"
        sahifa: --map: "headline" is not FIELD=COLUMN; write for example --map title=headline,date=published
    "#]]
    .assert_eq(&run.stderr);
    let run = sahifa(&["build", "tests/data/nothing-here", "-o", "{out}"]);
    expect_test::expect![[r#"
        error: tests/data/nothing-here: no such file or folder; check the path (skipped)
        sahifa: no article could be read from the inputs, so {out} was not written
    "#]]
    .assert_eq(&run.stderr);
}

#[test]
fn validate_reports_every_finding() {
    let text = sahifa(&["validate", "tests/data/bad-bundle.json"]);
    assert_eq!(text.code, 1);
    expect_file!["data/expected/validate.txt"].assert_eq(&text.stdout);
    let json = sahifa(&["validate", "tests/data/bad-bundle.json", "--format", "json"]);
    assert_eq!(json.code, 1);
    expect_file!["data/expected/validate.json"].assert_eq(&json.stdout);
    assert_eq!(sahifa(&["validate", "../../static/sample/bundle.json"]).code, 0);
}

#[test]
fn stats_count_and_size_the_sample() {
    let run = sahifa(&["stats", "../../static/sample/bundle.json"]);
    assert_eq!(run.code, 0);
    expect_file!["data/expected/stats.txt"].assert_eq(&run.stdout);
}

/// The corpus lives beside the repository, never in it.
fn corpus() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/arabic-news.jsonl");
    path.exists().then_some(path)
}

#[test]
fn the_corpus_builds_into_a_valid_bundle_of_every_article() {
    let Some(corpus) = corpus() else {
        eprintln!(
            "skipped: the corpus ../shared/corpus/arabic-news.jsonl (beside the repository) is not on this machine"
        );
        return;
    };
    let run = sahifa(&[
        "build",
        &corpus.to_string_lossy(),
        "-o",
        "{out}",
        "--map",
        "date=published,tags=category",
        "--title",
        "Arabic news",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty() || run.stderr.starts_with("wrote"), "{}", run.stderr);
    let loaded = sahifa_core::parse_bundle(run.output.unwrap().as_bytes()).unwrap();
    assert_eq!(loaded.diagnostics, []);
    assert_eq!(loaded.bundle.articles.len(), 12_906);
    // 45 of its titles are HTML-escaped at the source (`&quot;هواوي&quot;`).
    let escaped: Vec<_> =
        loaded.bundle.articles.iter().map(|a| &a.title).filter(|t| t.contains("&quot;") || t.contains("&#")).collect();
    assert_eq!(escaped, Vec::<&String>::new(), "titles still holding HTML references");
}

#[cfg(unix)]
#[test]
fn the_bundle_is_readable_by_the_web_server_not_only_its_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bundle.json");
    let status = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["build", "../../static/sample/source", "-o"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .unwrap();
    assert!(status.success());
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o004, 0o004, "others can read the bundle (mode {mode:o})");
}

#[test]
fn an_archive_is_written_manifest_last_and_a_rebuild_keeps_what_did_not_change() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("archive");
    let build = || {
        Command::new(env!("CARGO_BIN_EXE_sahifa"))
            .args(["build", "../../static/sample/source", "--archive"])
            .arg(&folder)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let first = build();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let manifest = std::fs::read(folder.join("manifest.json")).unwrap();
    let mut archive = sahifa_core::archive::Archive::from_manifest(&manifest).unwrap();
    for name in archive.first_files() {
        archive.add(&name, &std::fs::read(folder.join(&name)).unwrap()).unwrap();
    }
    assert_eq!(archive.newest().len(), 1, "the sample's one article is on the first screen");
    let again = String::from_utf8(build().stderr).unwrap();
    assert!(again.contains("(1 written, "), "only the manifest is written again: {again}");
    // A limit no archive of eight facet columns can meet, said so, with what to do.
    let few = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["build", "../../static/sample/source", "--max-files", "5", "--archive"])
        .arg(dir.path().join("few"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(!few.status.success());
    assert!(
        String::from_utf8_lossy(&few.stderr).contains("allow more files"),
        "{}",
        String::from_utf8_lossy(&few.stderr)
    );
    // Neither -o nor --archive: a usage error.
    let none = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .args(["build", "../../static/sample/source"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("--output"));
}

#[test]
fn an_archive_whose_articles_read_with_warnings_says_so_since_its_page_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    std::fs::write(
        &input,
        r#"{"id":"a","title":"t","date":"2024-01-02","url":"javascript:alert(1)","body":"text"}
{"id":"b","title":"u","date":"2024-01-01","body":"text"}
"#,
    )
    .unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("build")
        .arg(&input)
        .arg("--archive")
        .arg(dir.path().join("archive"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("warning: 1 part(s) of articles will be left out"), "{stderr}");
    assert!(stderr.contains("run `sahifa validate bundle.json`"), "{stderr}");
}

#[test]
fn json_lines_are_read_a_line_at_a_time_and_a_line_not_utf8_keeps_the_lines_before() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let mut bytes =
        "\u{feff}{\"id\":\"a\",\"title\":\"أ\",\"date\":\"2024-01-02\",\"body\":\"نص\"}\r\n\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"{\"id\":\"b\",\"title\":\"\xc7\",\"date\":\"2024-01-01\",\"body\":\"x\"}\n");
    bytes.extend_from_slice(b"{\"id\":\"c\",\"title\":\"c\",\"date\":\"2024-01-03\",\"body\":\"x\"}\n");
    std::fs::write(&input, bytes).unwrap();
    let out = dir.path().join("bundle.json");
    let run = Command::new(env!("CARGO_BIN_EXE_sahifa")).arg("build").arg(&input).arg("-o").arg(&out).output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    // The byte-order mark and the Windows line end are not part of the first article; the
    // legacy byte on line 3 stops the file there, named with its line.
    assert!(stderr.contains("articles.jsonl:3: is not UTF-8 text"), "{stderr}");
    assert!(stderr.contains("1 article(s) from 1 file(s)"), "{stderr}");
    let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(bundle["articles"][0]["id"], "a");
    assert_eq!(bundle["articles"][0]["title"], "أ");
}

/// The app's JSON export (`sahifa_core::export`) of the sample and of a mixed archive is a bundle
/// `sahifa validate` accepts and `sahifa build` reads back, every dated article as it was.
#[test]
fn an_export_as_json_validates_and_builds_again() {
    use sahifa_core::export::{whole, Archive, Format};
    for source in ["../../static/sample/bundle.json", "../../tests/fixtures/mixed.json"] {
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(source)).unwrap();
        let bundle = sahifa_core::parse_bundle(&bytes).unwrap().bundle;
        let archive = Archive {
            title: &bundle.title,
            lang: &bundle.lang,
            description: bundle.description.as_deref(),
            today: None,
        };
        let links: Vec<String> =
            bundle.articles.iter().map(|a| format!("https://archive.example/#/article/{}", a.id)).collect();
        let pairs: Vec<_> = bundle.articles.iter().zip(&links).map(|(a, l)| (a, l.as_str())).collect();
        let dir = tempfile::tempdir().unwrap();
        let exported = dir.path().join("export.json");
        std::fs::write(&exported, whole(Format::Json, &archive, &pairs)).unwrap();
        let exported = exported.to_string_lossy();
        let validated = sahifa(&["validate", &exported]);
        assert_eq!(validated.code, 0, "{source}: {}{}", validated.stdout, validated.stderr);
        let built = sahifa(&["build", &exported, "-o", "{out}", "--title", &bundle.title]);
        assert_eq!(built.code, 0, "{source}: {}", built.stderr);
        let again = sahifa_core::parse_bundle(built.output.unwrap().as_bytes()).unwrap().bundle;
        // A build takes dated articles only (an undated one is reported, at its line): the rest
        // come back whole.
        let dated: Vec<_> = bundle.articles.iter().filter(|a| a.date.is_some()).collect();
        assert_eq!(again.articles.iter().collect::<Vec<_>>(), dated, "{source}");
        let undated = bundle.articles.len() - dated.len();
        assert_eq!(built.stderr.matches("the article has no date").count(), undated, "{}", built.stderr);
    }
}
