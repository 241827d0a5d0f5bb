//! An article's provenance record checked: each bad part dropped with a warning that says what
//! to write instead, the rest kept.

use super::fields::{non_empty, shown, web_url};
use crate::date::{parse_day, ArticleDate};
use crate::diagnostic::Severity;
use crate::provenance::{ArchivedCopy, Correction, Provenance, Verification, VerificationStatus};
use crate::wire::{ArchivedRecord, CorrectionRecord, ProvenanceRecord, VerificationRecord};

/// The provenance to keep, or `None` when nothing in it was valid.
pub(super) fn valid_provenance(
    record: ProvenanceRecord,
    report: &mut dyn FnMut(Severity, String),
) -> Option<Box<Provenance>> {
    let ProvenanceRecord { captured, sha256, collector, archived, verification, corrections } = record;
    let provenance = Provenance {
        captured: capture_time("provenance.captured", captured, report),
        sha256: non_empty(sha256).and_then(|hash| file_hash(hash, report)),
        collector: shown(non_empty(collector)),
        archived: archived.into_iter().filter_map(|copy| archived_copy(copy, report)).collect(),
        verification: verification.and_then(|v| verdict(v, report)),
        corrections: corrections.into_iter().filter_map(|c| correction(c, report)).collect(),
    };
    (!provenance.is_empty()).then(|| Box::new(provenance))
}

fn capture_time(field: &str, text: Option<String>, report: &mut dyn FnMut(Severity, String)) -> Option<ArticleDate> {
    let text = non_empty(text)?;
    match ArticleDate::parse(&text) {
        Ok(date) => Some(date),
        Err(why) => {
            report(Severity::Warning, format!("the \"{field}\" is left out: {why}"));
            None
        }
    }
}

fn file_hash(hash: String, report: &mut dyn FnMut(Severity, String)) -> Option<String> {
    if hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        Some(hash.to_ascii_lowercase())
    } else {
        report(
            Severity::Warning,
            format!(
                "the \"provenance.sha256\" {hash:?} is left out: a SHA-256 is 64 hexadecimal digits, as `sha256sum FILE` prints it"
            ),
        );
        None
    }
}

fn archived_copy(copy: ArchivedRecord, report: &mut dyn FnMut(Severity, String)) -> Option<ArchivedCopy> {
    let ArchivedRecord { archive, url, captured } = copy;
    let Some(archive) = shown(non_empty(Some(archive))).filter(|_| !url.trim().is_empty()) else {
        report(
            Severity::Warning,
            format!("the archived copy {url:?} is left out: each copy needs the \"archive\"'s name and its \"url\""),
        );
        return None;
    };
    // A link that is not a full web address is reported where it is dropped.
    let url = web_url("provenance.archived.url", Some(url), report)?;
    let captured = capture_time("provenance.archived.captured", captured, report);
    Some(ArchivedCopy { archive, url, captured })
}

fn verdict(record: VerificationRecord, report: &mut dyn FnMut(Severity, String)) -> Option<Verification> {
    let note = shown(non_empty(record.note));
    match VerificationStatus::parse(&record.status) {
        Some(status) => Some(Verification { status, note }),
        None => {
            let words: Vec<&str> = VerificationStatus::ALL.iter().map(|s| s.as_str()).collect();
            report(
                Severity::Warning,
                format!(
                    "the \"provenance.verification\" is left out: its status {:?} is not one of {}",
                    record.status,
                    words.join(", ")
                ),
            );
            None
        }
    }
}

fn correction(record: CorrectionRecord, report: &mut dyn FnMut(Severity, String)) -> Option<Correction> {
    let change = shown(non_empty(Some(record.change)));
    match (parse_day(record.date.trim()), change) {
        (Ok(date), Some(change)) => Some(Correction { date, change }),
        (Err(why), _) => {
            report(
                Severity::Warning,
                format!("a correction is left out: its date {:?} is not YYYY-MM-DD ({why})", record.date),
            );
            None
        }
        (Ok(_), None) => {
            report(
                Severity::Warning,
                format!("the correction of {} is left out: it does not say what changed", record.date.trim()),
            );
            None
        }
    }
}
