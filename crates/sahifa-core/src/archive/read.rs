//! An archive as far as it has been fetched: the manifest, then whichever files the screen
//! needed. The caller fetches; this says which files are missing, checks each that comes in
//! against its name and its kind, and answers from what is there.

use super::ids;
use super::manifest::{ChunkList, Front, Manifest, ARCHIVE_VERSION};
use super::names::{content_matches, hash_of_name};
use crate::model::Article;
use crate::parse::parse_bundle;
use crate::search::shards::{Directory, ShardError, ShardedIndex};
use crate::search::{BucketCount, Facet, FacetCounts, FacetValue, SearchRequest, SearchResults};
use crate::wire::BundleRecord;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What went wrong with an archive's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// The file is not a manifest at all (no `sahifa_archive` version).
    NotAManifest(String),
    /// A manifest of this version whose content is damaged or names files outside its folder.
    BadManifest(String),
    /// A manifest of another format version.
    UnsupportedVersion(u64),
    /// A file's content is not the one its name carries the hash of.
    HashMismatch(String),
    /// A file the archive does not name, or one already added.
    Unexpected(String),
    /// A named file whose content is not that kind of file.
    Malformed(String),
}

impl fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ArchiveError::NotAManifest(detail) => write!(
                f,
                "the file is not a sahifa archive manifest ({detail}): point the page at the manifest.json that `sahifa build --archive` wrote"
            ),
            ArchiveError::BadManifest(detail) => write!(
                f,
                "the archive's manifest is damaged ({detail}): rebuild the archive with `sahifa build --archive` and upload its manifest.json again"
            ),
            ArchiveError::UnsupportedVersion(v) => write!(
                f,
                "the archive is in format version {v}, and this page reads version {ARCHIVE_VERSION}: rebuild the archive with this sahifa, or update the page"
            ),
            ArchiveError::HashMismatch(name) => write!(
                f,
                "{name} is not the file this archive's manifest names (its content does not match its name): upload the archive's files again, all from one build"
            ),
            ArchiveError::Unexpected(name) => write!(f, "{name} is not a file of this archive"),
            ArchiveError::Malformed(name) => write!(
                f,
                "{name} is damaged or from another build: rebuild the archive with `sahifa build --archive` and upload every file"
            ),
        }
    }
}

impl From<ShardError> for ArchiveError {
    fn from(e: ShardError) -> ArchiveError {
        match e {
            ShardError::Unexpected(name) => ArchiveError::Unexpected(name),
            ShardError::Malformed(name) => ArchiveError::Malformed(name),
        }
    }
}

/// Which of the archive's chunked files a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Front,
    Directory,
    RowPage(usize),
    BodyPage(usize),
    Row(usize),
    Body(usize),
    IdPage(usize),
    Ids(usize),
}

/// The chunks of one kind fetched so far.
#[derive(Debug)]
struct Chunked {
    list: ChunkList,
    /// Each list page, once in.
    pages: Vec<Option<Vec<String>>>,
    /// Chunks' names learnt elsewhere (from an id bucket) before their list page.
    named: BTreeMap<usize, String>,
    chunks: BTreeMap<usize, Vec<Article>>,
}

impl Chunked {
    fn new(list: ChunkList) -> Chunked {
        Chunked { pages: vec![None; list.pages.len()], list, named: BTreeMap::new(), chunks: BTreeMap::new() }
    }

    /// The chunk article `position` is in, and its place there.
    fn place(&self, position: u32) -> (usize, usize) {
        let per = self.list.per_chunk.max(1);
        ((position / per) as usize, (position % per) as usize)
    }

    /// The file still needed for article `position`: its list page, then its chunk.
    fn missing(&self, position: u32) -> Option<String> {
        let (chunk, _) = self.place(position);
        if self.chunks.contains_key(&chunk) {
            return None;
        }
        if let Some(name) = self.named.get(&chunk) {
            return Some(name.clone());
        }
        let page = chunk / self.list.per_page.max(1) as usize;
        match self.pages.get(page)? {
            None => Some(self.list.pages[page].clone()),
            Some(names) => names.get(chunk % self.list.per_page.max(1) as usize).cloned(),
        }
    }

    fn get(&self, position: u32) -> Option<&Article> {
        let (chunk, at) = self.place(position);
        self.chunks.get(&chunk)?.get(at)
    }
}

/// A sharded archive, as far as it has been fetched.
#[derive(Debug)]
pub struct Archive {
    manifest: Manifest,
    front: Option<Front>,
    index: Option<ShardedIndex>,
    rows: Chunked,
    bodies: Chunked,
    /// The id buckets' list pages, once in, and the buckets fetched.
    id_pages: Vec<Option<Vec<String>>>,
    id_buckets: BTreeMap<usize, Vec<(String, u32)>>,
    /// Every file named so far and not yet added, with its kind.
    expected: BTreeMap<String, Kind>,
}

impl Archive {
    /// The archive a manifest describes, with nothing else fetched yet.
    pub fn from_manifest(bytes: &[u8]) -> Result<Archive, ArchiveError> {
        #[derive(serde::Deserialize)]
        struct Version {
            sahifa_archive: Option<u64>,
        }
        let version: Version = serde_json::from_slice(bytes).map_err(|e| ArchiveError::NotAManifest(e.to_string()))?;
        match version.sahifa_archive {
            Some(ARCHIVE_VERSION) => {}
            Some(other) => return Err(ArchiveError::UnsupportedVersion(other)),
            None => return Err(ArchiveError::NotAManifest("it has no \"sahifa_archive\" version".into())),
        }
        let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| ArchiveError::BadManifest(e.to_string()))?;
        let mut expected = BTreeMap::new();
        expected.insert(manifest.front.clone(), Kind::Front);
        expected.insert(manifest.index.clone(), Kind::Directory);
        for (i, page) in manifest.rows.pages.iter().enumerate() {
            expected.insert(page.clone(), Kind::RowPage(i));
        }
        for (i, page) in manifest.bodies.pages.iter().enumerate() {
            expected.insert(page.clone(), Kind::BodyPage(i));
        }
        for (i, page) in manifest.ids.pages.iter().enumerate() {
            expected.insert(page.clone(), Kind::IdPage(i));
        }
        if let Some(name) = expected.keys().find(|name| hash_of_name(name).is_none() || !is_relative(name)) {
            return Err(ArchiveError::BadManifest(format!("{name} is not a file name sahifa writes")));
        }
        Ok(Archive {
            rows: Chunked::new(manifest.rows.clone()),
            bodies: Chunked::new(manifest.bodies.clone()),
            id_pages: vec![None; manifest.ids.pages.len()],
            id_buckets: BTreeMap::new(),
            manifest,
            front: None,
            index: None,
            expected,
        })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The files the first screen needs: the first-screen file and the index's directory.
    pub fn first_files(&self) -> Vec<String> {
        [&self.manifest.front, &self.manifest.index]
            .into_iter()
            .filter(|name| self.expected.contains_key(*name))
            .cloned()
            .collect()
    }

    /// Adds a fetched file after checking its bytes against the hash its name carries.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), ArchiveError> {
        if !content_matches(name, bytes) {
            return Err(ArchiveError::HashMismatch(name.to_owned()));
        }
        self.add_checked(name, bytes)
    }

    /// Adds a fetched file whose hash the caller has checked (a page, with the browser's own
    /// SHA-256), checking only that it is the kind of file its name was given for.
    pub fn add_checked(&mut self, name: &str, bytes: &[u8]) -> Result<(), ArchiveError> {
        let malformed = || ArchiveError::Malformed(name.to_owned());
        let Some(&kind) = self.expected.get(name) else {
            return match &mut self.index {
                Some(index) if index.piece(name).is_some() => Ok(index.add(name, bytes)?),
                _ => Err(ArchiveError::Unexpected(name.to_owned())),
            };
        };
        match kind {
            Kind::Front => {
                let front: Front = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let dated: u64 = front.dates.iter().map(|r| u64::from(r.2)).sum();
                if dated != u64::from(self.manifest.articles) {
                    return Err(malformed());
                }
                // The newest rows are the first rows chunks: the first screen lists them.
                let per = self.rows.list.per_chunk.max(1) as usize;
                let newest = articles_of(&self.manifest.lang, front.newest.clone()).map_err(|_| malformed())?;
                for (c, chunk) in newest.chunks(per).enumerate() {
                    if chunk.len() == per.min(self.manifest.articles as usize - c * per) {
                        self.rows.chunks.insert(c, chunk.to_vec());
                    }
                }
                self.front = Some(front);
            }
            Kind::Directory => {
                let directory: Directory = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let Some(front) = &self.front else {
                    // The directory is read against the dates: it waits for the front.
                    return Err(ArchiveError::Unexpected(name.to_owned()));
                };
                self.index = Some(ShardedIndex::new(directory, &front.dates));
            }
            Kind::RowPage(p) | Kind::BodyPage(p) => {
                let names: Vec<String> = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let chunked = if matches!(kind, Kind::RowPage(_)) { &mut self.rows } else { &mut self.bodies };
                let wanted = chunked.list.per_page.max(1) as usize;
                let chunks_left = (self.manifest.articles as usize).div_ceil(chunked.list.per_chunk.max(1) as usize);
                if names.len() != wanted.min(chunks_left.saturating_sub(p * wanted))
                    || names.iter().any(|n| hash_of_name(n).is_none() || !is_relative(n))
                {
                    return Err(malformed());
                }
                let first = p * wanted;
                for (i, n) in names.iter().enumerate() {
                    let chunk = first + i;
                    let kind = if matches!(kind, Kind::RowPage(_)) { Kind::Row(chunk) } else { Kind::Body(chunk) };
                    self.expected.insert(n.clone(), kind);
                }
                chunked.pages[p] = Some(names);
            }
            Kind::Row(c) | Kind::Body(c) => {
                let chunked = if matches!(kind, Kind::Row(_)) { &mut self.rows } else { &mut self.bodies };
                let per = chunked.list.per_chunk.max(1) as usize;
                let wanted = per.min(self.manifest.articles as usize - c * per);
                let loaded = parse_bundle(bytes).map_err(|_| malformed())?;
                if loaded.bundle.articles.len() != wanted {
                    return Err(malformed());
                }
                chunked.chunks.insert(c, loaded.bundle.articles);
            }
            Kind::IdPage(p) => {
                let names: Vec<String> = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let list = &self.manifest.ids;
                let wanted = list.per_page.max(1) as usize;
                let buckets = ids::bucket_count(self.manifest.articles as usize, list.per_chunk);
                if names.len() != wanted.min(buckets.saturating_sub(p * wanted))
                    || names.iter().any(|n| hash_of_name(n).is_none() || !is_relative(n))
                {
                    return Err(malformed());
                }
                for (i, n) in names.iter().enumerate() {
                    self.expected.insert(n.clone(), Kind::Ids(p * wanted + i));
                }
                self.id_pages[p] = Some(names);
            }
            Kind::Ids(b) => {
                let bucket: ids::Bucket = serde_json::from_slice(bytes).map_err(|_| malformed())?;
                let buckets = ids::bucket_count(self.manifest.articles as usize, self.manifest.ids.per_chunk);
                let misplaced = bucket
                    .ids
                    .iter()
                    .any(|(id, number)| ids::bucket_of(id, buckets) != b || *number >= self.manifest.articles);
                let bodies_fit = bucket.bodies.is_empty()
                    || (bucket.bodies.len() == bucket.ids.len()
                        && bucket.bodies.iter().all(|n| hash_of_name(n).is_some() && is_relative(n)));
                if bucket.bucket as usize != b
                    || misplaced
                    || !bodies_fit
                    || !bucket.ids.windows(2).all(|w| w[0].0 < w[1].0)
                {
                    return Err(malformed());
                }
                // Each id's chunk, named by the bucket: a cold link needs no list page.
                let per = self.bodies.list.per_chunk.max(1);
                for ((_, number), name) in bucket.ids.iter().zip(&bucket.bodies) {
                    let chunk = (number / per) as usize;
                    if !self.bodies.chunks.contains_key(&chunk) {
                        self.bodies.named.insert(chunk, name.clone());
                        self.expected.insert(name.clone(), Kind::Body(chunk));
                    }
                }
                self.id_buckets.insert(b, bucket.ids);
            }
        }
        self.expected.remove(name);
        Ok(())
    }

    pub fn front(&self) -> Option<&Front> {
        self.front.as_ref()
    }

    /// The files a search still needs (the first-screen file and directory first).
    pub fn missing_for_search(&self, request: &SearchRequest) -> Result<BTreeSet<String>, ArchiveError> {
        match &self.index {
            None => Ok(self.first_files().into_iter().collect()),
            Some(index) => Ok(index.missing(request)?),
        }
    }

    /// The search, once nothing is missing for it.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, ArchiveError> {
        let index = self.index.as_ref().expect("Archive::search before the index's directory was added");
        Ok(index.search(request)?)
    }

    /// The answer to a search with no query and no filter, from the first-screen file alone:
    /// every article in the order asked, and each facet's most common values (the 50 the file
    /// holds, and the articles with none) with their exact counts. `None` for any other search,
    /// or before the first-screen files are in.
    pub fn front_results(&self, request: &SearchRequest) -> Option<SearchResults> {
        let (front, index) = (self.front.as_ref()?, self.index.as_ref()?);
        if !answered_by_front(request) {
            return None;
        }
        let facets = Facet::ALL
            .iter()
            .map(|&facet| {
                let summary = front.facets.iter().find(|s| s.facet == facet.key());
                let mut buckets: Vec<BucketCount> = summary
                    .into_iter()
                    .flat_map(|s| {
                        let values = s.top.iter().map(|(v, n)| (FacetValue::Value(v.clone()), *n));
                        values.chain((s.unknown > 0).then_some((FacetValue::Unknown, s.unknown)))
                    })
                    .map(|(bucket, count)| BucketCount { bucket, count, selected: false })
                    .collect();
                crate::one_sort::sort_by(&mut buckets, |a, b| {
                    b.count.cmp(&a.count).then_with(|| a.bucket.cmp(&b.bucket))
                });
                FacetCounts { facet, buckets }
            })
            .collect();
        let query = crate::search::ParsedQuery::parse(&request.query);
        Some(SearchResults { hits: index.every_article(request.sort), hits_in_any_period: None, facets, query })
    }

    /// The files still needed to show the rows of these articles.
    pub fn missing_rows(&self, positions: &[u32]) -> BTreeSet<String> {
        positions.iter().filter(|&&p| self.row(p).is_none()).filter_map(|&p| self.rows.missing(p)).collect()
    }

    /// An article as the list shows it: its body only a lead.
    pub fn row(&self, position: u32) -> Option<&Article> {
        self.rows.get(position).or_else(|| self.bodies.get(position))
    }

    /// The files still needed to open article `position`.
    pub fn missing_article(&self, position: u32) -> BTreeSet<String> {
        self.bodies.missing(position).into_iter().collect()
    }

    pub fn article(&self, position: u32) -> Option<&Article> {
        self.bodies.get(position)
    }

    /// The file still needed to find the number of article `id`: its bucket's list page, then
    /// the bucket. None once the bucket is in.
    pub fn missing_number(&self, id: &str) -> Option<String> {
        let list = &self.manifest.ids;
        let bucket = ids::bucket_of(id, ids::bucket_count(self.manifest.articles as usize, list.per_chunk));
        if self.id_buckets.contains_key(&bucket) {
            return None;
        }
        let per_page = list.per_page.max(1) as usize;
        match self.id_pages.get(bucket / per_page)? {
            None => Some(list.pages[bucket / per_page].clone()),
            Some(names) => names.get(bucket % per_page).cloned(),
        }
    }

    /// The number of article `id`: `None` while its bucket is not in, `Some(None)` when the
    /// archive has no such article.
    pub fn number_of(&self, id: &str) -> Option<Option<u32>> {
        let buckets = ids::bucket_count(self.manifest.articles as usize, self.manifest.ids.per_chunk);
        let bucket = self.id_buckets.get(&ids::bucket_of(id, buckets))?;
        Some(bucket.binary_search_by(|(other, _)| other.as_str().cmp(id)).ok().map(|at| bucket[at].1))
    }

    /// The newest rows, from the first-screen file, as articles.
    pub fn newest(&self) -> Vec<Article> {
        let Some(front) = &self.front else { return Vec::new() };
        articles_of(&self.manifest.lang, front.newest.clone()).unwrap_or_default()
    }

    /// Every article's publication day, in article order, once the first-screen file is in
    /// (the timeline draws them all).
    pub fn days(&self) -> Vec<Option<time::Date>> {
        let Some(front) = &self.front else { return Vec::new() };
        let mut days = Vec::with_capacity(self.manifest.articles as usize);
        for &(_, day, n) in &front.dates {
            let day = day.and_then(|d| time::Date::from_julian_day(d).ok());
            days.extend(std::iter::repeat_n(day, n as usize));
        }
        days
    }
}

/// Records read as the bundle parser reads a bundle's articles.
fn articles_of(lang: &str, records: Vec<crate::wire::ArticleRecord>) -> Result<Vec<Article>, crate::BundleError> {
    let bundle = BundleRecord {
        sahifa: crate::FORMAT_VERSION,
        title: String::new(),
        lang: lang.to_owned(),
        description: None,
        articles: records,
        integrity: None::<crate::wire::IntegrityRecord>,
    };
    let bytes = serde_json::to_vec(&bundle).expect("records always serialize");
    parse_bundle(&bytes).map(|l| l.bundle.articles)
}

/// Whether the first-screen file answers `request`: no query and no filter.
pub fn answered_by_front(request: &SearchRequest) -> bool {
    // How values would combine (`Filters::all`) filters nothing while none is ticked.
    request.query.trim().is_empty() && request.filters.is_empty()
}

/// A name inside the archive's folder: no scheme, no leading slash, no `..`.
fn is_relative(name: &str) -> bool {
    !name.contains(':') && !name.starts_with('/') && !name.split('/').any(|part| part == ".." || part.is_empty())
}
