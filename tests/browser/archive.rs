//! A sharded archive read in the browser: the names the writer gave its files are the hashes
//! the browser's own SHA-256 (Web Crypto) finds, a changed byte is caught, and the files checked
//! that way open an archive that answers as its bundle.

use crate::common::SAMPLE;
use sahifa_core::archive::{write_archive, Archive, ArchiveSizes, MANIFEST};
use sahifa_core::parse_bundle;
use sahifa_core::search::{SearchIndex, SearchRequest};
use sahifa_web::archive_fetch::matches_name;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn web_crypto_agrees_with_every_name_and_catches_a_changed_byte() {
    let files = write_archive(SAMPLE, ArchiveSizes::default()).unwrap();
    let hashed: Vec<_> = files.iter().filter(|f| f.path != MANIFEST).collect();
    assert!(hashed.len() > 10, "{} files", hashed.len());
    for file in &hashed {
        assert_eq!(matches_name(&file.path, &file.bytes).await, Some(true), "{}", file.path);
    }
    let mut changed = hashed[0].bytes.clone();
    changed[0] ^= 1;
    assert_eq!(matches_name(&hashed[0].path, &changed).await, Some(false));
}

#[wasm_bindgen_test]
async fn files_checked_by_the_browser_open_an_archive_that_answers_as_its_bundle() {
    let files = write_archive(SAMPLE, ArchiveSizes::default()).unwrap();
    let get = |name: &str| &files.iter().find(|f| f.path == name).unwrap().bytes;
    let mut archive = Archive::from_manifest(get(MANIFEST)).unwrap();
    let request = SearchRequest { query: "الحسكه".into(), ..Default::default() };
    for _ in 0..10 {
        let missing = archive.missing_for_search(&request).unwrap();
        if missing.is_empty() {
            break;
        }
        for name in missing {
            assert_eq!(matches_name(&name, get(&name)).await, Some(true));
            archive.add_checked(&name, get(&name)).unwrap();
        }
    }
    let articles = parse_bundle(SAMPLE).unwrap().bundle.articles;
    assert_eq!(archive.search(&request).unwrap(), SearchIndex::build(&articles).search(&request));
}
