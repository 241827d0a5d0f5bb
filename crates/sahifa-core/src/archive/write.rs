//! A bundle's bytes → every file of its sharded archive. The same bundle gives the same files,
//! byte for byte; the manifest comes last in the list, so a publisher who uploads in order never
//! has a manifest naming a file not yet there.

use super::ids;
use super::manifest::{ChunkList, FacetSummary, Front, Manifest, ARCHIVE_VERSION};
use super::names::content_name;
use crate::parse::{parse_bundle, BundleError};
use crate::search::shards::{Directory, FacetFile, Sizes};
use crate::search::SearchIndex;
use crate::wire::{ArticleRecord, BundleRecord};
use crate::FORMAT_VERSION;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::HashMap;

/// The name of the manifest, in the archive's folder.
pub const MANIFEST: &str = "manifest.json";
/// A row's lead: the start of its first paragraph, this many characters at most.
const LEAD_CHARS: usize = 280;
/// The rows the first screen lists: a page of the app's archive list, so the first screen needs
/// no rows chunk.
const FRONT_ROWS: usize = 20;
/// The most common values of each facet the first screen shows.
const TOP_VALUES: usize = 50;

/// How the archive is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveSizes {
    /// Articles per rows chunk: a result page's rows come from as many chunks, so small chunks
    /// waste fewer bytes (README: the archive report).
    pub rows_per_chunk: u32,
    /// Articles per chunk of whole articles: opening one fetches its chunk.
    pub bodies_per_chunk: u32,
    /// Chunk names per list page.
    pub names_per_page: u32,
    /// Ids per id bucket, on average: a cold link fetches one bucket.
    pub ids_per_bucket: u32,
    pub index: Sizes,
}

impl ArchiveSizes {
    /// Every piece twice as large: about half the files.
    pub fn doubled(self) -> ArchiveSizes {
        let i = self.index;
        ArchiveSizes {
            rows_per_chunk: self.rows_per_chunk * 2,
            bodies_per_chunk: self.bodies_per_chunk * 2,
            names_per_page: self.names_per_page * 2,
            ids_per_bucket: self.ids_per_bucket * 2,
            index: Sizes { block: i.block * 2, postings: i.postings * 2, completions: i.completions * 2 },
        }
    }
}

impl Default for ArchiveSizes {
    fn default() -> ArchiveSizes {
        ArchiveSizes {
            rows_per_chunk: 8,
            bodies_per_chunk: 8,
            names_per_page: 512,
            ids_per_bucket: 256,
            index: Sizes::default(),
        }
    }
}

/// One file of an archive: its path under the archive's folder, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Why an archive was not written: the bundle, or where its files went.
#[derive(Debug)]
pub enum WriteError<E> {
    Bundle(BundleError),
    Sink(E),
}

/// Every file of the archive of this bundle, the manifest last. The bundle must parse without a
/// fatal error; the articles it skips are left out, as the app leaves them out.
pub fn write_archive(bundle: &[u8], sizes: ArchiveSizes) -> Result<Vec<ArchiveFile>, BundleError> {
    let mut files = Vec::new();
    let pushed = write_archive_into(bundle, sizes, |file| {
        files.push(file);
        Ok::<(), std::convert::Infallible>(())
    });
    match pushed {
        Ok(()) => Ok(files),
        Err(WriteError::Bundle(e)) => Err(e),
        Err(WriteError::Sink(never)) => match never {},
    }
}

/// Hands every file of the archive to `sink` as soon as it is made, the manifest last, so that
/// the archive's bytes are never all in memory at once; stops at the sink's first error.
pub fn write_archive_into<E>(
    bundle: &[u8],
    sizes: ArchiveSizes,
    sink: impl FnMut(ArchiveFile) -> Result<(), E>,
) -> Result<(), WriteError<E>> {
    ArchiveSource::new(bundle).map_err(WriteError::Bundle)?.write(sizes, sink).map_err(WriteError::Sink)
}

/// A bundle read and indexed once, to be cut into an archive at any sizes: to count the files
/// one set of sizes gives before writing them. It borrows the bundle's bytes: each article's
/// record is read from them again as its chunk is written, so no second copy of the text is kept.
pub struct ArchiveSource<'a> {
    title: String,
    lang: String,
    description: Option<String>,
    /// Each article's id, in the parsed order: the articles themselves are dropped once indexed.
    ids: Vec<String>,
    /// Each article's record as written in the bundle, in the parsed order.
    records: Vec<Option<&'a RawValue>>,
    index: SearchIndex,
}

impl<'a> ArchiveSource<'a> {
    /// The bundle, which must parse without a fatal error; the articles it skips are left out,
    /// as the app leaves them out.
    pub fn new(bundle: &'a [u8]) -> Result<ArchiveSource<'a>, BundleError> {
        let loaded = parse_bundle(bundle)?;
        // Each valid article's record as written, in the parsed order (newest first); the raw
        // values borrow the bundle's bytes.
        let raw: BundleRecord<u64, String, Vec<&RawValue>> =
            serde_json::from_slice(bundle).map_err(|e| BundleError::NotABundle { message: e.to_string() })?;
        let mut records_by_id: HashMap<String, &RawValue> = HashMap::new();
        for value in raw.articles {
            if let Ok(IdOnly { id: Some(id) }) = serde_json::from_str::<IdOnly>(value.get()) {
                records_by_id.entry(id).or_insert(value);
            }
        }
        let records = loaded.bundle.articles.iter().map(|a| records_by_id.remove(&a.id)).collect();
        let index = SearchIndex::build(&loaded.bundle.articles);
        let bundle = loaded.bundle;
        let ids = bundle.articles.into_iter().map(|a| a.id).collect();
        Ok(ArchiveSource {
            title: bundle.title,
            lang: bundle.lang,
            description: bundle.description,
            ids,
            records,
            index,
        })
    }

    /// How many files these sizes give.
    pub fn count_files(&self, sizes: ArchiveSizes) -> usize {
        let mut count = 0;
        let counted = self.write(sizes, |_| {
            count += 1;
            Ok::<(), std::convert::Infallible>(())
        });
        match counted {
            Ok(()) => count,
            Err(never) => match never {},
        }
    }

    /// Hands every file to `sink` as it is made, the manifest last; stops at the sink's first
    /// error.
    pub fn write<E>(&self, sizes: ArchiveSizes, sink: impl FnMut(ArchiveFile) -> Result<(), E>) -> Result<(), E> {
        let (records, index) = (&self.records, &self.index);
        let mut files = Files { names: HashMap::new(), sink, failed: None };
        // Each block's files go to the sink as the block is cut: one block's postings in memory.
        let mut blocks = Vec::new();
        let pieces = index.pieces_with(sizes.index, |mut piece| {
            piece.block.files = piece.postings.into_iter().map(|bytes| files.add("i", "bin", bytes)).collect();
            piece.block.position_files =
                piece.positions.into_iter().map(|bytes| files.add("i", "bin", bytes)).collect();
            let first = piece.block.terms[0].clone();
            let start = piece.block.start;
            blocks.push((first, start, files.add_json("i", &piece.block)));
        });
        let completions =
            pieces.completions.into_iter().map(|(first, page)| (first, files.add_json("i", &page))).collect();
        let summaries: Vec<FacetSummary> = pieces.facets.iter().map(summary).collect();
        let facets = pieces.facets.iter().map(|f| files.add_json("i", f)).collect();
        let directory = Directory {
            terms: pieces.terms,
            blocks,
            completions,
            facets,
            title_average: pieces.title_average,
            body_average: pieces.body_average,
        };
        let index_name = files.add_json("i", &directory);

        let front = Front {
            newest: records.iter().take(front_rows(sizes.rows_per_chunk)).map(|r| row(&record(*r))).collect(),
            dates: pieces.dates,
            facets: summaries,
        };
        let front_name = files.add_json("f", &front);
        let (rows, _) =
            chunks(&mut files, "r", records, |r| row(&r), sizes.rows_per_chunk, sizes.names_per_page, &self.lang);
        let (bodies, body_names) =
            chunks(&mut files, "a", records, |r| r, sizes.bodies_per_chunk, sizes.names_per_page, &self.lang);
        let mut buckets = ids::buckets(self.ids.iter().map(String::as_str), sizes.ids_per_bucket);
        let per_body = sizes.bodies_per_chunk.max(1);
        for bucket in &mut buckets {
            bucket.bodies = bucket.ids.iter().map(|(_, n)| body_names[(n / per_body) as usize].clone()).collect();
        }
        let bucket_names: Vec<String> = buckets.iter().map(|bucket| files.add_json("k", bucket)).collect();
        let ids = listed(&mut files, bucket_names, sizes.ids_per_bucket, sizes.names_per_page);
        let manifest = Manifest {
            sahifa_archive: ARCHIVE_VERSION,
            title: self.title.clone(),
            lang: self.lang.clone(),
            description: self.description.clone(),
            articles: self.ids.len() as u32,
            front: front_name,
            index: index_name,
            rows,
            bodies,
            ids,
        };
        let mut manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("a manifest always serializes");
        manifest_bytes.push(b'\n');
        files.send(ArchiveFile { path: MANIFEST.to_owned(), bytes: manifest_bytes });
        files.failed.map_or(Ok(()), Err)
    }
}

/// Where the files go, each once; after the sink's first error, nowhere.
struct Files<S, E> {
    names: HashMap<String, ()>,
    sink: S,
    failed: Option<E>,
}

impl<S: FnMut(ArchiveFile) -> Result<(), E>, E> Files<S, E> {
    /// Adds a file under its content name and returns the name.
    fn add(&mut self, folder: &str, ext: &str, bytes: Vec<u8>) -> String {
        let path = content_name(folder, ext, &bytes);
        // The same content twice (two empty postings files, say) is one file.
        if self.names.insert(path.clone(), ()).is_none() {
            self.send(ArchiveFile { path: path.clone(), bytes });
        }
        path
    }

    fn send(&mut self, file: ArchiveFile) {
        if self.failed.is_none() {
            if let Err(e) = (self.sink)(file) {
                self.failed = Some(e);
            }
        }
    }

    fn add_json(&mut self, folder: &str, value: &impl Serialize) -> String {
        self.add(folder, "json", serde_json::to_vec(value).expect("archive pieces always serialize"))
    }
}

/// Chunks of `per_chunk` records, each as `shape` makes it and a bundle of its own (so the
/// bundle parser reads it), and the list pages naming them; with the chunks' names. A chunk is shaped as it is written,
/// so only one is held at a time.
#[allow(clippy::too_many_arguments)]
fn chunks<S: FnMut(ArchiveFile) -> Result<(), E>, E>(
    files: &mut Files<S, E>,
    folder: &str,
    records: &[Option<&RawValue>],
    shape: impl Fn(ArticleRecord) -> ArticleRecord,
    per_chunk: u32,
    per_page: u32,
    lang: &str,
) -> (ChunkList, Vec<String>) {
    let names: Vec<String> = records
        .chunks(per_chunk as usize)
        .map(|chunk| {
            let bundle = BundleRecord {
                sahifa: FORMAT_VERSION,
                title: String::new(),
                lang: lang.to_owned(),
                description: None,
                articles: chunk.iter().map(|r| shape(record(*r))).collect::<Vec<_>>(),
                integrity: None::<crate::wire::IntegrityRecord>,
            };
            files.add_json(folder, &bundle)
        })
        .collect();
    (listed(files, names.clone(), per_chunk, per_page), names)
}

/// An article's record, read again from the bundle's bytes (it read once already, to be kept).
fn record(raw: Option<&RawValue>) -> ArticleRecord {
    raw.and_then(|r| serde_json::from_str(r.get()).ok()).unwrap_or_default()
}

/// Just an article's id, to match a record to its parsed article.
#[derive(serde::Deserialize)]
struct IdOnly {
    id: Option<String>,
}

/// The list pages naming `names`, `per_page` a page.
fn listed<S: FnMut(ArchiveFile) -> Result<(), E>, E>(
    files: &mut Files<S, E>,
    names: Vec<String>,
    per_chunk: u32,
    per_page: u32,
) -> ChunkList {
    let pages = names.chunks(per_page as usize).map(|page| files.add_json("l", &page)).collect();
    ChunkList { per_chunk, per_page, pages }
}

/// The newest rows the first-screen file holds: `FRONT_ROWS`, rounded up to whole rows chunks
/// (the reader takes them as the first chunks).
pub(super) fn front_rows(per_chunk: u32) -> usize {
    let per = per_chunk.max(1) as usize;
    FRONT_ROWS.div_ceil(per) * per
}

/// An article as the list shows it: everything but the body, of which the lead is kept.
fn row(record: &ArticleRecord) -> ArticleRecord {
    let lead = record.body.as_ref().and_then(|b| b.first()).map(|p| match p.char_indices().nth(LEAD_CHARS) {
        Some((end, _)) => p[..end].to_owned(),
        None => p.clone(),
    });
    ArticleRecord { body: Some(lead.into_iter().collect()), events: Vec::new(), ..record.clone() }
}

fn summary(file: &FacetFile) -> FacetSummary {
    let mut counts = vec![0u32; file.values.len()];
    let mut unknown = 0;
    for ids in &file.ids {
        ids.iter().for_each(|&id| counts[id as usize] += 1);
        unknown += u32::from(ids.is_empty());
    }
    let mut top: Vec<(String, u32)> = file.values.iter().cloned().zip(counts).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    top.truncate(TOP_VALUES);
    FacetSummary { facet: file.facet.clone(), distinct: file.values.len() as u32, top, unknown }
}
