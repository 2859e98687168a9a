//! `gongwen review`: one self-contained HTML page for checking a record against its report.
//!
//! The page shows the decoded report text line by line with every fact highlighted by kind
//! (value, unit, label and role on hover, and in `data-` attributes for scripts and tests),
//! boilerplate greyed out, the section tree as a navigable outline, and a table of all facts
//! linking back into the text. It has no external assets — styles are inline and there is no
//! script — so it can be mailed, archived or opened offline.
//!
//! A record holds spans, not the text, so the page is built from the source bytes: they are
//! extracted and decoded again by the same stages, and the spans cut the very text they were
//! found in. Every piece of report text and every attribute value is HTML-escaped; a report
//! containing `<script>` shows it as text.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::chrome::Chrome;
use crate::decode;
use crate::error::Error;
use crate::pipeline::{Options, extract};
use crate::record::{FactRecord, Record, section_path};
use crate::sink::code;
use crate::span::{IndexedText, Span};

/// Extract `bytes` and render the review page of the result.
pub fn review(path: &str, bytes: &[u8], options: &Options) -> Result<String, Error> {
    // The record's own text is what its spans point into: the decoded file, or for an HTML
    // page the text extracted from it.
    let options = Options {
        include_text: true,
        ..*options
    };
    let mut record = extract(path, bytes, &options)?;
    let text = match record.text.take() {
        Some(text) => text,
        None => {
            decode::decode(bytes, options.forced_encoding)
                .map_err(|k| Error::at(path, k))?
                .text
        }
    };
    Ok(render(&record, &IndexedText::new(text)))
}

/// Append `s` to `out` with the five HTML special characters escaped, which makes it safe both
/// as element content and inside a double-quoted attribute.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

const STYLE: &str = "
body { margin: 0; font: 15px/1.7 system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
       color: #1f2328; }
header { padding: 12px 20px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header p { margin: 2px 0; color: #57606a; font-size: 13px; }
.layout { display: grid; grid-template-columns: 300px 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 12px 16px;
      border-right: 1px solid #d0d7de; font-size: 13px; box-sizing: border-box; }
nav ul { list-style: none; padding-left: 0; margin: 0; }
nav a { color: #0969da; text-decoration: none; }
nav .n { color: #8c959f; }
main { padding: 12px 24px; min-width: 0; }
.text { white-space: pre-wrap; word-break: break-all; }
.line { min-height: 1.7em; }
.heading { font-weight: 600; background: #f6f8fa; }
.boilerplate { color: #8c959f; text-decoration: line-through; text-decoration-color: #d0d7de; }
mark.fact { border-radius: 3px; padding: 0 1px; color: inherit; cursor: help; }
mark.fact:target, tr:target { outline: 2px solid #cf222e; }
table { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
th, td { border: 1px solid #d0d7de; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; padding: 0 6px; margin: 2px; border-radius: 3px; }
.k-count { background: #ddf4ff; } .k-money { background: #fff1b8; }
.k-area { background: #dafbe1; } .k-length { background: #d8f3ea; }
.k-mass { background: #ffe2cc; } .k-volume { background: #e6e0ff; }
.k-energy { background: #ffd8e4; } .k-power { background: #ffd7d5; }
.k-percent { background: #fbe3ff; } .k-permille { background: #f3e1ff; }
.k-percentage_point { background: #ecd9ff; } .k-multiple { background: #d6f0ff; }
.k-duration { background: #eaeef2; } .k-concentration { background: #e3f5c8; }
.k-other { background: #f0e6d8; }
";

/// The whole page for `record`, whose spans index `text`.
pub fn render(record: &Record, text: &IndexedText) -> String {
    let mut page = String::with_capacity(text.as_str().len() * 3);
    let title = record
        .metadata
        .title
        .as_deref()
        .unwrap_or(&record.source.path);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>gongwen review · {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    );
    write_header(&mut page, record, title);
    page.push_str("<div class=\"layout\">\n");
    write_outline(&mut page, record);
    page.push_str("<main>\n");
    write_text(&mut page, record, text);
    write_table(&mut page, record);
    page.push_str("</main>\n</div>\n</body>\n</html>\n");
    page
}

fn write_header(page: &mut String, r: &Record, title: &str) {
    let m = &r.metadata;
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", esc(title));
    let known: Vec<String> = [
        m.doc_type.as_deref(),
        m.issuer.as_deref(),
        m.speaker.as_deref(),
        m.date.as_deref(),
        m.region.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(esc)
    .collect();
    if !known.is_empty() {
        let _ = writeln!(page, "<p>{}</p>", known.join(" · "));
    }
    let _ = writeln!(
        page,
        "<p>{} · doc_id {} · {} · {} sections · {} facts · {} boilerplate lines</p>",
        esc(&r.source.path),
        esc(&r.doc_id),
        esc(r.source.encoding),
        r.sections.len(),
        r.facts.len(),
        r.stats.boilerplate_lines,
    );
    for w in &r.warnings {
        let _ = writeln!(page, "<p>warning: {}</p>", esc(&w.message));
    }
    // A legend of the kinds this report has, in order of first appearance.
    let mut kinds: Vec<String> = Vec::new();
    for f in &r.facts {
        let k = code(&f.kind);
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    page.push_str("<p>");
    for k in &kinds {
        let _ = write!(page, "<span class=\"swatch k-{0}\">{0}</span>", esc(k));
    }
    page.push_str("</p>\n</header>\n");
}

fn write_outline(page: &mut String, r: &Record) {
    page.push_str("<nav>\n<strong>Outline</strong>\n<ul>\n");
    for s in &r.sections {
        // One flat list indented by level: levels may jump (a chapter followed directly by a
        // numbered item), which nested lists could only express with empty items.
        let below = format!("{}.", s.id);
        let facts = r
            .facts
            .iter()
            .filter_map(|f| f.section.as_deref())
            .filter(|id| *id == s.id || id.starts_with(&below))
            .count();
        let _ = writeln!(
            page,
            "<li style=\"padding-left: {}em\"><a href=\"#s-{}\">{}{}</a> <span class=\"n\">{facts}</span></li>",
            s.level.saturating_sub(1),
            esc(&s.id),
            esc(&s.marker),
            esc(&s.title)
        );
    }
    page.push_str("</ul>\n");
    if r.sections.is_empty() {
        page.push_str("<p>No GB/T 9704 headings found.</p>\n");
    }
    page.push_str("<p><a href=\"#facts\">All facts</a></p>\n</nav>\n");
}

/// The hover text of a fact: everything a reviewer checks, one item per line.
fn fact_tooltip(f: &FactRecord) -> String {
    let mut t = format!("{} · {}", f.id, f.value_text);
    if let Some(h) = &f.high_text {
        let _ = write!(t, "–{h}");
    }
    if let Some(u) = &f.unit {
        let _ = write!(t, " {u}");
    }
    let _ = write!(t, " · {} · {}", code(&f.kind), code(&f.approx));
    let _ = write!(t, "\nlabel: {}", f.label.as_deref().unwrap_or("—"));
    if let Some(source) = &f.label_source {
        let _ = write!(t, " (from the {})", code(source));
    }
    if let Some(c) = f.label_confidence {
        let _ = write!(t, ", confidence {c:.2}");
    }
    let _ = write!(t, "\nrole: {}", code(&f.role));
    if let Some(d) = &f.direction {
        let _ = write!(t, " ({})", code(d));
    }
    if let Some(p) = &f.period {
        let _ = write!(t, "\nperiod: {p}");
    }
    for l in &f.links {
        let _ = write!(t, "\n{} → {}", code(&l.rel), l.fact);
    }
    t
}

fn write_fact_open(page: &mut String, f: &FactRecord, first_piece: bool) {
    let kind = code(&f.kind);
    page.push_str("<mark class=\"fact k-");
    escape_into(page, &kind);
    page.push('"');
    if first_piece {
        page.push_str(" id=\"");
        escape_into(page, &f.id);
        page.push('"');
    }
    for (name, value) in [
        ("fact", Some(f.id.as_str())),
        ("value", Some(f.value_text.as_str())),
        ("unit", f.unit.as_deref()),
        ("kind", Some(kind.as_str())),
        ("label", f.label.as_deref()),
        ("role", Some(code(&f.role).as_str())),
    ] {
        let _ = write!(page, " data-{name}=\"");
        escape_into(page, value.unwrap_or(""));
        page.push('"');
    }
    page.push_str(" title=\"");
    escape_into(page, &fact_tooltip(f));
    page.push_str("\">");
}

/// The text, one `div` per line. Facts lie inside lines (the facts stage reads line by
/// line), but nothing here relies on it: a fact is cut at line ends and where an earlier fact
/// overlaps it, each piece its own `mark` with the same `data-fact`, the first with the id.
fn write_text(page: &mut String, r: &Record, text: &IndexedText) {
    page.push_str("<div class=\"text\">\n");
    let facts = &r.facts;
    let chrome: HashMap<usize, &Chrome> = r.boilerplate.iter().map(|c| (c.span.start, c)).collect();
    let mut next_fact = 0;
    // Indices of facts that begin before the end of the current line and have not ended.
    let mut open: Vec<usize> = Vec::new();
    let mut started = vec![false; facts.len()];
    for (n, line) in text.lines().into_iter().enumerate() {
        let boiler = chrome.get(&line.start);
        let headings: Vec<&str> = r
            .sections
            .iter()
            .filter(|s| line.start <= s.title_span.start && s.title_span.start <= line.end)
            .map(|s| s.id.as_str())
            .collect();
        let class = match (boiler, headings.is_empty()) {
            (Some(_), _) => "line boilerplate",
            (None, false) => "line heading",
            (None, true) => "line",
        };
        let _ = write!(page, "<div class=\"{class}\" data-line=\"{}\"", n + 1);
        if let Some(c) = boiler {
            let _ = write!(page, " title=\"boilerplate: {}\"", esc(&code(&c.reason)));
        }
        page.push('>');
        for id in &headings {
            let _ = write!(page, "<a id=\"s-{}\"></a>", esc(id));
        }
        while next_fact < facts.len() && facts[next_fact].span.start < line.end {
            open.push(next_fact);
            next_fact += 1;
        }
        open.sort_by_key(|&i| facts[i].span.start);
        let mut cursor = line.start;
        for &i in &open {
            let f = &facts[i];
            let start = f.span.start.max(cursor);
            let end = f.span.end.min(line.end);
            if start >= end {
                continue;
            }
            escape_into(page, text.slice(Span::new(cursor, start)));
            write_fact_open(page, f, !started[i]);
            started[i] = true;
            escape_into(page, text.slice(Span::new(start, end)));
            page.push_str("</mark>");
            cursor = end;
        }
        escape_into(page, text.slice(Span::new(cursor, line.end)));
        page.push_str("</div>\n");
        open.retain(|&i| facts[i].span.end > line.end);
    }
    page.push_str("</div>\n");
}

fn write_table(page: &mut String, r: &Record) {
    let _ = writeln!(
        page,
        "<h2 id=\"facts\">Facts ({})</h2>\n<table>\n<thead><tr><th>id</th><th>text</th>\
         <th>value</th><th>unit</th><th>kind</th><th>approx</th><th>label</th><th>role</th>\
         <th>period</th><th>section</th></tr></thead>\n<tbody>",
        r.facts.len()
    );
    for f in &r.facts {
        let value = match &f.high_text {
            Some(h) => format!("{}–{h}", f.value_text),
            None => f.value_text.clone(),
        };
        let mut role = code(&f.role);
        if let Some(d) = &f.direction {
            let _ = write!(role, " ({})", code(d));
        }
        let section = f
            .section
            .as_deref()
            .map_or(String::new(), |id| section_path(&r.sections, id));
        let _ = writeln!(
            page,
            "<tr id=\"row-{0}\"><td><a href=\"#{0}\">{0}</a></td><td>{1}</td><td class=\"num\">{2}</td>\
             <td>{3}</td><td><span class=\"swatch k-{4}\">{4}</span></td><td>{5}</td><td>{6}</td>\
             <td>{7}</td><td>{8}</td><td>{9}</td></tr>",
            esc(&f.id),
            esc(&f.text),
            esc(&value),
            esc(f.unit.as_deref().unwrap_or("")),
            esc(&code(&f.kind)),
            esc(&code(&f.approx)),
            esc(f.label.as_deref().unwrap_or("")),
            esc(&role),
            esc(f.period.as_deref().unwrap_or("")),
            esc(&section),
        );
    }
    page.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> (Record, String) {
        let record = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        let html = review("t.txt", text.as_bytes(), &Options::default()).unwrap();
        (record, html)
    }

    #[test]
    fn report_text_is_escaped_never_markup() {
        let text = "<script>alert('x')</script>\n一、总则\n成立<b>党支部</b>18个，\"引号\"&amp;。\n<img src=x onerror=alert(1)>\n";
        let (_, html) = page(text);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("&lt;b&gt;党支部&lt;/b&gt;"));
        assert!(html.contains("&quot;引号&quot;&amp;amp;"));
    }

    #[test]
    fn every_fact_is_one_mark_with_its_value_and_unit() {
        let text =
            "一、总则\n（一）党建\n成立党支部18个，比上年增长5%。\n二、其他\n投资3.5亿元。\n";
        let (record, html) = page(text);
        assert_eq!(
            html.matches("<mark class=\"fact ").count(),
            record.facts.len()
        );
        assert!(html.contains("data-fact=\"f1\" data-value=\"18\" data-unit=\"个\""));
        assert!(html.contains("data-value=\"350000000\" data-unit=\"元\" data-kind=\"money\""));
        assert!(html.contains(">3.5亿元</mark>"));
        // The outline links to anchors that exist.
        for s in &record.sections {
            assert!(html.contains(&format!("href=\"#s-{}\"", s.id)));
            assert!(html.contains(&format!("<a id=\"s-{}\"></a>", s.id)));
        }
    }

    #[test]
    fn boilerplate_is_greyed() {
        let body: String = (1..=8).map(|i| format!("第{i}段正文共{i}件。\n")).collect();
        let text = format!("下载\n打印\n一、总则\n{body}");
        let (record, html) = page(&text);
        assert_eq!(record.boilerplate.len(), 2);
        assert_eq!(html.matches("class=\"line boilerplate\"").count(), 2);
    }

    #[test]
    fn a_fact_across_lines_is_marked_in_pieces() {
        let text = "共18个。\n";
        let mut record = extract("t.txt", text.as_bytes(), &Options::default()).unwrap();
        let indexed = IndexedText::new("共18\n个。\n".to_string());
        record.facts[0].span = Span::new(1, 5);
        let html = render(&record, &indexed);
        assert_eq!(html.matches("data-fact=\"f1\"").count(), 2);
        assert_eq!(html.matches(" id=\"f1\"").count(), 1);
    }
}
