//! HTML pages: from the bytes of a published page to the report's text, its tables, what was
//! left out as page furniture, and where each paragraph came from in the page.
//!
//! ```text
//! bytes → charset (BOM, <meta>, detection) → html5ever DOM (scraper) → blocks
//!       → main content → extracted text + paragraph origins + table grids + dropped furniture
//! ```
//!
//! The rest of the pipeline then runs on the extracted text exactly as on a plain-text
//! report, so every span of an HTML record points into the extracted text (which the record
//! carries). Paragraph origins are byte ranges of the input file, recovered by [`locate`].

pub mod charset;
pub mod content;
pub mod dom;
pub mod locate;

use serde::Serialize;

use crate::decode::EncodingSource;
use crate::error::ErrorKind;
use crate::span::Span;
use crate::table::Grid;
use content::Verdict;

/// Why part of a page was left out of the report's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// A `<nav>`, menu or breadcrumb.
    Navigation,
    /// A `<header>`, banner or logo.
    Header,
    /// A `<footer>` or copyright block.
    Footer,
    /// An `<aside>` or sidebar.
    Aside,
    /// A `<form>`.
    Form,
    /// Hidden by `hidden` or `display:none`.
    Hidden,
    /// Share buttons.
    Share,
    /// Related-links lists.
    Related,
    /// Print, close, font-size and similar tools.
    Widget,
    /// A block that is mostly links.
    LinkList,
    /// Outside the element that holds the report.
    OutsideContent,
    /// A `<script>` element.
    Script,
    /// A `<style>` element.
    Style,
}

/// A half-open range of bytes of the input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ByteRange {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A paragraph of the extracted text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Its chars in the extracted text (all its lines).
    pub span: Span,
    /// Its bytes in the page, from its first char to its last; null when it could not be found
    /// (see [`locate`] for the precision).
    pub html: Option<ByteRange>,
}

/// Page furniture left out of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    /// Why.
    pub reason: DropReason,
    /// Its bytes in the page; null when they could not be found.
    pub html: Option<ByteRange>,
    /// The start of its text, for a reviewer (scripts and styles have none).
    pub text: Option<String>,
}

/// A data table of the page: its grid, where each cell's text went in the extracted text, and
/// the lines before it (for its caption and unit).
#[derive(Debug, Clone)]
pub struct PageTable {
    /// The cells, spans expanded.
    pub grid: Grid,
    /// Where each cell's text is in the extracted text (`None` when empty or not written).
    pub spans: Vec<Vec<Option<Span>>>,
    /// Up to two lines of extracted text just before the table, nearest last.
    pub before: Vec<Span>,
}

/// Everything the HTML stage makes of a page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The report's text: one line per paragraph line, `\n` after each.
    pub text: String,
    /// The encoding used (WHATWG name).
    pub encoding: &'static str,
    /// How it was chosen.
    pub encoding_source: EncodingSource,
    /// Replacement characters the decoder inserted.
    pub replacements: usize,
    /// The page declares another charset than the one its bytes are in.
    pub mismatch: Option<charset::Mismatch>,
    /// The text of `<title>`.
    pub title: Option<String>,
    /// Every paragraph of the text with its origin.
    pub paragraphs: Vec<Paragraph>,
    /// The data tables in the text.
    pub tables: Vec<PageTable>,
    /// What was left out, in page order.
    pub dropped: Vec<Dropped>,
}

/// How much of a dropped block's text the record keeps.
const EXCERPT_CHARS: usize = 40;

/// Extensions that are HTML whatever the content.
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "shtml"];

/// Should `bytes` (named `path`) be read as an HTML page? Yes for `.html`/`.htm` names, and for
/// any other name when the content starts, after comments and white space, with a doctype or
/// one of the elements that open a page (`<html`, `<head`, `<body`, `<meta`, `<title`). A plain
/// text dump of a web page that merely contains tags is not taken for HTML, since HTML would
/// fold its lines together.
pub fn is_html(path: &str, bytes: &[u8]) -> bool {
    let ext = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    HTML_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext)) || sniff(bytes)
}

fn sniff(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text: String = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, len)) => enc.decode_without_bom_handling(&head[len..]).0.into_owned(),
        None => String::from_utf8_lossy(head).into_owned(),
    };
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    loop {
        if let Some(r) = rest.strip_prefix("<!--") {
            let Some(end) = r.find("-->") else {
                return false;
            };
            rest = r[end + 3..].trim_start();
        } else if rest.starts_with("<?") {
            let Some(end) = rest.find("?>") else {
                return false;
            };
            rest = rest[end + 2..].trim_start();
        } else {
            break;
        }
    }
    let lower: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
    ]
    .iter()
    .any(|open| {
        lower.strip_prefix(open).is_some_and(|after| {
            after.is_empty()
                || after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
        })
    })
}

/// Read an HTML page. `forced` comes from `--encoding`.
pub fn read(
    bytes: &[u8],
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Page, ErrorKind> {
    let decoded = charset::decode_page(bytes, forced)?;
    let doc = scraper::Html::parse_document(&decoded.text);
    let walk = dom::walk(&doc);
    drop(doc);
    let verdicts = content::select(&walk.blocks, walk.title.as_deref());
    let mut visible = locate::Visible::new(&decoded.text);
    let to_input = |r: Option<(usize, usize)>| {
        r.map(|(s, e)| ByteRange {
            start: decoded.input_offset(s),
            end: decoded.input_offset(e),
        })
    };

    let mut text = String::new();
    let mut chars = 0usize;
    let mut paragraphs = Vec::new();
    let mut dropped: Vec<Dropped> = Vec::new();
    let mut tables: Vec<PageTable> = walk
        .tables
        .iter()
        .map(|g| PageTable {
            grid: g.clone(),
            spans: vec![vec![None; g.width()]; g.rows.len()],
            before: Vec::new(),
        })
        .collect();
    let mut line_spans: Vec<Span> = Vec::new();
    let mut table_started = vec![false; tables.len()];
    let mut last_verdict: Option<Verdict> = None;
    for (block, verdict) in walk.blocks.iter().zip(&verdicts) {
        let origin = to_input(visible.find(&block.joined()));
        match *verdict {
            Verdict::Dropped(reason) => match dropped.last_mut() {
                Some(d) if last_verdict == Some(*verdict) => {
                    if let (Some(h), Some(o)) = (d.html.as_mut(), origin) {
                        h.end = h.end.max(o.end);
                    }
                }
                _ => dropped.push(Dropped {
                    reason,
                    html: origin,
                    text: Some(block.joined().chars().take(EXCERPT_CHARS).collect()),
                }),
            },
            Verdict::Content => {
                let start = chars;
                let lines: Vec<String> = match block.table_row {
                    Some(_) => block.lines.clone(),
                    None => block.lines.iter().flat_map(|l| split_fields(l)).collect(),
                };
                if let Some((t, r)) = block.table_row {
                    if !table_started[t] {
                        table_started[t] = true;
                        let n = line_spans.len();
                        tables[t].before = line_spans[n.saturating_sub(2)..].to_vec();
                    }
                    let mut at = chars;
                    for (k, (c, cell)) in block.cells.iter().enumerate() {
                        if k > 0 {
                            at += 1;
                        }
                        let n = cell.chars().count();
                        tables[t].spans[r][*c] = Some(Span::new(at, at + n));
                        at += n;
                    }
                }
                for line in &lines {
                    let n = line.chars().count();
                    line_spans.push(Span::new(chars, chars + n));
                    text.push_str(line);
                    text.push('\n');
                    chars += n + 1;
                }
                paragraphs.push(Paragraph {
                    span: Span::new(start, chars - 1),
                    html: origin,
                });
            }
        }
        last_verdict = Some(*verdict);
    }
    for &(name, s, e) in &visible.raw_text_elements {
        dropped.push(Dropped {
            reason: if name == "style" {
                DropReason::Style
            } else {
                DropReason::Script
            },
            html: to_input(Some((s, e))),
            text: None,
        });
    }
    dropped.sort_by_key(|d| d.html.map_or(usize::MAX, |h| h.start));
    tables.retain(|t| t.spans.iter().flatten().any(Option::is_some));
    if text.trim().is_empty() {
        return Err(if walk.blocks.is_empty() {
            ErrorKind::Empty
        } else {
            ErrorKind::NoReportText
        });
    }
    Ok(Page {
        text,
        encoding: decoded.encoding,
        encoding_source: decoded.source,
        replacements: decoded.replacements,
        mismatch: decoded.mismatch,
        title: walk.title,
        paragraphs,
        tables,
        dropped,
    })
}

/// A line of several `key：value` fields (发布日期：2016-11-22 浏览次数： 信息来源：省发改委), as
/// pages lay out their date and source in one row of spans, becomes one line per field, so
/// the page-chrome stage reads each like the same line of a plain-text dump.
fn split_fields(line: &str) -> Vec<String> {
    let is_field = |tok: &str| {
        tok.split_once(['：', ':']).is_some_and(|(key, _)| {
            let n = key.chars().count();
            (2..=6).contains(&n) && key.chars().all(|c| c > '\u{2E80}')
        })
    };
    let tokens: Vec<&str> = line.split(' ').filter(|t| !t.is_empty()).collect();
    let fields = tokens.iter().filter(|t| is_field(t)).count();
    if fields < 2 || !tokens.first().is_some_and(|t| is_field(t)) || line.contains('。') {
        return vec![line.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    for tok in tokens {
        match out.last_mut() {
            Some(last) if !is_field(tok) => {
                last.push(' ');
                last.push_str(tok);
            }
            _ => out.push(tok.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_name_or_opening() {
        assert!(is_html("a.HTM", b"plain"));
        assert!(is_html("a.txt", b"\n<!-- saved -->\n<!DOCTYPE html><html>"));
        assert!(is_html("-", b"  <html lang=zh>"));
        assert!(is_html(
            "a",
            b"<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC>"
        ));
        assert!(!is_html(
            "a.txt",
            "<!--\n-->\n<U+00A0>\n当前位置：首页".as_bytes()
        ));
        assert!(!is_html("a.txt", "一、总则\n<p>不是网页</p>".as_bytes()));
        assert!(!is_html("a.txt", b"<htmlx>"));
    }

    #[test]
    fn fields_split_only_when_the_line_is_fields() {
        assert_eq!(
            split_fields("发布日期：2016-11-22 浏览次数： 信息来源：省发改委"),
            vec!["发布日期：2016-11-22", "浏览次数：", "信息来源：省发改委"]
        );
        assert_eq!(
            split_fields("会议决定：批准 发行：国债。"),
            vec!["会议决定：批准 发行：国债。"]
        );
        assert_eq!(split_fields("来源：新华社"), vec!["来源：新华社"]);
    }

    const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>2023年某县统计公报_某县人民政府</title><style>p{}</style></head><body>
<div class="header"><a href="/">首页</a> <a href="/a">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/b">统计数据</a></div>
<h1 class="art-title">2023年某县统计公报</h1>
<div class="info">发布时间：2024-03-01 来源：县统计局</div>
<div id="content">
<p>　　一、综合</p>
<p>　　全年地区生产总值&ldquo;稳中有进&rdquo;，达到215.3亿元，比上年增长5.2%。<br>第二行，人口12万人。</p>
<p>表1 主要指标</p>
<table><tr><th>指标</th><th>绝对数（亿元）</th><th>比上年增长（%）</th></tr>
<tr><td>地区生产总值</td><td>215.3</td><td>5.2</td></tr>
<tr><td rowspan="2">其中：工业</td><td>80.1</td><td>6.0</td></tr></table>
<div class="bdshare">分享到：微信 微博</div>
</div>
<div class="footer"><p>主办单位：某县人民政府办公室</p><p>版权所有 网站标识码1234</p></div>
<script>var nav = "首页";</script>
</body></html>"#;

    #[test]
    fn a_page_becomes_its_report_text() {
        let page = read(PAGE.as_bytes(), None).unwrap();
        assert_eq!(
            page.text,
            "2023年某县统计公报\n发布时间：2024-03-01\n来源：县统计局\n一、综合\n\
             全年地区生产总值“稳中有进”，达到215.3亿元，比上年增长5.2%。\n第二行，人口12万人。\n\
             表1 主要指标\n指标\t绝对数（亿元）\t比上年增长（%）\n地区生产总值\t215.3\t5.2\n\
             其中：工业\t80.1\t6.0\n"
        );
        let reasons: Vec<DropReason> = page.dropped.iter().map(|d| d.reason).collect();
        assert_eq!(
            reasons,
            vec![
                DropReason::Style,
                DropReason::Header,
                DropReason::Navigation,
                DropReason::Share,
                DropReason::Footer,
                DropReason::Script
            ]
        );
        assert_eq!(page.tables.len(), 1);
        assert_eq!(page.tables[0].before.len(), 2);
        assert_eq!(
            page.title.as_deref(),
            Some("2023年某县统计公报_某县人民政府")
        );
    }

    #[test]
    fn paragraph_origins_cut_back_to_the_page() {
        let page = read(PAGE.as_bytes(), None).unwrap();
        let chars: Vec<char> = page.text.chars().collect();
        for p in &page.paragraphs {
            let h = p.html.expect("every paragraph is found");
            let raw = &PAGE[h.start..h.end];
            let first = chars[p.span.start];
            let last = chars[p.span.end - 1];
            assert!(raw.starts_with(first), "{raw:?} vs {first}");
            assert!(
                raw.ends_with(last) || raw.ends_with(';'),
                "{raw:?} vs {last}"
            );
        }
        let body = &page.paragraphs[3];
        let h = body.html.unwrap();
        assert_eq!(
            &PAGE[h.start..h.end],
            "全年地区生产总值&ldquo;稳中有进&rdquo;，达到215.3亿元，比上年增长5.2%。<br>第二行，人口12万人。"
        );
    }

    #[test]
    fn a_page_without_text_is_empty_and_one_of_furniture_has_no_report() {
        assert!(matches!(
            read(b"<html><body><script>x</script></body></html>", None),
            Err(ErrorKind::Empty)
        ));
        assert!(matches!(
            read(
                "<html><body><nav><a href=/>首页</a></nav></body></html>".as_bytes(),
                None
            ),
            Err(ErrorKind::NoReportText)
        ));
    }
}
