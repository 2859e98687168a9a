//! One fact per numeric data cell of a table.
//!
//! The value is read by the facts engine itself, from the cell's number followed by the unit
//! the table gives it — a unit in brackets in the column heading (比上年增长（%）, 绝对数（亿元）),
//! the row's 单位 cell or a unit in brackets after the row label, or the table's 单位：万元
//! line, in that order —
//! so a table's 9977599 under 万元 is the same exact value as 9977599万元 written in prose. The
//! label joins the row label and the column heading, leaving out headings that only say which
//! figure it is (绝对数, 产量) or how it changed (比上年增长); the role, base and direction come
//! from the column heading. A change is linked to the level in the same row.

use serde::Serialize;

use super::{Table, number};
use crate::facts::{self, Approx, FactInput, Kind};
use crate::meaning::{Direction, LabelSource, LinkRel, Meaning, Role};
use crate::normalize::{fold_char, normalize};
use crate::span::{IndexedText, Span};

/// Which cell a fact was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellRef {
    /// The table's id.
    pub table: String,
    /// Row index, 0-based, header rows included.
    pub row: usize,
    /// Column index, 0-based.
    pub column: usize,
}

/// A fact read from a cell, with its meaning; `meaning.links` index into the same table's
/// facts.
#[derive(Debug, Clone)]
pub struct CellFact {
    /// The quantity.
    pub fact: facts::Fact,
    /// Label, role, clause …
    pub meaning: Meaning,
    /// Where it came from.
    pub cell: CellRef,
}

/// Headings that say which figure a column holds without naming an indicator.
const GENERIC_HEADINGS: &[&str] = &[
    "绝对数",
    "绝对额",
    "绝对值",
    "数值",
    "数量",
    "总量",
    "金额",
    "完成额",
    "完成数",
    "完成值",
    "实绩",
    "指标值",
    "产量",
    "数额",
    "本年",
    "本期",
    "全年",
    "合计",
    "总计",
    "比重",
    "构成",
    "占比",
    "结构",
    "增长",
    "增速",
    "增幅",
    "比上年增长",
    "比上年增减",
    "比上年上涨",
    "比上年下降",
    "比上年",
    "同比增长",
    "同比增减",
    "同比",
    "比年初增长",
    "比年初增减",
    "比去年增长",
    "比上月增长",
    "环比增长",
    "增减",
    "上涨",
    "下降",
    "增长率",
    "增减率",
];

/// Every numeric data cell of `table` as a fact. `text` is the extracted text the table's spans
/// point into; `report_year` completes nothing here but keeps the facts engine's contract.
pub fn table_facts(table: &Table, text: &IndexedText) -> Vec<CellFact> {
    let width = table.rows.first().map_or(0, Vec::len);
    let columns: Vec<Heading> = (0..width).map(|c| column_heading(table, c)).collect();
    let mut out: Vec<CellFact> = Vec::new();
    for (r, row) in table.rows.iter().enumerate().skip(table.header_rows) {
        let row_label = row_label(table, r);
        let row_unit = table
            .unit_column
            .and_then(|c| row.get(c))
            .map(|c| compact(&c.text))
            .filter(|u| !u.is_empty())
            .or_else(|| row_label.as_ref().and_then(|l| bracket_unit(&l.written)));
        let row_span = row
            .iter()
            .filter_map(|c| c.span)
            .fold(None, |acc: Option<Span>, s| {
                Some(acc.map_or(s, |a| Span::new(a.start.min(s.start), a.end.max(s.end))))
            });
        let Some(row_span) = row_span else { continue };
        let mut level_in_row: Option<usize> = None;
        let mut changes_in_row: Vec<usize> = Vec::new();
        for (c, cell) in row.iter().enumerate().skip(table.header_columns) {
            let (Some(span), None) = (cell.span, cell.copy_of) else {
                continue;
            };
            let Some((digits, negative, pct)) = number(&cell.text) else {
                continue;
            };
            let heading = &columns[c];
            // The column's own unit first: a 比上年增长（%） column is in percent even in a row
            // whose 单位 cell says 万吨.
            let unit = pct
                .map(String::from)
                .or_else(|| heading.unit.clone())
                .or_else(|| row_unit.clone())
                .or_else(|| table.unit.clone());
            let Some(mut fact) = read_quantity(&digits, unit.as_deref()) else {
                continue;
            };
            if negative {
                fact.value = -fact.value;
                fact.value_text = format!("-{}", fact.value_text);
            }
            fact.span = span;
            fact.number_span = span;
            fact.text = text.slice(span).to_string();
            // A heading saying 下降 turns a positive figure into a decrease; a minus sign
            // turns it back.
            let direction =
                (heading.role == Role::Change).then_some(if heading.decrease_word != negative {
                    Direction::Decrease
                } else {
                    Direction::Increase
                });
            let label = [
                row_label.as_ref().map(|l| l.label.clone()),
                heading.label.clone(),
            ]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("·");
            let i = out.len();
            match heading.role {
                Role::Observed if level_in_row.is_none() => level_in_row = Some(i),
                Role::Change => changes_in_row.push(i),
                _ => {}
            }
            out.push(CellFact {
                fact,
                meaning: Meaning {
                    label_source: (!label.is_empty()).then_some(LabelSource::Table),
                    // (Measured on prose labels only; a heading pair is another kind of label.)
                    label_confidence: None,
                    label: (!label.is_empty()).then_some(label),
                    clause: row_span,
                    clause_text: text.slice(row_span).to_string(),
                    role: heading.role,
                    direction,
                    base: heading.base.clone(),
                    period: heading.period.clone(),
                    period_text: heading.period_text.clone(),
                    links: Vec::new(),
                },
                cell: CellRef {
                    table: table.id.clone(),
                    row: r,
                    column: c,
                },
            });
        }
        if let Some(level) = level_in_row {
            for i in changes_in_row {
                out[i].meaning.links.push((LinkRel::Level, level));
            }
        }
    }
    out
}

/// The facts of the prose (with their meanings) and of the tables in one list in text order,
/// each with its cell when it came from one, links renumbered to the merged order. Cell facts
/// come as [`table_facts`] returns them, one table after another, each table's links counted
/// from its own first fact.
pub fn merge(
    prose: Vec<(facts::Fact, Meaning)>,
    cells: Vec<CellFact>,
) -> Vec<(facts::Fact, Meaning, Option<CellRef>)> {
    let mut items: Vec<(facts::Fact, Meaning, Option<CellRef>, usize)> = Vec::new();
    let n = prose.len();
    for (i, (f, m)) in prose.into_iter().enumerate() {
        items.push((f, m, None, i));
    }
    // A table's first fact: links inside the table are offset from it.
    let mut table_start = n;
    let mut current: Option<String> = None;
    for (j, mut c) in cells.into_iter().enumerate() {
        if current.as_deref() != Some(c.cell.table.as_str()) {
            current = Some(c.cell.table.clone());
            table_start = n + j;
        }
        for link in &mut c.meaning.links {
            link.1 += table_start;
        }
        items.push((c.fact, c.meaning, Some(c.cell), n + j));
    }
    items.sort_by_key(|it| (it.0.span.start, it.0.span.end, it.3));
    let mut new_index = vec![0; items.len()];
    for (k, it) in items.iter().enumerate() {
        new_index[it.3] = k;
    }
    items
        .into_iter()
        .map(|(f, mut m, cell, _)| {
            for link in &mut m.links {
                link.1 = new_index[link.1];
            }
            (f, m, cell)
        })
        .collect()
}

/// Read `digits` followed by `unit` with the facts engine: value with multipliers applied,
/// canonical unit, kind. A unit the engine does not know leaves the number unitless.
fn read_quantity(digits: &str, unit: Option<&str>) -> Option<facts::Fact> {
    if let Some(unit) = unit {
        let written = format!("{digits}{unit}");
        if let Some(f) = whole_fact(&written) {
            return Some(f);
        }
    }
    let value = crate::facts::numeral::parse_numeral(digits)?;
    let n = digits.chars().count();
    Some(facts::Fact {
        span: Span::new(0, n),
        text: digits.to_string(),
        value: value.to_f64(),
        value_text: value.to_string(),
        high: None,
        high_text: None,
        unit: None,
        unit_text: None,
        kind: Kind::Other,
        approx: Approx::Exact,
        number_span: Span::new(0, n),
    })
}

/// The one fact the engine reads from the whole of `written`, if it reads exactly that.
fn whole_fact(written: &str) -> Option<facts::Fact> {
    let norm = normalize(written);
    let n = written.chars().count();
    let found = facts::extract(&FactInput {
        source: written,
        norm: &norm,
        ranges: &[Span::new(0, n)],
        report_year: None,
    });
    match found.facts.as_slice() {
        [f] if f.span == Span::new(0, n) && f.unit.is_some() => Some(f.clone()),
        _ => None,
    }
}

/// What a column heading says about the cells below it.
#[derive(Debug, Clone)]
struct Heading {
    label: Option<String>,
    unit: Option<String>,
    role: Role,
    base: Option<String>,
    decrease_word: bool,
    period: Option<String>,
    period_text: Option<String>,
}

fn column_heading(table: &Table, c: usize) -> Heading {
    let mut parts: Vec<String> = Vec::new();
    for row in &table.rows[..table.header_rows] {
        let t = compact(&row[c].text);
        // A title row stating the table's unit (单位：万元) says nothing about one column.
        if !t.is_empty() && parts.last() != Some(&t) && super::unit_line(&t).is_none() {
            parts.push(t);
        }
    }
    let whole = parts.join("");
    let unit = parts.iter().rev().find_map(|p| bracket_unit(p));
    let role = role_of(&whole);
    let base = [
        "上年同期",
        "去年同期",
        "上年",
        "去年",
        "年初",
        "上月",
        "同比",
        "环比",
    ]
    .iter()
    .find(|b| whole.contains(*b))
    .map(|b| b.to_string())
    .filter(|_| role == Role::Change);
    let (period, period_text) = year_in(&whole)
        .or_else(|| table.caption.as_deref().and_then(year_in))
        .map_or((None, None), |(y, t)| (Some(y), Some(t)));
    let label_parts: Vec<String> = parts
        .iter()
        .map(|p| strip_bracket(p))
        .filter(|p| {
            !p.is_empty()
                && !GENERIC_HEADINGS.contains(&p.as_str())
                && year_in(p).is_none_or(|(_, t)| t != *p)
                && super::unit_line(p).is_none()
        })
        .collect();
    Heading {
        label: (!label_parts.is_empty()).then(|| label_parts.join("·")),
        unit,
        role,
        base,
        decrease_word: whole.contains("下降") || whole.contains("减少"),
        period,
        period_text,
    }
}

fn role_of(heading: &str) -> Role {
    const CHANGE: &[&str] = &[
        "增长",
        "增速",
        "增幅",
        "上涨",
        "下降",
        "增减",
        "减少",
        "比上年",
        "比去年",
        "同比",
        "环比",
        "比年初",
        "比上月",
    ];
    if CHANGE.iter().any(|w| heading.contains(w)) {
        Role::Change
    } else if ["构成", "比重", "占比", "结构"]
        .iter()
        .any(|w| heading.contains(w))
    {
        Role::Share
    } else if heading.contains("累计") {
        Role::Cumulative
    } else if heading.contains("目标") || heading.contains("计划") {
        Role::Target
    } else {
        Role::Observed
    }
}

/// A year a heading or caption names (2016年, 2016): the period of its figures.
fn year_in(text: &str) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().map(fold_char).collect();
    (0..chars.len().saturating_sub(3)).find_map(|i| {
        let y: String = chars[i..i + 4].iter().collect();
        let fenced = (i == 0 || !chars[i - 1].is_ascii_digit())
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        let year_like =
            y.chars().all(|c| c.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20"));
        (fenced && year_like).then(|| {
            let written: String = text.chars().skip(i).take(4).collect();
            let with_nian = text.chars().nth(i + 4) == Some('年');
            (
                y,
                if with_nian {
                    format!("{written}年")
                } else {
                    written
                },
            )
        })
    })
}

/// A row's label: its header cells (the unit column left out), cleaned, and as written.
struct RowLabel {
    label: String,
    written: String,
}

fn row_label(table: &Table, r: usize) -> Option<RowLabel> {
    let mut parts: Vec<String> = Vec::new();
    let mut written = String::new();
    for (c, cell) in table.rows[r].iter().enumerate().take(table.header_columns) {
        if Some(c) == table.unit_column {
            continue;
        }
        let t = compact(&cell.text);
        written.push_str(&t);
        let clean = strip_bracket(&strip_list_marker(&t));
        if !clean.is_empty() && parts.last() != Some(&clean) {
            parts.push(clean);
        }
    }
    (!parts.is_empty()).then(|| RowLabel {
        label: parts.join("·"),
        written,
    })
}

/// Spaces out: tables space out short labels (粮　食, 单 位) to align them.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{3000}' | '\u{00A0}'))
        .collect()
}

/// 其中：, 1. , （1）, 一、 off the front of a row label.
fn strip_list_marker(text: &str) -> String {
    let mut t = text;
    for prefix in ["其中：", "其中:", "其中"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
            break;
        }
    }
    if let Some(m) = crate::structure::read_marker(&normalize(t)) {
        let rest: String = t.chars().skip(m.len).collect();
        if !rest.is_empty() {
            return rest;
        }
    }
    t.to_string()
}

/// The text with a trailing bracketed part (（%）, (亿元)) removed.
fn strip_bracket(text: &str) -> String {
    match trailing_bracket(text) {
        Some((at, _)) => text[..at].to_string(),
        None => text.to_string(),
    }
}

/// A unit in trailing brackets: 比上年增长（%） → %, 绝对数（亿元） → 亿元; only when the facts
/// engine reads it as a unit.
fn bracket_unit(text: &str) -> Option<String> {
    let (_, inner) = trailing_bracket(text)?;
    let inner = inner
        .strip_prefix("单位:")
        .or_else(|| inner.strip_prefix("单位："))
        .unwrap_or(inner);
    whole_fact(&format!("1{inner}")).map(|_| inner.to_string())
}

fn trailing_bracket(text: &str) -> Option<(usize, &str)> {
    let t = text.trim_end();
    let close = t.chars().last().filter(|c| matches!(c, '）' | ')'))?;
    let body = &t[..t.len() - close.len_utf8()];
    let open = body.rfind(['（', '('])?;
    let inner = &body[open + body[open..].chars().next()?.len_utf8()..];
    (!inner.is_empty()).then_some((open, inner))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Grid, SpannedCell, TableSource};

    /// A table laid out as lines of tab-separated cells, the way the HTML stage writes one.
    fn table(rows: &[&[&str]], before: &[&str]) -> (IndexedText, Table) {
        let mut text = String::new();
        let mut before_spans = Vec::new();
        for b in before {
            let start = text.chars().count();
            text.push_str(b);
            before_spans.push(Span::new(start, text.chars().count()));
            text.push('\n');
        }
        let mut spans = Vec::new();
        let spanned: Vec<Vec<SpannedCell>> = rows
            .iter()
            .map(|r| {
                let mut row_spans = Vec::new();
                for (i, c) in r.iter().enumerate() {
                    if i > 0 {
                        text.push('\t');
                    }
                    let start = text.chars().count();
                    text.push_str(c);
                    row_spans.push((!c.is_empty()).then(|| Span::new(start, text.chars().count())));
                }
                text.push('\n');
                spans.push(row_spans);
                r.iter().map(|c| SpannedCell::plain(*c)).collect()
            })
            .collect();
        let grid = Grid::from_spanned(&spanned);
        let text = IndexedText::new(text);
        let mut t = Table::build(TableSource::Html, &grid, &spans, &text, &before_spans);
        t.id = "t1".into();
        (text, t)
    }

    fn summary(f: &CellFact) -> String {
        format!(
            "{} {}={} {} {:?} {:?}",
            f.meaning.label.as_deref().unwrap_or("-"),
            f.fact.text,
            f.fact.value_text,
            f.fact.unit.as_deref().unwrap_or("-"),
            f.meaning.role,
            f.meaning.direction
        )
    }

    #[test]
    fn unit_from_the_column_heading_and_change_linked_to_level() {
        let (text, t) = table(
            &[
                &["", "绝对数（亿元）", "比上年增长（%）"],
                &["全部财税收入", "156.40", "2.3"],
                &["（2）非税收入", "41.58", "-1.2"],
            ],
            &["表2 财政收支情况"],
        );
        assert_eq!((t.header_rows, t.header_columns), (1, 1));
        assert_eq!(t.caption.as_deref(), Some("表2 财政收支情况"));
        let facts = table_facts(&t, &text);
        let got: Vec<String> = facts.iter().map(summary).collect();
        assert_eq!(
            got,
            vec![
                "全部财税收入 156.40=15640000000 元 Observed None",
                "全部财税收入 2.3=2.3 % Change Some(Increase)",
                "非税收入 41.58=4158000000 元 Observed None",
                "非税收入 -1.2=-1.2 % Change Some(Decrease)",
            ]
        );
        assert_eq!(facts[1].meaning.links, vec![(LinkRel::Level, 0)]);
        assert_eq!(facts[1].meaning.base.as_deref(), Some("上年"));
        assert_eq!(text.slice(facts[3].fact.span), "-1.2");
        assert_eq!(facts[3].cell.row, 2);
    }

    #[test]
    fn unit_column_and_caption_unit() {
        let (text, t) = table(
            &[
                &["", "单位", "产量", "比上年增长（%）"],
                &["木材采伐", "万立方米", "135.23", "28.2"],
                &["生漆", "吨", "150", "-91.6"],
            ],
            &[],
        );
        assert_eq!(t.unit_column, Some(1));
        let got: Vec<String> = table_facts(&t, &text).iter().map(summary).collect();
        assert_eq!(got[0], "木材采伐 135.23=1352300 立方米 Observed None");
        assert_eq!(got[2], "生漆 150=150 吨 Observed None");
        assert_eq!(got[3], "生漆 -91.6=-91.6 % Change Some(Decrease)");

        let (text, t) = table(
            &[&["", "城 镇", "农村"], &["彩色电视机", "110", "107"]],
            &["表10年末每百户城乡居民家庭拥有耐用品", "单位：台"],
        );
        assert_eq!(t.unit.as_deref(), Some("台"));
        let got: Vec<String> = table_facts(&t, &text).iter().map(summary).collect();
        assert_eq!(
            got,
            vec![
                "彩色电视机·城镇 110=110 台 Observed None",
                "彩色电视机·农村 107=107 台 Observed None"
            ]
        );
    }

    #[test]
    fn year_headings_give_the_period() {
        let (text, t) = table(
            &[&["指标", "2015", "2016"], &["粮食（万吨）", "120", "122"]],
            &[],
        );
        assert_eq!(t.header_rows, 1);
        let facts = table_facts(&t, &text);
        assert_eq!(facts[1].meaning.period.as_deref(), Some("2016"));
        assert_eq!(summary(&facts[1]), "粮食 122=1220000 吨 Observed None");
    }
}
