//! Cutting a built index into the pieces of a sharded archive, each within a size, in a fixed
//! order: the same index gives the same pieces.

use super::positions_file::{self, Encoded};
use super::postings_file::{self, Entry, TermLists};
use super::wire::{BlockFile, CompletionsFile, DateRun, FacetFile};
use crate::search::facets::{Facet, UNKNOWN};
use crate::search::index::{FieldName, IndexData, SearchIndex};

/// How large each kind of piece grows before the next begins, in bytes before compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// A dictionary block's terms.
    pub block: usize,
    /// A postings file, and a positions file (a term whose lists are larger has a file to itself).
    pub postings: usize,
    /// A page of completions.
    pub completions: usize,
}

impl Default for Sizes {
    fn default() -> Sizes {
        Sizes { block: 16 * 1024, postings: 12 * 1024, completions: 16 * 1024 }
    }
}

/// A block with its postings and positions files, before the archive names them: the block's
/// `files` and `position_files` are empty, and its `file` and `positions` entries index
/// `postings` and `positions`.
#[derive(Debug)]
pub struct PostingsPiece {
    pub block: BlockFile,
    pub postings: Vec<Vec<u8>>,
    pub positions: Vec<Vec<u8>>,
}

/// The whole index as pieces.
#[derive(Debug)]
pub struct IndexPieces {
    pub terms: u32,
    pub blocks: Vec<PostingsPiece>,
    /// Each page with its first prefix.
    pub completions: Vec<(String, CompletionsFile)>,
    pub facets: Vec<FacetFile>,
    pub dates: Vec<DateRun>,
    pub title_average: f32,
    pub body_average: f32,
}

impl SearchIndex {
    /// The index cut into pieces of at most about these sizes.
    pub fn pieces(&self, sizes: Sizes) -> IndexPieces {
        let mut blocks = Vec::new();
        let rest = self.pieces_with(sizes, |block| blocks.push(block));
        IndexPieces { blocks, ..rest }
    }

    /// The same, each block with its postings and positions handed to `each_block` as it is
    /// made, so that a writer holds one block's files at a time; the pieces returned have no
    /// blocks.
    pub fn pieces_with(&self, sizes: Sizes, mut each_block: impl FnMut(PostingsPiece)) -> IndexPieces {
        let dictionary = self.dictionary();
        let terms = dictionary.len() as u32;
        let lists = |t: u32| -> TermLists {
            FieldName::BOTH.map(|field| {
                let (postings, lens, _) = self.field_parts(field);
                postings.of(t).map(|(doc, freq)| Entry { doc, freq, len: lens[doc as usize] }).collect()
            })
        };
        let mut positions = positions(self);
        let mut t = 0;
        while t < terms {
            let start = t;
            let mut bytes = 0;
            while t < terms && (t == start || bytes < sizes.block) {
                bytes += dictionary.term(t as usize).len() + 8;
                t += 1;
            }
            each_block(block(self, start..t, sizes.postings, &lists, &mut positions));
        }
        let (_, _, title_average) = self.field_parts(FieldName::Title);
        let (_, _, body_average) = self.field_parts(FieldName::Body);
        IndexPieces {
            terms,
            blocks: Vec::new(),
            completions: completion_pages(self, sizes.completions),
            facets: facet_files(self),
            dates: date_runs(self),
            title_average,
            body_average,
        }
    }
}

/// The block of terms `range`, its lists cut into files of about `file_size` bytes.
fn block(
    index: &SearchIndex,
    range: std::ops::Range<u32>,
    file_size: usize,
    lists: &impl Fn(u32) -> TermLists,
    positions: &mut [[Encoded; 2]],
) -> PostingsPiece {
    let dictionary = index.dictionary();
    let mut block = BlockFile {
        start: range.start,
        terms: range.clone().map(|t| dictionary.term(t as usize).to_owned()).collect(),
        postings: range.clone().map(|t| index.postings_of_term(t) as u32).collect(),
        file: Vec::with_capacity(range.len()),
        files: Vec::new(),
        positions: Vec::with_capacity(range.len()),
        position_files: Vec::new(),
    };
    // About three bytes a posting, and two a position.
    let postings = in_files(
        range.clone(),
        file_size,
        &mut block.file,
        lists,
        |l| 3 * (l[0].len() + l[1].len()) + 2,
        postings_file::write,
    );
    let position_size = |p: &[Encoded; 2]| p[0].len() + p[1].len();
    let positions = in_files(
        range,
        file_size,
        &mut block.positions,
        |t| std::mem::take(&mut positions[t as usize]),
        position_size,
        positions_file::write_encoded,
    );
    PostingsPiece { block, postings, positions }
}

/// The items of consecutive terms `range` written into files of about `file_size` bytes (a
/// term larger than that alone in one); `file_of` gets each term's file.
fn in_files<T>(
    range: std::ops::Range<u32>,
    file_size: usize,
    file_of: &mut Vec<u32>,
    mut item: impl FnMut(u32) -> T,
    size: impl Fn(&T) -> usize,
    write: impl Fn(u32, &[T]) -> Vec<u8>,
) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    let (mut first, mut open, mut open_bytes) = (range.start, Vec::new(), 0);
    for t in range {
        let item = item(t);
        let bytes = size(&item);
        if !open.is_empty() && open_bytes + bytes > file_size {
            files.push(write(first, &open));
            (first, open, open_bytes) = (t, Vec::new(), 0);
        }
        open.push(item);
        open_bytes += bytes;
        file_of.push(files.len() as u32);
    }
    if !open.is_empty() {
        files.push(write(first, &open));
    }
    files
}

/// Every term's positions in every article, encoded as the article is read: a word stands under
/// its term and the term's variants, as the built index's phrase check matches it.
fn positions(index: &SearchIndex) -> Vec<[Encoded; 2]> {
    let mut positions: Vec<[Encoded; 2]> = vec![Default::default(); index.dictionary().len()];
    let mut met: Vec<(u32, u32)> = Vec::new();
    for (f, field) in FieldName::BOTH.into_iter().enumerate() {
        for d in 0..index.len() as u32 {
            met.clear();
            for (p, term) in index.word_terms(field, d).enumerate() {
                let Some(t) = term else { continue };
                met.extend(std::iter::once(&t).chain(index.variants_of(t)).map(|&x| (x, p as u32)));
            }
            met.sort_unstable();
            met.dedup();
            for group in met.chunk_by(|a, b| a.0 == b.0) {
                positions[group[0].0 as usize][f].push(d, group.iter().map(|&(_, p)| p));
            }
        }
    }
    positions
}

/// The wide prefixes' completions in pages, each with its first prefix.
fn completion_pages(index: &SearchIndex, page_size: usize) -> Vec<(String, CompletionsFile)> {
    let mut pages = Vec::new();
    let mut page = CompletionsFile { prefixes: Vec::new() };
    let mut bytes = 0;
    for (prefix, terms) in index.completion_table().wide() {
        let entry: Vec<(u32, u32)> = terms.iter().map(|&t| (t, index.postings_of_term(t) as u32)).collect();
        bytes += prefix.len() + 12 * entry.len();
        page.prefixes.push((prefix.to_string(), entry));
        if bytes >= page_size {
            pages.push(std::mem::replace(&mut page, CompletionsFile { prefixes: Vec::new() }));
            bytes = 0;
        }
    }
    if !page.prefixes.is_empty() {
        pages.push(page);
    }
    pages.into_iter().map(|p| (p.prefixes[0].0.clone(), p)).collect()
}

fn facet_files(index: &SearchIndex) -> Vec<FacetFile> {
    Facet::ALL
        .iter()
        .zip(index.facets())
        .map(|(facet, column)| FacetFile {
            facet: facet.key().to_owned(),
            values: column.values().to_vec(),
            ids: (0..column.articles() as u32)
                .map(|d| column.of(d).iter().copied().filter(|&id| id != UNKNOWN).collect())
                .collect(),
        })
        .collect()
}

fn date_runs(index: &SearchIndex) -> Vec<DateRun> {
    let mut runs: Vec<DateRun> = Vec::new();
    for (&recency, &day) in index.recency().iter().zip(index.days()) {
        match runs.last_mut() {
            Some((r, d, n)) if *r == recency && *d == day => *n += 1,
            _ => runs.push((recency, day, 1)),
        }
    }
    runs
}
