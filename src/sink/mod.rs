//! Sinks: the places records go besides the JSONL stream — an SQLite database
//! ([`sqlite::SqliteSink`]) and CSV tables for spreadsheets ([`csv::CsvSink`]).
//!
//! The JSONL stays the primary output and its bytes do not depend on which sinks are open. A
//! batch hands every validated [`Record`] to each open sink in input order, right after the
//! JSONL writer has it, so the sinks see exactly the records the JSONL holds. Each sink keeps
//! its own file consistent when a run stops half-way: the database commits report by report,
//! and the CSV tables appear only when complete.

pub mod csv;
pub mod sqlite;

use std::path::Path;

use serde::Serialize;

use crate::error::Error;
use crate::record::Record;

/// A destination for records.
pub trait Sink: Send {
    /// Store one record.
    fn write(&mut self, record: &Record) -> Result<(), Error>;
    /// Make everything written complete and visible.
    fn finish(self: Box<Self>) -> Result<(), Error>;
}

/// The sinks of one batch. A sink that fails is named once and dropped, so a full disk under
/// the database does not stop the JSONL or the CSV tables.
#[derive(Default)]
pub struct Sinks {
    open: Vec<Box<dyn Sink>>,
}

impl Sinks {
    /// Open the sinks the command line asked for; an error names the file that cannot be used.
    pub fn open(sqlite: Option<&Path>, csv: Option<&Path>) -> Result<Self, Error> {
        let mut open: Vec<Box<dyn Sink>> = Vec::new();
        if let Some(path) = sqlite {
            open.push(Box::new(sqlite::SqliteSink::open(path)?));
        }
        if let Some(dir) = csv {
            open.push(Box::new(csv::CsvSink::create(dir)?));
        }
        Ok(Sinks { open })
    }

    /// True when no sink is open.
    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// Hand `record` to every sink still open; returns the errors of those that failed (and are
    /// now closed).
    pub fn write(&mut self, record: &Record) -> Vec<Error> {
        let mut errors = Vec::new();
        self.open.retain_mut(|sink| match sink.write(record) {
            Ok(()) => true,
            Err(e) => {
                errors.push(e);
                false
            }
        });
        errors
    }

    /// Finish every sink still open; returns the errors of those that could not finish.
    pub fn finish(self) -> Vec<Error> {
        self.open
            .into_iter()
            .filter_map(|sink| sink.finish().err())
            .collect()
    }
}

/// A temporary file in `dir`, renamed over the real output once complete, so a stopped run
/// never leaves half a file. It gets the mode any new file gets (0666 less the umask) rather
/// than tempfile's private 0600: tables, pages and records are meant to be shared.
pub fn staging_file(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".gongwen-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// A record's enum value as the code the JSON record spells (`money`, `more_than`), so the
/// database and the CSV use the schema's vocabulary without a second table of names.
pub fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(e) => format!("<{e}>"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Approx;

    #[test]
    fn codes_are_the_json_spelling() {
        assert_eq!(code(&Approx::MoreThan), "more_than");
    }
}
