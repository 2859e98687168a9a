//! The CSV sink: `reports.csv`, `sections.csv` and `facts.csv` for spreadsheet programs.
//!
//! Written with the `csv` crate in RFC 4180 form (comma-separated, CRLF line ends, a field
//! quoted when it holds a comma, quote or line break, quotes doubled), in UTF-8 with a
//! byte-order mark: without it Excel reads the file in the machine's legacy code page and
//! shows the Chinese as mojibake.
//!
//! Formula injection: a report is untrusted text, and a cell starting with `=`, `+`, `-`, `@`,
//! a tab or a carriage return is run as a formula by spreadsheet programs. Such a cell gets a
//! leading `'` (which spreadsheets read as "text follows"), unless the whole cell is a plain
//! number such as `-3.5`, which no spreadsheet reads as a formula.
//!
//! Each table is written to a temporary file in the target directory and renamed into place
//! when the batch finishes, so a run that stops half-way leaves no half table behind.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::{Sink, code, staging_file};
use crate::error::{Error, ErrorKind};
use crate::record::{Record, section_path};

/// The byte-order mark that tells spreadsheet programs the file is UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

const REPORT_HEADER: &[&str] = &[
    "doc_id",
    "path",
    "title",
    "doc_type",
    "issuer",
    "speaker",
    "speaker_role",
    "date",
    "report_year",
    "region",
    "meeting",
    "outlet",
    "published",
    "encoding",
    "lossy",
    "sections",
    "facts",
    "dates",
];

const SECTION_HEADER: &[&str] = &[
    "doc_id",
    "report_title",
    "report_year",
    "section",
    "parent",
    "level",
    "marker",
    "title",
    "section_path",
    "start",
    "end",
];

const FACT_HEADER: &[&str] = &[
    "doc_id",
    "report_title",
    "report_year",
    "fact",
    "section",
    "section_path",
    "label",
    "label_source",
    "label_confidence",
    "value",
    "high",
    "unit",
    "approx",
    "kind",
    "role",
    "direction",
    "base",
    "period",
    "text",
    "clause",
    "start",
    "end",
];

/// One table being written.
struct Table {
    writer: ::csv::Writer<BufWriter<NamedTempFile>>,
    target: PathBuf,
}

impl Table {
    fn create(dir: &Path, name: &str, header: &[&str]) -> Result<Self, Error> {
        let target = dir.join(name);
        let fail = |e: io::Error| Error::at(&target, ErrorKind::Output(e));
        let mut file = BufWriter::new(staging_file(dir).map_err(fail)?);
        file.write_all(BOM).map_err(fail)?;
        let mut table = Table {
            writer: ::csv::WriterBuilder::new()
                .terminator(::csv::Terminator::CRLF)
                .from_writer(file),
            target: target.clone(),
        };
        table.row(header.iter().map(|s| Cow::Borrowed(*s)))?;
        Ok(table)
    }

    fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cow<'a, str>>) -> Result<(), Error> {
        let cells = cells.into_iter().map(|c| neutralize(&c).into_owned());
        self.writer
            .write_record(cells)
            .map_err(|e| Error::at(&self.target, ErrorKind::Output(e.into())))
    }

    fn finish(self) -> Result<(), Error> {
        let target = self.target;
        let fail = |e: io::Error| Error::at(&target, ErrorKind::Output(e));
        let file = self
            .writer
            .into_inner()
            .map_err(|e| fail(io::Error::other(e.to_string())))?
            .into_inner()
            .map_err(|e| fail(e.into_error()))?;
        file.as_file().sync_all().map_err(fail)?;
        file.persist(&target).map_err(|e| fail(e.error))?;
        Ok(())
    }
}

/// Writes the three tables into a directory.
pub struct CsvSink {
    reports: Table,
    sections: Table,
    facts: Table,
}

impl CsvSink {
    /// Create `dir` if needed and start the three tables in it.
    pub fn create(dir: &Path) -> Result<Self, Error> {
        fs::create_dir_all(dir).map_err(|e| Error::at(dir, ErrorKind::Output(e)))?;
        Ok(CsvSink {
            reports: Table::create(dir, "reports.csv", REPORT_HEADER)?,
            sections: Table::create(dir, "sections.csv", SECTION_HEADER)?,
            facts: Table::create(dir, "facts.csv", FACT_HEADER)?,
        })
    }
}

/// An optional text as a cell: empty when absent.
fn opt(s: &Option<String>) -> Cow<'_, str> {
    Cow::Borrowed(s.as_deref().unwrap_or(""))
}

fn num(n: impl ToString) -> Cow<'static, str> {
    Cow::Owned(n.to_string())
}

impl Sink for CsvSink {
    fn write(&mut self, r: &Record) -> Result<(), Error> {
        let m = &r.metadata;
        let title = opt(&m.title);
        let year = m.report_year.map(num).unwrap_or_default();
        self.reports.row([
            Cow::Borrowed(r.doc_id.as_str()),
            Cow::Borrowed(r.source.path.as_str()),
            title.clone(),
            opt(&m.doc_type),
            opt(&m.issuer),
            opt(&m.speaker),
            opt(&m.speaker_role),
            opt(&m.date),
            year.clone(),
            opt(&m.region),
            opt(&m.meeting),
            opt(&m.outlet),
            opt(&m.published),
            Cow::Borrowed(r.source.encoding),
            num(r.source.lossy),
            num(r.sections.len()),
            num(r.facts.len()),
            num(r.dates.len()),
        ])?;

        let paths: HashMap<&str, String> = r
            .sections
            .iter()
            .map(|s| (s.id.as_str(), section_path(&r.sections, &s.id)))
            .collect();
        let path_of = |id: Option<&str>| -> Cow<'_, str> {
            id.and_then(|id| paths.get(id))
                .map_or(Cow::Borrowed(""), |p| Cow::Borrowed(p.as_str()))
        };
        for s in &r.sections {
            self.sections.row([
                Cow::Borrowed(r.doc_id.as_str()),
                title.clone(),
                year.clone(),
                Cow::Borrowed(s.id.as_str()),
                opt(&s.parent),
                num(s.level),
                Cow::Borrowed(s.marker.as_str()),
                Cow::Borrowed(s.title.as_str()),
                path_of(Some(&s.id)),
                num(s.span.start),
                num(s.span.end),
            ])?;
        }
        for f in &r.facts {
            self.facts.row([
                Cow::Borrowed(r.doc_id.as_str()),
                title.clone(),
                year.clone(),
                Cow::Borrowed(f.id.as_str()),
                opt(&f.section),
                path_of(f.section.as_deref()),
                opt(&f.label),
                f.label_source
                    .as_ref()
                    .map_or(Cow::Borrowed(""), |s| Cow::Owned(code(s))),
                f.label_confidence
                    .map_or(Cow::Borrowed(""), |c| Cow::Owned(format!("{c:.2}"))),
                Cow::Borrowed(f.value_text.as_str()),
                opt(&f.high_text),
                opt(&f.unit),
                Cow::Owned(code(&f.approx)),
                Cow::Owned(code(&f.kind)),
                Cow::Owned(code(&f.role)),
                f.direction
                    .as_ref()
                    .map_or(Cow::Borrowed(""), |d| Cow::Owned(code(d))),
                opt(&f.base),
                opt(&f.period),
                Cow::Borrowed(f.text.as_str()),
                Cow::Borrowed(f.clause_text.as_str()),
                num(f.span.start),
                num(f.span.end),
            ])?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<(), Error> {
        let CsvSink {
            reports,
            sections,
            facts,
        } = *self;
        reports.finish()?;
        sections.finish()?;
        facts.finish()
    }
}

/// The cell as written to the file: a cell a spreadsheet would run as a formula gets a
/// leading `'`.
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    let risky = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `-12`, `3.5`, `-0.25`: an optional minus, digits, an optional fraction.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, extract};

    #[test]
    fn formula_cells_are_neutralized_and_numbers_kept() {
        for risky in [
            "=1+1",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"x\")",
        ] {
            assert_eq!(neutralize(risky), format!("'{risky}"), "{risky:?}");
        }
        for safe in ["-3.5", "-12", "5.4", "增长5%", "", "a=b", "-", "-.5"] {
            let expected = if safe == "-" || safe == "-.5" {
                format!("'{safe}")
            } else {
                safe.to_string()
            };
            assert_eq!(neutralize(safe), expected, "{safe:?}");
        }
    }

    #[test]
    fn tables_are_bom_utf8_rfc4180() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("csv");
        let text = "一、总则\n成立党支部18个，建成\"智慧\"平台3个。\n";
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        let mut sink = Box::new(CsvSink::create(&out).unwrap());
        // Nothing is visible until the batch finishes.
        sink.write(&r).unwrap();
        assert!(!out.join("facts.csv").exists());
        sink.finish().unwrap();
        let bytes = fs::read(out.join("facts.csv")).unwrap();
        assert!(bytes.starts_with(BOM));
        let body = std::str::from_utf8(&bytes[BOM.len()..]).unwrap();
        assert!(body.starts_with("doc_id,report_title,"));
        assert_eq!(body.matches("\r\n").count(), 1 + r.facts.len());
        // Quotes inside a cell are doubled and the cell quoted.
        assert!(body.contains(",\"建成\"\"智慧\"\"平台3个\","), "{body}");
        let mut rows = ::csv::Reader::from_reader(body.as_bytes());
        let parsed: Vec<::csv::StringRecord> = rows.records().map(Result::unwrap).collect();
        assert_eq!(parsed.len(), r.facts.len());
        assert_eq!(&parsed[0][6], "党支部");
        assert_eq!(&parsed[0][7], "clause");
        let confidence = r.facts[0].label_confidence.expect("a labelled fact");
        assert_eq!(parsed[0][8], format!("{confidence:.2}"));
        assert_eq!(&parsed[0][9], "18");
        assert_eq!(&parsed[0][5], "总则");
    }
}
