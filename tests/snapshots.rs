//! Snapshots of every corpus record, in `snapshots/` at the top of the repository.
//!
//! Two files per report: `<name>.json.snap`, the record exactly as `gongwen extract --format
//! json` writes it (what users' CI compares), and `<name>.outline.snap`, a rendering for
//! reviewers with one line per heading, fact, date and entity in text order, each with its value,
//! unit (or type and role) and span, so the numbers can be checked against the text by eye.
//!
//! Update after a deliberate change with `cargo insta review` (or `INSTA_UPDATE=always cargo
//! test --test snapshots` followed by reading the diff), and check the changed numbers against
//! the report text before accepting.

mod common;

use std::fmt::Write;

use gongwen::pipeline::{Options, extract, to_validated_json};
use gongwen::record::Record;

fn snapshot_name(path: &str) -> String {
    path.trim_start_matches("corpus/")
        .trim_start_matches("tests/")
        .trim_end_matches(".txt")
        .trim_end_matches(".html")
        .replace('/', "__")
}

fn outline(r: &Record) -> String {
    let m = &r.metadata;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "source {} | {} via {} | lossy {} | {} chars",
        r.source.path,
        r.source.encoding,
        serde_json::to_value(r.source.encoding_source).unwrap(),
        r.source.lossy,
        r.source.chars
    );
    let _ = writeln!(
        out,
        "meta title={:?} type={:?} issuer={:?} speaker={:?} ({:?}) date={:?} ({:?}) year={:?} region={:?}",
        m.title,
        m.doc_type,
        m.issuer,
        m.speaker,
        m.speaker_role,
        m.date,
        m.date_source,
        m.report_year,
        m.region
    );
    for b in &r.boilerplate {
        let _ = writeln!(
            out,
            "chrome {}..{} {}",
            b.span.start,
            b.span.end,
            serde_json::to_value(b.reason).unwrap()
        );
    }
    for w in &r.warnings {
        let _ = writeln!(out, "warning {}: {}", w.code, w.message);
    }
    // Headings, facts, dates and entities merged in text order.
    let mut items: Vec<(usize, u8, String)> = Vec::new();
    for s in &r.sections {
        let indent = "  ".repeat(s.level as usize - 1);
        items.push((
            s.span.start,
            0,
            format!(
                "{indent}## {} {} {} @{}..{}",
                s.id, s.marker, s.title, s.span.start, s.span.end
            ),
        ));
    }
    for f in &r.facts {
        let high = f
            .high_text
            .as_deref()
            .map(|h| format!("..{h}"))
            .unwrap_or_default();
        items.push((
            f.span.start,
            1,
            format!(
                "    fact {} {} = {}{} {} [{}, {}] @{}..{}{} | {} : {}{}{}",
                f.id,
                f.text,
                f.value_text,
                high,
                f.unit.as_deref().unwrap_or("-"),
                serde_json::to_value(f.kind).unwrap().as_str().unwrap(),
                serde_json::to_value(f.approx).unwrap().as_str().unwrap(),
                f.span.start,
                f.span.end,
                f.cell
                    .as_ref()
                    .map(|c| format!(" cell {} r{} c{}", c.table, c.row, c.column))
                    .unwrap_or_default(),
                f.label.as_deref().unwrap_or("-"),
                serde_json::to_value(f.role).unwrap().as_str().unwrap(),
                f.direction
                    .map(|d| format!(" {}", serde_json::to_value(d).unwrap().as_str().unwrap()))
                    .unwrap_or_default(),
                f.links
                    .iter()
                    .map(|l| format!(
                        " {}→{}",
                        serde_json::to_value(l.rel).unwrap().as_str().unwrap(),
                        l.fact
                    ))
                    .collect::<String>()
            ),
        ));
    }
    for d in &r.dates {
        items.push((
            d.span.start,
            2,
            format!(
                "    date {} = {}{} @{}..{}",
                d.text,
                d.value,
                if d.inferred { " (inferred)" } else { "" },
                d.span.start,
                d.span.end
            ),
        ));
    }
    for e in &r.entities {
        items.push((
            e.span.start,
            3,
            format!(
                "    entity {} {}{} @{}..{}",
                e.kind,
                e.text,
                e.role
                    .as_deref()
                    .map(|r| format!(" (role {r})"))
                    .unwrap_or_default(),
                e.span.start,
                e.span.end
            ),
        ));
    }
    for t in &r.tables {
        items.push((
            t.span.start,
            0,
            format!(
                "    table {} {:?} caption={:?} unit={:?} header rows {} columns {} unit column {:?} @{}..{}",
                t.id,
                t.source,
                t.caption,
                t.unit,
                t.header_rows,
                t.header_columns,
                t.unit_column,
                t.span.start,
                t.span.end
            ),
        ));
    }
    items.sort_by_key(|(pos, order, _)| (*pos, *order));
    for (_, _, line) in items {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn corpus_snapshots() {
    let root = common::root();
    let files = common::corpus_files();
    assert!(files.len() >= 10, "corpus is missing: {files:?}");
    // The made bulletin page (tests/fixtures/html, see scripts/docx-to-html.py): the corpus's
    // published pages have no data tables.
    let made = "tests/fixtures/html/qiandongnan-2016-statistical-bulletin.html".to_string();
    for path in files.into_iter().chain([made]) {
        let bytes = std::fs::read(root.join(&path)).unwrap();
        let record = extract(&path, &bytes, &Options::default()).unwrap();
        let json = to_validated_json(&record).unwrap();
        let name = snapshot_name(&path);
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(
                format!("{name}.json"),
                serde_json::to_string_pretty(&json).unwrap()
            );
            insta::assert_snapshot!(format!("{name}.outline"), outline(&record));
        });
    }
}
