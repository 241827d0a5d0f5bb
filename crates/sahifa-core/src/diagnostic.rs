//! What reading a bundle found wrong, said so that a person knows what to fix.

use std::fmt;

/// How bad a finding is: an error skips the article, a warning keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Bundle,
    /// The article at `index` (0-based) in the `articles` array, with its id when it had one.
    Article {
        index: usize,
        id: Option<String>,
    },
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub subject: Subject,
    pub message: String,
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Subject::Bundle => f.write_str("bundle"),
            Subject::Article { index, id: Some(id) } => write!(f, "article #{} (id \"{id}\")", index + 1),
            Subject::Article { index, id: None } => write!(f, "article #{}", index + 1),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.subject, self.message)
    }
}
