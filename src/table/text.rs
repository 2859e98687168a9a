//! Tables drawn in plain text: columns separated by tabs or runs of spaces.
//!
//! Detection is conservative, because a report's prose must never be read as a table: a table
//! is at least three consecutive lines (blank lines between them allowed) that each split into
//! the same number of short cells (the header may lack its top-left corner), with no cell
//! ending a sentence, and at least two rows with numbers in more than half of the cells right
//! of the row label. A line that happens to contain two wide gaps — a page header such as
//! `中央政府门户网站　www.gov.cn　　2006年02月23日` — does not make a table on its own.

use super::{Grid, SpannedCell, Table, TableSource, number};
use crate::span::{IndexedText, Span};

/// Longest cell a text table may have, in chars.
const MAX_CELL: usize = 30;
/// Fewest rows (header included).
const MIN_ROWS: usize = 3;

/// Find text-drawn tables among `lines` (body lines in text order). `source` and `norm` are
/// char-aligned; gaps are read on `norm` (where every kind of space is a space) and tabs on
/// `source`.
pub fn find(source: &IndexedText, norm: &IndexedText, lines: &[Span]) -> Vec<Table> {
    let split: Vec<Option<Vec<Span>>> = lines.iter().map(|&l| cells(source, norm, l)).collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = &split[i] else {
            i += 1;
            continue;
        };
        // Collect the run: lines with the same cell count as the second row (the first may
        // have one fewer), skipping blank lines.
        let mut run = vec![i];
        let mut width = None;
        let mut j = i + 1;
        while j < lines.len() {
            if norm.slice(lines[j]).trim().is_empty() {
                j += 1;
                continue;
            }
            let Some(c) = &split[j] else { break };
            let w = *width.get_or_insert(c.len());
            if c.len() != w {
                break;
            }
            run.push(j);
            j += 1;
        }
        let width = width.unwrap_or(first.len());
        let fits = first.len() == width || first.len() + 1 == width;
        if fits && run.len() >= MIN_ROWS && width >= 2 {
            let rows: Vec<Vec<Option<Span>>> = run
                .iter()
                .map(|&k| {
                    let c = split[k].as_ref().map_or(&[][..], Vec::as_slice);
                    let pad = width - c.len();
                    std::iter::repeat_n(None, pad)
                        .chain(c.iter().copied().map(Some))
                        .collect()
                })
                .collect();
            if numeric_enough(source, &rows) {
                let mut before: Vec<Span> = lines[..i]
                    .iter()
                    .rev()
                    .filter(|&&l| !norm.slice(l).trim().is_empty())
                    .take(2)
                    .copied()
                    .collect();
                before.reverse();
                let spanned: Vec<Vec<SpannedCell>> = rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|s| SpannedCell::plain(s.map_or("", |s| source.slice(s))))
                            .collect()
                    })
                    .collect();
                let grid = Grid::from_spanned(&spanned);
                tables.push(Table::build(
                    TableSource::Text,
                    &grid,
                    &rows,
                    source,
                    &before,
                ));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    tables
}

/// At least two rows whose cells right of the label are more than half numbers.
fn numeric_enough(source: &IndexedText, rows: &[Vec<Option<Span>>]) -> bool {
    let numeric_rows = rows
        .iter()
        .filter(|r| {
            let values: Vec<&Option<Span>> = r.iter().skip(1).collect();
            let n = values
                .iter()
                .filter(|s| s.is_some_and(|s| number(source.slice(s)).is_some()))
                .count();
            n * 2 > values.len()
        })
        .count();
    numeric_rows >= 2
}

/// The cells of one line, or `None` when it cannot be a table row.
fn cells(source: &IndexedText, norm: &IndexedText, line: Span) -> Option<Vec<Span>> {
    if !may_have_cells(source.slice(line), norm.slice(line)) {
        return None;
    }
    split_cells(source, norm, line)
}

/// False for a line [`split_cells`] cannot split in two: two cells need a wide gap after the
/// first cell's start, that is two spaces in a row (in `norm`, after the indent) or a tab
/// (in `source`). Prose lines have neither, and are rejected without collecting their chars.
fn may_have_cells(source: &str, norm: &str) -> bool {
    norm.trim_start_matches(' ').contains("  ") || source.contains('\t')
}

/// [`cells`] without the quick rejection.
fn split_cells(source: &IndexedText, norm: &IndexedText, line: Span) -> Option<Vec<Span>> {
    let n: Vec<char> = norm.slice(line).chars().collect();
    let s: Vec<char> = source.slice(line).chars().collect();
    if n.len() > 160 {
        return None;
    }
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut k = 0;
    while k < n.len() {
        if n[k] == ' ' {
            let gap_end = (k..n.len()).find(|&e| n[e] != ' ').unwrap_or(n.len());
            let wide = gap_end - k >= 2 || s[k..gap_end].contains(&'\t');
            if (wide || gap_end == n.len())
                && let Some(st) = start.take()
            {
                out.push(Span::new(line.start + st, line.start + k));
            }
            k = gap_end;
            continue;
        }
        start.get_or_insert(k);
        k += 1;
    }
    if let Some(st) = start {
        out.push(Span::new(line.start + st, line.start + n.len()));
    }
    let short = out.iter().all(|c| {
        let t = norm.slice(*c);
        c.len() <= MAX_CELL && !t.ends_with(['。', ';', ',', ':', '!', '?'])
    });
    (out.len() >= 2 && short).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn tables(text: &str) -> (IndexedText, Vec<Table>) {
        let source = IndexedText::new(text.to_string());
        let norm = IndexedText::new(normalize(text));
        let lines = source.lines();
        let t = find(&source, &norm, &lines);
        (source, t)
    }

    #[test]
    fn spaces_and_tabs_draw_a_table() {
        let text = "全年粮食生产稳定。\n表3  主要农产品产量\n              产量（吨）    比上年增长（%）\n\
                    粮食          1223474       1.8\n其中：夏粮    206624        6.2\n\
                    棉花\t1040\t4.9\n\n说明：数据来自统计局。\n";
        let (src, t) = tables(text);
        assert_eq!(t.len(), 1);
        let t = &t[0];
        assert_eq!((t.header_rows, t.header_columns), (1, 1));
        assert_eq!(t.rows.len(), 4);
        assert_eq!(t.caption.as_deref(), Some("表3  主要农产品产量"));
        let cell = &t.rows[2][1];
        assert_eq!(src.slice(cell.span.unwrap()), "206624");
        assert_eq!(t.rows[0][0].span, None);
        assert_eq!(src.slice(t.rows[3][2].span.unwrap()), "4.9");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The quick rejection never turns away a line the full split would accept.
        #[test]
        fn rejected_lines_have_no_cells(
            text in crate::normalize::tests::report_text(
                vec![' ', ' ', '\t', '\u{3000}', '1', '。', '粮'],
                30,
            )
        ) {
            let line: String = text.chars().filter(|&c| c != '\n').collect();
            let source = IndexedText::new(line.clone());
            let norm = IndexedText::new(normalize(&line));
            let span = Span::new(0, source.char_len());
            if !may_have_cells(source.slice(span), norm.slice(span)) {
                proptest::prop_assert_eq!(split_cells(&source, &norm, span), None);
            }
        }
    }

    #[test]
    fn prose_and_lone_wide_gaps_are_not_tables() {
        let (_, t) = tables(
            "中央政府门户网站\u{3000}www.gov.cn\u{3000}\u{3000} 2006年02月23日 14时43分\u{3000}\u{3000} 来源：人民网\n\
             全年地区生产总值增长5.4%，  其中第一产业增长3.1%。\n\
             全市粮食产量  120万吨，增长  2%。\n",
        );
        assert!(t.is_empty());
        // Aligned names with no numbers are a list, not a table.
        let (_, t) = tables("张三    李四    王五\n赵六    钱七    孙八\n周九    吴十    郑一\n");
        assert!(t.is_empty());
        // Two rows are too few.
        let (_, t) = tables("指标    数值\n粮食    120\n");
        assert!(t.is_empty());
    }
}
