//! The sharded archive: the second, static form of an archive, for archives too large to
//! download whole. A small manifest names immutable files, each named by a hash of its content;
//! a page fetches the manifest and the first-screen file, then only the pieces the reader needs.
//!
//! - `manifest`: the JSON shapes of the manifest, the first-screen file and the lists of chunks;
//! - `ids`: the buckets that find an article's number from its id, for cold links;
//! - `names`: how a file's name carries its hash, and checking a fetched file against it;
//! - `write`: a bundle's bytes → every file of its archive, deterministic;
//! - `read`: [`Archive`], what has been fetched, what a screen still needs, and the answers.
//!
//! Articles are numbered as the bundle orders them (newest first, undated last): a date range,
//! the newest and the oldest are ranges of numbers. The search index's pieces are
//! `search::shards`; the format is described for publishers in `docs/archive-format.md`.

mod ids;
mod manifest;
mod names;
mod read;
mod write;

pub use ids::bucket_of;
pub use manifest::{ChunkList, FacetSummary, Front, Manifest, ARCHIVE_VERSION};
pub use names::{content_name, digest_matches, hash_of_name};
pub use read::{answered_by_front, Archive, ArchiveError};
pub use write::{write_archive, write_archive_into, ArchiveFile, ArchiveSizes, ArchiveSource, WriteError, MANIFEST};
