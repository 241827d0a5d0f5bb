//! Where a bundle's bytes come from: a `ByteSource` hands them over a piece at a time, so the
//! parser holds only a window of them, and can start again from the first byte to say on which
//! line and column an error lies.

use serde::de::DeserializeOwned;

/// The bytes of a bundle, read in order.
pub trait ByteSource {
    /// Copies the next bytes into the start of `buf` and returns how many; 0 only at the end.
    fn read(&mut self, buf: &mut [u8]) -> usize;

    /// Goes back to the first byte. Only an error's line and column need it, so that reading a
    /// bundle without errors counts no lines at all.
    fn rewind(&mut self);
}

/// Bytes already in memory.
pub struct SliceSource<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> SliceSource<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        SliceSource { bytes, at: 0 }
    }
}

impl ByteSource for SliceSource<'_> {
    fn read(&mut self, buf: &mut [u8]) -> usize {
        let n = buf.len().min(self.bytes.len() - self.at);
        buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        n
    }

    fn rewind(&mut self) {
        self.at = 0;
    }
}

/// Where an input offset lies: its 1-based line, and how many characters of the line come
/// before it.
pub(super) struct Place {
    pub line: usize,
    pub chars: usize,
}

/// Reads the input again up to `offset` to find its place.
pub(super) fn place(source: &mut dyn ByteSource, offset: usize) -> Place {
    source.rewind();
    let mut buf = vec![0; 64 * 1024];
    let mut place = Place { line: 1, chars: 0 };
    let mut at = 0;
    while at < offset {
        let want = buf.len().min(offset - at);
        let n = source.read(&mut buf[..want]);
        if n == 0 {
            break;
        }
        for &byte in &buf[..n] {
            if byte == b'\n' {
                place = Place { line: place.line + 1, chars: 0 };
            } else if (byte as i8) >= -0x40 {
                // Every byte but a UTF-8 continuation byte (0b10xx_xxxx) starts a character.
                place.chars += 1;
            }
        }
        at += n;
    }
    place
}

/// The input read again from its first byte by serde_json alone, as one `T`, after any byte
/// order mark (serde_json reads none; its lines and columns count from after it).
///
/// Only for an input that is already known not to be a bundle, so the text is read whole here:
/// the load has failed and nothing else will be kept, and serde_json over a string is code the
/// parse already has, where serde_json over a reader would be a second copy of its parser in
/// the app (several kilobytes of wasm for an error message).
pub(super) fn reread<T: DeserializeOwned>(source: &mut dyn ByteSource) -> Result<T, serde_json::Error> {
    source.rewind();
    let mut bytes = Vec::new();
    let mut buf = vec![0; 64 * 1024];
    loop {
        let n = source.read(&mut buf);
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n]);
    }
    let text = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    // The window checked every byte up to where it gave up, and serde_json stops at the first
    // problem there, so bytes that are not UTF-8 can only lie past it: lossy changes nothing read.
    serde_json::from_str(&String::from_utf8_lossy(text))
}

const BOM: &[u8] = "\u{feff}".as_bytes();
