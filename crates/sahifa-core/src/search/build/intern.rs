//! The index build's terms: each stem and variant gets an id in the order it is first met, and
//! each word read is mapped to the id of its stem.
//!
//! Both maps are kept small, because what the build holds at its peak stays in the page for
//! good (wasm memory never shrinks). Hash maps from every surface word and every term, growing
//! by doubling, held several times what these tables hold at the end of reading, and their
//! lookups were a large part of the build's time (README has the figures):
//! - terms are found through an open-addressing table of ids, 8 bytes a slot, that compares
//!   against the terms' own text;
//! - the term of a surface word is remembered in a cache of fixed size, which the frequent words
//!   own: a word that misses is stemmed again, which costs less than the memory of remembering
//!   every word once.

use crate::search::stem::{stem, variants};
use rustc_hash::FxHasher;
use std::hash::Hasher;

/// The terms, numbered in the order they were met, before they are sorted.
#[derive(Default)]
pub(super) struct Terms {
    /// End to end: term `id` ends at `ends[id]`.
    text: String,
    ends: Vec<u32>,
    /// Where each term's variants are in `variant_items`, once it has been met as the stem of a
    /// word; `NOT_A_STEM` before.
    variant_spans: Vec<(u32, u32)>,
    variant_items: Vec<u32>,
}

const NOT_A_STEM: (u32, u32) = (u32::MAX, 0);

impl Terms {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, id: usize) -> &str {
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        &self.text[start..self.ends[id] as usize]
    }

    /// The variants of term `id`, by id; none if it has never been the stem of a word.
    pub(super) fn variants(&self, id: usize) -> &[u32] {
        match self.variant_spans[id] {
            NOT_A_STEM => &[],
            (start, end) => &self.variant_items[start as usize..end as usize],
        }
    }

    /// How many bytes all the terms take.
    pub(super) fn text_len(&self) -> usize {
        self.text.len()
    }

    /// How many variants all the terms have together.
    pub(super) fn variant_count(&self) -> usize {
        self.variant_items.len()
    }

    fn push(&mut self, term: &str) -> u32 {
        let id = self.ends.len() as u32;
        self.text.push_str(term);
        self.ends.push(self.text.len() as u32);
        self.variant_spans.push(NOT_A_STEM);
        id
    }
}

/// Interns terms during the build.
pub(super) struct Interner {
    terms: Terms,
    ids: TermIds,
    words: WordCache,
}

impl Default for Interner {
    fn default() -> Interner {
        Interner { terms: Terms::default(), ids: TermIds::new(), words: WordCache::new() }
    }
}

impl Interner {
    /// The id of the stem of a word, with its variants interned too.
    pub(super) fn stem(&mut self, word: &str) -> u32 {
        let key = cache_key(word);
        if let Some(id) = key.and_then(|k| self.words.get(k)) {
            return id;
        }
        let id = self.id(stem(word));
        if let Some(k) = key {
            self.words.put(k, id);
        }
        if self.terms.variant_spans[id as usize] == NOT_A_STEM {
            let found = variants(self.terms.get(id as usize));
            let ids: Vec<u32> = found.iter().map(|v| self.id(v)).collect();
            let items = &mut self.terms.variant_items;
            let start = items.len() as u32;
            items.extend(ids);
            self.terms.variant_spans[id as usize] = (start, items.len() as u32);
        }
        id
    }

    fn id(&mut self, term: &str) -> u32 {
        let hash = hash(term);
        let at = self.ids.find(hash, |id| self.terms.get(id as usize) == term);
        match at {
            Ok(id) => id,
            Err(empty) => {
                let id = self.terms.push(term);
                self.ids.insert(empty, hash, id);
                id
            }
        }
    }

    /// The terms met; the maps are dropped.
    pub(super) fn into_terms(self) -> Terms {
        self.terms
    }
}

fn hash(term: &str) -> u32 {
    let mut h = FxHasher::default();
    h.write(term.as_bytes());
    h.finish() as u32
}

/// Term ids by their text, with linear probing. A slot is the term's hash in the high half and
/// its id plus one in the low half, 0 when empty: the hash rejects nearly every other term without
/// reading its text, and lets the table grow without reading any.
struct TermIds {
    slots: Vec<u64>,
    filled: usize,
}

impl TermIds {
    fn new() -> TermIds {
        TermIds { slots: vec![0; 1 << 10], filled: 0 }
    }

    /// The id of the term with this hash for which `is` says yes, or the empty slot it would go in.
    fn find(&self, hash: u32, is: impl Fn(u32) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.slots[at] {
                0 => return Err(at),
                slot if (slot >> 32) as u32 == hash && is(slot as u32 - 1) => return Ok(slot as u32 - 1),
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn insert(&mut self, at: usize, hash: u32, id: u32) {
        self.slots[at] = u64::from(hash) << 32 | u64::from(id + 1);
        self.filled += 1;
        // At most half full, so that probes stay short.
        if self.filled * 2 > self.slots.len() {
            let grown = vec![0; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            let mask = self.slots.len() - 1;
            for slot in old.into_iter().filter(|&s| s != 0) {
                let mut at = (slot >> 32) as usize & mask;
                while self.slots[at] != 0 {
                    at = (at + 1) & mask;
                }
                self.slots[at] = slot;
            }
        }
    }
}

/// Words of up to `KEY_BYTES - 1` bytes, packed with their length in the last byte; longer words
/// are not cached. Arabic letters take two bytes, so 23 bytes hold words of 11 letters.
type Key = [u64; 3];
const KEY_BYTES: usize = std::mem::size_of::<Key>();

fn cache_key(word: &str) -> Option<Key> {
    let bytes = word.as_bytes();
    let mut packed = [0u8; KEY_BYTES];
    packed.get_mut(..bytes.len()).filter(|_| bytes.len() < KEY_BYTES)?.copy_from_slice(bytes);
    packed[KEY_BYTES - 1] = bytes.len() as u8;
    let mut key = Key::default();
    for (k, chunk) in key.iter_mut().zip(packed.chunks_exact(8)) {
        *k = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
    }
    Some(key)
}

/// Slots in the word cache: 2¹⁶ of 32 bytes, 2 MB. Chosen on the corpus: a quarter of the slots
/// missed far more often, twice as many hit barely more often (README has the rates).
const CACHE_BITS: u32 = 16;

/// The stem ids of recently read words, direct-mapped: a word has one slot, and takes it from
/// whichever word had it. An empty slot holds a key of length 0, which no word has.
struct WordCache {
    slots: Vec<(Key, u32)>,
}

impl WordCache {
    fn new() -> WordCache {
        WordCache { slots: vec![(Key::default(), 0); 1 << CACHE_BITS] }
    }

    fn slot(key: Key) -> usize {
        let mixed = key.iter().fold(0u64, |h, &k| (h.rotate_left(23) ^ k).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        (mixed >> (64 - CACHE_BITS)) as usize
    }

    fn get(&self, key: Key) -> Option<u32> {
        let (k, id) = self.slots[WordCache::slot(key)];
        (k == key).then_some(id)
    }

    fn put(&mut self, key: Key, id: u32) {
        self.slots[WordCache::slot(key)] = (key, id);
    }
}
