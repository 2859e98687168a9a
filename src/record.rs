//! The output record: serde types that mirror `schemas/report.schema.json`.
//!
//! The schema is the contract and the validator checks every record against it before it is
//! written; these types only make the common case easy to get right.

use serde::Serialize;

use crate::chrome::Chrome;
use crate::decode::EncodingSource;
use crate::facts::{Approx, DateMention, Kind};
use crate::html::{Dropped, Paragraph};
pub use crate::meaning::{Direction, LabelSource, LinkRel, Role};
use crate::metadata::Metadata;
use crate::span::{IndexedText, Span};
use crate::structure::Section;
use crate::table::Table;
use crate::table::facts::CellRef;

/// Version of the schema the records follow: the major number is bumped on any incompatible
/// change, the minor one when optional fields are added.
pub const SCHEMA_VERSION: &str = "1.3.0";

/// One report, fully extracted.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// [`SCHEMA_VERSION`].
    pub schema_version: &'static str,
    /// Stable id: the first 16 hex digits of the source bytes' SHA-256.
    pub doc_id: String,
    /// Facts about the input file.
    pub source: SourceInfo,
    /// The text every span points into: for an HTML page the text extracted from it (always
    /// present), for plain text the decoded text (present with `--with-text`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What the HTML stage did with a page; absent for plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<HtmlInfo>,
    /// Title, issuer, date …
    pub metadata: Metadata,
    /// The section tree, flattened in text order.
    pub sections: Vec<Section>,
    /// Every numeric fact.
    pub facts: Vec<FactRecord>,
    /// Every date.
    pub dates: Vec<DateMention>,
    /// Tables, from HTML `<table>`s or drawn in text; absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    /// Named entities: people, organisations, places, addresses, documents, programmes.
    pub entities: Vec<Entity>,
    /// Page chrome lines, kept out of sections and facts.
    pub boilerplate: Vec<Chrome>,
    /// Anything the reader should know: lossy decode, unusual input.
    pub warnings: Vec<Warning>,
    /// Counts.
    pub stats: Stats,
}

impl Record {
    /// Every span of the record checked against the decoded `text` it was extracted from: each
    /// lies inside the text, and each quoted text (fact, date, entity, heading title, clause)
    /// is exactly the chars its span covers. Returns one line per problem. Property tests and
    /// the fuzz target call it on arbitrary input; the stages keep it true by construction.
    pub fn span_problems(&self, text: &IndexedText) -> Vec<String> {
        let n = text.char_len();
        let mut out = Vec::new();
        let mut inside = |what: &str, s: Span| {
            if s.start > s.end || s.end > n {
                out.push(format!(
                    "{what}: span {}..{} outside 0..{n}",
                    s.start, s.end
                ));
                false
            } else {
                true
            }
        };
        let mut quoted = Vec::new();
        for f in &self.facts {
            if inside("fact", f.span) {
                quoted.push(("fact", f.span, f.text.as_str()));
            }
            if inside("clause", f.clause) {
                quoted.push(("clause", f.clause, f.clause_text.as_str()));
            }
            if let Some(s) = f.sentence {
                inside("sentence", s);
            }
        }
        for d in &self.dates {
            if inside("date", d.span) {
                quoted.push(("date", d.span, d.text.as_str()));
            }
        }
        for e in &self.entities {
            if inside("entity", e.span) {
                quoted.push(("entity", e.span, e.text.as_str()));
            }
        }
        for s in &self.sections {
            inside("section", s.span);
            if inside("heading title", s.title_span) {
                quoted.push(("heading title", s.title_span, s.title.as_str()));
            }
        }
        for c in &self.boilerplate {
            inside("boilerplate", c.span);
        }
        if let Some(s) = self.metadata.title_span {
            inside("title", s);
        }
        for w in &self.warnings {
            if let Some(s) = w.span {
                inside("warning", s);
            }
        }
        for (what, span, said) in quoted {
            let cut = text.slice(span);
            if cut != said {
                out.push(format!(
                    "{what}: {said:?} at {}..{} but the text there is {cut:?}",
                    span.start, span.end
                ));
            }
        }
        if self.source.chars != n {
            out.push(format!(
                "source.chars is {}, the text has {n}",
                self.source.chars
            ));
        }
        out
    }
}

/// Facts about the input file and its decoding.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// The path as given (`-` for stdin).
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 of the bytes, lowercase hex.
    pub sha256: String,
    /// The encoding used (WHATWG name).
    pub encoding: &'static str,
    /// How it was chosen.
    pub encoding_source: EncodingSource,
    /// True when the text holds replacement characters that stand for bytes of the file.
    pub lossy: bool,
    /// How many: those the decoder inserted for malformed bytes, plus one per NUL byte.
    pub replacements: usize,
    /// Length of the decoded text in chars: the coordinate space of every span.
    pub chars: usize,
}

/// A numeric fact as written to the record.
///
/// Deliberately a flat struct of its own rather than the facts stage's `Fact` and the meaning
/// stage's `Meaning` flattened together: this is the published contract, mirrored field by field
/// in the schema, and it must not change shape when an engine's internal types do (the engines
/// carry working fields such as `number_span` and index-based links that records do not).
#[derive(Debug, Clone, Serialize)]
pub struct FactRecord {
    /// `f1`, `f2` … in text order.
    pub id: String,
    /// The source text of the fact.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The value with multipliers applied (the low end of a range).
    pub value: f64,
    /// The same value as an exact decimal string.
    pub value_text: String,
    /// The high end of a range.
    pub high: Option<f64>,
    /// The high end as an exact decimal string.
    pub high_text: Option<String>,
    /// Canonical unit.
    pub unit: Option<String>,
    /// The unit as written.
    pub unit_text: Option<String>,
    /// What sort of quantity.
    pub kind: Kind,
    /// Exact, about, more than …
    pub approx: Approx,
    /// The indicator measured (全市生产总值, 临时党支部); null when the clause names none.
    pub label: Option<String>,
    /// Where the label was read: the fact's own clause, another fact of its sentence, or the
    /// text around the clause; null exactly when the label is.
    pub label_source: Option<LabelSource>,
    /// How likely a reviewer is to accept the label, from acceptance rates of labels of the
    /// same shape in judged samples (0–1, two decimals); a ranking aid to find weak labels, null
    /// for table cells and when there is no label.
    pub label_confidence: Option<f64>,
    /// The fact's clause (the label is read from it when `label_source` is clause).
    pub clause: Span,
    /// The clause's source text, so a reviewer sees the context.
    pub clause_text: String,
    /// Observed, target, change, share, cumulative or rank.
    pub role: Role,
    /// Increase or decrease, for changes and for targets that state one.
    pub direction: Option<Direction>,
    /// The base of a change as written (上年, 2020年, 同比, 上年末, 去年同期).
    pub base: Option<String>,
    /// The period the fact refers to, ISO-like ("2025", "2022-11", "2021/2025").
    pub period: Option<String>,
    /// The words that state the period, as written; null when the report year was assumed.
    pub period_text: Option<String>,
    /// Relations to other facts of the record.
    pub links: Vec<Link>,
    /// Id of the innermost section containing the fact.
    pub section: Option<String>,
    /// The sentence containing the fact.
    pub sentence: Option<Span>,
    /// For a fact read from a table: which cell; absent for facts in prose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<CellRef>,
}

/// What the HTML stage did with a page.
#[derive(Debug, Clone, Serialize)]
pub struct HtmlInfo {
    /// The page's `<title>`.
    pub title: Option<String>,
    /// Every paragraph of `text`, with the bytes of the page it came from.
    pub paragraphs: Vec<Paragraph>,
    /// Page furniture left out of `text`: navigation, headers, footers, scripts, styles,
    /// share widgets, related links, with their bytes in the page.
    pub boilerplate: Vec<Dropped>,
}

/// A relation from one fact to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// level (change → level), whole (part → total) or achieved (target → result).
    pub rel: LinkRel,
    /// The other fact's id.
    pub fact: String,
}

/// A named entity.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// `person`, `organization`, `place`, `address`, `document` (a title cited in 《》, or a
    /// law quoted by name, as Taiwanese reports do with 「」) or `programme` (a named programme
    /// in quotation marks).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The entity text, exactly the source under `span` (a title without its brackets).
    pub text: String,
    /// Where it is, without 《》 or quotation marks.
    pub span: Span,
    /// A person's office when the text states it; null for every other type.
    pub role: Option<String>,
}

/// Something the reader of a record should know.
#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    /// Stable machine-readable code (`lossy_decode`, `no_sections`, …).
    pub code: &'static str,
    /// Human-readable explanation.
    pub message: String,
    /// Where, when it concerns one place.
    pub span: Option<Span>,
}

/// Counts, for dashboards and sanity checks.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Lines in the decoded text.
    pub lines: usize,
    /// Lines of page chrome.
    pub boilerplate_lines: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Body sentences.
    pub sentences: usize,
    /// Sections.
    pub sections: usize,
    /// Facts.
    pub facts: usize,
    /// Dates.
    pub dates: usize,
}

/// The titles from the top of the section tree down to section `id`, joined by ` > `
/// (`总体情况 > 疫情防控`); empty when the id is unknown.
pub fn section_path(sections: &[Section], id: &str) -> String {
    let mut titles = Vec::new();
    let mut next = Some(id);
    // Parents come before their children and a record's tree has no cycles; the bound keeps
    // a malformed tree from looping.
    while let Some(id) = next {
        if titles.len() > sections.len() {
            break;
        }
        match sections.iter().find(|s| s.id == id) {
            Some(s) => {
                titles.push(s.title.as_str());
                next = s.parent.as_deref();
            }
            None => break,
        }
    }
    titles.reverse();
    titles.join(" > ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, extract};

    #[test]
    fn section_path_walks_up_the_tree() {
        let text = "一、总则\n（一）党建\n成立党支部18个。\n二、其他\n共5件。\n";
        let r = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        assert_eq!(section_path(&r.sections, "1.1"), "总则 > 党建");
        assert_eq!(section_path(&r.sections, "2"), "其他");
        assert_eq!(section_path(&r.sections, "9"), "");
    }
}
