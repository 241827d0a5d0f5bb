//! A bundle's download that dropped part-way, taken up again without mixing two versions of the
//! file: the rest is asked for with a `Range` request only when the first answer let the page
//! tell, from the second, that it is the same file and that its bytes are counted as they came.

/// What the first answer said about its file, as far as the page can read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstAnswer {
    /// The body's length, when it is the length of the bytes the page receives: a compressed
    /// body arrives decoded, and its decoded bytes are no offset into the file on the wire.
    pub length: Option<u64>,
    /// What names this version of the file: a strong `ETag`, or else `Last-Modified`.
    pub version: Option<String>,
}

/// What to do with the answer to the request for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Continuation {
    /// The rest of the same file, from where the drop left it: add it to what came.
    Append,
    /// The whole file as it is now (the server ignored the range): read it from its start,
    /// dropping what came before.
    Replace,
    /// Not the rest of the same file (it changed, or the server refused the range): drop what
    /// came and ask for the whole file again.
    Refetch,
}

/// The version a response names, from its `ETag` and `Last-Modified` headers. A weak tag says
/// two bodies mean the same, not that their bytes are the same, so it cannot join two parts.
pub fn version_of(etag: Option<&str>, last_modified: Option<&str>) -> Option<String> {
    let strong = etag.map(str::trim).filter(|tag| tag.starts_with('"'));
    strong.or(last_modified.map(str::trim)).filter(|v| !v.is_empty()).map(str::to_owned)
}

impl FirstAnswer {
    /// Where a `Range` request can take the download up, after `received` bytes came, or
    /// `None` when the whole file must be asked for again.
    pub fn resume_at(&self, received: u64) -> Option<u64> {
        let length = self.length?;
        self.version.as_ref()?;
        (received > 0 && received < length).then_some(received)
    }

    /// What the answer to a request for the bytes from `offset` is: `status`, its
    /// `Content-Range` and its version.
    pub fn continuation(
        &self,
        offset: u64,
        status: u16,
        content_range: Option<&str>,
        version: Option<&str>,
    ) -> Continuation {
        match status {
            200 => Continuation::Replace,
            206 if self.same_file(version) && self.rest_from(offset, content_range) => Continuation::Append,
            _ => Continuation::Refetch,
        }
    }

    fn same_file(&self, version: Option<&str>) -> bool {
        self.version.is_some() && self.version.as_deref() == version.map(str::trim)
    }

    /// Whether `content_range` (`bytes START-END/TOTAL`) covers the file from `offset` to the end
    /// of a file as long as the first answer's.
    fn rest_from(&self, offset: u64, content_range: Option<&str>) -> bool {
        let Some(range) = content_range.and_then(|r| r.trim().strip_prefix("bytes ")) else {
            return false;
        };
        let Some((span, total)) = range.split_once('/') else {
            return false;
        };
        let Some((start, end)) = span.split_once('-') else {
            return false;
        };
        let number = |s: &str| s.trim().parse::<u64>().ok();
        match (number(start), number(end), number(total), self.length) {
            (Some(start), Some(end), Some(total), Some(length)) => {
                start == offset && total == length && end.checked_add(1) == Some(total)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first() -> FirstAnswer {
        FirstAnswer { length: Some(1000), version: Some("\"v1\"".into()) }
    }

    #[test]
    fn a_drop_is_taken_up_only_with_a_length_and_a_version() {
        assert_eq!(first().resume_at(400), Some(400));
        assert_eq!(first().resume_at(0), None, "nothing came: ask for the whole file");
        assert_eq!(first().resume_at(1000), None);
        assert_eq!(FirstAnswer { length: None, ..first() }.resume_at(400), None, "compressed, or no length");
        assert_eq!(FirstAnswer { version: None, ..first() }.resume_at(400), None, "no way to tell a change");
    }

    #[test]
    fn weak_tags_name_no_version_of_the_bytes() {
        assert_eq!(version_of(Some("\"abc\""), Some("Tue, 01 Dec 2026 10:00:00 GMT")), Some("\"abc\"".into()));
        assert_eq!(version_of(Some("W/\"abc\""), None), None);
        assert_eq!(
            version_of(Some("W/\"abc\""), Some("Tue, 01 Dec 2026 10:00:00 GMT")).as_deref(),
            Some("Tue, 01 Dec 2026 10:00:00 GMT")
        );
        assert_eq!(version_of(None, Some(" ")), None);
    }

    #[test]
    fn the_rest_of_the_same_file_is_appended() {
        assert_eq!(first().continuation(400, 206, Some("bytes 400-999/1000"), Some("\"v1\"")), Continuation::Append);
    }

    #[test]
    fn a_changed_file_or_a_wrong_range_is_asked_for_again() {
        let f = first();
        assert_eq!(f.continuation(400, 206, Some("bytes 400-999/1000"), Some("\"v2\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, Some("bytes 400-999/1000"), None), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, Some("bytes 400-1099/1100"), Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, Some("bytes 0-999/1000"), Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, Some("bytes 400-499/1000"), Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, Some("bytes 400-999/*"), Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 206, None, Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 416, None, Some("\"v1\"")), Continuation::Refetch);
        assert_eq!(f.continuation(400, 503, None, None), Continuation::Refetch);
    }

    #[test]
    fn a_server_that_ignores_ranges_sends_the_whole_file() {
        assert_eq!(first().continuation(400, 200, None, Some("\"v2\"")), Continuation::Replace);
    }
}
