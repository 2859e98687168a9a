//! The numeric-facts engine: finds every quantity (number + unit or measure word) and every date
//! in the body lines of a report.
//!
//! Scanning happens on the normalized copy (full-width folded) so one set of rules covers
//! `１２３４` and `1234`; every offset is a char offset shared by source and normalized text, and
//! texts are cut from the source so records quote the document exactly.

pub mod date;
pub mod exclude;
pub mod numeral;
pub mod peer;
pub mod qualifier;
pub mod unit;

use crate::span::Span;
use numeral::{Decimal, arabic_digit, cn_digit, cn_unit, is_numeral_char, numeral_at};

/// What [`extract`] needs to know about one document.
pub struct FactInput<'a> {
    /// Decoded source text; fact texts are cut from it.
    pub source: &'a str,
    /// Normalized copy with the same number of chars as `source` (width folding, spaces).
    pub norm: &'a str,
    /// Char ranges of body lines to scan (page chrome removed); a fact never crosses a range.
    pub ranges: &'a [Span],
    /// The year the report covers; completes month-days such as 10月13日.
    pub report_year: Option<i32>,
}

/// Facts and dates of a document, each sorted by `span.start`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Extraction {
    /// Quantities.
    pub facts: Vec<Fact>,
    /// Date mentions.
    pub dates: Vec<DateMention>,
}

/// What a quantity measures; derived from its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Things counted with a measure word (个, 人, 项 …).
    Count,
    /// Amounts of currency.
    Money,
    /// Areas (平方米, 亩, 公顷 …).
    Area,
    /// Lengths (公里, 米 …).
    Length,
    /// Masses (吨, 千克 …).
    Mass,
    /// Volumes (立方米, 升 …).
    Volume,
    /// Energy (千瓦时, 吨标准煤 …).
    Energy,
    /// Power (千瓦, 兆瓦 …).
    Power,
    /// Percentages (%, 百分之).
    Percent,
    /// Per-mille (‰, 千分之).
    Permille,
    /// Percentage points (个百分点).
    PercentagePoint,
    /// Multiples (倍, 翻番).
    Multiple,
    /// Durations (年, 个月, 天 …).
    Duration,
    /// Concentrations (微克/立方米 …).
    Concentration,
    /// Anything else with a unit (fractions, rates).
    Other,
}

/// How exact a quantity is, from the approximation words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// No approximation word.
    Exact,
    /// 约, 左右, 近, 大约.
    About,
    /// 余, 多, 超过, 逾, 以上.
    MoreThan,
    /// 不少于.
    AtLeast,
    /// 不足, 不到, 以内, 以下.
    LessThan,
    /// 不超过.
    AtMost,
}

/// One quantity found in the text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Fact {
    /// The whole quantity including approximation words and unit.
    pub span: Span,
    /// Source chars of `span`.
    pub text: String,
    /// Value (low end of a range), multipliers applied.
    pub value: f64,
    /// Exact decimal string of `value` ("5670000000000", "5.4", "1/3").
    pub value_text: String,
    /// High end of a range.
    pub high: Option<f64>,
    /// Exact decimal string of `high`.
    pub high_text: Option<String>,
    /// Canonical unit.
    pub unit: Option<String>,
    /// The unit as written in the source.
    pub unit_text: Option<String>,
    /// What the quantity measures.
    pub kind: Kind,
    /// Approximation class.
    pub approx: Approx,
    /// The numeral(s) inside the fact.
    pub number_span: Span,
}

/// One date found in the text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DateMention {
    /// The date expression.
    pub span: Span,
    /// Source chars of `span`.
    pub text: String,
    /// "2022", "2022-06", "2022-10-13", "2021/2025"; a missing report year is written "-".
    pub value: String,
    /// True when the year came from the report year.
    pub inferred: bool,
}

/// A fact found in one line, in line-relative offsets, before texts are cut from the source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LineFact {
    start: usize,
    end: usize,
    num_start: usize,
    num_end: usize,
    value: String,
    high: Option<String>,
    unit: Option<(usize, usize, &'static str)>,
    kind: Kind,
    approx: Approx,
}

/// Finds all facts and dates in the body ranges of a document. Never panics: ranges outside the
/// text are clipped, and a `norm` of a different length is only read where both texts exist.
pub fn extract(input: &FactInput) -> Extraction {
    let src: Vec<char> = input.source.chars().collect();
    let norm: Vec<char> = input.norm.chars().collect();
    let n = src.len().min(norm.len());
    let mut facts = Vec::new();
    let mut dates = Vec::new();
    let mut ranges: Vec<Span> = input
        .ranges
        .iter()
        .map(|r| Span {
            start: r.start.min(n),
            end: r.end.min(n),
        })
        .filter(|r| r.start < r.end)
        .collect();
    ranges.sort();
    let mut last_end = 0;
    for r in ranges {
        let start = r.start.max(last_end);
        if start >= r.end {
            continue;
        }
        last_end = r.end;
        let line = &norm[start..r.end];
        let cut = |a: usize, b: usize| src[start + a..start + b].iter().collect::<String>();
        let (lf, ld) = scan_line(line, input.report_year);
        for d in ld {
            dates.push(DateMention {
                span: Span {
                    start: start + d.start,
                    end: start + d.end,
                },
                text: cut(d.start, d.end),
                value: d.value,
                inferred: d.inferred,
            });
        }
        for f in lf {
            facts.push(Fact {
                span: Span {
                    start: start + f.start,
                    end: start + f.end,
                },
                text: cut(f.start, f.end),
                value: value_f64(&f.value),
                value_text: f.value,
                high: f.high.as_deref().map(value_f64),
                high_text: f.high,
                unit: f.unit.map(|u| u.2.to_string()),
                unit_text: f.unit.map(|u| cut(u.0, u.1)),
                kind: f.kind,
                approx: f.approx,
                number_span: Span {
                    start: start + f.num_start,
                    end: start + f.num_end,
                },
            });
        }
    }
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    dates.sort_by_key(|d| (d.span.start, d.span.end));
    Extraction { facts, dates }
}

/// Converts a value string ("5.4", "1/3") to `f64`.
fn value_f64(s: &str) -> f64 {
    if let Some((a, b)) = s.split_once('/') {
        let a: f64 = a.parse().unwrap_or(f64::NAN);
        let b: f64 = b.parse().unwrap_or(f64::NAN);
        return a / b;
    }
    s.parse().unwrap_or(f64::NAN)
}

/// Scans one body line (normalized chars): dates first, then quantities outside dates.
fn scan_line(chars: &[char], report_year: Option<i32>) -> (Vec<LineFact>, Vec<date::RawDate>) {
    let title = exclude::title_mask(chars);
    let dates: Vec<date::RawDate> = date::find_dates(chars, report_year)
        .into_iter()
        .filter(|d| !exclude::date_excluded(chars, d.start, d.end, &title))
        .collect();
    let mut taken = vec![false; chars.len()];
    for d in &dates {
        for t in taken.iter_mut().take(d.end).skip(d.start) {
            *t = true;
        }
    }
    let mut facts: Vec<LineFact> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if taken[i] || !could_start_fact(chars[i]) {
            i += 1;
            continue;
        }
        match fact_at(chars, i, &taken) {
            Some(mut f) => {
                times_count(chars, &mut f);
                let end = f.end.max(i + 1);
                let keep = !title[f.num_start]
                    && (f.value.contains('/') || !exclude::fact_excluded(chars, &f))
                    && !taken[f.num_start..f.end].iter().any(|&t| t);
                if keep {
                    facts.push(f);
                }
                i = end;
            }
            None => {
                i = skip_token(chars, i);
            }
        }
    }
    share_percentage_point_unit(chars, &mut facts);
    share_unit_backwards(chars, &taken, &mut facts);
    (facts, dates)
}

/// 增长3.4和1.2个百分点, 分别为5、6和7%: a unit written once after a list of bare numbers is
/// each number's unit. Only units that take no multiplier (%, 个百分点, 倍), so 3和5万元 is
/// not guessed at; the earlier numbers' `unit_text` is the unit as written, after the last.
fn share_unit_backwards(chars: &[char], taken: &[bool], facts: &mut Vec<LineFact>) {
    let mut added: Vec<LineFact> = Vec::new();
    for f in facts.iter() {
        let shares = matches!(
            f.kind,
            Kind::Percent | Kind::PercentagePoint | Kind::Multiple
        ) && f.high.is_none()
            && f.num_start == f.start;
        if !shares {
            continue;
        }
        let mut next = f.start;
        while let Some(joiner) = next.checked_sub(1)
            && joins_list(chars[joiner])
        {
            let start = (0..joiner)
                .rev()
                .take_while(|&k| chars[k].is_ascii_digit() || chars[k] == '.')
                .last();
            let Some(start) = start else { break };
            // (Not a numbered figure, table or item: 图1和2%.)
            let bare = start.checked_sub(1).is_none_or(|k| {
                !(chars[k].is_ascii_alphanumeric()
                    || matches!(chars[k], '.' | '-' | '图' | '表' | '第' | '附' | '号'))
            });
            let free = !taken[start..joiner].iter().any(|&t| t)
                && !facts
                    .iter()
                    .chain(&added)
                    .any(|g| g.start < joiner && start < g.end);
            let read = spaced_or_plain_numeral(chars, start).filter(|&(_, e)| e == joiner);
            let (true, true, Some((value, _))) = (bare, free, read) else {
                break;
            };
            added.push(LineFact {
                start,
                end: joiner,
                num_start: start,
                num_end: joiner,
                value: value.to_string(),
                high: None,
                unit: f.unit,
                kind: f.kind,
                approx: Approx::Exact,
            });
            next = start;
        }
    }
    if !added.is_empty() {
        facts.extend(added);
        facts.sort_by_key(|f| f.start);
    }
}

/// Marks between the items of a list of numbers (3.4、1.2; 3.4和1.2).
fn joins_list(c: char) -> bool {
    matches!(c, '和' | '、' | '及' | '与')
}

/// 快于全国3.4个和1.2个百分点: 个百分点 written once after two numbers. The first reads as a
/// count of 个 on its own; joined to a percentage point by 和/、/及 it is one too.
fn share_percentage_point_unit(chars: &[char], facts: &mut [LineFact]) {
    for i in 1..facts.len() {
        let (a, b) = (&facts[i - 1], &facts[i]);
        let joined = b.start >= a.end
            && (1..=2).contains(&(b.start - a.end))
            && chars[a.end..b.start]
                .iter()
                .all(|&c| joins_list(c) || matches!(c, '至' | '到'));
        let bare_ge = a.kind == Kind::Count && a.unit.is_some_and(|u| u.2 == "个");
        if joined && bare_ge && b.kind == Kind::PercentagePoint {
            let unit = facts[i].unit;
            let a = &mut facts[i - 1];
            a.kind = Kind::PercentagePoint;
            a.unit = a
                .unit
                .zip(unit)
                .map(|(own, shared)| (own.0, own.1, shared.2));
        }
    }
}

/// True for every char [`fact_at`] can read a fact from: a numeral char (百分之 and 千分之 open
/// with one), 翻 (翻一番) and a minus sign. Any other char gives no fact and is skipped by one
/// char, so the scan tests this first instead of trying every rule at every char.
fn could_start_fact(c: char) -> bool {
    is_numeral_char(c) || matches!(c, '翻' | '-' | '－')
}

/// Moves past the current numeral run (so 十四五 is skipped whole) or one char.
fn skip_token(chars: &[char], i: usize) -> usize {
    if is_numeral_char(chars[i]) {
        let mut j = i;
        while j < chars.len()
            && (is_numeral_char(chars[j])
                || (matches!(chars[j], '.' | ',')
                    && j + 1 < chars.len()
                    && is_numeral_char(chars[j + 1])))
        {
            j += 1;
        }
        j
    } else {
        i + 1
    }
}

fn is_cn_text(chars: &[char]) -> bool {
    chars
        .iter()
        .any(|&c| cn_digit(c).is_some() || cn_unit(c).is_some())
        && !chars.iter().any(|&c| arabic_digit(c).is_some())
}

/// Whether `w` begins at char `i` of `chars`. Asked at every char of every line, so it
/// compares in place rather than collecting `w` into chars.
fn starts_with_at(chars: &[char], i: usize, w: &str) -> bool {
    (i..).zip(w.chars()).all(|(k, c)| chars.get(k) == Some(&c))
}

/// The numeral starting at `i` for fact reading: the longest parse, backing off a trailing
/// 千/百 when it begins a unit (3千瓦 is 3 kW, not 3000 W).
struct Num {
    start: usize,
    end: usize,
    value: Decimal,
    chinese: bool,
}

fn read_num(chars: &[char], i: usize) -> Option<Num> {
    let (v, e) = spaced_or_plain_numeral(chars, i)?;
    let mut num = Num {
        start: i,
        end: e,
        value: v,
        chinese: is_cn_text(&chars[i..e]),
    };
    if e - i >= 2 && matches!(chars[e - 1], '千' | '百' | '万') {
        let unit_here = unit::unit_at(chars, e, num.chinese).map(|u| u.1);
        let unit_before = unit::unit_at(chars, e - 1, num.chinese);
        if let Some((def, ue)) = unit_before
            && def.written.chars().count() >= 2
            && unit_here.is_none_or(|uh| ue >= uh)
            && let Some((v2, e2)) = numeral_at(&chars[..e - 1], i, false)
            && e2 == e - 1
        {
            num.end = e2;
            num.value = v2;
            num.chinese = is_cn_text(&chars[i..e2]);
        }
    }
    Some(num)
}

/// The numeral at `i`: [`spaced_numeral`] when it applies, else `numeral_at(chars, i, false)`.
///
/// Both readings scan the same run of chars, except that the spaced one may go on over spaces;
/// so when the spaced reading holds no space at all, or finds nothing, the plain reading (which
/// tries a subset of the same prefixes, longest first) gives the same answer, and is not
/// computed a second time.
fn spaced_or_plain_numeral(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    let (v, e) = numeral_at(chars, i, true)?;
    if !chars[i..e].iter().any(|&c| numeral::is_space(c)) {
        return Some((v, e));
    }
    spaced_numeral(chars, i).or_else(|| numeral_at(chars, i, false))
}

/// Taiwan style "5 萬 6,566": spaces are accepted inside a numeral only next to a 萬/億/万/亿
/// multiplier, so "2019 2020" stays two numbers.
fn spaced_numeral(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    let (v, e) = numeral_at(chars, i, true)?;
    let span = &chars[i..e];
    if !span.contains(&' ') {
        return None;
    }
    let ok = span.iter().enumerate().all(|(k, &c)| {
        c != ' '
            || matches!(span.get(k + 1), Some('萬' | '億' | '万' | '亿' | '兆'))
            || (k > 0 && matches!(span[k - 1], '萬' | '億' | '万' | '亿' | '兆'))
    });
    if ok { Some((v, e)) } else { None }
}

/// Left context that makes a numeral not a quantity: 第 (ordinal), letters (G60, PM2.5),
/// '+' (1+3), or a digit / decimal point glued to it.
fn bad_left(chars: &[char], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = chars[i - 1];
    if p.is_ascii_alphabetic() {
        // economic indicators written before their value (GDP1.2万美元) are not names
        let mut k = i - 1;
        while k > 0 && chars[k - 1].is_ascii_alphabetic() {
            k -= 1;
        }
        let word: String = chars[k..i].iter().collect();
        return !matches!(word.as_str(), "GDP" | "CPI" | "PPI" | "GNP" | "GNI");
    }
    p == '第'
        || p.is_ascii_digit()
        || matches!(p, '.' | '+' | '-' | '_' | '/' | '#' | '@' | '~' | '～')
        // the second half of a range that did not read as a range: 3—5
        || (matches!(p, '—' | '–' | '至' | '到') && i >= 2 && is_numeral_char(chars[i - 2]))
}

/// Right context that makes a numeral not a quantity: 号 (addresses, line names, document
/// numbers), letters not forming a unit (5G), '+' (1+3), a further numeral char (十四五).
fn bad_right(chars: &[char], e: usize) -> bool {
    if e >= chars.len() {
        return false;
    }
    let c = chars[e];
    matches!(c, '号' | '+' | '#')
        || (c.is_ascii_alphabetic() && unit::unit_at(chars, e, false).is_none())
        || (c == '.' && e + 1 < chars.len() && arabic_digit(chars[e + 1]).is_some())
}

/// Reads the unit part after a number ending at `e`: infix 余/多, a multiplier after the infix
/// (100余万元), then the unit. Returns (value multiplier power, infix approx, unit start, unit end,
/// unit def, end).
struct UnitPart {
    mult: u32,
    mult_start: usize,
    mult_end: usize,
    infix: bool,
    unit_start: usize,
    unit_end: usize,
    def: &'static unit::UnitDef,
}

fn unit_part(chars: &[char], e: usize, chinese: bool) -> Option<UnitPart> {
    let mut j = e;
    // "全省 100 个县", "3 萬 6,566 元": one or two spaces before a Chinese unit
    if j < chars.len() && chars[j] == ' ' {
        let mut k = j;
        while k < chars.len() && chars[k] == ' ' && k - j < 2 {
            k += 1;
        }
        if k < chars.len() && !chars[k].is_ascii() && unit::unit_at(chars, k, chinese).is_some() {
            j = k;
        }
    }
    let mut infix = false;
    if j < chars.len() && qualifier::is_infix(chars[j]) {
        infix = true;
        j += 1;
    }
    let mut mult = 0;
    let mult_start = j;
    if infix {
        while j < chars.len() {
            match chars[j] {
                '万' | '萬' => mult += 4,
                '亿' | '億' => mult += 8,
                '千' | '仟' if unit::unit_at(chars, j, chinese).is_none() => mult += 3,
                '百' | '佰' if unit::unit_at(chars, j, chinese).is_none() => mult += 2,
                _ => break,
            }
            j += 1;
        }
    }
    // 3个多月: 个 + 多 + 月
    if j + 2 < chars.len() && chars[j] == '个' && chars[j + 1] == '多' && chars[j + 2] == '月' {
        let def = unit::UNITS.iter().find(|d| d.written == "个月")?;
        return Some(UnitPart {
            mult,
            mult_start,
            mult_end: j,
            infix: true,
            unit_start: j,
            unit_end: j + 3,
            def,
        });
    }
    let (def, ue) = unit::unit_at(chars, j, chinese)?;
    Some(UnitPart {
        mult,
        mult_start,
        mult_end: j,
        infix,
        unit_start: j,
        unit_end: ue,
        def,
    })
}

fn is_range_sep(c: char) -> bool {
    matches!(c, '至' | '到' | '-' | '—' | '–' | '~' | '～' | '－' | '―')
}

/// Tries to read a fact starting at `i`.
fn fact_at(chars: &[char], i: usize, taken: &[bool]) -> Option<LineFact> {
    // 翻一番 / 翻两番 / 翻了一番 / 翻番
    if chars[i] == '翻' {
        return doubling(chars, i);
    }
    // 百分之五 / 千分之三
    if starts_with_at(chars, i, "百分之") || starts_with_at(chars, i, "千分之") {
        let permille = chars[i] == '千';
        let ns = i + 3;
        let num = read_num(chars, ns)?;
        if bad_right(chars, num.end) {
            return None;
        }
        let (kind, unit) = if permille {
            (Kind::Permille, "‰")
        } else {
            (Kind::Percent, "%")
        };
        let mut f = LineFact {
            start: i,
            end: num.end,
            num_start: ns,
            num_end: num.end,
            value: num.value.to_string(),
            high: None,
            unit: Some((i, i + 3, unit)),
            kind,
            approx: Approx::Exact,
        };
        apply_prefix(chars, &mut f, i);
        apply_suffix(chars, &mut f);
        return Some(f);
    }
    let c = chars[i];
    // 负 is not read as a sign here: 减负2500亿元 is a relief of 2500亿元
    let is_minus_start = matches!(c, '-' | '－')
        && i + 1 < chars.len()
        && arabic_digit(chars[i + 1]).is_some()
        && (i == 0 || !(is_numeral_char(chars[i - 1]) || chars[i - 1].is_ascii_alphanumeric()));
    if !is_numeral_char(c) && !is_minus_start {
        return None;
    }
    if bad_left(chars, i) && !is_minus_start {
        return None;
    }
    if i > 0 && is_numeral_char(chars[i - 1]) {
        return None;
    }
    let num = read_num(chars, i)?;
    // X分之Y: fractions
    if starts_with_at(chars, num.end, "分之")
        && let Some(den) = num.value.to_i128()
        && let Some(numer) = read_num(chars, num.end + 2)
        && let Some(nv) = numer.value.to_i128()
        && den > 0
    {
        return Some(unitless(chars, i, numer.end, format!("{nv}/{den}")));
    }
    // 1/3: an Arabic fraction (dates such as 2022/10/13 were taken before)
    if !num.chinese
        && num.end + 1 < chars.len()
        && chars[num.end] == '/'
        && let Some(a) = num.value.to_i128()
        && let Some((b, be)) = numeral::read_arabic(chars, num.end + 1)
        && let Some(b) = b.to_i128()
        && b > 0
        && a < b
        && !(be < chars.len()
            && (chars[be].is_ascii_alphanumeric() || matches!(chars[be], '/' | '.')))
        && !(i > 0 && matches!(chars[i - 1], '/' | ':'))
    {
        let mut f = unitless(chars, i, be, format!("{a}/{b}"));
        apply_suffix(chars, &mut f);
        return Some(f);
    }
    // 三四个 / 七八千: two adjacent Chinese digits form a range
    if (num.end < chars.len()
        && is_numeral_char(chars[num.end])
        && unit::unit_at(chars, num.end, num.chinese).is_none())
        || (num.chinese
            && num.end - i >= 2
            && chars[i..num.end].iter().all(|&c| cn_digit(c).is_some()))
    {
        return cn_pair_range(chars, i);
    }
    if bad_right(chars, num.end) {
        return None;
    }
    let up = unit_part(chars, num.end, num.chinese);
    // range: num1 [unit1] sep num2 unit2
    let after1 = up.as_ref().map(|u| u.unit_end).unwrap_or(num.end);
    if let Some(f) = range_from(chars, &num, up.as_ref(), after1, taken) {
        return Some(f);
    }
    // 迈上5万亿台阶: a step (台阶) crossed is a threshold whose unit is implied by what crossed
    // it (生产总值: 元), so the number stands without one rather than being lost.
    if up.is_none()
        && starts_with_at(chars, num.end, "台阶")
        && trailing_mult(&chars[num.start..num.end]) > 0
    {
        return Some(unitless(chars, i, num.end, num.value.to_string()));
    }
    let up = up?;
    let value = with_mult(chars, &num, &up)?;
    // four-digit numbers before 年 are years (handled as dates), never durations
    if up.def.canonical == "年" && num.value.to_i128().is_some_and(|v| v >= 1000) {
        return None;
    }
    let mut f = LineFact {
        start: i,
        end: up.unit_end,
        num_start: i,
        num_end: num.end,
        value: value.to_string(),
        high: None,
        unit: Some((up.unit_start, up.unit_end, up.def.canonical)),
        kind: up.def.kind,
        approx: if up.infix {
            Approx::MoreThan
        } else {
            Approx::Exact
        },
    };
    apply_prefix(chars, &mut f, i);
    apply_suffix(chars, &mut f);
    Some(f)
}

/// A number without a unit (a fraction, a threshold crossed) over `chars[start..end]`, with the
/// approximation word before it.
fn unitless(chars: &[char], start: usize, end: usize, value: String) -> LineFact {
    let mut f = LineFact {
        start,
        end,
        num_start: start,
        num_end: end,
        value,
        high: None,
        unit: None,
        kind: Kind::Other,
        approx: Approx::Exact,
    };
    apply_prefix(chars, &mut f, start);
    f
}

fn range_from(
    chars: &[char],
    num: &Num,
    up: Option<&UnitPart>,
    after1: usize,
    taken: &[bool],
) -> Option<LineFact> {
    if after1 >= chars.len() || !is_range_sep(chars[after1]) {
        return None;
    }
    let mut s = after1 + 1;
    if s < chars.len() && chars[s] == chars[after1] && matches!(chars[s], '—' | '―') {
        s += 1;
    }
    if s >= chars.len() || taken[s] {
        return None;
    }
    let num2 = read_num(chars, s)?;
    if bad_right(chars, num2.end) || num2.chinese != num.chinese {
        return None;
    }
    let up2 = unit_part(chars, num2.end, num2.chinese)?;
    if let Some(u1) = up
        && (u1.def.canonical != up2.def.canonical || u1.infix)
    {
        return None;
    }
    let high = with_mult(chars, &num2, &up2)?;
    // 3至5万元: the multiplier written once applies to both ends
    let mut low = num.value;
    if up.is_none() {
        let m1 = trailing_mult(&chars[num.start..num.end]);
        let m2 = trailing_mult(&chars[num2.start..num2.end]);
        if m1 == 0 && m2 > 0 && !num.chinese {
            low = low.checked_mul_pow10(m2)?;
        }
    }
    let low = low.checked_mul_pow10(up.map(|u| u.mult).unwrap_or(up2.mult))?;
    if low.to_f64() > high.to_f64() {
        return None;
    }
    let mut f = LineFact {
        start: num.start,
        end: up2.unit_end,
        num_start: num.start,
        num_end: num2.end,
        value: low.to_string(),
        high: Some(high.to_string()),
        unit: Some((up2.unit_start, up2.unit_end, up2.def.canonical)),
        kind: up2.def.kind,
        approx: if up2.infix {
            Approx::MoreThan
        } else {
            Approx::Exact
        },
    };
    apply_prefix(chars, &mut f, num.start);
    apply_suffix(chars, &mut f);
    Some(f)
}

/// The value of a number whose multiplier is written after 余/多: 一亿六千余万 is
/// 一亿六千万 (the 万 applies to the last section), 100余万 is 100万.
fn with_mult(chars: &[char], num: &Num, up: &UnitPart) -> Option<Decimal> {
    if up.mult == 0 {
        return Some(num.value);
    }
    let mut joined: Vec<char> = chars[num.start..num.end].to_vec();
    joined.extend_from_slice(&chars[up.mult_start..up.mult_end]);
    numeral::parse_chars(&joined).or_else(|| num.value.checked_mul_pow10(up.mult))
}

/// Power of ten of the multiplier chars (万, 亿 …) at the end of a numeral.
fn trailing_mult(chars: &[char]) -> u32 {
    let mut p = 0;
    for &c in chars.iter().rev() {
        match c {
            '万' | '萬' => p += 4,
            '亿' | '億' => p += 8,
            '千' | '仟' if p == 0 => return 3,
            '百' | '佰' if p == 0 => return 2,
            _ => break,
        }
    }
    p
}

/// 三四个, 五六十人, 七八千: two adjacent Chinese digits meaning "three or four".
fn cn_pair_range(chars: &[char], i: usize) -> Option<LineFact> {
    let d1 = cn_digit(chars[i])?;
    let d2 = cn_digit(*chars.get(i + 1)?)?;
    if d2 != d1 + 1 || d1 == 0 {
        return None;
    }
    let mut e = i + 2;
    let mut p = 0;
    while e < chars.len() {
        match cn_unit(chars[e]) {
            Some(u) if u > p || p >= 4 => {
                p = if p >= 4 { p + u } else { u };
                e += 1;
            }
            _ => break,
        }
    }
    if e < chars.len() && is_numeral_char(chars[e]) {
        return None;
    }
    let up = unit_part(chars, e, true)?;
    let p = p + up.mult;
    let low = Decimal::from_int(d1 as i128).checked_mul_pow10(p)?;
    let high = Decimal::from_int(d2 as i128).checked_mul_pow10(p)?;
    let mut f = LineFact {
        start: i,
        end: up.unit_end,
        num_start: i,
        num_end: e,
        value: low.to_string(),
        high: Some(high.to_string()),
        unit: Some((up.unit_start, up.unit_end, up.def.canonical)),
        kind: up.def.kind,
        approx: Approx::Exact,
    };
    apply_suffix(chars, &mut f);
    Some(f)
}

/// 翻一番 (×2), 翻两番 (×4), 翻了一番, 翻番.
fn doubling(chars: &[char], i: usize) -> Option<LineFact> {
    let mut j = i + 1;
    if j < chars.len() && chars[j] == '了' {
        j += 1;
    }
    // 翻了近一番: an approximation word between 翻 and the count
    let mut approx = Approx::Exact;
    for (w, a) in [
        ("将近", Approx::About),
        ("近", Approx::About),
        ("超过", Approx::MoreThan),
    ] {
        if starts_with_at(chars, j, w) {
            j += w.chars().count();
            approx = a;
            break;
        }
    }
    let (times, ns, ne) = if j < chars.len() && chars[j] == '番' {
        if approx != Approx::Exact {
            return None;
        }
        (1u32, i, j + 1)
    } else {
        let d = cn_digit(*chars.get(j)?)?;
        if chars.get(j + 1) != Some(&'番') || d == 0 || d > 4 {
            return None;
        }
        (d, j, j + 1)
    };
    let mut end = if ns == i { ne } else { ne + 1 };
    let unit_end = end;
    // 翻了一番多
    if approx == Approx::Exact && chars.get(end) == Some(&'多') {
        approx = Approx::MoreThan;
        end += 1;
    }
    let value = 2u64.pow(times);
    Some(LineFact {
        start: i,
        end,
        num_start: ns,
        num_end: ne,
        value: value.to_string(),
        high: None,
        unit: Some((unit_end - 1, unit_end, "倍")),
        kind: Kind::Multiple,
        approx,
    })
}

/// Signs that write "so many units of this size" (2×35万千瓦).
const TIMES: &[char] = &['×', '*', '＊', 'x', 'X'];

/// 新建2×35万千瓦热电联产机组: an integer count and a times sign before a quantity say how many
/// units of that size there are. The fact keeps the value written (35万千瓦, the size of each
/// unit, as the gold rules value every quantity as written) and its span takes in the count, so
/// the text shows `2×35万千瓦` and a reader who wants the total (70万千瓦) has both factors; a
/// total the report never states is not invented. Only a whole count of 2 to 99 directly before
/// the sign counts: a decimal or a longer number before × is a dimension or a formula.
fn times_count(chars: &[char], f: &mut LineFact) {
    let s = f.start;
    if s < 2 || !TIMES.contains(&chars[s - 1]) {
        return;
    }
    let mut k = s - 1;
    while k > 0 && chars[k - 1].is_ascii_digit() {
        k -= 1;
    }
    let digits: String = chars[k..s - 1].iter().collect();
    let before_ok = k == 0
        || !(chars[k - 1].is_ascii_alphanumeric() || matches!(chars[k - 1], '.' | '×' | '*'));
    if digits.parse::<u32>().is_ok_and(|c| (2..=99).contains(&c)) && before_ok {
        f.start = k;
    }
}

fn apply_prefix(chars: &[char], f: &mut LineFact, i: usize) {
    if let Some((s, a)) = qualifier::prefix_before(chars, i) {
        f.start = s;
        f.approx = a;
    }
}

fn apply_suffix(chars: &[char], f: &mut LineFact) {
    // 六倍半, 两年半: a trailing 半 adds one half of the unit
    if f.end < chars.len()
        && chars[f.end] == '半'
        // not 半导体, 半岛, 半数: 半 ends the quantity
        && chars
            .get(f.end + 1)
            .is_none_or(|&c| !('\u{4e00}'..='\u{9fff}').contains(&c) || "的时以左多后来内".contains(c))
        && f.high.is_none()
        && f.unit.is_some_and(|u| u.1 == f.end)
        && matches!(
            f.kind,
            Kind::Multiple | Kind::Duration | Kind::Mass | Kind::Length
        )
        && let Ok(v) = f.value.parse::<i64>()
    {
        f.value = Decimal::new(v as i128 * 10 + 5, 1).to_string();
        f.end += 1;
    }
    if let Some((e, a)) = qualifier::suffix_after(chars, f.end) {
        f.end = e;
        if f.approx == Approx::Exact || matches!(a, Approx::MoreThan | Approx::LessThan) {
            f.approx = a;
        }
    } else if f.end < chars.len()
        && matches!(chars[f.end], '多' | '余')
        && matches!(f.kind, Kind::Duration | Kind::Multiple)
    {
        // 1年多, 3年余, 九倍多
        f.end += 1;
        f.approx = Approx::MoreThan;
    }
}

/// Checks a prefilter against the rule it guards: every char of the Basic Multilingual Plane is
/// put between `lead` and each of `tails`, and wherever `starts` finds a match at the char,
/// `admits` must let the char through. Returns how many matches were found, so a test can see
/// that its tails exercised the rule at all.
#[cfg(test)]
pub(crate) fn check_prefilter(
    lead: &[char],
    tails: &[&str],
    starts: impl Fn(&[char], usize) -> bool,
    admits: impl Fn(char) -> bool,
) -> usize {
    let mut found = 0;
    for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
        for tail in tails {
            let line: Vec<char> = lead
                .iter()
                .copied()
                .chain([c])
                .chain(tail.chars())
                .collect();
            if starts(&line, lead.len()) {
                assert!(admits(c), "{c:?} starts a match in {line:?}");
                found += 1;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
