//! Where a bundle's bytes come from: a `ByteSource` hands them over a piece at a time, so the
//! parser holds only a window of them, and can start again from the first byte to say on which
//! line and column an error lies.

use serde::de::DeserializeOwned;
use std::io;

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
/// order mark (serde_json reads none; its lines and columns count from after it). serde reads
/// through its own small buffer, so the input is never held whole here either.
pub(super) fn reread<T: DeserializeOwned>(source: &mut dyn ByteSource) -> Result<T, serde_json::Error> {
    source.rewind();
    let mut ahead = Vec::with_capacity(BOM.len());
    let mut byte = [0];
    while ahead.len() < BOM.len() && source.read(&mut byte) == 1 {
        ahead.push(byte[0]);
    }
    if ahead == BOM {
        ahead.clear();
    }
    serde_json::from_reader(io::BufReader::with_capacity(64 * 1024, Reread { ahead, source }))
}

const BOM: &[u8] = "\u{feff}".as_bytes();

/// A source as `io::Read`, the bytes read ahead (to look for a byte order mark) first.
struct Reread<'a> {
    ahead: Vec<u8>,
    source: &'a mut dyn ByteSource,
}

impl io::Read for Reread<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ahead.is_empty() {
            return Ok(self.source.read(buf));
        }
        let n = buf.len().min(self.ahead.len());
        buf[..n].copy_from_slice(&self.ahead[..n]);
        self.ahead.drain(..n);
        Ok(n)
    }
}
