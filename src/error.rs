//! The library's error type: which input failed, at which stage, and why.

use std::fmt;
use std::path::PathBuf;

/// What went wrong, one variant per pipeline stage that can reject an input.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file or directory could not be read.
    Io(std::io::Error),
    /// The input holds no bytes (or only a byte-order mark).
    Empty,
    /// The input is larger than `--max-bytes`.
    TooLarge {
        /// Its size, when the file system tells it before reading.
        bytes: Option<u64>,
        /// The limit.
        limit: u64,
    },
    /// The path names something that has no text of its own (a directory).
    NotAFile(&'static str),
    /// The file changed while it was read, on every attempt.
    Changed {
        /// Its size before the last attempt.
        before: u64,
        /// Its size after it.
        after: u64,
    },
    /// A symbolic link leads back into a directory that is being walked.
    DirectoryLoop,
    /// The bytes look like a binary file, not text.
    Binary {
        /// Why the bytes were judged binary.
        reason: String,
    },
    /// An HTML page whose every block of text is page furniture (navigation, footer …).
    NoReportText,
    /// `--encoding` named an encoding that encoding_rs does not know.
    UnknownEncoding(String),
    /// The record failed its own JSON Schema; this is a bug in gongwen, never silently output.
    Schema {
        /// The schema keyword path and instance path of each violation.
        violations: Vec<String>,
    },
    /// A segmentation dictionary could not be used.
    Dictionary {
        /// What is wrong with it.
        reason: String,
    },
    /// Writing output failed.
    Output(std::io::Error),
    /// gongwen itself failed on this input (a panic in one of its stages): a bug to report,
    /// with the file that shows it. The rest of the batch goes on.
    Internal,
    /// The SQLite database could not be opened, set up or written.
    Database {
        /// What SQLite said, and about which report when it concerns one.
        reason: String,
    },
}

/// An error tied to the input it concerns, so a batch can report it and go on.
#[derive(Debug)]
pub struct Error {
    /// The input path as given (`-` for stdin); `None` for errors not tied to one input.
    pub path: Option<PathBuf>,
    /// The reason.
    pub kind: ErrorKind,
}

impl Error {
    /// An error about `path`.
    pub fn at(path: impl Into<PathBuf>, kind: ErrorKind) -> Self {
        Error {
            path: Some(path.into()),
            kind,
        }
    }

    /// An error not tied to one input.
    pub fn general(kind: ErrorKind) -> Self {
        Error { path: None, kind }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Io(e) => write!(f, "cannot read: {e}"),
            ErrorKind::Empty => write!(f, "empty input: no text to extract"),
            ErrorKind::TooLarge { bytes, limit } => {
                match bytes {
                    Some(b) => write!(f, "too large: {b} bytes")?,
                    None => write!(f, "too large: more than {limit} bytes")?,
                }
                write!(
                    f,
                    ", over the --max-bytes limit of {limit}; raise the limit to read it"
                )
            }
            ErrorKind::NotAFile(what) => write!(f, "not a file but {what}; nothing to read"),
            ErrorKind::Changed { before, after } => write!(
                f,
                "changed while being read (size {before} -> {after} bytes, or a new \
                 modification time), twice; not extracted, run again once it is complete"
            ),
            ErrorKind::DirectoryLoop => write!(
                f,
                "directory loop: a symbolic link leads back into a directory being walked; \
                 not followed again"
            ),
            ErrorKind::Binary { reason } => write!(f, "not a text file: {reason}"),
            ErrorKind::NoReportText => write!(
                f,
                "HTML page without report text: all of its text is navigation, headers, footers or other page furniture"
            ),
            ErrorKind::UnknownEncoding(name) => write!(f, "unknown encoding name {name:?}"),
            ErrorKind::Schema { violations } => {
                write!(f, "record fails the schema: {}", violations.join("; "))
            }
            ErrorKind::Dictionary { reason } => write!(f, "bad dictionary: {reason}"),
            ErrorKind::Output(e) => write!(f, "cannot write output: {e}"),
            ErrorKind::Internal => write!(
                f,
                "internal error in gongwen while extracting this file (see the panic message \
                 above); please report it with the file"
            ),
            ErrorKind::Database { reason } => write!(f, "database: {reason}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) | ErrorKind::Output(e) => Some(e),
            _ => None,
        }
    }
}

/// Result alias for the library.
pub type Result<T> = std::result::Result<T, Error>;
