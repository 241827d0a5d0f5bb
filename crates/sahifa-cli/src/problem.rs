//! A problem found in the input: where it is, what is wrong, and why the input was skipped.

use std::fmt;
use std::path::Path;

/// One bad input, named by file and line so a person can open it and fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    /// The 1-based line, when the format lets us know it.
    pub line: Option<usize>,
    /// A short reason, used to count skipped inputs by kind ("no date", "not UTF-8", …).
    pub reason: &'static str,
    /// The full message: what is wrong and what to do.
    pub message: String,
}

impl Problem {
    pub fn new(file: &Path, line: Option<usize>, reason: &'static str, message: impl Into<String>) -> Self {
        Problem { file: display_path(file), line, reason, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A path as the user wrote it, with `/` separators so messages read the same everywhere.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// The 1-based line that byte offset `at` of `text` falls on.
pub fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}
