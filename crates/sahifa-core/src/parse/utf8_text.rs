//! A reader that passes on only UTF-8 text, without a leading byte order mark, and remembers
//! where the first bad byte was: a streamed bundle gets the same `NotUtf8` line and column as
//! one checked whole, although its bytes are never all in memory at once.

use std::io::{self, Read};

/// How much is read from the source at a time. It also makes serde_json's byte-at-a-time reads
/// cheap, as a `BufReader` would.
const CHUNK: usize = 64 * 1024;

pub(super) struct Utf8Text<R> {
    inner: R,
    buf: Box<[u8]>,
    /// The next byte to hand out.
    start: usize,
    /// The end of the bytes checked to be whole characters; after it may come the first bytes
    /// of a character split between two reads.
    checked: usize,
    /// The end of the bytes read from `inner`.
    filled: usize,
    at_start: bool,
    at_end: bool,
    /// The 1-based line and the characters on it before `checked`.
    line: usize,
    column: usize,
    bad_byte: Option<(usize, usize)>,
}

impl<R: Read> Utf8Text<R> {
    pub fn new(inner: R) -> Self {
        Utf8Text {
            inner,
            buf: vec![0; CHUNK].into_boxed_slice(),
            start: 0,
            checked: 0,
            filled: 0,
            at_start: true,
            at_end: false,
            line: 1,
            column: 0,
            bad_byte: None,
        }
    }

    /// The 1-based line and column of the first byte that is not UTF-8, once it has been read.
    pub fn bad_byte(&self) -> Option<(usize, usize)> {
        self.bad_byte
    }

    /// The 1-based line and column just after what has been read.
    pub fn position(&self) -> (usize, usize) {
        (self.line, self.column + 1)
    }

    /// Reads and checks the rest, handing nothing on: after the parser gave up, a bad byte
    /// further on is still the first thing to tell, as when the whole text is checked up front.
    pub fn check_rest(&mut self) {
        self.start = self.checked;
        while let Ok(true) = self.fill() {
            self.start = self.checked;
        }
    }

    /// Reads until there is checked text to hand on (`true`) or the source has ended (`false`).
    fn fill(&mut self) -> io::Result<bool> {
        loop {
            if self.bad_byte.is_some() {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "the text is not UTF-8"));
            }
            // The start of a character split between reads moves to the front, to be completed.
            self.buf.copy_within(self.checked..self.filled, 0);
            self.filled -= self.checked;
            (self.start, self.checked) = (0, 0);
            if self.at_end {
                if self.filled == 0 {
                    return Ok(false);
                }
                self.bad_byte = Some(self.position());
                continue;
            }
            match self.inner.read(&mut self.buf[self.filled..]) {
                Ok(0) => self.at_end = true,
                Ok(n) => self.filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            // A byte order mark is decided on once three bytes are in (or the source ends).
            if self.at_start && (self.filled >= 3 || self.at_end) {
                self.at_start = false;
                if self.buf[..self.filled].starts_with("\u{feff}".as_bytes()) {
                    self.advance(3);
                    self.start = 3;
                }
            }
            if self.at_start {
                continue;
            }
            let unchecked = &self.buf[self.checked..self.filled];
            let (valid, bad) = match std::str::from_utf8(unchecked) {
                Ok(_) => (unchecked.len(), false),
                Err(e) => (e.valid_up_to(), e.error_len().is_some()),
            };
            self.advance(self.checked + valid);
            if bad {
                self.bad_byte = Some(self.position());
            }
            if self.checked > self.start {
                return Ok(true);
            }
        }
    }

    /// Moves `checked` to `end`, counting the lines and characters passed.
    fn advance(&mut self, end: usize) {
        let passed = &self.buf[self.checked..end];
        // A byte that is not a UTF-8 continuation byte starts a character.
        let characters = |bytes: &[u8]| bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
        match passed.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += passed.iter().filter(|&&b| b == b'\n').count();
                self.column = characters(&passed[last + 1..]);
            }
            None => self.column += characters(passed),
        }
        self.checked = end;
    }
}

impl<R: Read> Read for Utf8Text<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.start == self.checked && !self.fill()? {
            return Ok(0);
        }
        let n = out.len().min(self.checked - self.start);
        out[..n].copy_from_slice(&self.buf[self.start..self.start + n]);
        self.start += n;
        Ok(n)
    }
}
