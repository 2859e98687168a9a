//! Ingest: turn the command line's inputs into an ordered list of documents to read.
//!
//! Directories are walked recursively and their files sorted by path, so the output order is
//! the same on every machine and for every thread count. Inside a directory only report files
//! are selected — plain-text and HTML extensions ([`REPORT_EXTENSIONS`]) — so a corpus folder can carry
//! its `SOURCES.md`, PDFs or spreadsheets beside the reports; every file left out is listed
//! with the reason, for the caller to report. A file named on the command line is always read,
//! whatever its name. An input that cannot be listed is an error for that input, reported by
//! the caller, and the batch goes on.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{Error, ErrorKind};

/// The default `--max-bytes`: no report is near it (the largest in the corpora is 0.4 MB), and
/// it keeps a stray disk image or video from taking the machine's memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

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

    /// Read the whole input, refusing more than `max_bytes` and a file that changes while it
    /// is read (see [`read_stable`]).
    pub fn read(&self, max_bytes: u64) -> Result<Vec<u8>, Error> {
        let res = match self {
            Input::File(p) => read_stable(|| fs::File::open(p), max_bytes),
            Input::Stdin => read_stable(|| Ok(StdinFile(io::stdin().lock())), max_bytes),
        };
        res.map_err(|kind| Error::at(self.display_path(), kind))
    }
}

/// What a file looked like when it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// What kind of file it is.
    pub kind: FileKind,
    /// Its size in bytes (meaningful for regular files only).
    pub len: u64,
    /// When it was last modified, where the file system says.
    pub modified: Option<SystemTime>,
}

/// The kinds of file reading treats differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A regular file: it has a size, and a size or time that moves means it changed.
    Regular,
    /// A directory, which has no text of its own.
    Directory,
    /// A pipe, terminal or device: read to the end, with nothing to compare.
    Stream,
}

/// An open file as reading needs it. Implemented for [`fs::File`]; tests stand in for a file
/// system that misbehaves (a file that changes under the reader, a read that fails), which a
/// real one does not do on cue — and which, run as root, permission bits cannot provoke.
pub trait OpenFile: Read {
    /// The file's kind, size and modification time now.
    fn stamp(&self) -> io::Result<Stamp>;
}

impl OpenFile for fs::File {
    fn stamp(&self) -> io::Result<Stamp> {
        let md = self.metadata()?;
        let kind = if md.is_file() {
            FileKind::Regular
        } else if md.is_dir() {
            FileKind::Directory
        } else {
            FileKind::Stream
        };
        Ok(Stamp {
            kind,
            len: md.len(),
            modified: md.modified().ok(),
        })
    }
}

/// Standard input, which has no stamp worth comparing.
struct StdinFile<R>(R);

impl<R: Read> Read for StdinFile<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl<R: Read> OpenFile for StdinFile<R> {
    fn stamp(&self) -> io::Result<Stamp> {
        Ok(Stamp {
            kind: FileKind::Stream,
            len: 0,
            modified: None,
        })
    }
}

/// How often a file that changed while it was read is read again before giving up.
const READ_ATTEMPTS: usize = 2;

/// Read a whole file from `open`, at most `max_bytes` of it.
///
/// A file that changes while it is read (a download still being written, a log) would give a
/// record that matches no version of it. So the file's size and modification time are taken
/// from the open handle before and after reading, and must agree with each other and with the
/// bytes read; a file that changed is read once more, and one that keeps changing is an
/// error. The check costs two `fstat` calls, and the text is read only once into memory, so
/// every later stage sees one consistent version.
pub fn read_stable<F: OpenFile>(
    mut open: impl FnMut() -> io::Result<F>,
    max_bytes: u64,
) -> Result<Vec<u8>, ErrorKind> {
    let mut last_change = (0, 0);
    for _ in 0..READ_ATTEMPTS {
        let mut file = open().map_err(ErrorKind::Io)?;
        let before = file.stamp().map_err(ErrorKind::Io)?;
        match before.kind {
            FileKind::Directory => return Err(ErrorKind::NotAFile("a directory")),
            FileKind::Regular if before.len > max_bytes => {
                return Err(ErrorKind::TooLarge {
                    bytes: Some(before.len),
                    limit: max_bytes,
                });
            }
            _ => {}
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(ErrorKind::Io)?;
        if bytes.len() as u64 > max_bytes {
            return Err(ErrorKind::TooLarge {
                bytes: None,
                limit: max_bytes,
            });
        }
        if before.kind != FileKind::Regular {
            return Ok(bytes);
        }
        let after = file.stamp().map_err(ErrorKind::Io)?;
        if after == before && after.len == bytes.len() as u64 {
            return Ok(bytes);
        }
        last_change = (before.len, after.len.max(bytes.len() as u64));
    }
    Err(ErrorKind::Changed {
        before: last_change.0,
        after: last_change.1,
    })
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
                let mut walking = HashSet::new();
                walk(arg, &md, &mut walking, &mut files, &mut out);
                files.sort();
                out.inputs.extend(files.into_iter().map(Input::File));
            }
            // A file named explicitly is read whatever it is: `<(cmd)` names a pipe.
            Ok(_) => out.inputs.push(Input::File(arg.clone())),
            Err(e) => out.errors.push(Error::at(arg, ErrorKind::Io(e))),
        }
    }
    out.not_selected.sort();
    out
}

/// A directory's identity on its device, to notice a link that leads back into a directory
/// being walked.
fn dir_id(md: &fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (md.dev(), md.ino())
}

/// Walk `dir` (whose metadata is `md`). `walking` holds the directories from the root down to
/// `dir`: a symbolic link back to one of them would walk forever, so it is reported instead.
fn walk(
    dir: &Path,
    md: &fs::Metadata,
    walking: &mut HashSet<(u64, u64)>,
    files: &mut Vec<PathBuf>,
    out: &mut Listing,
) {
    let id = dir_id(md);
    if !walking.insert(id) {
        out.errors.push(Error::at(dir, ErrorKind::DirectoryLoop));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.errors.push(Error::at(dir, ErrorKind::Io(e)));
            walking.remove(&id);
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
        // Links are followed, so a linked corpus folder is walked; a link that loops on
        // itself fails here with the system's "too many levels of symbolic links".
        match fs::metadata(&path) {
            Ok(md) if md.is_dir() => walk(&path, &md, walking, files, out),
            Ok(md) if !md.is_file() => out
                .not_selected
                .push((path, "not a regular file (a pipe, socket or device)")),
            Ok(_) if is_report_file(&path) => files.push(path),
            Ok(_) => out
                .not_selected
                .push((path, "not a .txt or .html report file")),
            Err(e) => out.errors.push(Error::at(path, ErrorKind::Io(e))),
        }
    }
    walking.remove(&id);
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
