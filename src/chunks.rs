//! The download's chunks, still in JavaScript, as the parser's byte source: read a piece at a
//! time into its window, and each let go once read, so the bundle's bytes and the articles made
//! from them are never all in the page's memory together.

use js_sys::{Array, Uint8Array};
use sahifa_core::parse::ByteSource;
use wasm_bindgen::{JsCast, JsValue};

/// Below this, the chunks are kept until the parse ends: a small bundle's bytes cost little, and
/// an error in it is placed without downloading it again.
const KEEP_BELOW_BYTES: u32 = 8 << 20;

/// The chunks of one download, in order. Wasm memory never shrinks, so the whole download copied
/// in would stay as the page's memory for good; they are read from JavaScript instead.
pub struct Chunks {
    chunks: Array,
    index: u32,
    offset: u32,
    /// Whether a chunk is dropped from the array once read past.
    let_go: bool,
    /// Some chunk was let go: the input cannot be read again from its first byte.
    gone: bool,
    /// The parser asked to read it again after that (to place an error), and was given nothing.
    lost: bool,
}

impl Chunks {
    /// The download's chunks, let go as read when they are many bytes.
    pub fn new(chunks: Array) -> Chunks {
        let bytes: u32 = chunks.iter().map(|c| c.unchecked_into::<Uint8Array>().length()).sum();
        Chunks { chunks, index: 0, offset: 0, let_go: bytes >= KEEP_BELOW_BYTES, gone: false, lost: false }
    }

    /// The download's chunks, all kept until the end: for reading a failed bundle again.
    pub fn kept(chunks: Array) -> Chunks {
        Chunks { let_go: false, ..Chunks::new(chunks) }
    }

    /// Whether the parser wanted the input again after some of it was let go: its error's
    /// place (and serde's message) could not be read, so the file must be read again, kept.
    pub fn lost(&self) -> bool {
        self.lost
    }
}

impl ByteSource for Chunks {
    fn read(&mut self, buf: &mut [u8]) -> usize {
        if self.lost {
            return 0;
        }
        while self.index < self.chunks.length() {
            let chunk: Uint8Array = self.chunks.get(self.index).unchecked_into();
            let n = (chunk.length() - self.offset).min(buf.len() as u32);
            if n == 0 {
                if self.let_go {
                    self.chunks.set(self.index, JsValue::UNDEFINED);
                    self.gone = true;
                }
                self.index += 1;
                self.offset = 0;
                continue;
            }
            chunk.subarray(self.offset, self.offset + n).copy_to(&mut buf[..n as usize]);
            self.offset += n;
            return n as usize;
        }
        0
    }

    fn rewind(&mut self) {
        self.index = 0;
        self.offset = 0;
        self.lost = self.gone;
    }
}
