//! An article's provenance as validated: where it came from, its archived copies, who collected
//! it, how far it is verified (a closed vocabulary), and its corrections.

use crate::date::ArticleDate;

/// Everything the bundle says of an article's chain of custody; each part optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    /// When the centre captured the original.
    pub captured: Option<ArticleDate>,
    /// The SHA-256 of the captured file, 64 lowercase hex digits.
    pub sha256: Option<String>,
    pub collector: Option<String>,
    pub archived: Vec<ArchivedCopy>,
    pub verification: Option<Verification>,
    /// In the bundle's order, which `sahifa build` makes oldest first.
    pub corrections: Vec<Correction>,
}

impl Provenance {
    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        *self == Provenance::default()
    }
}

/// A copy of the original that an archive keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchivedCopy {
    /// The archive's name: "Wayback Machine", "archive.today", "Perma.cc"…
    pub archive: String,
    /// A full http(s) address.
    pub url: String,
    pub captured: Option<ArticleDate>,
}

/// The centre's verdict on an article, and its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub status: VerificationStatus,
    pub note: Option<String>,
}

/// The verification vocabulary (docs/bundle-format.md, "Provenance").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum VerificationStatus {
    /// Collected, not yet checked against other sources.
    Unverified,
    /// Checked: the centre stands by its content and origin.
    Verified,
    /// Checked, and parts are contested by credible sources; the note says which.
    Disputed,
    /// Found to be false or misattributed; kept in the archive as a record.
    Retracted,
}

impl VerificationStatus {
    /// Every status, in the order the documentation lists them.
    pub const ALL: [VerificationStatus; 4] = [
        VerificationStatus::Unverified,
        VerificationStatus::Verified,
        VerificationStatus::Disputed,
        VerificationStatus::Retracted,
    ];

    /// The word the bundle writes.
    pub fn as_str(self) -> &'static str {
        match self {
            VerificationStatus::Unverified => "unverified",
            VerificationStatus::Verified => "verified",
            VerificationStatus::Disputed => "disputed",
            VerificationStatus::Retracted => "retracted",
        }
    }

    /// The status a bundle's word names, in any case.
    pub fn parse(word: &str) -> Option<VerificationStatus> {
        let word = word.trim();
        VerificationStatus::ALL.into_iter().find(|status| status.as_str().eq_ignore_ascii_case(word))
    }
}

/// One change made after first publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub date: time::Date,
    pub change: String,
}
