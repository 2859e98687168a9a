//! From the parsed page to blocks of text: one block per paragraph-level run of text, each
//! knowing the elements around it, how much of it is link text, and which boilerplate
//! containers (navigation, footer, share widget …) it sits in.
//!
//! The walk is iterative (a page nested ten thousand deep costs no stack). Whitespace is
//! collapsed as a browser collapses it; `<br>` ends a line; block-level elements end a block;
//! `<pre>` keeps its lines. Elements that never show text (scripts, styles, forms' controls,
//! media) are skipped. A `<table>` that holds data — rows of short cells with numbers in them,
//! no table inside — becomes a [`Grid`] with one block per row; any other table is layout and
//! its cells are walked like `<div>`s.

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use super::DropReason;
use crate::table::{Grid, SpannedCell, number};

/// A paragraph-level run of text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Its lines (a `<br>` starts a new one), trimmed, none empty.
    pub lines: Vec<String>,
    /// Non-space chars.
    pub chars: usize,
    /// Non-space chars inside links.
    pub link_chars: usize,
    /// The elements around it, outermost first.
    pub ancestors: Vec<NodeId>,
    /// Boilerplate containers around it, outermost first.
    pub marks: Vec<(NodeId, DropReason)>,
    /// A heading element (`h1`–`h3`) or an element whose class or id says title.
    pub heading: bool,
    /// For a data table's row: the table's index and the row's.
    pub table_row: Option<(usize, usize)>,
    /// For a data table's row: the cells written at their own position (not spanned copies),
    /// as (column, text) in order; the row's line is these texts joined by tabs.
    pub cells: Vec<(usize, String)>,
}

impl Block {
    /// The share of link text.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }

    /// The block's text with its lines joined.
    pub fn joined(&self) -> String {
        self.lines.concat()
    }
}

/// What the walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Blocks in page order.
    pub blocks: Vec<Block>,
    /// Data tables, indexed by [`Block::table_row`].
    pub tables: Vec<Grid>,
    /// The text of `<title>`.
    pub title: Option<String>,
}

/// Elements whose content is never shown as text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "select", "button", "input", "textarea", "audio", "video", "map", "head", "meta",
    "link", "img",
];

/// Elements that start and end a block.
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "legend",
];

/// Walk the parsed page.
pub fn walk(doc: &Html) -> Walk {
    let mut w = Walker::default();
    w.out.title = title(doc);
    let mut skip_until: Option<NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_until.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => w.text(t),
                    Node::Element(e) => {
                        let name = e.name();
                        if SKIPPED.contains(&name) {
                            skip_until = Some(node.id());
                            continue;
                        }
                        if name == "br" {
                            w.buf.push('\n');
                            continue;
                        }
                        if name == "table"
                            && let Some(el) = ElementRef::wrap(node)
                            && let Some(grid) = data_table(el)
                        {
                            w.table(node.id(), e, grid, el);
                            skip_until = Some(node.id());
                            continue;
                        }
                        w.open(node.id(), e);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip_until {
                    if id == node.id() {
                        skip_until = None;
                    }
                    continue;
                }
                if let Node::Element(e) = node.value()
                    && e.name() != "br"
                {
                    w.close(e);
                }
            }
        }
    }
    w.flush();
    w.out
}

fn title(doc: &Html) -> Option<String> {
    doc.tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|e| collapse(&e.text().collect::<String>()).trim().to_string())
        .filter(|t| !t.is_empty())
}

/// How many enclosing elements a block remembers, outermost first. Real pages nest a few dozen
/// deep; the cap keeps a hostile page nested thousands deep from costing depth × blocks.
const MAX_ANCESTORS: usize = 256;

#[derive(Debug)]
struct Frame {
    link: bool,
    pre: bool,
    heading: bool,
    marked: bool,
}

#[derive(Debug, Default)]
struct Walker {
    out: Walk,
    stack: Vec<Frame>,
    /// Ids of the open elements, only the outermost [`MAX_ANCESTORS`].
    ids: Vec<NodeId>,
    /// The open boilerplate containers.
    marks: Vec<(NodeId, DropReason)>,
    links: usize,
    pres: usize,
    headings: usize,
    buf: String,
    buf_links: usize,
}

impl Walker {
    fn open(&mut self, id: NodeId, e: &Element) {
        let name = e.name();
        if BLOCK_LEVEL.contains(&name) {
            self.flush();
        }
        let frame = Frame {
            link: name == "a",
            pre: name == "pre",
            heading: matches!(name, "h1" | "h2" | "h3") || names_title(e),
            marked: false,
        };
        self.links += usize::from(frame.link);
        self.pres += usize::from(frame.pre);
        self.headings += usize::from(frame.heading);
        let marked = match mark(e) {
            Some(m) if self.marks.len() < MAX_ANCESTORS => {
                self.marks.push((id, m));
                true
            }
            _ => false,
        };
        self.stack.push(Frame { marked, ..frame });
        if self.stack.len() <= MAX_ANCESTORS {
            self.ids.push(id);
        }
    }

    fn close(&mut self, e: &Element) {
        if BLOCK_LEVEL.contains(&e.name()) {
            self.flush();
        }
        if let Some(f) = self.stack.pop() {
            self.links -= usize::from(f.link);
            self.pres -= usize::from(f.pre);
            self.headings -= usize::from(f.heading);
            if f.marked {
                self.marks.pop();
            }
            if self.stack.len() < MAX_ANCESTORS {
                self.ids.pop();
            }
        }
    }

    fn text(&mut self, t: &str) {
        let piece = if self.pres > 0 {
            t.to_string()
        } else {
            collapse(t)
        };
        if self.links > 0 {
            self.buf_links += piece
                .chars()
                .filter(|&c| !super::locate::is_space(c))
                .count();
        }
        self.buf.push_str(&piece);
    }

    fn flush(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        let link_chars = std::mem::take(&mut self.buf_links);
        let lines: Vec<String> = buf
            .split('\n')
            .map(|l| l.trim_matches(super::locate::is_space).to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return;
        }
        let chars = lines
            .iter()
            .flat_map(|l| l.chars())
            .filter(|&c| !super::locate::is_space(c))
            .count();
        self.out.blocks.push(Block {
            lines,
            chars,
            link_chars: link_chars.min(chars),
            ancestors: self.ids.clone(),
            marks: self.marks.clone(),
            heading: self.headings > 0,
            table_row: None,
            cells: Vec::new(),
        });
    }

    /// A data table: a caption block, then one block per row with a tab between cells.
    fn table(&mut self, id: NodeId, e: &Element, grid: Grid, el: ElementRef) {
        self.flush();
        let index = self.out.tables.len();
        let mut ancestors = self.ids.clone();
        ancestors.push(id);
        let mut marks = self.marks.clone();
        if let Some(m) = mark(e) {
            marks.push((id, m));
        }
        let caption = el
            .descendent_elements()
            .find(|c| c.value().name() == "caption")
            .map(|c| collapse(&c.text().collect::<String>()).trim().to_string())
            .filter(|c| !c.is_empty());
        if let Some(c) = caption {
            self.out.blocks.push(Block {
                chars: c.chars().filter(|&ch| !super::locate::is_space(ch)).count(),
                lines: vec![c],
                link_chars: 0,
                ancestors: ancestors.clone(),
                marks: marks.clone(),
                heading: true,
                table_row: None,
                cells: Vec::new(),
            });
        }
        for (r, row) in grid.rows.iter().enumerate() {
            let cells: Vec<(usize, String)> = row
                .iter()
                .enumerate()
                .filter(|(_, c)| c.copy_of.is_none() && !c.text.is_empty())
                .map(|(c, cell)| (c, cell.text.clone()))
                .collect();
            if cells.is_empty() {
                continue;
            }
            let line = cells
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join("\t");
            self.out.blocks.push(Block {
                chars: line
                    .chars()
                    .filter(|&ch| !super::locate::is_space(ch))
                    .count(),
                lines: vec![line],
                link_chars: 0,
                ancestors: ancestors.clone(),
                marks: marks.clone(),
                heading: false,
                table_row: Some((index, r)),
                cells,
            });
        }
        self.out.tables.push(grid);
    }
}

/// Whitespace as HTML collapses it: every run of ASCII whitespace becomes one space.
fn collapse(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        if c.is_ascii_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// The class and id words of an element, lower-cased, split at `-`, `_` and spaces.
fn class_words(e: &Element) -> Vec<String> {
    [e.attr("class"), e.attr("id")]
        .into_iter()
        .flatten()
        .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

fn names_title(e: &Element) -> bool {
    class_words(e)
        .iter()
        .any(|w| w == "title" || w.ends_with("title"))
}

/// Is the element a boilerplate container, and of which kind? By its tag (`nav`, `header`,
/// `footer`, `aside`, `form`), by being hidden, or by a word of its class or id.
fn mark(e: &Element) -> Option<DropReason> {
    let by_tag = match e.name() {
        "nav" | "menu" => Some(DropReason::Navigation),
        "header" => Some(DropReason::Header),
        "footer" => Some(DropReason::Footer),
        "aside" => Some(DropReason::Aside),
        "form" => Some(DropReason::Form),
        _ => None,
    };
    if by_tag.is_some() {
        return by_tag;
    }
    if hidden(e) {
        return Some(DropReason::Hidden);
    }
    class_words(e).iter().find_map(|w| class_reason(w))
}

fn hidden(e: &Element) -> bool {
    if e.attr("hidden").is_some() {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Class and id words that name page furniture. Matched as whole words, so `main-txt` or
/// `zoom` (a font-size target around the body) never match.
fn class_reason(word: &str) -> Option<DropReason> {
    Some(match word {
        "nav" | "navbar" | "navi" | "menu" | "breadcrumb" | "breadcrumbs" | "crumb" | "crumbs"
        | "position" | "location" | "daohang" | "topnav" | "subnav" | "mainnav" => {
            DropReason::Navigation
        }
        "header" | "topbar" | "banner" | "logo" => DropReason::Header,
        "footer" | "foot" | "copyright" | "banquan" | "bottom" => DropReason::Footer,
        "share" | "bdshare" | "sharebox" | "fenxiang" | "bdsharebuttonbox" => DropReason::Share,
        "related" | "relate" | "xgxw" | "xglj" | "links" | "friendlink" | "yqlj" => {
            DropReason::Related
        }
        "sidebar" | "aside" => DropReason::Aside,
        "print" | "printer" | "toolbar" | "tools" | "fontsize" | "pagination" | "sweep" => {
            DropReason::Widget
        }
        _ => return None,
    })
}

/// A table of data rather than layout: no table inside it, at least two rows and two
/// columns, short cells, and a number in some cell right of the first column.
fn data_table(el: ElementRef) -> Option<Grid> {
    // The element's own descendants include itself.
    if el
        .descendent_elements()
        .skip(1)
        .any(|d| d.value().name() == "table")
    {
        return None;
    }
    let rows: Vec<Vec<SpannedCell>> = el
        .descendent_elements()
        .filter(|d| d.value().name() == "tr")
        .map(|tr| {
            tr.child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .map(|c| SpannedCell {
                    text: cell_text(c),
                    th: c.value().name() == "th",
                    rowspan: span_attr(c.attr("rowspan")),
                    colspan: span_attr(c.attr("colspan")),
                })
                .collect()
        })
        .collect();
    if rows.len() < 2 || rows.iter().all(|r| r.len() < 2) {
        return None;
    }
    let cells = || rows.iter().flatten();
    if cells().any(|c| c.text.chars().count() > 60) {
        return None;
    }
    let has_number = rows
        .iter()
        .any(|r| r.iter().skip(1).any(|c| number(&c.text).is_some()));
    has_number.then(|| Grid::from_spanned(&rows))
}

/// A cell's text on one line: whitespace collapsed, line breaks become spaces.
fn cell_text(cell: ElementRef) -> String {
    let mut s = String::new();
    for node in cell.descendants() {
        match node.value() {
            Node::Text(t) => s.push_str(t),
            Node::Element(e) if matches!(e.name(), "br" | "p" | "div") => s.push(' '),
            _ => {}
        }
    }
    collapse(&s)
        .trim_matches(super::locate::is_space)
        .to_string()
}

/// `rowspan`/`colspan` as browsers read them: leading digits, 1 when absent or zero.
fn span_attr(v: Option<&str>) -> usize {
    v.map(|v| {
        v.trim()
            .chars()
            .take_while(char::is_ascii_digit)
            .take(6)
            .collect::<String>()
    })
    .and_then(|d| d.parse().ok())
    .filter(|&n: &usize| n > 0)
    .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(html: &str) -> Vec<String> {
        walk(&Html::parse_document(html))
            .blocks
            .iter()
            .map(|b| b.lines.join("|"))
            .collect()
    }

    #[test]
    fn blocks_lines_and_entities() {
        let got = lines(
            "<body><p>　　第一段&ldquo;引号&rdquo;，<b>加粗</b>\n  继续。</p>\
             <div>甲<br>乙<div>内层</div>尾</div><script>var x='脚本';</script></body>",
        );
        assert_eq!(
            got,
            vec!["第一段“引号”，加粗 继续。", "甲|乙", "内层", "尾"]
        );
    }

    #[test]
    fn marks_come_from_tags_classes_and_hidden_style() {
        let w = walk(&Html::parse_document(
            "<body><nav>首页</nav><div class='bd-share'>分享</div>\
             <div style='display: none'>隐藏</div><div id='zoom'>正文。</div></body>",
        ));
        let marks: Vec<Option<DropReason>> = w
            .blocks
            .iter()
            .map(|b| b.marks.last().map(|m| m.1))
            .collect();
        assert_eq!(
            marks,
            vec![
                Some(DropReason::Navigation),
                Some(DropReason::Share),
                Some(DropReason::Hidden),
                None
            ]
        );
    }

    #[test]
    fn data_tables_become_rows_layout_tables_do_not() {
        let w = walk(&Html::parse_document(
            "<table><tr><td>首页</td><td><table><tr><td>栏目</td></tr></table></td></tr></table>\
             <table><caption>表1</caption><tr><th></th><th>绝对数</th></tr>\
             <tr><td>粮食</td><td>12&nbsp;</td></tr><tr><td colspan=2>注</td></tr></table>",
        ));
        assert_eq!(w.tables.len(), 1);
        let rows: Vec<(String, Option<(usize, usize)>)> = w
            .blocks
            .iter()
            .map(|b| (b.lines.join("|"), b.table_row))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("首页".to_string(), None),
                ("栏目".to_string(), None),
                ("表1".to_string(), None),
                ("绝对数".to_string(), Some((0, 0))),
                ("粮食\t12".to_string(), Some((0, 1))),
                ("注".to_string(), Some((0, 2))),
            ]
        );
        assert_eq!(w.tables[0].rows[2][1].copy_of, Some((2, 0)));
    }

    #[test]
    fn hostile_spans_and_depth_do_not_hurt() {
        assert_eq!(span_attr(Some("99999999999")), 999_999);
        assert_eq!(span_attr(Some("0")), 1);
        assert_eq!(span_attr(Some("2abc")), 2);
        let deep = "<div>".repeat(5_000) + "深处。" + &"</div>".repeat(5_000);
        assert_eq!(lines(&deep), vec!["深处。"]);
    }
}
