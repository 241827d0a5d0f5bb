//! Provenance read by `sahifa build`, and the integrity commands end to end: `key new`, `sign`
//! and `verify` on bundles signed, then edited the ways the issue names (one character of one
//! article, the title by hand, a signature from another bundle, the wrong key).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A folder for one test's files, and the command run in it.
struct Desk {
    dir: tempfile::TempDir,
}

/// What one run printed.
struct Said {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Desk {
    fn new() -> Desk {
        Desk { dir: tempfile::tempdir().unwrap() }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `sahifa ARGS`, run in the desk's folder.
    fn run(&self, args: &[&str]) -> Said {
        let out = Command::new(env!("CARGO_BIN_EXE_sahifa")).args(args).current_dir(self.dir.path()).output().unwrap();
        Said {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    fn write(&self, name: &str, text: &str) {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }

    /// The test data's Markdown and feed articles built into `bundle.json`, a key made in
    /// `keys/`, and the bundle signed with it.
    fn signed_bundle() -> Desk {
        let desk = Desk::new();
        let built = desk.build();
        assert_eq!(built.code, 0, "{}", built.stderr);
        let made = desk.run(&["key", "new", "keys"]);
        assert_eq!(made.code, 0, "{}", made.stderr);
        let signed = desk.run(&[
            "sign",
            "bundle.json",
            "--key",
            "keys/sahifa.key",
            "--published-at",
            "https://centre.example/sahifa.pub",
        ]);
        assert_eq!(signed.code, 0, "{}", signed.stderr);
        desk
    }

    fn build(&self) -> Said {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let (markdown, feeds) = (data.join("markdown"), data.join("feeds"));
        self.run(&[
            "build",
            markdown.to_str().unwrap(),
            feeds.to_str().unwrap(),
            "-o",
            "bundle.json",
            "--title",
            "أرشيف",
        ])
    }

    fn verify(&self) -> Said {
        self.run(&["verify", "bundle.json", "--key", "keys/sahifa.pub"])
    }

    /// The bundle's article ids, in its order.
    fn ids(&self) -> Vec<String> {
        let bundle: serde_json::Value = serde_json::from_str(&self.read("bundle.json")).unwrap();
        bundle["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_owned()).collect()
    }
}

#[test]
fn a_signed_bundle_verifies_and_names_its_key() {
    let desk = Desk::signed_bundle();
    let said = desk.verify();
    assert_eq!(said.code, 0, "{}{}", said.stdout, said.stderr);
    let public = desk.read("keys/sahifa.pub");
    let key = public.split_whitespace().nth(1).unwrap();
    assert!(said.stdout.contains(&format!("verified: all {} article(s) are as signed by the key {key}, published at https://centre.example/sahifa.pub", desk.ids().len())), "{}", said.stdout);
}

#[test]
fn one_character_changed_in_one_article_is_named_and_fails() {
    let desk = Desk::signed_bundle();
    let ids = desk.ids();
    let bundle = desk.read("bundle.json");
    // The first paragraph of the second article, one letter changed.
    let value: serde_json::Value = serde_json::from_str(&bundle).unwrap();
    let paragraph = value["articles"][1]["body"][0].as_str().unwrap().to_owned();
    let mut chars: Vec<char> = paragraph.chars().collect();
    chars[0] = if chars[0] == 'ب' { 'ت' } else { 'ب' };
    let edited: String = chars.into_iter().collect();
    let quoted = serde_json::to_string(&paragraph).unwrap();
    assert_eq!(bundle.matches(&quoted).count(), 1, "the paragraph is in the bundle once");
    desk.write("bundle.json", &bundle.replace(&quoted, &serde_json::to_string(&edited).unwrap()));

    let said = desk.verify();
    assert_eq!(said.code, 1, "{}", said.stdout);
    assert!(said.stdout.contains(&format!("CHANGED since signing: article \"{}\"", ids[1])), "{}", said.stdout);
    for other in ids.iter().filter(|id| *id != &ids[1]) {
        assert!(!said.stdout.contains(&format!("\"{other}\"")), "only the changed article is named: {}", said.stdout);
    }
    assert!(said.stdout.contains(&format!("{} article(s) as signed", ids.len() - 1)), "{}", said.stdout);
}

#[test]
fn white_space_and_key_order_are_not_changes() {
    let desk = Desk::signed_bundle();
    let value: serde_json::Value = serde_json::from_str(&desk.read("bundle.json")).unwrap();
    // serde_json's own map orders keys by name, and compact output has no white space.
    desk.write("bundle.json", &serde_json::to_string(&value).unwrap());
    let said = desk.verify();
    assert_eq!(said.code, 0, "{}", said.stdout);
}

#[test]
fn a_title_edited_by_hand_after_signing_breaks_the_signature() {
    let desk = Desk::signed_bundle();
    let bundle = desk.read("bundle.json");
    desk.write("bundle.json", &bundle.replacen("\"title\": \"أرشيف\"", "\"title\": \"أرشيف آخر\"", 1));
    let said = desk.verify();
    assert_eq!(said.code, 1);
    assert!(said.stdout.contains("NOT VERIFIED: the signature does not match the bundle"), "{}", said.stdout);
}

#[test]
fn a_signature_taken_from_another_bundle_names_every_article_it_does_not_cover() {
    let desk = Desk::signed_bundle();
    let signed: serde_json::Value = serde_json::from_str(&desk.read("bundle.json")).unwrap();
    // Another bundle, by the same title, given the first one's integrity record.
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles.csv");
    let built = desk.run(&[
        "build",
        csv.to_str().unwrap(),
        "-o",
        "other.json",
        "--title",
        "أرشيف",
        "--map",
        "title=headline,date=published,body=text,url=link,source=outlet,tags=keywords",
    ]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let mut other: serde_json::Value = serde_json::from_str(&desk.read("other.json")).unwrap();
    other["integrity"] = signed["integrity"].clone();
    desk.write("bundle.json", &serde_json::to_string_pretty(&other).unwrap());
    let said = desk.verify();
    assert_eq!(said.code, 1);
    for id in desk.ids() {
        assert!(said.stdout.contains(&format!("UNSIGNED: article \"{id}\"")), "{id}: {}", said.stdout);
    }
    for id in signed["integrity"]["articles"].as_object().unwrap().keys() {
        assert!(said.stdout.contains(&format!("MISSING: article \"{id}\"")), "{id}: {}", said.stdout);
    }
}

#[test]
fn the_wrong_key_is_told_apart_from_a_changed_bundle() {
    let desk = Desk::signed_bundle();
    assert_eq!(desk.run(&["key", "new", "other"]).code, 0);
    let said = desk.run(&["verify", "bundle.json", "--key", "other/sahifa.pub"]);
    assert_eq!(said.code, 1);
    assert!(said.stdout.contains("it is signed with the key"), "{}", said.stdout);
    assert!(said.stdout.contains("check that you have the centre's published key"), "{}", said.stdout);

    let secret = desk.run(&["verify", "bundle.json", "--key", "keys/sahifa.key"]);
    assert_eq!(secret.code, 1);
    assert!(secret.stderr.contains("is the secret key; verify with the public key (sahifa.pub)"), "{}", secret.stderr);

    let public = desk.run(&["sign", "bundle.json", "--key", "keys/sahifa.pub"]);
    assert_eq!(public.code, 1);
    assert!(public.stderr.contains("is a public key, which can only check signatures"), "{}", public.stderr);

    let missing = desk.run(&["verify", "bundle.json", "--key", "nowhere/sahifa.pub"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("does not exist; make a key pair with `sahifa key new DIR`"), "{}", missing.stderr);

    desk.write("junk.pub", "not a key\n");
    let junk = desk.run(&["verify", "bundle.json", "--key", "junk.pub"]);
    assert!(junk.code == 1 && junk.stderr.contains("is not a sahifa key file"), "{}", junk.stderr);
}

#[test]
fn an_unsigned_build_has_hashes_and_does_not_verify() {
    let desk = Desk::signed_bundle();
    assert_eq!(desk.build().code, 0);
    let value: serde_json::Value = serde_json::from_str(&desk.read("bundle.json")).unwrap();
    let hashes = value["integrity"]["articles"].as_object().unwrap();
    assert_eq!(hashes.len(), desk.ids().len());
    assert!(hashes.values().all(|h| h.as_str().unwrap().len() == 64));
    let said = desk.verify();
    assert_eq!(said.code, 1);
    assert!(said.stdout.contains("it has hashes but no signature"), "{}", said.stdout);
}

#[test]
fn key_new_keeps_the_secret_private_and_never_overwrites() {
    let desk = Desk::new();
    let made = desk.run(&["key", "new", "keys"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(desk.read("keys/sahifa.key").starts_with("sahifa-ed25519-secret-key "));
    assert!(desk.read("keys/sahifa.pub").starts_with("sahifa-ed25519-public-key "));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(desk.path("keys/sahifa.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the secret key is readable by its owner alone");
    }
    let before = desk.read("keys/sahifa.key");
    let again = desk.run(&["key", "new", "keys"]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(desk.read("keys/sahifa.key"), before);
}

#[test]
fn provenance_comes_from_sidecars_and_from_mapped_columns() {
    let desk = Desk::new();
    desk.write("text/report.txt", "تقرير\n\n31 كانون الثاني/يناير 2022\n\nنص التقرير.\n");
    desk.write(
        "text/report.meta.toml",
        r#"[provenance]
captured = "2022-01-31T10:15Z"
collector = "فريق الرصد"
verification = { status = "disputed", note = "تنفيه جهة رسمية" }
archived = [{ archive = "Wayback Machine", url = "https://web.archive.org/web/2022/https://example.org/r" }]
corrections = [{ date = "2022-02-02", change = "صُحّح العنوان" }]
"#,
    );
    desk.write(
        "table.csv",
        "id,title,date,body,sha256,archived,verification,verification_note\n\
         t1,عنوان,2022-03-01,نص,ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789,https://archive.ph/abc https://perma.cc/X1,verified,قورن بمصدرين\n",
    );
    let built = desk.run(&["build", "text", "table.csv", "-o", "bundle.json"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let value: serde_json::Value = serde_json::from_str(&desk.read("bundle.json")).unwrap();
    let by_id = |id: &str| value["articles"].as_array().unwrap().iter().find(|a| a["id"] == id).unwrap().clone();
    let table = &by_id("t1")["provenance"];
    assert_eq!(table["verification"]["status"], "verified");
    assert_eq!(table["archived"][0]["archive"], "archive.today");
    assert_eq!(table["archived"][1]["archive"], "Perma.cc");
    let text = value["articles"].as_array().unwrap().iter().find(|a| a["id"] != "t1").unwrap();
    assert_eq!(text["provenance"]["verification"]["status"], "disputed");
    assert_eq!(text["provenance"]["corrections"][0]["change"], "صُحّح العنوان");
    let checked = desk.run(&["validate", "bundle.json"]);
    assert_eq!(checked.code, 0, "{}", checked.stdout);
    assert!(checked.stdout.contains("0 warning(s)"), "{}", checked.stdout);
}

#[test]
fn validate_names_bad_provenance_and_keeps_the_article() {
    let desk = Desk::new();
    desk.write(
        "bundle.json",
        r#"{"sahifa": 1, "title": "T", "lang": "ar", "articles": [{"id": "a", "title": "t", "body": ["b"],
            "provenance": {"verification": {"status": "probably"}, "sha256": "12"}}]}"#,
    );
    let said = desk.run(&["validate", "bundle.json"]);
    assert_eq!(said.code, 0, "a warning keeps the article: {}", said.stdout);
    assert!(
        said.stdout.contains("its status \"probably\" is not one of unverified, verified, disputed, retracted"),
        "{}",
        said.stdout
    );
    assert!(said.stdout.contains("a SHA-256 is 64 hexadecimal digits"), "{}", said.stdout);
    assert!(said.stdout.contains("1 valid article(s), 0 error(s), 2 warning(s)"), "{}", said.stdout);
}

/// A stand-in for a built app: the files `sahifa pack` reads, each small and recognisable.
fn fake_app(desk: &Desk) {
    desk.write("app/sahifa-web.js", "export function startPage() {}\nexport default async function __wbg_init() {}\n");
    std::fs::write(desk.path("app/sahifa-web_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    desk.write("app/style.css", ".reader { color: black; }\n");
    desk.write(
        "app/fonts/fonts.css",
        "@font-face { font-family: Naskh; src: url(\"Naskh.woff2\") format(\"woff2\"); }\n",
    );
    std::fs::write(desk.path("app/fonts/Naskh.woff2"), b"wOF2font").unwrap();
}

/// The text between `open` and the next `close` after it.
fn between<'t>(text: &'t str, open: &str, close: &str) -> &'t str {
    let start = text.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    &text[start..start + text[start..].find(close).unwrap()]
}

#[test]
fn pack_writes_one_file_whose_policy_allows_exactly_its_own_blocks() {
    use base64::Engine;
    use sha2::Digest;
    let desk = Desk::new();
    fake_app(&desk);
    desk.write(
        "bundle.json",
        r#"{"sahifa": 1, "title": "أرشيف <b>", "lang": "ar", "articles": [{"id": "a", "title": "t", "body": ["</script><script>alert(1)</script>"]}]}"#,
    );
    let said = desk.run(&["pack", "bundle.json", "-o", "offline.html", "--app", "app"]);
    assert_eq!(said.code, 0, "{}", said.stderr);
    let page = desk.read("offline.html");
    assert!(!page.contains("<script>alert"), "the bundle cannot end its element");
    let json = between(&page, "<script type=\"application/json\" id=\"sahifa-bundle\">", "</script>");
    let bundle: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(bundle["articles"][0]["body"][0], "</script><script>alert(1)</script>");
    assert!(page.contains("<title>أرشيف &lt;b&gt;</title>"));
    let hash = |text: &str| {
        format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes())))
    };
    let csp = between(&page, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    let script = between(&page, "<script type=\"module\">", "</script>");
    let style = between(&page, "<style>", "</style>");
    assert!(csp.contains(&format!("script-src {} 'wasm-unsafe-eval'", hash(script))), "{csp}");
    assert!(csp.contains(&format!("style-src {}", hash(style))), "{csp}");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(
        script.contains(&base64::engine::general_purpose::STANDARD.encode(b"\0asm\x01\0\0\0")),
        "the wasm is inside"
    );
    assert!(style.contains(&format!(
        "data:font/woff2;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(b"wOF2font")
    )));
}

#[test]
fn pack_says_how_to_get_the_app_when_it_is_missing() {
    let desk = Desk::new();
    desk.write("bundle.json", r#"{"sahifa": 1, "title": "T", "lang": "ar", "articles": []}"#);
    let said = desk.run(&["pack", "bundle.json", "-o", "offline.html"]);
    assert_eq!(said.code, 1);
    assert!(said.stderr.contains("the built app has no dist/sahifa-web_bg.wasm"), "{}", said.stderr);
    assert!(said.stderr.contains("build it with `cargo xtask dist`"), "{}", said.stderr);
    assert!(!desk.path("offline.html").exists());
    desk.write("manifest.json", r#"{"sahifa-archive": 1}"#);
    let archive = desk.run(&["pack", "manifest.json", "-o", "offline.html"]);
    assert!(archive.code == 1 && archive.stderr.contains("not packed"), "{}", archive.stderr);
}
