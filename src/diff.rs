//! `gongwen diff`: what changed between two JSONL runs, report by report — metadata, sections,
//! facts, dates and entities added, removed and changed.
//!
//! This is how a team checks in CI that a new gongwen version, or an edited report, did not
//! change the extraction unnoticed. Reports are matched by their path (an edited report keeps
//! its path but not its `doc_id`). Within a report, items are aligned by what they say rather
//! than by id or position, using a Myers diff over their keys (a fact's text and clause, a
//! section's title, a date's text, an entity's type and text): an edit early in a report
//! shifts every later id and span, and must not make every later fact look changed. Aligned
//! items are then compared field by field. Positions are compared only when both records come
//! from the same bytes, where a moved span is an extraction change; so are the parts that
//! carry nothing but positions (boilerplate lines, stats).
//!
//! Works on JSON values, not on [`crate::Record`]: it must read records written by other
//! gongwen versions, and a field this version does not know still shows up as changed.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Serialize;
use serde_json::Value;
use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::error::{Error, ErrorKind};

/// Everything that differs between two runs.
#[derive(Debug, Serialize)]
pub struct Diff {
    /// Reports added, removed or changed, sorted by path; unchanged reports are left out.
    pub reports: Vec<ReportDiff>,
    /// Counts.
    pub summary: Summary,
}

impl Diff {
    /// True when the two runs hold the same extraction.
    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }
}

/// Report counts of a diff.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Reports in both runs with the same extraction.
    pub unchanged: usize,
    /// Reports in both runs whose extraction differs.
    pub changed: usize,
    /// Reports only in the new run.
    pub added: usize,
    /// Reports only in the old run.
    pub removed: usize,
}

/// One report that differs.
#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ReportDiff {
    /// Only in the new run.
    Added {
        /// `source.path`.
        path: String,
        /// How much it holds.
        counts: Counts,
    },
    /// Only in the old run.
    Removed {
        /// `source.path`.
        path: String,
        /// How much it held.
        counts: Counts,
    },
    /// In both runs, with differences.
    Changed(Box<Changes>),
}

/// The differences of a report in both runs.
#[derive(Debug, Serialize)]
pub struct Changes {
    /// `source.path`.
    pub path: String,
    /// Metadata and source fields that differ.
    pub metadata: Vec<FieldChange>,
    /// Section changes.
    pub sections: ListDiff,
    /// Fact changes.
    pub facts: ListDiff,
    /// Date changes.
    pub dates: ListDiff,
    /// Entity changes.
    pub entities: ListDiff,
    /// Other parts that differ (boilerplate, stats …), compared only when both records come
    /// from the same bytes.
    pub other: Vec<String>,
}

/// Sizes of a report added or removed.
#[derive(Debug, Serialize)]
pub struct Counts {
    /// Sections.
    pub sections: usize,
    /// Facts.
    pub facts: usize,
    /// Dates.
    pub dates: usize,
    /// Entities.
    pub entities: usize,
}

/// A field with different values in the two runs.
#[derive(Debug, Serialize)]
pub struct FieldChange {
    /// The field (`metadata.title`, `label`).
    pub field: String,
    /// Its old value.
    pub old: Value,
    /// Its new value.
    pub new: Value,
}

/// Changes in one list of a report.
#[derive(Debug, Default, Serialize)]
pub struct ListDiff {
    /// Items only in the new record.
    pub added: Vec<Item>,
    /// Items only in the old record.
    pub removed: Vec<Item>,
    /// Items in both whose fields differ.
    pub changed: Vec<ItemChange>,
}

impl ListDiff {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// An item added or removed.
#[derive(Debug, Serialize)]
pub struct Item {
    /// A short readable form (`f12 5.4% 增长5.4%`).
    pub summary: String,
    /// The whole item as the record has it.
    pub item: Value,
}

/// An item whose fields differ.
#[derive(Debug, Serialize)]
pub struct ItemChange {
    /// A short readable form of the new item.
    pub summary: String,
    /// The fields that differ.
    pub fields: Vec<FieldChange>,
}

/// Read two JSONL files of records and compare them.
pub fn diff_files(old: &Path, new: &Path) -> Result<Diff, Error> {
    Ok(diff_runs(&read_jsonl(old)?, &read_jsonl(new)?))
}

/// Records of a JSONL file; a line that is not a JSON object with a `source.path` is an
/// error naming the file and line.
pub fn read_jsonl(path: &Path) -> Result<Vec<Value>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::at(path, ErrorKind::Io(e)))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::at(path, ErrorKind::Io(e)))?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: String| {
            let at = format!("{}:{}", path.display(), n + 1);
            Error::at(
                at,
                ErrorKind::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, why)),
            )
        };
        let value: Value =
            serde_json::from_str(&line).map_err(|e| bad(format!("not JSON: {e}")))?;
        if value["source"]["path"].as_str().is_none() {
            return Err(bad("not a gongwen record: no source.path".into()));
        }
        out.push(value);
    }
    Ok(out)
}

/// Compare two runs, given as their records.
pub fn diff_runs(old: &[Value], new: &[Value]) -> Diff {
    let old = by_path(old);
    let new = by_path(new);
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    let mut diff = Diff {
        reports: Vec::new(),
        summary: Summary::default(),
    };
    for path in paths {
        let report = match (old.get(path), new.get(path)) {
            (Some(a), Some(b)) => diff_report(path, a, b),
            (None, Some(b)) => Some(ReportDiff::Added {
                path: path.clone(),
                counts: counts(b),
            }),
            (Some(a), None) => Some(ReportDiff::Removed {
                path: path.clone(),
                counts: counts(a),
            }),
            (None, None) => None,
        };
        match &report {
            None => diff.summary.unchanged += 1,
            Some(ReportDiff::Added { .. }) => diff.summary.added += 1,
            Some(ReportDiff::Removed { .. }) => diff.summary.removed += 1,
            Some(ReportDiff::Changed(_)) => diff.summary.changed += 1,
        }
        diff.reports.extend(report);
    }
    diff
}

/// Records keyed by path; a path seen again (stdin twice) gets `#2`, `#3` … in input order.
fn by_path(records: &[Value]) -> BTreeMap<String, &Value> {
    let mut out = BTreeMap::new();
    for r in records {
        let path = r["source"]["path"].as_str().unwrap_or("-");
        let mut key = path.to_string();
        let mut n = 1;
        while out.contains_key(&key) {
            n += 1;
            key = format!("{path}#{n}");
        }
        out.insert(key, r);
    }
    out
}

fn list<'a>(record: &'a Value, name: &str) -> &'a [Value] {
    record[name].as_array().map_or(&[], Vec::as_slice)
}

fn counts(r: &Value) -> Counts {
    Counts {
        sections: list(r, "sections").len(),
        facts: list(r, "facts").len(),
        dates: list(r, "dates").len(),
        entities: list(r, "entities").len(),
    }
}

/// The metadata-like fields compared for every pair: every `metadata` field, the decoding,
/// the warning codes and the boilerplate line count.
fn header_fields(r: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    out.push(("schema_version".to_string(), r["schema_version"].clone()));
    if let Some(m) = r["metadata"].as_object() {
        for (k, v) in m {
            out.push((format!("metadata.{k}"), v.clone()));
        }
    }
    for k in ["sha256", "encoding", "lossy", "replacements"] {
        out.push((format!("source.{k}"), r["source"][k].clone()));
    }
    let warnings: Vec<Value> = list(r, "warnings")
        .iter()
        .map(|w| w["code"].clone())
        .collect();
    out.push(("warnings".to_string(), Value::Array(warnings)));
    out.push((
        "stats.boilerplate_lines".to_string(),
        r["stats"]["boilerplate_lines"].clone(),
    ));
    out
}

/// Field-by-field differences between two lists of named values, in the old list's order and
/// then the new list's extra names.
fn field_changes(old: &[(String, Value)], new: &[(String, Value)]) -> Vec<FieldChange> {
    let find = |fields: &[(String, Value)], name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map_or(Value::Null, |(_, v)| v.clone())
    };
    let mut names: Vec<&String> = old.iter().map(|(n, _)| n).collect();
    names.extend(
        new.iter()
            .map(|(n, _)| n)
            .filter(|n| !old.iter().any(|(o, _)| o == *n)),
    );
    names
        .into_iter()
        .filter_map(|name| {
            let (a, b) = (find(old, name), find(new, name));
            (a != b).then(|| FieldChange {
                field: name.clone(),
                old: a,
                new: b,
            })
        })
        .collect()
}

fn diff_report(path: &str, old: &Value, new: &Value) -> Option<ReportDiff> {
    let same_source = old["source"]["sha256"] == new["source"]["sha256"];
    let metadata = field_changes(&header_fields(old), &header_fields(new));
    let pair = |list: &ListKind| diff_list(list, old, new, same_source);
    let sections = pair(&SECTIONS);
    let facts = pair(&FACTS);
    let dates = pair(&DATES);
    let entities = pair(&ENTITIES);
    let mut other = Vec::new();
    if same_source {
        for part in ["boilerplate", "warnings", "stats"] {
            if old[part] != new[part] {
                other.push(part.to_string());
            }
        }
    }
    let unchanged = metadata.is_empty()
        && sections.is_empty()
        && facts.is_empty()
        && dates.is_empty()
        && entities.is_empty()
        && other.is_empty();
    (!unchanged).then(|| {
        ReportDiff::Changed(Box::new(Changes {
            path: path.to_string(),
            metadata,
            sections,
            facts,
            dates,
            entities,
            other,
        }))
    })
}

/// How one list of a record is aligned and compared.
struct ListKind {
    /// The list's field in the record.
    name: &'static str,
    /// Fields that say what an item is, independent of ids and positions: items with equal
    /// keys are aligned.
    key: &'static [&'static str],
    /// Fields compared between aligned items; references to other items (`parent`,
    /// `section`, `links`) are compared by what those say, see [`resolved`].
    compared: &'static [&'static str],
    /// Fields shown in an item's one-line summary.
    shown: &'static [&'static str],
}

const SECTIONS: ListKind = ListKind {
    name: "sections",
    key: &["title"],
    compared: &["level", "marker_kind", "marker", "ordinal", "parent"],
    shown: &["id", "marker", "title"],
};

const FACTS: ListKind = ListKind {
    name: "facts",
    key: &["text", "clause_text"],
    compared: &[
        "value_text",
        "high_text",
        "unit",
        "unit_text",
        "kind",
        "approx",
        "label",
        "label_source",
        "label_confidence",
        "role",
        "direction",
        "base",
        "period",
        "period_text",
        "section",
        "links",
    ],
    shown: &["id", "text", "clause_text"],
};

const DATES: ListKind = ListKind {
    name: "dates",
    key: &["text"],
    compared: &["value", "inferred"],
    shown: &["text", "value"],
};

const ENTITIES: ListKind = ListKind {
    name: "entities",
    key: &["type", "text"],
    compared: &["role"],
    shown: &["type", "text"],
};

/// Fields kept as they are when both records come from the same bytes, where an item's id
/// and place are part of the extraction.
const POSITIONS: &[&str] = &["id", "span", "title_span", "clause", "sentence"];

impl ListKind {
    fn key(&self, item: &Value) -> Vec<String> {
        self.key
            .iter()
            .map(|k| text(&item[*k]).to_string())
            .collect()
    }

    fn summary(&self, item: &Value) -> String {
        let parts: Vec<String> = self.shown.iter().map(|k| show_plain(&item[*k])).collect();
        parts.join(" ")
    }

    fn fields(&self, item: &Value, record: &Value, same_source: bool) -> Vec<(String, Value)> {
        let mut out: Vec<(String, Value)> = self
            .compared
            .iter()
            .map(|f| (f.to_string(), resolved(f, item, record)))
            .collect();
        if same_source {
            out.extend(POSITIONS.iter().map(|f| (f.to_string(), item[*f].clone())));
        }
        out
    }
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A value in a summary: a string as written, anything else as JSON.
fn show_plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The field as compared: a reference to a section by the section titles down to it, a link
/// by its relation and its target's text, since ids shift with every edit above them.
fn resolved(field: &str, item: &Value, record: &Value) -> Value {
    match field {
        "parent" | "section" => section_titles(record, &item[field]),
        "links" => {
            let facts = list(record, "facts");
            let links = item["links"].as_array().map_or(&[][..], Vec::as_slice);
            Value::Array(
                links
                    .iter()
                    .map(|l| {
                        let target = facts
                            .iter()
                            .find(|t| t["id"] == l["fact"])
                            .map_or("?", |t| text(&t["text"]));
                        Value::String(format!("{} {target}", text(&l["rel"])))
                    })
                    .collect(),
            )
        }
        _ => item[field].clone(),
    }
}

/// The titles from the top down to section `id` in `record`.
fn section_titles(record: &Value, id: &Value) -> Value {
    let sections = list(record, "sections");
    let mut titles = Vec::new();
    let mut next = id.as_str();
    while let Some(id) = next {
        if titles.len() > sections.len() {
            break;
        }
        match sections.iter().find(|s| s["id"] == id) {
            Some(s) => {
                titles.push(s["title"].clone());
                next = s["parent"].as_str();
            }
            None => break,
        }
    }
    titles.reverse();
    Value::Array(titles)
}

/// Align one list of two records by key and compare the aligned items.
fn diff_list(kind: &ListKind, old: &Value, new: &Value, same_source: bool) -> ListDiff {
    let (a, b) = (list(old, kind.name), list(new, kind.name));
    let keys_a: Vec<Vec<String>> = a.iter().map(|i| kind.key(i)).collect();
    let keys_b: Vec<Vec<String>> = b.iter().map(|i| kind.key(i)).collect();
    let item = |v: &Value| Item {
        summary: kind.summary(v),
        item: v.clone(),
    };
    let mut out = ListDiff::default();
    for op in capture_diff_slices(Algorithm::Myers, &keys_a, &keys_b) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (x, y) in a[ra].iter().zip(&b[rb]) {
                    let changes = field_changes(
                        &kind.fields(x, old, same_source),
                        &kind.fields(y, new, same_source),
                    );
                    if !changes.is_empty() {
                        out.changed.push(ItemChange {
                            summary: kind.summary(y),
                            fields: changes,
                        });
                    }
                }
            }
            DiffTag::Delete | DiffTag::Insert | DiffTag::Replace => {
                out.removed.extend(a[ra].iter().map(item));
                out.added.extend(b[rb].iter().map(item));
            }
        }
    }
    out
}

/// The diff for people: one line per change, indented under its report, and a count line.
impl fmt::Display for Diff {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.reports {
            match r {
                ReportDiff::Added { path, counts } => {
                    writeln!(out, "+ {path}: added ({counts})")?;
                }
                ReportDiff::Removed { path, counts } => {
                    writeln!(out, "- {path}: removed ({counts})")?;
                }
                ReportDiff::Changed(c) => {
                    writeln!(out, "~ {}", c.path)?;
                    for m in &c.metadata {
                        writeln!(out, "    {m}")?;
                    }
                    for (name, l) in [
                        ("section", &c.sections),
                        ("fact", &c.facts),
                        ("date", &c.dates),
                        ("entity", &c.entities),
                    ] {
                        for i in &l.removed {
                            writeln!(out, "    - {name} {}", i.summary)?;
                        }
                        for i in &l.added {
                            writeln!(out, "    + {name} {}", i.summary)?;
                        }
                        for c in &l.changed {
                            write!(out, "    ~ {name} {}:", c.summary)?;
                            for (n, f) in c.fields.iter().enumerate() {
                                write!(out, "{} {f}", if n == 0 { "" } else { ";" })?;
                            }
                            writeln!(out)?;
                        }
                    }
                    if !c.other.is_empty() {
                        writeln!(out, "    also differs: {}", c.other.join(", "))?;
                    }
                }
            }
        }
        let s = &self.summary;
        writeln!(
            out,
            "{} report(s) changed, {} added, {} removed, {} unchanged",
            s.changed, s.added, s.removed, s.unchanged
        )
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} sections, {} facts, {} dates, {} entities",
            self.sections, self.facts, self.dates, self.entities
        )
    }
}

impl fmt::Display for FieldChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} → {}",
            self.field,
            show(&self.old),
            show(&self.new)
        )
    }
}

/// A value as one readable token: strings quoted, everything else as JSON.
fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Options, extract, to_validated_json};

    fn record(path: &str, text: &str) -> Value {
        let r = extract(path, text.as_bytes(), &Options::default()).unwrap();
        to_validated_json(&r).unwrap()
    }

    /// The changes of the first report of `d`, which must be a changed one.
    fn changes(d: &Diff) -> &Changes {
        match &d.reports[0] {
            ReportDiff::Changed(c) => c,
            other => panic!("{other:?}"),
        }
    }

    const REPORT: &str =
        "一、总则\n（一）党建\n成立党支部18个，比上年增长5%。\n二、其他\n办理案件30件。\n";

    #[test]
    fn the_same_run_has_no_diff() {
        let a = vec![record("a.txt", REPORT), record("b.txt", "共5件。")];
        let d = diff_runs(&a, &a.clone());
        assert!(d.is_empty());
        assert_eq!(d.summary.unchanged, 2);
        assert!(
            d.to_string()
                .ends_with("0 report(s) changed, 0 added, 0 removed, 2 unchanged\n")
        );
    }

    #[test]
    fn an_edit_early_in_the_text_changes_only_what_it_touched() {
        let old = vec![record("a.txt", REPORT)];
        let edited = REPORT.replace("（一）党建\n", "今年新建学校2所。\n（一）党建\n");
        let new = vec![record("a.txt", &edited)];
        let d = diff_runs(&old, &new);
        let Changes {
            facts,
            sections,
            metadata,
            ..
        } = changes(&d);
        assert!(sections.is_empty(), "{sections:?}");
        // Every later fact has a new id and span, yet only the new one is reported.
        assert_eq!(facts.added.len(), 1, "{facts:?}");
        assert_eq!(facts.added[0].item["text"], "2所");
        assert_eq!(facts.added[0].item["id"], "f1");
        assert!(
            facts.removed.is_empty() && facts.changed.is_empty(),
            "{facts:?}"
        );
        // The bytes differ, and the report says so.
        assert_eq!(metadata[0].field, "source.sha256");
    }

    #[test]
    fn a_changed_label_is_a_changed_field() {
        let old = vec![record("a.txt", REPORT)];
        let mut new = old.clone();
        new[0]["facts"][0]["label"] = Value::String("党组织".into());
        new[0]["metadata"]["title"] = Value::String("新标题".into());
        let d = diff_runs(&old, &new);
        let Changes {
            facts, metadata, ..
        } = changes(&d);
        assert_eq!(facts.changed.len(), 1);
        assert_eq!(facts.changed[0].fields[0].field, "label");
        assert_eq!(facts.changed[0].fields[0].new, "党组织");
        assert_eq!(metadata[0].field, "metadata.title");
        let text = d.to_string();
        assert!(text.contains("~ fact f1 18个"), "{text}");
        assert!(text.contains("label \"党支部\" → \"党组织\""), "{text}");
    }

    #[test]
    fn a_moved_span_of_the_same_bytes_is_a_change() {
        let old = vec![record("a.txt", REPORT)];
        let mut new = old.clone();
        new[0]["facts"][1]["span"]["end"] = serde_json::json!(999);
        let d = diff_runs(&old, &new);
        let Changes { facts, .. } = changes(&d);
        assert_eq!(facts.changed[0].fields[0].field, "span");
    }

    #[test]
    fn reports_added_and_removed_by_path() {
        let old = vec![record("a.txt", REPORT), record("b.txt", "共5件。")];
        let new = vec![record("b.txt", "共5件。"), record("c.txt", "共6件。")];
        let d = diff_runs(&old, &new);
        assert_eq!(
            (d.summary.added, d.summary.removed, d.summary.unchanged),
            (1, 1, 1)
        );
        let text = d.to_string();
        assert!(
            text.starts_with("- a.txt: removed (3 sections, 3 facts"),
            "{text}"
        );
        assert!(
            text.contains("+ c.txt: added (0 sections, 1 facts"),
            "{text}"
        );
    }
}
