//! Library-level finders for bare numbers and percentages in free text, the shape that other
//! number recognizers expose. They let the numeral reader be checked against peer test suites
//! and serve callers that want numbers without the report-specific fact rules.
//!
//! Unlike [`super::extract`], these finders read a Chinese numeral even without a unit
//! (这是五那是四), accept spaces inside numerals (一百 五 十 二) and read 成/折 ratios.

use super::numeral::{
    Decimal, NumeralMatch, arabic_digit, cn_digit, is_numeral_char, numeral_at, parse_chars,
};
use crate::span::Span;

/// What a percentage-like match means. Percentage points are kept apart from percentages
/// because "增长0.5个百分点" and "增长0.5%" say different things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// 5%, 百分之五, 三成 (= 30%), 八五折 (= 85%).
    Percent,
    /// 5‰, 千分之五.
    Permille,
    /// 0.5个百分点.
    PercentagePoint,
}

/// A percentage found by [`find_percentages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentMatch {
    /// Char offsets in the searched string.
    pub span: Span,
    /// The number of percent (or per-mille, or points): 百分之五 → 5.
    pub value: Decimal,
    /// Percent, per-mille or percentage points.
    pub kind: PercentKind,
}

/// Words in which a numeral character is not a number (一切, 四川, 陆地, 队伍, 收拾 …).
const NOT_NUMBER_WORDS: &[&str] = &[
    "一切",
    "一看",
    "四川",
    "陆地",
    "大陆",
    "海陆",
    "登陆",
    "队伍",
    "入伍",
    "退伍",
    "伍仁",
    "收拾",
    "拾取",
    "拾起",
    "拾到",
    "夕拾",
    "放肆",
    "肆意",
    "肆无",
    "两两",
    "一美元",
    "两美刀",
    "一美刀",
    "十足",
    "九九是",
    "壹切",
];

fn covered_by_word(chars: &[char], span: Span) -> bool {
    NOT_NUMBER_WORDS.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        let lo = span.start.saturating_sub(w.len());
        (lo..span.end).any(|s| {
            s + w.len() <= chars.len()
                && chars[s..s + w.len()] == w[..]
                && s < span.end
                && s + w.len() > span.start
        })
    })
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t')
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && is_space(chars[i]) {
        i += 1;
    }
    i
}

/// Every number in `s`: integers, decimals, Chinese numerals, mixed forms, fractions
/// (三分之一 = 0.333…, 1/2), approximate multiples (十余万 = 100000) and dozens (一打 = 12).
pub fn find_numbers(s: &str) -> Vec<NumeralMatch> {
    let orig: Vec<char> = s.chars().collect();
    // 几 stands for an unknown digit; reading it as 零 keeps 二十几万 = 200000.
    let chars: Vec<char> = orig
        .iter()
        .map(|&c| if matches!(c, '几' | '幾') { '零' } else { c })
        .collect();
    let mut out: Vec<NumeralMatch> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 百分之X: X is the number
        if (starts_with(&chars, i, "百分之") || starts_with(&chars, i, "千分之"))
            && (i == 0 || !is_numeral_char(chars[i - 1]))
        {
            i += 3;
            continue;
        }
        // 个百分点: the 百 names the unit
        if starts_with(&chars, i, "百分点") || starts_with(&chars, i, "百分點") {
            i += 3;
            continue;
        }
        // .5 and -.5
        if let Some(m) = leading_point(&chars, i) {
            i = m.span.end;
            out.push(m);
            continue;
        }
        let sign_ok = matches!(chars[i], '-' | '－' | '负' | '負')
            && (i == 0 || !(is_numeral_char(chars[i - 1]) || chars[i - 1].is_ascii_alphanumeric()));
        if !(is_numeral_char(chars[i]) || sign_ok) {
            i += 1;
            continue;
        }
        let Some((v, e)) = numeral_at(&chars, i, true) else {
            i += 1;
            continue;
        };
        let mut m = NumeralMatch {
            span: Span { start: i, end: e },
            value: v,
        };
        extend_number(&chars, &mut m);
        // a numeral before 折 or % is a percentage, not a number
        let next = chars.get(m.span.end).copied();
        let is_ratio = matches!(next, Some('折' | '%' | '％' | '‰'));
        if !covered_by_word(&orig, m.span) && !is_ratio {
            out.push(m);
        }
        i = m.span.end.max(i + 1);
    }
    out
}

fn starts_with(chars: &[char], i: usize, w: &str) -> bool {
    let w: Vec<char> = w.chars().collect();
    i + w.len() <= chars.len() && chars[i..i + w.len()] == w[..]
}

fn leading_point(chars: &[char], i: usize) -> Option<NumeralMatch> {
    let mut j = i;
    let neg = matches!(chars[j], '-' | '－');
    if neg {
        j += 1;
    }
    if j + 1 >= chars.len()
        || !matches!(chars[j], '.' | '．')
        || arabic_digit(chars[j + 1]).is_none()
    {
        return None;
    }
    if i > 0 && (arabic_digit(chars[i - 1]).is_some() || matches!(chars[i - 1], '.' | '．')) {
        return None;
    }
    let mut buf: Vec<char> = vec!['0'];
    buf.extend_from_slice(&chars[j..]);
    let (v, e) = super::numeral::read_arabic(&buf, 0)?;
    let end = j + e - 1;
    let v = if neg { v.negated() } else { v };
    Some(NumeralMatch {
        span: Span { start: i, end },
        value: v,
    })
}

/// Extends a numeral over 余/多 + multiplier (十余万), 打 (dozen), fractions (三分之一, 1/2,
/// 一又二分之一), exponents (2e5, 2^5) and k suffixes.
fn extend_number(chars: &[char], m: &mut NumeralMatch) {
    let e = m.span.end;
    // fractions: X分之Y
    let f = skip_spaces(chars, e);
    if starts_with(chars, f, "分")
        && starts_with(chars, skip_spaces(chars, f + 1), "之")
        && let Some(r) = fraction_tail(
            chars,
            skip_spaces(chars, skip_spaces(chars, f + 1) + 1),
            m.value,
        )
    {
        m.span.end = r.1;
        m.value = r.0;
        return;
    }
    // mixed numbers: A又X分之Y
    let f = skip_spaces(chars, e);
    if f < chars.len() && chars[f] == '又' {
        let s = skip_spaces(chars, f + 1);
        if let Some((den, de)) = numeral_at(chars, s, true) {
            let g = skip_spaces(chars, de);
            if starts_with(chars, g, "分") && starts_with(chars, skip_spaces(chars, g + 1), "之")
            {
                let h = skip_spaces(chars, skip_spaces(chars, g + 1) + 1);
                if let Some((frac, fe)) = fraction_tail(chars, h, den) {
                    let total = if m.value.mantissa() < 0 {
                        m.value.checked_add(frac.negated())
                    } else {
                        m.value.checked_add(frac)
                    };
                    if let Some(t) = total {
                        m.span.end = fe;
                        m.value = t;
                        return;
                    }
                }
            }
        }
    }
    // Arabic fractions: 3/5, 1 3/5
    if e < chars.len()
        && matches!(chars[e], '/' | '／')
        && let Some((den, de)) = numeral_at(chars, e + 1, false)
        && !den.is_zero()
        && let Some(q) = divide(m.value, den)
    {
        m.span.end = de;
        m.value = q;
        return;
    }
    if e < chars.len() && chars[e] == ' ' {
        let s = skip_spaces(chars, e);
        if let Some((a, ae)) = numeral_at(chars, s, false)
            && ae < chars.len()
            && matches!(chars[ae], '/' | '／')
            && let Some((b, be)) = numeral_at(chars, ae + 1, false)
            && !b.is_zero()
            && let Some(q) = divide(a, b)
            && let Some(t) = m.value.checked_add(q)
        {
            m.span.end = be;
            m.value = t;
            return;
        }
    }
    // 余/多 followed by a multiplier
    let f = skip_spaces(chars, e);
    if f < chars.len() && matches!(chars[f], '余' | '多') {
        let g = skip_spaces(chars, f + 1);
        let mut p = 0;
        let mut h = g;
        while h < chars.len() {
            match chars[h] {
                '万' | '萬' => p += 4,
                '亿' | '億' => p += 8,
                _ => break,
            }
            h += 1;
        }
        if p > 0
            && let Some(v) = m.value.checked_mul_pow10(p)
        {
            m.span.end = h;
            m.value = v;
            return;
        }
    }
    // dozens
    if e < chars.len()
        && chars[e] == '打'
        && let Some(v) = m.value.checked_mul(Decimal::from_int(12))
    {
        m.span.end = e + 1;
        m.value = v;
        return;
    }
    // exponents and k
    if e + 1 < chars.len() && matches!(chars[e], 'e' | 'E') {
        let mut j = e + 1;
        let mut neg = false;
        if matches!(chars[j], '-' | '－' | '+') {
            neg = chars[j] != '+';
            j += 1;
        }
        if let Some((x, xe)) = numeral_at(chars, j, false)
            && let Some(x) = x.to_i128()
            && (0..30).contains(&x)
        {
            let v = if neg {
                m.value.checked_div_pow10(x as u32)
            } else {
                m.value.checked_mul_pow10(x as u32)
            };
            if let Some(v) = v {
                m.span.end = xe;
                m.value = v;
                return;
            }
        }
    }
    if e < chars.len()
        && matches!(chars[e], 'k' | 'K')
        && !(e + 1 < chars.len() && chars[e + 1].is_ascii_alphabetic())
        && let Some(v) = m.value.checked_mul_pow10(3)
    {
        m.span.end = e + 1;
        m.value = v;
    }
}

/// Reads the numerator after 分之 and returns (numerator / denominator, end).
fn fraction_tail(chars: &[char], i: usize, den: Decimal) -> Option<(Decimal, usize)> {
    let (num, e) = numeral_at(chars, i, true)?;
    if den.is_zero() {
        return None;
    }
    Some((divide(num, den)?, e))
}

/// Decimal division rounded to 15 significant digits (fractions such as 1/3 do not terminate).
fn divide(a: Decimal, b: Decimal) -> Option<Decimal> {
    let q = a.to_f64() / b.to_f64();
    if !q.is_finite() {
        return None;
    }
    let s = format!(
        "{:.*}",
        15usize.saturating_sub(q.abs().log10().max(0.0) as usize),
        q
    );
    let chars: Vec<char> = s.chars().collect();
    parse_chars(&chars)
}

/// Every percentage, per-mille and percentage-point quantity in `s`, including 成 and 折
/// ratios (三成 = 30%, 七五折 = 75%).
pub fn find_percentages(s: &str) -> Vec<PercentMatch> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(m) = percent_at(&chars, i) {
            i = m.span.end.max(i + 1);
            out.push(m);
        } else {
            i += 1;
        }
    }
    out
}

fn spaced(chars: &[char], i: usize, w: &str) -> Option<usize> {
    let mut j = i;
    for (k, c) in w.chars().enumerate() {
        if k > 0 {
            j = skip_spaces(chars, j);
        }
        if j < chars.len() && (chars[j] == c || (c == '百' && chars[j] == '佰')) {
            j += 1;
        } else {
            return None;
        }
    }
    Some(j)
}

fn percent_at(chars: &[char], i: usize) -> Option<PercentMatch> {
    // 百分之X / 千分之X
    for (w, kind) in [
        ("百分之", PercentKind::Percent),
        ("千分之", PercentKind::Permille),
        ("仟分之", PercentKind::Permille),
        ("万分之", PercentKind::Percent),
        ("萬分之", PercentKind::Percent),
    ] {
        if let Some(j) = spaced(chars, i, w) {
            if i > 0 && is_numeral_char(chars[i - 1]) {
                return None;
            }
            let s = skip_spaces(chars, j);
            let (v, e) = numeral_at(chars, s, true)?;
            let (v, e) = k_suffix(chars, v, e);
            // 万分之三 = 0.03%
            let v = if matches!(chars[i], '万' | '萬') {
                v.checked_div_pow10(2)?
            } else {
                v
            };
            // 百分之二三十 is vague, not a value
            if e < chars.len() && is_numeral_char(chars[e]) {
                return None;
            }
            return Some(PercentMatch {
                span: Span { start: i, end: e },
                value: v,
                kind,
            });
        }
    }
    // 对折 after 打: 50%
    if (chars[i] == '对' || chars[i] == '對')
        && i > 0
        && chars[i - 1] == '打'
        && chars.get(i + 1) == Some(&'折')
    {
        return Some(PercentMatch {
            span: Span {
                start: i,
                end: i + 2,
            },
            value: Decimal::from_int(50),
            kind: PercentKind::Percent,
        });
    }
    // 半成 / 半折
    if chars[i] == '半' && matches!(chars.get(i + 1), Some('成' | '折')) {
        let v = if chars[i + 1] == '成' { 5 } else { 50 };
        return Some(PercentMatch {
            span: Span {
                start: i,
                end: i + 2,
            },
            value: Decimal::from_int(v),
            kind: PercentKind::Percent,
        });
    }
    let sign_ok = matches!(chars[i], '-' | '－' | '负' | '負')
        && (i == 0 || !(is_numeral_char(chars[i - 1]) || chars[i - 1].is_ascii_alphanumeric()));
    if !(is_numeral_char(chars[i]) || sign_ok) {
        return None;
    }
    if i > 0 && (is_numeral_char(chars[i - 1]) || matches!(chars[i - 1], '%' | '/' | '=')) {
        return None;
    }
    // 成/折 with digits that may be spaced out: 七成 六, 7 2 折, 九 九 折
    if let Some(m) = tenths_at(chars, i) {
        return Some(m);
    }
    let (v, e) = numeral_at(chars, i, true)?;
    let (v, e) = k_suffix(chars, v, e);
    let f = skip_spaces(chars, e);
    if f < chars.len() && matches!(chars[f], '%' | '％') {
        return Some(PercentMatch {
            span: Span {
                start: i,
                end: f + 1,
            },
            value: v,
            kind: PercentKind::Percent,
        });
    }
    if f < chars.len() && chars[f] == '‰' {
        return Some(PercentMatch {
            span: Span {
                start: i,
                end: f + 1,
            },
            value: v,
            kind: PercentKind::Permille,
        });
    }
    if let Some(end) = spaced(chars, f, "个百分点").or_else(|| spaced(chars, f, "個百分點"))
    {
        return Some(PercentMatch {
            span: Span { start: i, end },
            value: v,
            kind: PercentKind::PercentagePoint,
        });
    }
    None
}

fn k_suffix(chars: &[char], v: Decimal, e: usize) -> (Decimal, usize) {
    let f = skip_spaces(chars, e);
    if f < chars.len()
        && matches!(chars[f], 'k' | 'K' | 'ｋ' | 'Ｋ')
        && !(f + 1 < chars.len() && chars[f + 1].is_ascii_alphabetic())
        && let Some(v2) = v.checked_mul_pow10(3)
    {
        return (v2, f + 1);
    }
    (v, e)
}

/// 三成 (30%), 三成半 (35%), 七成 六 (76%), 9.5成, 八五折 (85%), 9.9折 (99%), 三点一折 (31%).
fn tenths_at(chars: &[char], i: usize) -> Option<PercentMatch> {
    // collect digits (Arabic or Chinese) separated by optional spaces, plus one decimal point
    let mut j = i;
    let mut digits: Vec<u32> = Vec::new();
    let mut point_at: Option<usize> = None;
    let mut is_ten = false;
    loop {
        let k = if digits.is_empty() {
            j
        } else {
            skip_spaces(chars, j)
        };
        if k >= chars.len() {
            break;
        }
        let c = chars[k];
        if let Some(d) = arabic_digit(c).or_else(|| cn_digit(c)) {
            digits.push(d);
            j = k + 1;
        } else if (c == '十' || c == '拾') && digits.is_empty() {
            is_ten = true;
            j = k + 1;
            break;
        } else if matches!(c, '.' | '．' | '点' | '點') && point_at.is_none() && !digits.is_empty()
        {
            point_at = Some(digits.len());
            j = k + 1;
        } else {
            break;
        }
    }
    let k = skip_spaces(chars, j);
    let marker = *chars.get(k)?;
    if !matches!(marker, '成' | '折') {
        return None;
    }
    let mut end = k + 1;
    // percent value in tenths: 三成 = 3 tenths; 七五折 = 7.5 tenths; 9.9折 = 9.9 tenths
    let tenths: Decimal = if is_ten {
        if marker == '折' {
            return None;
        }
        Decimal::from_int(10)
    } else {
        if digits.is_empty() || digits.len() > 3 {
            return None;
        }
        // two digits before 折 are a tenths pair (七五折 = 7.5 tenths); before 成 a number (10成)
        let int_len = point_at.unwrap_or(if digits.len() == 2 && marker == '折' {
            1
        } else {
            digits.len()
        });
        let mut mant: i128 = 0;
        for d in &digits {
            mant = mant * 10 + *d as i128;
        }
        Decimal::new(mant, (digits.len() - int_len) as u32)
    };
    if marker == '折' && tenths.to_f64() >= 10.0 {
        return None;
    }
    let mut pct = tenths.checked_mul_pow10(1)?;
    // 三成半 / 七成 六
    if marker == '成' {
        let n = skip_spaces(chars, end);
        if n < chars.len() {
            if chars[n] == '半' {
                pct = pct.checked_add(Decimal::from_int(5))?;
                end = n + 1;
            } else if let Some(d) = cn_digit(chars[n]).or_else(|| arabic_digit(chars[n]))
                && !(n + 1 < chars.len() && is_numeral_char(chars[n + 1]))
            {
                pct = pct.checked_add(Decimal::from_int(d as i128))?;
                end = n + 1;
            }
        }
    }
    Some(PercentMatch {
        span: Span { start: i, end },
        value: pct,
        kind: PercentKind::Percent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(s: &str) -> Vec<(usize, usize, String)> {
        find_numbers(s)
            .into_iter()
            .map(|m| (m.span.start, m.span.end, m.value.to_string()))
            .collect()
    }

    #[test]
    fn bare_numbers_and_words() {
        assert_eq!(
            nums("这是五那是四"),
            vec![(2, 3, "5".into()), (5, 6, "4".into())]
        );
        assert!(nums("我家在四川").is_empty());
        assert_eq!(nums("十 余 万"), vec![(0, 5, "100000".into())]);
        assert_eq!(nums("二十几万"), vec![(0, 4, "200000".into())]);
        assert_eq!(nums("一打"), vec![(0, 2, "12".into())]);
        assert!(nums("三分之一")[0].2.starts_with("0.333"));
        assert_eq!(nums("3/5"), vec![(0, 3, "0.6".into())]);
    }

    #[test]
    fn percentages() {
        let p: Vec<(String, PercentKind)> = find_percentages("增长5.4%，提高0.5个百分点，三成")
            .into_iter()
            .map(|m| (m.value.to_string(), m.kind))
            .collect();
        assert_eq!(
            p,
            vec![
                ("5.4".to_string(), PercentKind::Percent),
                ("0.5".to_string(), PercentKind::PercentagePoint),
                ("30".to_string(), PercentKind::Percent),
            ]
        );
        assert!(find_percentages("五百分之2.2").is_empty());
    }
}
