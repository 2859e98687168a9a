//! Ingest: turn the command line's inputs into an ordered list of documents to read.
//!
//! Directories are walked recursively and their files sorted by path, so the output order is
//! the same on every machine and for every thread count. Inside a directory only report files
//! are selected — plain-text and HTML extensions ([`REPORT_EXTENSIONS`]) — so a corpus folder can carry
//! its `SOURCES.md`, PDFs or spreadsheets beside the reports; every file left out is listed
//! with the reason, for the caller to report. A file named on the command line is always read,
//! whatever its name. An input that cannot be listed is an error for that input, reported by
//! the caller, and the batch goes on.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind};

/// One document to process.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// The path as shown in records and messages (`-` for stdin).
    pub fn display_path(&self) -> PathBuf {
        match self {
            Input::File(p) => p.clone(),
            Input::Stdin => PathBuf::from("-"),
        }
    }

    /// Read the whole input.
    pub fn read(&self) -> Result<Vec<u8>, Error> {
        let mut buf = Vec::new();
        let res = match self {
            Input::File(p) => fs::File::open(p).and_then(|mut f| f.read_to_end(&mut buf)),
            Input::Stdin => std::io::stdin().lock().read_to_end(&mut buf),
        };
        res.map_err(|e| Error::at(self.display_path(), ErrorKind::Io(e)))?;
        Ok(buf)
    }
}

/// What listing the inputs produced: documents in order, and inputs that could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// Documents in processing order.
    pub inputs: Vec<Input>,
    /// Inputs (or directory entries) that could not be listed.
    pub errors: Vec<Error>,
    /// Files inside directories that were not selected, with the reason.
    pub not_selected: Vec<(PathBuf, &'static str)>,
}

/// Extensions of the files a directory walk selects (compared case-insensitively).
pub const REPORT_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm"];

/// List documents for the given arguments. Each argument's files keep the argument order;
/// within a directory files are sorted by path.
pub fn list(args: &[PathBuf]) -> Listing {
    let mut out = Listing::default();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.inputs.push(Input::Stdin);
            continue;
        }
        match fs::metadata(arg) {
            Ok(md) if md.is_dir() => {
                let mut files = Vec::new();
                walk(arg, &mut files, &mut out);
                files.sort();
                out.inputs.extend(files.into_iter().map(Input::File));
            }
            Ok(_) => out.inputs.push(Input::File(arg.clone())),
            Err(e) => out.errors.push(Error::at(arg, ErrorKind::Io(e))),
        }
    }
    out.not_selected.sort();
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, out: &mut Listing) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.errors.push(Error::at(dir, ErrorKind::Io(e)));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.errors.push(Error::at(dir, ErrorKind::Io(e)));
                continue;
            }
        };
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            out.not_selected.push((path, "hidden"));
            continue;
        }
        match fs::metadata(&path) {
            Ok(md) if md.is_dir() => walk(&path, files, out),
            Ok(_) if is_report_file(&path) => files.push(path),
            Ok(_) => out
                .not_selected
                .push((path, "not a .txt or .html report file")),
            Err(e) => out.errors.push(Error::at(path, ErrorKind::Io(e))),
        }
    }
}

fn is_report_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| e.eq_ignore_ascii_case(r)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_recursive_and_sorted() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("b")).unwrap();
        fs::write(root.join("b/2.txt"), "x").unwrap();
        fs::write(root.join("a.txt"), "x").unwrap();
        fs::write(root.join("b/1.txt"), "x").unwrap();
        fs::write(root.join(".hidden"), "x").unwrap();
        fs::write(root.join("SOURCES.md"), "x").unwrap();
        fs::write(root.join("b/3.TXT"), "x").unwrap();
        fs::write(root.join("b/4.htm"), "x").unwrap();
        fs::write(root.join("b/5.pdf"), "x").unwrap();
        let l = list(&[root.to_path_buf()]);
        let names: Vec<String> = l
            .inputs
            .iter()
            .map(|i| {
                i.display_path()
                    .strip_prefix(root)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(
            names,
            vec!["a.txt", "b/1.txt", "b/2.txt", "b/3.TXT", "b/4.htm"]
        );
        let mut left_out: Vec<&str> = l.not_selected.iter().map(|(_, why)| *why).collect();
        left_out.sort();
        assert_eq!(
            left_out,
            vec![
                "hidden",
                "not a .txt or .html report file",
                "not a .txt or .html report file"
            ]
        );
        assert!(l.errors.is_empty());
    }

    #[test]
    fn missing_path_is_an_error_not_a_skip() {
        let l = list(&[PathBuf::from("/no/such/file.txt"), PathBuf::from("-")]);
        assert_eq!(l.inputs, vec![Input::Stdin]);
        assert_eq!(l.errors.len(), 1);
        assert!(
            l.errors[0]
                .to_string()
                .starts_with("/no/such/file.txt: cannot read")
        );
    }
}
