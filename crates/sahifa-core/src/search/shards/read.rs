//! The pieces of a sharded archive's index fetched so far, what a request still needs, and the
//! search over them (the index's own search, through `IndexData`).

use super::positions_file::{self, TermPositions};
use super::postings_file::{self, Entry, TermLists};
use super::wire::{BlockFile, CompletionsFile, DateRun, Directory, FacetFile};
use crate::search::bm25;
use crate::search::completions::PrefixTerms;
use crate::search::facets::{Facet, FacetColumn};
use crate::search::filters::SearchRequest;
use crate::search::index::{every_article_in_order, search_in, FieldName, IndexData, SearchResults};
use crate::search::query::{ParsedQuery, QueryWord};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A piece that cannot be used: its file is not what the directory says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShardError {
    /// The file is not one this index named, or was already added.
    Unexpected(String),
    /// The file was named but its content is not that kind of piece, or does not fit the rest.
    Malformed(String),
}

impl fmt::Display for ShardError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ShardError::Unexpected(name) => write!(f, "{name} is not a file of this archive's index"),
            ShardError::Malformed(name) => write!(
                f,
                "{name} is not the file the archive's index names: rebuild the archive with `sahifa build --archive` and upload every file"
            ),
        }
    }
}

/// What kind of piece a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Block(usize),
    Postings,
    Positions,
    Completions(usize),
    Facet(usize),
}

/// The search index of a sharded archive, as far as it has been fetched.
#[derive(Debug)]
pub struct ShardedIndex {
    directory: Directory,
    recency: Vec<u32>,
    days: Vec<Option<i32>>,
    newest_first: bool,
    blocks: Vec<Option<BlockFile>>,
    pages: Vec<Option<CompletionsFile>>,
    /// Each postings file added, by name: its first term and its terms' lists.
    postings: BTreeMap<String, (u32, Vec<TermLists>)>,
    /// Each positions file added, by name, likewise.
    positions: BTreeMap<String, (u32, Vec<TermPositions>)>,
    /// The file of each kind of piece the index knows of, postings once their block is in.
    names: BTreeMap<String, Piece>,
    columns: Vec<Option<FacetColumn>>,
    /// Every column, once all are in.
    facets: Vec<FacetColumn>,
}

impl ShardedIndex {
    /// The index named by `directory`, over the articles whose dates `runs` gives, in order.
    pub fn new(directory: Directory, runs: &[DateRun]) -> ShardedIndex {
        let mut recency = Vec::new();
        let mut days = Vec::new();
        for &(r, day, n) in runs {
            recency.extend(std::iter::repeat_n(r, n as usize));
            days.extend(std::iter::repeat_n(day, n as usize));
        }
        let newest_first = recency.windows(2).all(|w| w[0] >= w[1]);
        let mut names = BTreeMap::new();
        for (i, (_, _, name)) in directory.blocks.iter().enumerate() {
            names.insert(name.clone(), Piece::Block(i));
        }
        for (i, (_, name)) in directory.completions.iter().enumerate() {
            names.insert(name.clone(), Piece::Completions(i));
        }
        for (i, name) in directory.facets.iter().enumerate() {
            names.insert(name.clone(), Piece::Facet(i));
        }
        ShardedIndex {
            blocks: vec![None; directory.blocks.len()],
            pages: vec![None; directory.completions.len()],
            columns: (0..directory.facets.len()).map(|_| None).collect(),
            directory,
            recency,
            days,
            newest_first,
            postings: BTreeMap::new(),
            positions: BTreeMap::new(),
            names,
            facets: Vec::new(),
        }
    }

    /// How many articles the index covers.
    pub fn articles(&self) -> usize {
        self.recency.len()
    }

    /// Whether the file is one this index names (a block's postings files once the block is in).
    pub fn piece(&self, name: &str) -> Option<Piece> {
        self.names.get(name).copied()
    }

    /// Adds a fetched file, checking that it is the piece its name says.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), ShardError> {
        let malformed = || ShardError::Malformed(name.to_owned());
        let piece = self.piece(name).ok_or_else(|| ShardError::Unexpected(name.to_owned()))?;
        match piece {
            Piece::Block(i) => {
                let block: BlockFile = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let n = block.terms.len();
                let fits = block.start == self.directory.blocks[i].1
                    && block.terms.first() == Some(&self.directory.blocks[i].0)
                    && block.postings.len() == n
                    && block.file.len() == n
                    && block.file.iter().all(|&f| (f as usize) < block.files.len())
                    && block.positions.len() == n
                    && block.positions.iter().all(|&f| (f as usize) < block.position_files.len())
                    && block.terms.windows(2).all(|w| w[0] < w[1]);
                if !fits {
                    return Err(malformed());
                }
                for file in &block.files {
                    self.names.insert(file.clone(), Piece::Postings);
                }
                for file in &block.position_files {
                    self.names.insert(file.clone(), Piece::Positions);
                }
                self.blocks[i] = Some(block);
            }
            Piece::Postings => {
                let (first, lists) = postings_file::read(bytes, self.articles() as u32).ok_or_else(malformed)?;
                if first.checked_add(lists.len() as u32).is_none_or(|end| end > self.directory.terms) {
                    return Err(malformed());
                }
                self.postings.insert(name.to_owned(), (first, lists));
            }
            Piece::Positions => {
                let (first, lists) = positions_file::read(bytes, self.articles() as u32).ok_or_else(malformed)?;
                if first.checked_add(lists.len() as u32).is_none_or(|end| end > self.directory.terms) {
                    return Err(malformed());
                }
                self.positions.insert(name.to_owned(), (first, lists));
            }
            Piece::Completions(i) => {
                let page: CompletionsFile = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let terms = self.directory.terms;
                let fits = page.prefixes.first().map(|p| &p.0) == Some(&self.directory.completions[i].0)
                    && page.prefixes.iter().flat_map(|p| &p.1).all(|&(t, _)| t < terms);
                if !fits {
                    return Err(malformed());
                }
                self.pages[i] = Some(page);
            }
            Piece::Facet(i) => {
                let file: FacetFile = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let n = file.values.len() as u32;
                let fits = file.facet == Facet::ALL[i].key()
                    && file.ids.len() == self.articles()
                    && file.values.windows(2).all(|w| w[0] < w[1])
                    && file.ids.iter().all(|ids| ids.windows(2).all(|w| w[0] < w[1]) && ids.iter().all(|&v| v < n));
                if !fits {
                    return Err(malformed());
                }
                self.columns[i] = Some(FacetColumn::from_lists(file.values, &file.ids));
                if self.columns.iter().all(Option::is_some) {
                    self.facets = self.columns.iter_mut().filter_map(Option::take).collect();
                }
            }
        }
        Ok(())
    }

    /// The files a search for `request` still needs, given what has been added. Empty when the
    /// search can run; asked again after adding them, it may name more (the postings files of
    /// terms found in a block that just came in).
    pub fn missing(&self, request: &SearchRequest) -> Result<BTreeSet<String>, ShardError> {
        let query = ParsedQuery::parse(&request.query);
        let mut missing = BTreeSet::new();
        let mut terms = Vec::new();
        let phrase_words = || query.phrases.iter().chain(&query.excluded_phrases).flatten();
        for word in query.words.iter().chain(&query.excluded).chain(phrase_words()) {
            self.word_terms(word, &mut terms, &mut missing);
        }
        // A phrase's words are checked against their positions.
        for word in phrase_words() {
            for t in word.terms.iter().filter_map(|term| self.find(term)) {
                let block = self.block_of_id(t).and_then(|b| self.blocks[b].as_ref());
                if let Some(block) = block {
                    let file = &block.position_files[block.positions[(t - block.start) as usize] as usize];
                    if !self.positions.contains_key(file) {
                        missing.insert(file.clone());
                    }
                }
            }
        }
        for t in terms {
            match self.block_of_id(t).and_then(|b| self.blocks[b].as_ref().map(|block| (b, block))) {
                None => {
                    missing.insert(self.directory.blocks[self.block_of_id(t).unwrap_or(0)].2.clone());
                }
                Some((_, block)) => {
                    let file = &block.files[block.file[(t - block.start) as usize] as usize];
                    if !self.postings.contains_key(file) {
                        missing.insert(file.clone());
                    }
                }
            }
        }
        if self.facets.is_empty() {
            for (name, column) in self.directory.facets.iter().zip(&self.columns) {
                if column.is_none() {
                    missing.insert(name.clone());
                }
            }
        }
        Ok(missing)
    }

    /// Every article in the order `sort` gives when there is nothing to search for: known from
    /// the dates, with no other file.
    pub fn every_article(&self, sort: crate::search::Sort) -> Vec<u32> {
        every_article_in_order(self, sort)
    }

    /// Runs the search, once nothing is missing for it.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, ShardError> {
        let missing = self.missing(request)?;
        assert!(missing.is_empty(), "ShardedIndex::search before its files were added: {missing:?}");
        Ok(search_in(self, request))
    }

    /// Notes the terms a query word reads, or the files needed to know them.
    fn word_terms(&self, word: &QueryWord, terms: &mut Vec<u32>, missing: &mut BTreeSet<String>) {
        for term in &word.terms {
            match self.block_of_term(term) {
                Some(b) if self.blocks[b].is_none() => {
                    missing.insert(self.directory.blocks[b].2.clone());
                }
                Some(_) => terms.extend(self.find(term)),
                None => {}
            }
        }
        for prefix in &word.prefixes {
            let before = missing.len();
            for name in self.completion_files(prefix) {
                missing.insert(name);
            }
            if missing.len() == before {
                terms.extend(self.completions(prefix).terms);
            }
        }
    }

    /// The files the completions of `prefix` are read from and that are not in yet.
    fn completion_files(&self, prefix: &str) -> Vec<String> {
        if let Some(p) = self.page_of(prefix) {
            match &self.pages[p] {
                None => return vec![self.directory.completions[p].1.clone()],
                Some(page) if page.prefixes.binary_search_by(|e| e.0.as_str().cmp(prefix)).is_ok() => return vec![],
                Some(_) => {}
            }
        }
        self.blocks_of_prefix(prefix)
            .filter(|&b| self.blocks[b].is_none())
            .map(|b| self.directory.blocks[b].2.clone())
            .collect()
    }

    /// The block that holds `term` if the dictionary has it.
    fn block_of_term(&self, term: &str) -> Option<usize> {
        self.directory.blocks.partition_point(|b| b.0.as_str() <= term).checked_sub(1)
    }

    fn block_of_id(&self, t: u32) -> Option<usize> {
        self.directory.blocks.partition_point(|b| b.1 <= t).checked_sub(1)
    }

    /// The blocks that may hold terms beginning with `prefix`.
    fn blocks_of_prefix(&self, prefix: &str) -> std::ops::Range<usize> {
        let blocks = &self.directory.blocks;
        let first = self.block_of_term(prefix).unwrap_or(0);
        // The first term at or after the prefix may open the next block.
        let mut end = (first + 2).min(blocks.len());
        while end < blocks.len() && blocks[end].0.starts_with(prefix) {
            end += 1;
        }
        first..end
    }

    fn page_of(&self, prefix: &str) -> Option<usize> {
        self.directory.completions.partition_point(|p| p.0.as_str() <= prefix).checked_sub(1)
    }

    /// Term `t`'s positions in one field, once its positions file is in.
    fn positions_of(&self, t: u32, field: usize) -> Option<&[(u32, Vec<u32>)]> {
        let block = self.blocks[self.block_of_id(t)?].as_ref()?;
        let file = &block.position_files[*block.positions.get((t - block.start) as usize)? as usize];
        let (first, terms) = self.positions.get(file)?;
        Some(&terms.get(t.checked_sub(*first)? as usize)?[field])
    }

    /// The lists of term `t`, once its postings file is in.
    fn lists(&self, t: u32) -> Option<&TermLists> {
        let block = self.blocks[self.block_of_id(t)?].as_ref()?;
        let file = &block.files[*block.file.get((t - block.start) as usize)? as usize];
        let (first, lists) = self.postings.get(file)?;
        lists.get(t.checked_sub(*first)? as usize)
    }
}

impl IndexData for ShardedIndex {
    type Postings<'a> = ShardPostings<'a>;

    fn len(&self) -> usize {
        self.recency.len()
    }

    fn find(&self, term: &str) -> Option<u32> {
        let block = self.blocks[self.block_of_term(term)?].as_ref()?;
        let at = block.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()?;
        Some(block.start + at as u32)
    }

    fn completions(&self, prefix: &str) -> PrefixTerms {
        if let Some(page) = self.page_of(prefix).and_then(|p| self.pages[p].as_ref()) {
            if let Ok(at) = page.prefixes.binary_search_by(|e| e.0.as_str().cmp(prefix)) {
                let terms = page.prefixes[at].1.iter().map(|&(t, _)| t).collect();
                return PrefixTerms { terms, every_term: false };
            }
        }
        // A narrow prefix: its terms from the blocks, as `Dictionary::with_prefix` gives them.
        let mut range: Option<std::ops::Range<u32>> = None;
        for block in self.blocks_of_prefix(prefix).filter_map(|b| self.blocks[b].as_ref()) {
            for (i, term) in block.terms.iter().enumerate() {
                if term.starts_with(prefix) {
                    let t = block.start + i as u32;
                    range = Some(range.map_or(t..t + 1, |r| r.start..t + 1));
                }
            }
        }
        PrefixTerms::narrow(&|t| self.postings_of_term(t), range.unwrap_or(0..0))
    }

    fn postings_len(&self, field: FieldName, t: u32) -> usize {
        self.lists(t).map_or(0, |lists| lists[field as usize].len())
    }

    fn postings(&self, field: FieldName, t: u32) -> ShardPostings<'_> {
        let average = match field {
            FieldName::Title => self.directory.title_average,
            FieldName::Body => self.directory.body_average,
        };
        let entries = self.lists(t).map_or(&[][..], |lists| &lists[field as usize][..]);
        ShardPostings { entries: entries.iter(), average }
    }

    /// From the positions: some position of the first word is followed by the second word one
    /// further on, and so on, which is what the built index's shift-and over the words finds.
    fn has_phrase(&self, d: u32, phrase: &[Vec<u32>]) -> bool {
        if phrase.is_empty() {
            return true;
        }
        (0..2).any(|field| {
            // Each word's positions in the field: the union over the terms it matches.
            let at: Vec<Vec<u32>> = phrase
                .iter()
                .map(|terms| {
                    let mut all: Vec<u32> = terms
                        .iter()
                        .filter_map(|&t| self.positions_of(t, field))
                        .filter_map(|list| list.binary_search_by_key(&d, |e| e.0).ok().map(|k| &list[k].1))
                        .flatten()
                        .copied()
                        .collect();
                    all.sort_unstable();
                    all
                })
                .collect();
            at[0]
                .iter()
                .any(|&p| at.iter().enumerate().skip(1).all(|(i, later)| later.binary_search(&(p + i as u32)).is_ok()))
        })
    }

    fn recency(&self) -> &[u32] {
        &self.recency
    }

    fn newest_first(&self) -> bool {
        self.newest_first
    }

    fn days(&self) -> &[Option<i32>] {
        &self.days
    }

    fn facets(&self) -> &[FacetColumn] {
        &self.facets
    }

    fn postings_of_term(&self, t: u32) -> usize {
        self.block_of_id(t)
            .and_then(|b| self.blocks[b].as_ref())
            .and_then(|block| block.postings.get((t - block.start) as usize))
            .map_or(0, |&n| n as usize)
    }
}

/// One term's postings in one field, from a postings file, with the length norm computed as the
/// built index computes it.
pub struct ShardPostings<'a> {
    entries: std::slice::Iter<'a, Entry>,
    average: f32,
}

impl Iterator for ShardPostings<'_> {
    type Item = (u32, u8, f32);

    fn next(&mut self) -> Option<(u32, u8, f32)> {
        let e = self.entries.next()?;
        Some((e.doc, e.freq, bm25::length_norm(e.len, self.average)))
    }
}
