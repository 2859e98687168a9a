//! Tables: a grid of cells (from an HTML `<table>` or from columns drawn in plain text), its
//! header rows and columns, and one fact per numeric cell.
//!
//! A table reaches this module as a [`Grid`] — rows of cells with `rowspan`/`colspan` already
//! expanded, each copy pointing at the cell it was spread from — plus where each cell's text is
//! in the extracted text. [`Table::build`] works out what is header and what is data: leading
//! rows with no number in them (or written with `<th>`) are header rows, leading columns with
//! no number below the header are row labels, and a column headed 单位 gives each row's unit.
//! [`facts::table_facts`] then reads every numeric data cell as a fact labelled by its row
//! and column headers.

pub mod facts;
pub mod text;

use serde::Serialize;

use crate::normalize::fold_char;
use crate::span::{IndexedText, Span};

/// Where a table was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TableSource {
    /// An HTML `<table>`.
    Html,
    /// Columns separated by runs of spaces or tabs in plain text.
    Text,
}

/// One cell as read, before headers are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridCell {
    /// The cell's text, whitespace collapsed.
    pub text: String,
    /// Written as a header cell (`<th>`).
    pub th: bool,
    /// For a position covered by a `rowspan`/`colspan`: the row and column of the cell that
    /// spans it.
    pub copy_of: Option<(usize, usize)>,
}

/// A table's cells with spans expanded: every row has the same number of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    /// Rows of cells.
    pub rows: Vec<Vec<GridCell>>,
}

/// A cell as written in the page: text, header flag, `rowspan` and `colspan`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpannedCell {
    /// The cell's text.
    pub text: String,
    /// Written as `<th>`.
    pub th: bool,
    /// Rows it covers (at least 1).
    pub rowspan: usize,
    /// Columns it covers (at least 1).
    pub colspan: usize,
}

impl SpannedCell {
    /// A data cell covering one position, as text-drawn tables have only.
    pub fn plain(text: impl Into<String>) -> Self {
        SpannedCell {
            text: text.into(),
            th: false,
            rowspan: 1,
            colspan: 1,
        }
    }
}

/// Caps on spans, so a hostile `colspan="100000"` cannot blow up memory.
const MAX_COLSPAN: usize = 100;
const MAX_ROWSPAN: usize = 500;

impl Grid {
    /// Lay out rows of spanned cells the way HTML tables are laid out: each cell goes to the
    /// first free position of its row, covering `rowspan × colspan` positions; rows are padded
    /// with empty cells to the widest row.
    pub fn from_spanned(rows: &[Vec<SpannedCell>]) -> Grid {
        let mut grid: Vec<Vec<Option<GridCell>>> = vec![Vec::new(); rows.len()];
        for (r, row) in rows.iter().enumerate() {
            let mut c = 0;
            for cell in row {
                while grid[r].get(c).is_some_and(Option::is_some) {
                    c += 1;
                }
                let rowspan = cell.rowspan.clamp(1, MAX_ROWSPAN).min(rows.len() - r);
                let colspan = cell.colspan.clamp(1, MAX_COLSPAN);
                for dr in 0..rowspan {
                    for dc in 0..colspan {
                        let line = &mut grid[r + dr];
                        if line.len() <= c + dc {
                            line.resize(c + dc + 1, None);
                        }
                        line[c + dc] = Some(GridCell {
                            text: cell.text.clone(),
                            th: cell.th,
                            copy_of: (dr > 0 || dc > 0).then_some((r, c)),
                        });
                    }
                }
                c += colspan;
            }
        }
        let width = grid.iter().map(Vec::len).max().unwrap_or(0);
        let empty = GridCell {
            text: String::new(),
            th: false,
            copy_of: None,
        };
        Grid {
            rows: grid
                .into_iter()
                .map(|mut row| {
                    row.resize(width, None);
                    row.into_iter()
                        .map(|c| c.unwrap_or_else(|| empty.clone()))
                        .collect()
                })
                .collect(),
        }
    }

    /// Number of columns.
    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }
}

/// One table of a record.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// `t1`, `t2` … in text order.
    pub id: String,
    /// HTML or text-drawn.
    pub source: TableSource,
    /// From the first cell of the first row to the last cell of the last row.
    pub span: Span,
    /// The title line before the table (表2 财政收支情况) or its `<caption>`.
    pub caption: Option<String>,
    /// The unit a caption line states for the whole table (单位：万元).
    pub unit: Option<String>,
    /// Leading rows that are headers.
    pub header_rows: usize,
    /// Leading columns that are row headers (a 单位 column among them included).
    pub header_columns: usize,
    /// The column that gives each row's unit, when there is one.
    pub unit_column: Option<usize>,
    /// Rows of cells, spans expanded.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell of a table.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// Where its text is; for a spanned copy, the spanning cell's text; null when empty.
    pub span: Option<Span>,
    /// In a header row or header column.
    pub header: bool,
    /// For a position covered by a `rowspan`/`colspan`: `[row, column]` of the spanning cell.
    pub copy_of: Option<[usize; 2]>,
}

impl Table {
    /// Analyse a grid whose cells' texts are at `spans` (same shape as the grid; `None` for an
    /// empty cell) in `text`. `before` are the text lines just before the table, nearest last,
    /// where a caption and a unit line are looked for.
    pub fn build(
        source: TableSource,
        grid: &Grid,
        spans: &[Vec<Option<Span>>],
        text: &IndexedText,
        before: &[Span],
    ) -> Table {
        let numeric: Vec<Vec<bool>> = grid
            .rows
            .iter()
            .map(|row| row.iter().map(|c| number(&c.text).is_some()).collect())
            .collect();
        let header_rows = header_rows(grid, &numeric);
        let header_columns = header_columns(grid, &numeric, header_rows);
        let unit_column = (0..header_columns).find(|&c| {
            (0..header_rows).any(|r| is_unit_heading(&grid.rows[r][c].text)) && header_columns > 1
        });
        let before_texts: Vec<&str> = before.iter().map(|&s| text.slice(s).trim()).collect();
        let caption = caption(&before_texts);
        let unit = before_texts
            .iter()
            .rev()
            .copied()
            .filter(|t| t.chars().count() <= 30)
            .chain(
                grid.rows[..header_rows]
                    .iter()
                    .flat_map(|r| r.iter().map(|c| c.text.as_str())),
            )
            .find_map(unit_line);
        let mut first = None;
        let mut last = None;
        let rows = grid
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                row.iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let span = match cell.copy_of {
                            Some((or, oc)) => spans[or][oc],
                            None => spans[r][c],
                        };
                        if let Some(s) = span {
                            first.get_or_insert(s.start);
                            last = Some(last.map_or(s.end, |e: usize| e.max(s.end)));
                        }
                        Cell {
                            text: cell.text.clone(),
                            span,
                            header: r < header_rows || c < header_columns || cell.th,
                            copy_of: cell.copy_of.map(|(r, c)| [r, c]),
                        }
                    })
                    .collect()
            })
            .collect();
        let start = first.unwrap_or(0);
        Table {
            id: String::new(),
            source,
            span: Span::new(start, last.unwrap_or(start).max(start)),
            caption,
            unit,
            header_rows,
            header_columns,
            unit_column,
            rows,
        }
    }
}

/// Every table of a document: the HTML stage's (`page`), then tables drawn in the text among
/// the lines they do not cover; in text order, numbered `t1`, `t2` …
pub fn find_all(
    source: &IndexedText,
    norm: &IndexedText,
    lines: &[Span],
    page: &[crate::html::PageTable],
) -> Vec<Table> {
    let mut tables: Vec<Table> = page
        .iter()
        .map(|p| Table::build(TableSource::Html, &p.grid, &p.spans, source, &p.before))
        .collect();
    let free: Vec<Span> = lines
        .iter()
        .copied()
        .filter(|l| !tables.iter().any(|t| t.span.contains(*l) && !l.is_empty()))
        .collect();
    tables.extend(text::find(source, norm, &free));
    tables.sort_by_key(|t| (t.span.start, t.span.end));
    for (i, t) in tables.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
    tables
}

/// Leading rows without a number in them, or written all in `<th>`; at most three, and never
/// every row. A title row spanning the whole width (单位：万元) counts as a header row.
fn header_rows(grid: &Grid, numeric: &[Vec<bool>]) -> usize {
    let n = grid.rows.len();
    let mut h = 0;
    while h < n.saturating_sub(1) && h < 3 {
        let row = &grid.rows[h];
        let all_th = row.iter().all(|c| c.th || c.text.is_empty());
        let has_number = numeric[h].iter().skip(1).any(|&x| x) && !years_only(row);
        if !all_th && has_number {
            break;
        }
        h += 1;
    }
    h
}

/// A header row of years (2015 2016 2017) is numeric to the eye of [`number`], but is a header.
fn years_only(row: &[GridCell]) -> bool {
    let cells: Vec<&str> = row[1..]
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    !cells.is_empty()
        && cells.iter().all(|t| {
            t.len() == 4
                && t.chars().all(|c| c.is_ascii_digit())
                && (t.starts_with("19") || t.starts_with("20"))
        })
}

/// Leading columns with no number below the header rows; never every column.
fn header_columns(grid: &Grid, numeric: &[Vec<bool>], header_rows: usize) -> usize {
    let width = grid.width();
    let mut h = 0;
    while h < width.saturating_sub(1) {
        if (header_rows..grid.rows.len()).any(|r| numeric[r][h]) {
            break;
        }
        h += 1;
    }
    h
}

fn is_unit_heading(text: &str) -> bool {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    matches!(t.as_str(), "单位" | "計量單位" | "计量单位" | "單位")
}

/// The title line before a table: 表N …, or a short line without sentence punctuation.
fn caption(before: &[&str]) -> Option<String> {
    before
        .iter()
        .rev()
        .find(|t| {
            let n = t.chars().count();
            (t.starts_with('表')
                && t.chars()
                    .nth(1)
                    .is_some_and(|c| fold_char(c).is_ascii_digit()))
                || (t.starts_with("附表") && n <= 60)
        })
        .map(|t| t.to_string())
}

/// The unit a line states for a whole table: 单位：万元, （单位：亿元）.
pub fn unit_line(text: &str) -> Option<String> {
    let t: String = text.chars().map(fold_char).collect();
    let at = t.find("单位:").or_else(|| t.find("單位:"))?;
    let rest = t[at + "单位:".len()..].trim_start();
    let unit: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ')' | ',' | ';' | '。'))
        .collect();
    (!unit.is_empty() && unit.chars().count() <= 8).then_some(unit)
}

/// A cell read as a number: optional sign, digits with optional thousands commas and decimal
/// point, optional `%` or `‰`. Returns the number as written without sign or percent sign,
/// whether it is negative, and the percent sign.
pub fn number(text: &str) -> Option<(String, bool, Option<char>)> {
    let t: String = text
        .chars()
        .map(fold_char)
        .filter(|c| !c.is_whitespace())
        .collect();
    let (negative, rest) = match t.strip_prefix(['-', '−', '—']) {
        Some(r) if !r.starts_with('—') => (true, r),
        Some(_) => return None,
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let (digits, pct) = match rest.strip_suffix(['%', '‰']) {
        Some(d) => (d, rest.chars().last()),
        None => (rest, None),
    };
    let mut seen_dot = false;
    let mut seen_digit = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => seen_digit = true,
            '.' if !seen_dot && seen_digit => seen_dot = true,
            ',' if seen_digit && !seen_dot => {}
            _ => return None,
        }
    }
    if !seen_digit || digits.ends_with(['.', ',']) {
        return None;
    }
    Some((digits.replace(',', ""), negative, pct))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str, rowspan: usize, colspan: usize) -> SpannedCell {
        SpannedCell {
            text: text.into(),
            th: false,
            rowspan,
            colspan,
        }
    }

    #[test]
    fn spans_expand_into_copies() {
        let g = Grid::from_spanned(&[
            vec![cell("指标", 2, 1), cell("2016年", 1, 2)],
            vec![cell("绝对数", 1, 1), cell("增长", 1, 1)],
            vec![cell("粮食", 1, 1), cell("1223474", 1, 1), cell("1.8", 1, 1)],
        ]);
        let texts: Vec<Vec<&str>> = g
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            vec![
                vec!["指标", "2016年", "2016年"],
                vec!["指标", "绝对数", "增长"],
                vec!["粮食", "1223474", "1.8"],
            ]
        );
        assert_eq!(g.rows[1][0].copy_of, Some((0, 0)));
        assert_eq!(g.rows[0][2].copy_of, Some((0, 1)));
        assert_eq!(g.rows[0][1].copy_of, None);
    }

    #[test]
    fn hostile_spans_are_capped() {
        let g = Grid::from_spanned(&[vec![cell("a", 100_000, 100_000)], vec![]]);
        assert_eq!(g.width(), MAX_COLSPAN);
        assert_eq!(g.rows.len(), 2);
    }

    #[test]
    fn numbers_as_tables_write_them() {
        assert_eq!(number("1,223,474"), Some(("1223474".into(), false, None)));
        assert_eq!(number("-2.5"), Some(("2.5".into(), true, None)));
        assert_eq!(number("３.２５％"), Some(("3.25".into(), false, Some('%'))));
        for not in ["", "—", "--", "5.24.6", "2016年", "1.", "…", "-"] {
            assert_eq!(number(not), None, "{not}");
        }
    }

    #[test]
    fn unit_lines() {
        assert_eq!(unit_line("单位：万元").as_deref(), Some("万元"));
        assert_eq!(unit_line("（单位：亿元）").as_deref(), Some("亿元"));
        assert_eq!(unit_line("基本单位数量增长"), None);
    }
}
