//! The pipeline: one document from bytes to a validated record, and a batch of documents in
//! parallel with results written in input order.
//!
//! ```text
//! ingest → decode → normalize → chrome → structure → metadata → facts → record → validate → emit
//!          ╰ html: a page becomes its report text first     tables → one fact per numeric cell
//! ```
//!
//! [`process`] takes one input to a validated, serialized record; [`crate::batch`] runs it on a
//! worker pool and hands records to the writer in input order, so the bytes are identical
//! whatever the thread count.

use encoding_rs::Encoding;
use sha2::{Digest, Sha256};

use crate::chrome;
use crate::decode;
use crate::entities;
use crate::error::{Error, ErrorKind};
use crate::facts::{self, FactInput};
use crate::html;
use crate::ingest::Input;
use crate::meaning::{self, MeaningInput};
use crate::metadata::{DateRef, MetaInput, Metadata};
use crate::normalize::normalize;
use crate::record::{
    FactRecord, HtmlInfo, Link, Record, SCHEMA_VERSION, SourceInfo, Stats, Warning,
};
use crate::segment;
use crate::span::{IndexedText, Span};
use crate::structure::{self, read_marker};
use crate::table;
use crate::validate;

/// Options that change what a record contains.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Decode every input with this encoding instead of detecting one.
    pub forced_encoding: Option<&'static Encoding>,
    /// Put the decoded text in plain-text records too (HTML records always carry theirs).
    pub include_text: bool,
    /// Refuse inputs larger than this many bytes (`--max-bytes`).
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            forced_encoding: None,
            include_text: false,
            max_bytes: crate::ingest::DEFAULT_MAX_BYTES,
        }
    }
}

/// Warning codes that mean a record is not a faithful copy of its file: text was replaced or
/// guessed, or the name shown is not the file's real name. They are repeated on stderr and
/// make the run's exit status 1; the others (no sections found) only describe the report.
pub const DEGRADED: &[&str] = &["lossy_decode", "nul_bytes", "mixed_encoding", "lossy_path"];

/// Extract one document. `path` is only used for the record and messages; it also says
/// whether the input is an HTML page (by its extension, or else by its content).
pub fn extract(path: &str, bytes: &[u8], options: &Options) -> Result<Record, Error> {
    let input = if html::is_html(path, bytes) {
        Prepared::page(html::read(bytes, options.forced_encoding).map_err(|k| Error::at(path, k))?)
    } else {
        Prepared::plain(
            decode::decode(bytes, options.forced_encoding).map_err(|k| Error::at(path, k))?,
            options.include_text,
        )
    };
    Ok(build(path, bytes, input))
}

/// The text the stages run on, how it was decoded, and what the HTML stage found.
struct Prepared {
    text: String,
    encoding: &'static str,
    encoding_source: decode::EncodingSource,
    replacements: usize,
    /// NUL bytes decoded as U+FFFD (see [`decode::Decoded::nul_chars`]).
    nul_chars: usize,
    /// Lines of each encoding when the file mixes them.
    mixed: Option<decode::MixedLines>,
    keep_text: bool,
    page: Option<html::Page>,
}

impl Prepared {
    fn plain(d: decode::Decoded, keep_text: bool) -> Self {
        Prepared {
            text: d.text,
            encoding: d.encoding,
            encoding_source: d.source,
            replacements: d.replacements,
            nul_chars: d.nul_chars,
            mixed: d.mixed,
            keep_text,
            page: None,
        }
    }

    fn page(mut page: html::Page) -> Self {
        Prepared {
            text: std::mem::take(&mut page.text),
            encoding: page.encoding,
            encoding_source: page.encoding_source,
            replacements: page.replacements,
            nul_chars: 0,
            mixed: None,
            keep_text: true,
            page: Some(page),
        }
    }
}

fn build(path: &str, bytes: &[u8], input: Prepared) -> Record {
    let source = IndexedText::new(input.text);
    let norm = IndexedText::new(normalize(source.as_str()));
    debug_assert_eq!(source.char_len(), norm.char_len());

    let lines = source.lines();
    let norm_lines: Vec<&str> = lines.iter().map(|&l| norm.slice(l)).collect();
    let page = chrome::detect(&norm_lines, &lines);
    let body_lines: Vec<Span> = lines
        .iter()
        .copied()
        .filter(|&l| !page.is_chrome(l))
        .collect();
    // All lines, not only body lines: a table's heading row repeated over several tables
    // looks like a running page header to the chrome stage.
    let tables = table::find_all(
        &source,
        &norm,
        &lines,
        input.page.as_ref().map_or(&[][..], |p| &p.tables),
    );
    let table_spans: Vec<Span> = tables.iter().map(|t| t.span).collect();
    let structure = structure::build_around_tables(&source, &norm, &body_lines, &table_spans);
    let mut metadata = Metadata::read(&MetaInput {
        source: &source,
        norm: &norm,
        body_lines: &body_lines,
        structure: &structure,
        page: &page.meta,
    });

    let ranges: Vec<Span> = fact_ranges(&norm, &body_lines)
        .into_iter()
        .filter(|r| !table_spans.iter().any(|t| t.contains(*r)))
        .collect();
    let extraction = facts::extract(&FactInput {
        source: source.as_str(),
        norm: norm.as_str(),
        ranges: &ranges,
        report_year: metadata.report_year,
    });
    let date_refs: Vec<DateRef> = extraction
        .dates
        .iter()
        .map(|d| DateRef {
            span: d.span,
            value: &d.value,
        })
        .collect();
    metadata.settle_date(&date_refs);

    // Segmented once; labels and entities both read these words.
    let words = segment::tag_ranges(&norm, &ranges);
    let meanings = meaning::annotate(&MeaningInput {
        source: &source,
        norm: &norm,
        structure: &structure,
        facts: &extraction.facts,
        dates: &extraction.dates,
        report_year: metadata.report_year,
        words: &words,
    });
    let cell_facts = tables
        .iter()
        .flat_map(|t| table::facts::table_facts(t, &source))
        .collect();
    let merged = table::facts::merge(
        extraction.facts.into_iter().zip(meanings).collect(),
        cell_facts,
    );
    let facts: Vec<FactRecord> = merged
        .into_iter()
        .enumerate()
        .map(|(i, (f, m, cell))| FactRecord {
            id: format!("f{}", i + 1),
            section: structure.section_at(f.span.start).map(|s| s.id.clone()),
            sentence: structure.sentence_at(f.span.start),
            text: f.text,
            span: f.span,
            value: f.value,
            value_text: f.value_text,
            high: f.high,
            high_text: f.high_text,
            unit: f.unit,
            unit_text: f.unit_text,
            kind: f.kind,
            approx: f.approx,
            label: m.label,
            label_source: m.label_source,
            label_confidence: m.label_confidence,
            clause: m.clause,
            clause_text: m.clause_text,
            role: m.role,
            direction: m.direction,
            base: m.base,
            period: m.period,
            period_text: m.period_text,
            links: m
                .links
                .into_iter()
                .map(|(rel, j)| Link {
                    rel,
                    fact: format!("f{}", j + 1),
                })
                .collect(),
            cell,
        })
        .collect();
    let dates = extraction.dates;

    let mut warnings = Vec::new();
    if input.replacements > 0 {
        warnings.push(Warning {
            code: "lossy_decode",
            message: format!(
                "decoding as {} needed {} replacement character(s); the affected text is marked U+FFFD",
                input.encoding, input.replacements
            ),
            span: None,
        });
    }
    if let Some(m) = input.page.as_ref().and_then(|p| p.mismatch.as_ref()) {
        warnings.push(Warning {
            code: "charset_mismatch",
            message: format!(
                "the page declares {} but its bytes are {}; decoded as {}",
                m.declared, m.used, m.used
            ),
            span: None,
        });
    }
    if input.nul_chars > 0 {
        warnings.push(Warning {
            code: "nul_bytes",
            message: format!(
                "{} NUL byte(s) in the text, each replaced by U+FFFD",
                input.nul_chars
            ),
            span: None,
        });
    }
    if let Some(m) = input.mixed {
        warnings.push(Warning {
            code: "mixed_encoding",
            message: format!(
                "the file mixes encodings: {} line(s) are UTF-8 and {} line(s) are not; those \
                 were decoded as {}, each line in its own encoding",
                m.utf8, m.legacy, input.encoding
            ),
            span: None,
        });
    }
    let repeats = page
        .lines
        .iter()
        .filter(|c| c.reason == crate::chrome::ChromeReason::RepeatedParagraph)
        .count();
    if repeats > 0 {
        warnings.push(Warning {
            code: "repeated_paragraphs",
            message: format!(
                "{repeats} paragraph(s) repeat earlier ones word for word; the repeats are left out \
                 (listed as chrome) so their numbers are not counted twice"
            ),
            span: None,
        });
    }
    if structure.sections.is_empty() {
        warnings.push(Warning {
            code: "no_sections",
            message: "no GB/T 9704 heading found; the report has no section tree".into(),
            span: None,
        });
    }

    let stats = Stats {
        lines: lines.len(),
        boilerplate_lines: page.lines.len(),
        paragraphs: structure.paragraphs.len(),
        sentences: structure.sentences.len(),
        sections: structure.sections.len(),
        facts: facts.len(),
        dates: dates.len(),
    };
    let sha256 = hex(&Sha256::digest(bytes));
    let entities = entities::extract(&source, &norm, &ranges, &words);
    let html = input.page.map(|p| HtmlInfo {
        title: p.title,
        paragraphs: p.paragraphs,
        boilerplate: p.dropped,
    });
    Record {
        schema_version: SCHEMA_VERSION,
        doc_id: sha256[..16].to_string(),
        source: SourceInfo {
            path: path.to_string(),
            bytes: bytes.len() as u64,
            sha256,
            encoding: input.encoding,
            encoding_source: input.encoding_source,
            lossy: input.replacements + input.nul_chars > 0,
            replacements: input.replacements + input.nul_chars,
            chars: source.char_len(),
        },
        text: input.keep_text.then(|| source.as_str().to_string()),
        html,
        metadata,
        entities,
        sections: structure.sections,
        facts,
        dates,
        tables,
        boilerplate: page.lines,
        warnings,
        stats,
    }
}

/// The stretches the facts stage scans: body lines, with a heading's marker cut off the front
/// (a marker's number is a position in the outline, not a quantity).
fn fact_ranges(norm: &IndexedText, body_lines: &[Span]) -> Vec<Span> {
    body_lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|&l| {
            let text = norm.slice(l);
            let indent = text.chars().take_while(|c| c.is_whitespace()).count();
            let skip = read_marker(text.trim_start()).map_or(0, |m| m.len);
            Span::new((l.start + indent + skip).min(l.end), l.end)
        })
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Serialize a record and check it against the schema. A record that fails is an error,
/// never output.
pub fn to_validated_json(record: &Record) -> Result<serde_json::Value, Error> {
    let value = serde_json::to_value(record).map_err(|e| {
        Error::at(
            &record.source.path,
            ErrorKind::Schema {
                violations: vec![format!("cannot serialize: {e}")],
            },
        )
    })?;
    let violations = validate::validate(&value);
    if violations.is_empty() {
        Ok(value)
    } else {
        Err(Error::at(
            &record.source.path,
            ErrorKind::Schema {
                violations: violations.iter().map(ToString::to_string).collect(),
            },
        ))
    }
}

/// Validate a record, then serialize it as one line of compact JSON (without the newline).
///
/// The bytes are written from the record itself, not from the value tree that was validated,
/// so the tree can be freed as soon as it is checked. Both come from the same `Serialize` impl
/// (field order is kept by serde_json's `preserve_order`), so they are the same JSON; the test
/// `the_line_written_is_the_tree_validated` below parses the bytes back and compares.
pub fn to_validated_line(record: &Record) -> Result<Vec<u8>, Error> {
    to_validated_json(record)?;
    let mut line = Vec::with_capacity(4096);
    serde_json::to_writer(&mut line, record).map_err(|e| {
        Error::at(
            &record.source.path,
            ErrorKind::Schema {
                violations: vec![format!("cannot serialize: {e}")],
            },
        )
    })?;
    Ok(line)
}

/// What happened to one input in a batch.
#[derive(Debug)]
pub enum Outcome {
    /// A validated record, and the messages of its [`DEGRADED`] warnings.
    Record {
        /// The record, for the sinks.
        record: Box<Record>,
        /// The same record as one line of compact JSON, validated ([`to_validated_line`]).
        json: Vec<u8>,
        /// `path: warning: message` for each degrading warning, to repeat on stderr.
        degraded: Vec<String>,
    },
    /// The input could not be turned into a record.
    Failed(Error),
}

/// Read and extract one input.
///
/// A panic inside the stages is a bug, but one bad file must not take the batch down with it:
/// it is caught here and reported as that input's failure (the panic message itself has
/// already gone to stderr through the panic hook).
pub fn process(input: &Input, options: &Options) -> Outcome {
    let shown = input.display_path();
    // A file name that is not UTF-8 (Linux allows any bytes) cannot go into JSON as it is; it
    // is shown with U+FFFD for the bad bytes, and the record says so.
    let path = shown.to_string_lossy().into_owned();
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        process_path(input, &path, shown.to_str().is_none(), options)
    }));
    attempt.unwrap_or_else(|_| Outcome::Failed(Error::at(&path, ErrorKind::Internal)))
}

fn process_path(input: &Input, path: &str, lossy_name: bool, options: &Options) -> Outcome {
    let result = input
        .read(options.max_bytes)
        .and_then(|bytes| extract(path, &bytes, options))
        .and_then(|mut record| {
            if lossy_name {
                record.warnings.push(Warning {
                    code: "lossy_path",
                    message: "the file name is not valid UTF-8; source.path shows it with \
                              U+FFFD in place of the bytes that are not"
                        .into(),
                    span: None,
                });
            }
            let degraded = record
                .warnings
                .iter()
                .filter(|w| DEGRADED.contains(&w.code))
                .map(|w| format!("{path}: warning: {}", w.message))
                .collect();
            to_validated_line(&record).map(|json| Outcome::Record {
                record: Box::new(record),
                json,
                degraded,
            })
        });
    result.unwrap_or_else(Outcome::Failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_numbers_are_not_facts() {
        let text = "一、总则\n1、成立党支部18个。\n(2)5个项目完工。\n";
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        let facts: Vec<&str> = r.facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(facts, vec!["18个", "5个"]);
    }

    #[test]
    fn facts_know_their_section_and_sentence() {
        let text = "一、总则\n（一）党建\n成立党支部18个。建立专班4个。\n";
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        assert_eq!(r.facts[1].section.as_deref(), Some("1.1"));
        let s = r.facts[1].sentence.unwrap();
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[s.start..s.end].iter().collect::<String>(),
            "建立专班4个。"
        );
    }

    #[test]
    fn chrome_is_neither_section_nor_fact() {
        let body: String = (1..=8).map(|i| format!("第{i}段正文共{i}件。\n")).collect();
        let text = format!("下载\n打印\n一、总则\n{body}留言咨询\n纠错\n1.错误类:*\n");
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        assert_eq!(r.sections.len(), 1);
        assert_eq!(r.boilerplate.len(), 5);
        assert_eq!(r.facts.len(), 8);
        assert!(r.facts.iter().all(|f| f.text.ends_with('件')));
    }

    #[test]
    fn the_line_written_is_the_tree_validated() {
        // Written from the struct, validated as a tree: they must be the same JSON, field
        // order included.
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus/seed/zhijiangxilu-2022-rule-of-law.txt");
        let Outcome::Record { record, json, .. } = process(&Input::File(path), &Options::default())
        else {
            panic!("the seed report must extract");
        };
        let tree = to_validated_json(&record).unwrap();
        let line: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(line, tree);
        assert_eq!(json, serde_json::to_vec(&tree).unwrap());
        assert!(!json.contains(&b'\n'));
    }

    #[test]
    fn a_record_that_breaks_the_schema_is_an_error() {
        let mut r = extract("t.txt", "共5件。".as_bytes(), &Options::default()).unwrap();
        r.doc_id = "not hex".into();
        let e = to_validated_json(&r).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.txt: record fails the schema: at /doc_id"),
            "{e}"
        );
    }
}
