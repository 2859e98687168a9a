//! Command-line interface: clap arguments and the three commands, over the library.

use std::fs;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use clap::{Parser, Subcommand, ValueEnum};

use crate::batch;
use crate::decode::encoding_for_label;
use crate::error::{Error, ErrorKind};
use crate::ingest;
use crate::pipeline::{self, Options, Outcome};
use crate::progress::Progress;
use crate::record::Record;
use crate::sink::Sinks;
use crate::validate;

/// Exit status: everything worked.
pub const EXIT_OK: u8 = 0;
/// Exit status: some inputs failed or were degraded (each named on stderr).
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit status: the command line was wrong.
pub const EXIT_USAGE: u8 = 2;

/// Turn Chinese government reports into schema-checked JSON records.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "Examples:
  gongwen extract corpus/ > records.jsonl          every report under corpus/, one JSON line each
  gongwen extract -j 2 --format json a.txt b.txt   pretty JSON array of two records
  gongwen extract --encoding gbk - < report.txt    read stdin as GBK
  gongwen validate records.jsonl                   check records against the schema
  gongwen schema > report.schema.json              print the record schema

Exit status: 0 all inputs extracted; 1 some inputs failed or decoded lossily (each named on
stderr, plus a summary line); 2 usage error.";

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract records from report files, directories (recursive) or `-` for stdin.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Print the JSON Schema every record follows.
    Schema,
    /// Check a JSONL file of records against the schema, naming each failing line and path.
    Validate {
        /// The JSONL file (`-` for stdin).
        file: PathBuf,
    },
    /// Compare two JSONL runs: metadata, sections, facts, dates and entities added, removed
    /// and changed per report. Exit status 2 when a file cannot be read.
    Diff(DiffArgs),
    /// Extract one report and write a self-contained HTML page for reviewing its record.
    Review(ReviewArgs),
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The earlier run.
    pub old: PathBuf,
    /// The later run.
    pub new: PathBuf,
    /// Print the differences as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when anything changed (for CI).
    #[arg(long)]
    pub check: bool,
}

/// Arguments of `review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// The report file (`-` for stdin).
    pub input: PathBuf,
    /// Write the page to this file (atomically) instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Decode the input with this encoding instead of detecting one.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
}

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files, directories or `-`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Write to this file (atomically, via a temporary file) instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Worker threads (default: all cores). Output is the same for every value.
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Decode every input with this encoding (gbk, gb18030, big5, utf-16le, …).
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Extra words for the segmenter (jieba format: `word [freq] [tag]` per line).
    #[arg(long, value_name = "FILE")]
    pub dict: Option<PathBuf>,
    /// Put the decoded text in every record (`text`), so spans can be cut out without the
    /// input file; records of HTML pages always carry the text extracted from the page.
    #[arg(long)]
    pub with_text: bool,
    /// Also write every record into this SQLite database (created if missing; a report
    /// already in it is replaced, by doc_id).
    #[arg(long, value_name = "FILE")]
    pub sqlite: Option<PathBuf>,
    /// Also write reports.csv, sections.csv and facts.csv into this directory.
    #[arg(long, value_name = "DIR")]
    pub csv: Option<PathBuf>,
    /// No progress bar and no summary line; errors and warnings are still printed.
    #[arg(short, long)]
    pub quiet: bool,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Refuse inputs larger than this (bytes, or with a K, M or G suffix: 64M).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_bytes: u64,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One record per line.
    Jsonl,
    /// A pretty-printed JSON array of records.
    Json,
}

/// Run a parsed command line; returns the exit status.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Schema => {
            print!("{}", validate::SCHEMA_JSON);
            EXIT_OK
        }
        Command::Validate { file } => validate_file(&file),
        Command::Diff(args) => diff(&args),
        Command::Review(args) => review(&args),
    }
}

fn extract(args: ExtractArgs) -> u8 {
    let forced_encoding = match args.encoding.as_deref().map(encoding_for_label).transpose() {
        Ok(e) => e,
        Err(kind) => {
            eprintln!("gongwen: {}", Error::general(kind));
            return EXIT_USAGE;
        }
    };
    if let Some(dict) = &args.dict
        && let Err(e) = crate::segment::init(Some(dict))
    {
        eprintln!("gongwen: {e}");
        return EXIT_USAGE;
    }
    // The segmenter's dictionary (~0.1 s) and the compiled schema are built once per process,
    // on first use. Building them on a thread of their own from the start lets the first
    // documents be read, decoded and scanned for facts meanwhile, instead of a worker
    // stopping at its first segmentation to build them: start to first record drops by the
    // overlap. The thread does no per-document work; it ends when both are built.
    std::thread::spawn(|| {
        crate::segment::segmenter();
        validate::prepare();
    });
    if args.jobs == Some(0) {
        eprintln!("gongwen: --jobs must be at least 1");
        return EXIT_USAGE;
    }
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gongwen: cannot start worker threads: {e}");
            return EXIT_SOME_FAILED;
        }
    };
    let listing = ingest::list(&args.inputs);
    for e in &listing.errors {
        eprintln!("gongwen: {e}");
    }
    for (p, why) in &listing.not_selected {
        eprintln!(
            "gongwen: {}: not selected ({why}); name it explicitly to read it",
            p.display()
        );
    }

    let mut sink = match OutputSink::open(args.output.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gongwen: {e}");
            return EXIT_SOME_FAILED;
        }
    };
    let mut sinks = match Sinks::open(args.sqlite.as_deref(), args.csv.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gongwen: {e}");
            return EXIT_SOME_FAILED;
        }
    };
    let pretty = args.format == Format::Json;
    let mut progress = Progress::start(&listing.inputs, args.quiet || args.no_progress);
    let options = Options {
        forced_encoding,
        include_text: args.with_text,
        max_bytes: args.max_bytes,
    };
    let mut summary = Summary {
        listed_errors: listing.errors.len(),
        not_selected: listing.not_selected.len(),
        ..Summary::default()
    };
    let mut write_error: Option<io::Error> = None;
    if pretty {
        write_error = sink.writer().write_all(b"[\n").err();
    }
    // How far workers may run ahead of the writer. Reports differ in size by 100x; with a
    // window of 4 per thread, one worker on a long national report let the other run out of
    // window and idle (1.65 of 2 CPUs busy at --jobs 2); 16 keeps both busy (1.85-1.9) and
    // still bounds memory by a few dozen documents.
    let window = pool.current_num_threads() * 16;
    let work = |input: &ingest::Input| pipeline::process(input, &options);
    batch::run(&pool, &listing.inputs, window, work, |_, outcome| {
        match outcome {
            Outcome::Record {
                record,
                json,
                degraded,
            } => {
                for w in &degraded {
                    eprintln!("gongwen: {w}");
                }
                summary.degraded += usize::from(!degraded.is_empty());
                if write_error.is_none() {
                    let first = summary.ok == 0;
                    write_error = write_record(sink.writer(), &record, &json, pretty, first).err();
                }
                for e in sinks.write(&record) {
                    eprintln!("gongwen: {e}");
                    summary.sinks_failed += 1;
                }
                summary.ok += 1;
            }
            Outcome::Failed(e) => {
                eprintln!("gongwen: {e}");
                summary.failed += 1;
            }
        }
        if let Some(p) = &mut progress {
            p.advance();
        }
    });
    if let Some(p) = progress {
        p.finish();
    }
    for e in sinks.finish() {
        eprintln!("gongwen: {e}");
        summary.sinks_failed += 1;
    }
    if pretty && write_error.is_none() {
        write_error = sink.writer().write_all(b"\n]\n").err();
    }
    let finished = match write_error {
        Some(e) => Err(e),
        None => sink.finish(),
    };
    if let Err(e) = finished {
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        if e.kind() == io::ErrorKind::BrokenPipe {
            return EXIT_OK;
        }
        eprintln!("gongwen: {}", Error::general(ErrorKind::Output(e)));
        return EXIT_SOME_FAILED;
    }
    if !args.quiet {
        eprintln!("gongwen: {summary}");
    }
    if summary.is_clean() {
        EXIT_OK
    } else {
        EXIT_SOME_FAILED
    }
}

/// Write one record: its validated compact line as it is (JSON Lines), or, for the JSON-array
/// format, the record pretty-printed with the separator `first` says whether it needs.
fn write_record(
    out: &mut dyn Write,
    record: &Record,
    line: &[u8],
    pretty: bool,
    first: bool,
) -> io::Result<()> {
    if pretty {
        if !first {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer_pretty(&mut *out, record)?;
    } else {
        out.write_all(line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn diff(args: &DiffArgs) -> u8 {
    let d = match crate::diff::diff_files(&args.old, &args.new) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("gongwen: {e}");
            return EXIT_USAGE;
        }
    };
    let shown = if args.json {
        serde_json::to_string_pretty(&d).map(|s| s + "\n")
    } else {
        Ok(d.to_string())
    };
    match shown.map(|s| io::stdout().lock().write_all(s.as_bytes())) {
        Ok(Ok(())) => {}
        Ok(Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Ok(Err(e)) => eprintln!("gongwen: {}", Error::general(ErrorKind::Output(e))),
        Err(e) => eprintln!("gongwen: cannot print the diff: {e}"),
    }
    if args.check && !d.is_empty() {
        EXIT_SOME_FAILED
    } else {
        EXIT_OK
    }
}

fn review(args: &ReviewArgs) -> u8 {
    let forced_encoding = match args.encoding.as_deref().map(encoding_for_label).transpose() {
        Ok(e) => e,
        Err(kind) => {
            eprintln!("gongwen: {}", Error::general(kind));
            return EXIT_USAGE;
        }
    };
    let input = if args.input.as_os_str() == "-" {
        ingest::Input::Stdin
    } else {
        ingest::Input::File(args.input.clone())
    };
    let path = input.display_path().display().to_string();
    let page = input.read(Options::default().max_bytes).and_then(|bytes| {
        crate::review::review(
            &path,
            &bytes,
            &Options {
                forced_encoding,
                include_text: true,
                ..Options::default()
            },
        )
    });
    let written = page.and_then(|page| {
        let mut sink = OutputSink::open(args.output.as_deref())?;
        sink.writer()
            .write_all(page.as_bytes())
            .and_then(|()| sink.finish())
            .map_err(|e| {
                let target = args.output.as_deref().unwrap_or(Path::new("-"));
                Error::at(target, ErrorKind::Output(e))
            })
    });
    match written {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("gongwen: {e}");
            EXIT_SOME_FAILED
        }
    }
}

/// Parse a size for `--max-bytes`: bytes, or a number with a binary K, M or G suffix.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, shift) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 10),
        Some((i, 'm' | 'M')) => (&s[..i], 20),
        Some((i, 'g' | 'G')) => (&s[..i], 30),
        _ => (s, 0),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a size (bytes, or a number with K, M or G)"))
}

/// Counts for the closing summary line.
#[derive(Debug, Default)]
struct Summary {
    ok: usize,
    failed: usize,
    listed_errors: usize,
    /// Records written with a warning that they are not a faithful copy of their file.
    degraded: usize,
    /// Files a directory walk left out by rule (not report files); they are named on stderr
    /// but do not make the run fail.
    not_selected: usize,
    /// Sinks (database, CSV) that failed; each was named on stderr.
    sinks_failed: usize,
}

impl Summary {
    fn is_clean(&self) -> bool {
        self.failed == 0 && self.listed_errors == 0 && self.degraded == 0 && self.sinks_failed == 0
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} record(s) written, {} input(s) failed, {} record(s) with warnings, {} file(s) not selected",
            self.ok,
            self.failed + self.listed_errors,
            self.degraded,
            self.not_selected
        )
    }
}

/// The temporary file `--output` is being written to, for [`on_interrupt`] to remove.
static PENDING_OUTPUT: Mutex<Option<PathBuf>> = Mutex::new(None);

fn pending_output() -> MutexGuard<'static, Option<PathBuf>> {
    PENDING_OUTPUT
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

/// Ctrl-C (or SIGTERM) while writing `--output`: remove the temporary file and stop with the
/// shell's status for an interrupt. The target keeps what it had — the previous complete file,
/// or nothing — because only a finished run renames its temporary file onto it; the lock is
/// held to the end, so a rename in progress either completed before or never starts.
fn on_interrupt() {
    let mut pending = pending_output();
    if let Some(tmp) = pending.take() {
        let _ = fs::remove_file(tmp);
    }
    eprintln!("gongwen: interrupted; the output file was not changed");
    std::process::exit(130);
}

/// Stdout, or a temporary file next to the target that is renamed into place at the end, so a
/// crash never leaves half a file, and an interrupt leaves no temporary file either. A target
/// that exists and is not a regular file (`/dev/null`, a FIFO, `/dev/stdout`) is written in
/// place: renaming over it would replace the device.
enum OutputSink {
    Stdout(io::BufWriter<io::Stdout>),
    Device(io::BufWriter<fs::File>),
    File {
        tmp: io::BufWriter<tempfile::NamedTempFile>,
        target: PathBuf,
    },
}

impl OutputSink {
    fn open(target: Option<&Path>) -> Result<Self, Error> {
        let Some(target) = target else {
            return Ok(OutputSink::Stdout(io::BufWriter::new(io::stdout())));
        };
        if fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let device = fs::OpenOptions::new()
                .write(true)
                .open(target)
                .map_err(|e| Error::at(target, ErrorKind::Output(e)))?;
            return Ok(OutputSink::Device(io::BufWriter::new(device)));
        }
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if target.is_dir() {
            return Err(Error::at(
                target,
                ErrorKind::Output(io::Error::other("it is a directory; name a file to write")),
            ));
        }
        let tmp =
            crate::sink::staging_file(&dir).map_err(|e| Error::at(target, ErrorKind::Output(e)))?;
        *pending_output() = Some(tmp.path().to_path_buf());
        if let Err(e) = ctrlc::set_handler(on_interrupt) {
            // Still safe: the target is only ever replaced whole. An interrupt would leave the
            // temporary file (a hidden .tmp name, never the target's) behind.
            eprintln!("gongwen: cannot watch for Ctrl-C ({e}); an interrupt may leave a .tmp file");
        }
        Ok(OutputSink::File {
            tmp: io::BufWriter::new(tmp),
            target: target.to_path_buf(),
        })
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            OutputSink::Stdout(w) => w,
            OutputSink::Device(w) => w,
            OutputSink::File { tmp, .. } => tmp,
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            OutputSink::Stdout(mut w) => w.flush(),
            OutputSink::Device(mut w) => w.flush(),
            OutputSink::File { tmp, target } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                let mut pending = pending_output();
                let persisted = tmp.persist(&target).map(|_| ()).map_err(|e| e.error);
                *pending = None;
                persisted
            }
        }
    }
}

fn validate_file(file: &Path) -> u8 {
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        match fs::File::open(file) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("gongwen: {}", Error::at(file, ErrorKind::Io(e)));
                return EXIT_SOME_FAILED;
            }
        }
    };
    let (mut good, mut bad) = (0usize, 0usize);
    for (n, line) in reader.lines().enumerate() {
        let lineno = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{}:{lineno}: cannot read: {e}", file.display());
                bad += 1;
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{}:{lineno}: not JSON: {e}", file.display());
                bad += 1;
                continue;
            }
        };
        let violations = validate::validate(&value);
        if violations.is_empty() {
            good += 1;
        } else {
            bad += 1;
            for v in violations {
                eprintln!("{}:{lineno}: {v}", file.display());
            }
        }
    }
    eprintln!("gongwen: {good} valid record(s), {bad} invalid");
    if bad == 0 { EXIT_OK } else { EXIT_SOME_FAILED }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("4K"), Ok(4096));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}
