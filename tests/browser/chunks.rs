//! The download's chunks as the parser reads them: a large download's chunks are let go once
//! read, and the parse of a large broken bundle says its bytes are lost rather than placing its
//! error on bytes that are gone; a small one keeps them and reads again.

use js_sys::{Array, Uint8Array};
use sahifa_core::parse::ByteSource;
use sahifa_web::chunks::Chunks;
use wasm_bindgen_test::*;

/// `count` chunks of `size` bytes each, every byte its chunk's number.
fn download(count: u8, size: u32) -> Array {
    let chunks = Array::new();
    for n in 0..count {
        let chunk = Uint8Array::new_with_length(size);
        chunk.fill(n, 0, size);
        chunks.push(&chunk);
    }
    chunks
}

fn read_all(source: &mut Chunks) -> Vec<u8> {
    let mut all = Vec::new();
    let mut buf = vec![0; 300_000];
    loop {
        let n = source.read(&mut buf);
        if n == 0 {
            return all;
        }
        all.extend_from_slice(&buf[..n]);
    }
}

#[wasm_bindgen_test]
fn a_large_download_is_let_go_as_it_is_read_and_cannot_be_read_again() {
    let chunks = download(10, 1 << 20);
    let mut source = Chunks::new(chunks.clone());
    let all = read_all(&mut source);
    assert_eq!(all.len(), 10 << 20);
    assert!(all.chunks(1 << 20).enumerate().all(|(n, chunk)| chunk.iter().all(|&b| b == n as u8)));
    let held = chunks.iter().filter(|c| !c.is_undefined()).count();
    assert_eq!(held, 0, "every chunk read past is let go");
    assert!(!source.lost());
    source.rewind();
    assert!(source.lost());
    assert_eq!(read_all(&mut source).len(), 0, "nothing is read from chunks that are gone");
}

#[wasm_bindgen_test]
fn a_small_download_is_kept_and_read_again_whole() {
    let chunks = download(4, 1 << 16);
    let mut source = Chunks::new(chunks.clone());
    assert_eq!(read_all(&mut source).len(), 4 << 16);
    source.rewind();
    assert!(!source.lost());
    assert_eq!(read_all(&mut source).len(), 4 << 16);
    assert_eq!(chunks.iter().filter(|c| !c.is_undefined()).count(), 4);
}

#[wasm_bindgen_test]
fn a_kept_download_is_kept_however_large() {
    let chunks = download(10, 1 << 20);
    let mut source = Chunks::kept(chunks.clone());
    read_all(&mut source);
    source.rewind();
    assert!(!source.lost());
    assert_eq!(read_all(&mut source).len(), 10 << 20);
}
