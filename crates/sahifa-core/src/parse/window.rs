//! The parser's view of the input: a window of it, read from a `ByteSource` as the parse moves
//! on and checked as UTF-8 on the way in, so that what the parser sees is always text.

use super::source::ByteSource;
use super::utf8;

/// The most bytes one read asks the source for.
const READ: usize = 64 * 1024;

/// The input offset of the first byte that is not UTF-8.
pub(super) struct NotUtf8(pub usize);

pub(super) struct Window<'s> {
    source: &'s mut dyn ByteSource,
    /// The input from `base` on, as far as it has been read (whole characters only).
    text: String,
    /// The input offset of `text[0]`.
    base: usize,
    /// Where the parse stands in `text`.
    at: usize,
    /// How far `text` is filled before the parse goes on; doubled when one value does not fit.
    size: usize,
    /// The read buffer. Its first `cut` bytes are a character the last read cut in two.
    buf: Vec<u8>,
    cut: usize,
    ended: bool,
}

impl<'s> Window<'s> {
    pub fn new(source: &'s mut dyn ByteSource, size: usize) -> Self {
        let size = size.max(1);
        Window {
            source,
            // A caller may ask for a window larger than the input; the text then grows as it is read.
            text: String::with_capacity(size.min(super::WINDOW)),
            base: 0,
            at: 0,
            size,
            buf: vec![0; READ.min(size) + 3],
            cut: 0,
            ended: false,
        }
    }

    /// The source, given back.
    pub fn into_source(self) -> &'s mut dyn ByteSource {
        self.source
    }

    /// The text from where the parse stands to the end of the window.
    pub fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    pub fn advance(&mut self, bytes: usize) {
        self.at += bytes;
    }

    /// Reads more of the input into the window, dropping what the parse has left behind, and
    /// says whether anything came: `false` at the end of the input.
    pub fn more(&mut self) -> Result<bool, NotUtf8> {
        if self.ended {
            return Ok(false);
        }
        self.text.drain(..self.at);
        self.base += self.at;
        self.at = 0;
        // What is left is one value begun and not finished: if it fills the window, the
        // window grows, or the parse would never see its end.
        if self.text.len() >= self.size {
            self.size = self.text.len() * 2;
        }
        let before = self.text.len();
        while self.text.len() < self.size && !self.ended {
            self.read()?;
        }
        Ok(self.text.len() > before)
    }

    /// Reads the rest of the input only to check it is UTF-8: a bad byte anywhere outranks
    /// whatever else is wrong with the bundle.
    pub fn check_rest(&mut self) -> Result<(), NotUtf8> {
        while !self.ended {
            self.base += self.text.len();
            self.text.clear();
            self.at = 0;
            self.read()?;
        }
        Ok(())
    }

    /// One read from the source, appended to `text` as far as it holds whole characters.
    fn read(&mut self) -> Result<(), NotUtf8> {
        let want = (self.size.saturating_sub(self.text.len())).clamp(1, READ);
        let end = self.cut + want;
        if self.buf.len() < end {
            self.buf.resize(end, 0);
        }
        let n = self.source.read(&mut self.buf[self.cut..end]);
        let start = self.base + self.text.len();
        if n == 0 {
            self.ended = true;
            return if self.cut > 0 { Err(NotUtf8(start)) } else { Ok(()) };
        }
        let bytes = &self.buf[..self.cut + n];
        let whole = whole_characters(bytes);
        let text = utf8::from_utf8(&bytes[..whole]).map_err(|e| NotUtf8(start + e.valid_up_to()))?;
        self.text.push_str(text);
        self.buf.copy_within(whole..self.cut + n, 0);
        self.cut = self.cut + n - whole;
        Ok(())
    }
}

/// How many bytes of `bytes` are whole characters: all of them unless the last (up to three)
/// begin a multi-byte character that the next read completes.
fn whole_characters(bytes: &[u8]) -> usize {
    for back in 1..=bytes.len().min(3) {
        let byte = bytes[bytes.len() - back];
        if byte < 0x80 {
            return bytes.len();
        }
        if byte >= 0xC0 {
            let length = match byte {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            return if back < length { bytes.len() - back } else { bytes.len() };
        }
    }
    bytes.len()
}
