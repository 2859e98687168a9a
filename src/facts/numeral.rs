//! Reading numerals: Arabic (ASCII or full-width, with thousands separators and decimals),
//! Chinese (standard, 两 forms, financial 壹贰叁, Traditional 萬億兩), and mixed forms such as
//! `5.67万亿` or `3万4000`.
//!
//! Values are kept as exact decimals ([`Decimal`]) because the facts engine must print values
//! such as `5670000000000` or `0.1` without floating-point noise.

use crate::span::Span;
use std::fmt;

/// An exact decimal number `mantissa / 10^scale`, always normalized (no trailing zeros in the
/// fraction). Exactness matters because fact values are compared as strings against labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Builds `mantissa / 10^scale`, normalized so equal values compare equal.
    pub fn new(mantissa: i128, scale: u32) -> Decimal {
        let mut d = Decimal { mantissa, scale };
        d.normalize();
        d
    }

    /// An integer value.
    pub fn from_int(v: i128) -> Decimal {
        Decimal {
            mantissa: v,
            scale: 0,
        }
    }

    /// Zero, the neutral element when summing numeral parts.
    pub fn zero() -> Decimal {
        Decimal::from_int(0)
    }

    fn normalize(&mut self) {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        if self.mantissa == 0 {
            self.scale = 0;
        }
    }

    /// The integer mantissa (value times `10^scale`).
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// Number of fractional decimal digits.
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// True for 0; used to reject empty numeral parts such as a bare `万`.
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// True when the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// The value as an `i128` when it is an integer.
    pub fn to_i128(&self) -> Option<i128> {
        if self.scale == 0 {
            Some(self.mantissa)
        } else {
            None
        }
    }

    /// Sum, or `None` on overflow (numerals in documents never come close; garbage input may).
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self.mantissa.checked_mul(pow10(scale - self.scale)?)?;
        let b = other.mantissa.checked_mul(pow10(scale - other.scale)?)?;
        Some(Decimal::new(a.checked_add(b)?, scale))
    }

    /// Product, or `None` on overflow.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let m = self.mantissa.checked_mul(other.mantissa)?;
        let s = self.scale.checked_add(other.scale)?;
        if s > 36 {
            return None;
        }
        Some(Decimal::new(m, s))
    }

    /// Multiplies by `10^k`, the operation behind 十/百/千/万/亿 multipliers.
    pub fn checked_mul_pow10(self, k: u32) -> Option<Decimal> {
        if self.scale >= k {
            Some(Decimal::new(self.mantissa, self.scale - k))
        } else {
            let m = self.mantissa.checked_mul(pow10(k - self.scale)?)?;
            Some(Decimal::new(m, 0))
        }
    }

    /// Divides by `10^k` (used for fractional digits and 折/成 percentages).
    pub fn checked_div_pow10(self, k: u32) -> Option<Decimal> {
        let s = self.scale.checked_add(k)?;
        if s > 36 {
            return None;
        }
        Some(Decimal::new(self.mantissa, s))
    }

    /// The negated value (负/minus signs).
    pub fn negated(self) -> Decimal {
        Decimal::new(-self.mantissa, self.scale)
    }

    /// Nearest `f64`, computed from the decimal string so it is correctly rounded.
    pub fn to_f64(&self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }
}

fn pow10(k: u32) -> Option<i128> {
    10i128.checked_pow(k)
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let body = if scale == 0 {
            digits
        } else if digits.len() > scale {
            let (a, b) = digits.split_at(digits.len() - scale);
            format!("{a}.{b}")
        } else {
            format!("0.{}{}", "0".repeat(scale - digits.len()), digits)
        };
        if neg {
            write!(f, "-{body}")
        } else {
            f.write_str(&body)
        }
    }
}

/// A numeral found in a string by [`find_numerals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumeralMatch {
    /// Char offsets of the numeral in the searched string.
    pub span: Span,
    /// Its value, multipliers applied.
    pub value: Decimal,
}

/// The value of a Chinese digit character (standard, 两 forms, financial, Traditional).
pub const fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | '洞' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '倆' | '俩' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Digits that stand for 0: they act as place-holders (零) inside Chinese numerals.
fn is_cn_zero(c: char) -> bool {
    matches!(c, '零' | '〇' | '○')
}

/// Only the plain digits (no 两, no financial forms) are read as digit strings such as 二〇二二,
/// because strings like 两两 or 伍伍 are words, not numbers.
fn is_plain_cn_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '○' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The power of ten of a Chinese unit character (十 = 1 … 兆 = 12).
pub const fn cn_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        '兆' => 12,
        _ => return None,
    })
}

/// ASCII or full-width decimal digit value.
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Spaces a numeral may hold when read with spaces allowed.
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

fn is_group_sep(c: char) -> bool {
    matches!(c, ',' | '，')
}

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '－' | '−' | '负' | '負')
}

/// Reads an Arabic number starting at `i`: digits, thousands separators (only when followed by
/// exactly three digits, so "1,2" in an enumeration stays two numbers) and one decimal point.
/// Returns the value and the end offset.
pub fn read_arabic(chars: &[char], i: usize) -> Option<(Decimal, usize)> {
    let mut j = i;
    let mut mant: i128 = 0;
    let mut scale: u32 = 0;
    let mut int_digits = 0usize;
    let mut overflow = false;
    let push = |mant: &mut i128, d: u32, overflow: &mut bool| {
        match mant.checked_mul(10).and_then(|m| m.checked_add(d as i128)) {
            Some(m) => *mant = m,
            None => *overflow = true,
        };
    };
    while j < chars.len() {
        if let Some(d) = arabic_digit(chars[j]) {
            push(&mut mant, d, &mut overflow);
            int_digits += 1;
            j += 1;
        } else if is_group_sep(chars[j])
            && int_digits > 0
            && (1..=3).all(|k| chars.get(j + k).and_then(|&c| arabic_digit(c)).is_some())
            && chars.get(j + 4).and_then(|&c| arabic_digit(c)).is_none()
        {
            j += 1;
        } else {
            break;
        }
    }
    if int_digits == 0 {
        return None;
    }
    if j + 1 < chars.len() && is_decimal_point(chars[j]) && arabic_digit(chars[j + 1]).is_some() {
        j += 1;
        while j < chars.len() {
            if let Some(d) = arabic_digit(chars[j]) {
                push(&mut mant, d, &mut overflow);
                scale += 1;
                j += 1;
            } else {
                break;
            }
        }
    }
    if overflow || scale > 36 {
        return None;
    }
    Some((Decimal::new(mant, scale), j))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    /// An Arabic number.
    Arabic(Decimal),
    /// A single Chinese digit 1-9.
    Digit(u32),
    /// 零 / 〇: a place-holder.
    Zero,
    /// A unit character with its power of ten.
    Unit(u32),
}

fn tokenize(chars: &[char]) -> Option<Vec<Tok>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_space(c) {
            i += 1;
        } else if arabic_digit(c).is_some() {
            let (v, j) = read_arabic(chars, i)?;
            toks.push(Tok::Arabic(v));
            i = j;
        } else if is_cn_zero(c) {
            toks.push(Tok::Zero);
            i += 1;
        } else if let Some(d) = cn_digit(c) {
            toks.push(Tok::Digit(d));
            i += 1;
        } else if let Some(u) = cn_unit(c) {
            toks.push(Tok::Unit(u));
            i += 1;
        } else {
            return None;
        }
    }
    Some(toks)
}

/// Parses a whole string as one numeral; `None` if any part of it is not a numeral.
///
/// Accepts a leading sign (`-`, `－`, `负`, `負`), Arabic numbers with separators and decimals,
/// Chinese numerals with 零 rules and elided trailing units (一万三 = 13000, 二百五 = 250),
/// Chinese decimals (零点五), digit strings (二〇二二), stacked multipliers (万亿, 万万) and
/// mixed forms (5.67万亿, 3万4000, 1千零1). Spaces between parts are ignored.
pub fn parse_numeral(s: &str) -> Option<Decimal> {
    let chars: Vec<char> = s.chars().collect();
    parse_chars(&chars)
}

/// [`parse_numeral`] over a char slice.
pub fn parse_chars(chars: &[char]) -> Option<Decimal> {
    let mut start = 0;
    while start < chars.len() && is_space(chars[start]) {
        start += 1;
    }
    let mut neg = false;
    if start < chars.len() && is_minus(chars[start]) {
        neg = true;
        start += 1;
    } else if start < chars.len() && matches!(chars[start], '+' | '＋' | '正') {
        start += 1;
    }
    let body = &chars[start..];
    // Chinese decimal point: integer part, then fractional digits.
    let point = body.iter().position(|&c| matches!(c, '点' | '點'));
    let value = match point {
        Some(p) => {
            let int = parse_integer_part(&body[..p])?;
            let frac = &body[p + 1..];
            let mut mant: i128 = 0;
            let mut scale = 0u32;
            for &c in frac {
                if is_space(c) {
                    continue;
                }
                // 两 is never a decimal digit: 两百点两 is "200 … 2", not 200.2
                if matches!(c, '两' | '兩' | '倆' | '俩') {
                    return None;
                }
                let d = cn_digit(c).or_else(|| arabic_digit(c))?;
                mant = mant.checked_mul(10)?.checked_add(d as i128)?;
                scale += 1;
                if scale > 30 {
                    return None;
                }
            }
            if scale == 0 {
                return None;
            }
            int.checked_add(Decimal::new(mant, scale))?
        }
        None => parse_integer_part(body)?,
    };
    Some(if neg { value.negated() } else { value })
}

fn parse_integer_part(chars: &[char]) -> Option<Decimal> {
    let toks = tokenize(chars)?;
    if toks.is_empty() {
        return None;
    }
    // Digit strings such as 二〇二二 (years) or 一二三: only plain digits, no units.
    if toks.len() >= 2
        && toks.iter().all(|t| matches!(t, Tok::Digit(_) | Tok::Zero))
        && chars
            .iter()
            .filter(|c| !is_space(**c))
            .all(|&c| is_plain_cn_digit(c))
    {
        let mut v: i128 = 0;
        for t in &toks {
            let d = match t {
                Tok::Digit(d) => *d,
                _ => 0,
            };
            v = v.checked_mul(10)?.checked_add(d as i128)?;
        }
        return Some(Decimal::from_int(v));
    }
    evaluate(&toks)
}

fn evaluate(toks: &[Tok]) -> Option<Decimal> {
    // (value, power of the unit that closed it)
    let mut parts: Vec<(Decimal, u32)> = Vec::new();
    let mut pending: Option<(Decimal, bool)> = None; // value, is a single Chinese digit
    let mut prev: Option<Tok> = None;
    let mut zero_since_unit = false;
    let mut elide_from: Option<u32> = None; // unit power before the pending digit
    for (idx, &t) in toks.iter().enumerate() {
        match t {
            Tok::Arabic(v) => {
                if pending.is_some() {
                    return None;
                }
                // an Arabic number directly after a unit or 零 ("3万4000", "1千零20")
                if matches!(prev, Some(Tok::Arabic(_)) | Some(Tok::Digit(_))) {
                    return None;
                }
                pending = Some((v, false));
                elide_from = None;
            }
            Tok::Digit(d) => {
                if pending.is_some() {
                    return None;
                }
                pending = Some((Decimal::from_int(d as i128), true));
                elide_from = match prev {
                    Some(Tok::Unit(u)) if u >= 2 && !zero_since_unit => Some(u),
                    _ => None,
                };
            }
            Tok::Zero => {
                if pending.is_some() {
                    return None;
                }
                // a leading 零 is only fine before a unit ("零十") or as the whole numeral
                zero_since_unit = true;
            }
            Tok::Unit(u) if u < 4 => {
                let x = match pending.take() {
                    Some((v, _)) => v,
                    None => {
                        let bare_ok =
                            u == 1 || (idx == 0 && toks.len() > 1) || (idx == 0 && toks.len() == 1);
                        if !bare_ok {
                            return None;
                        }
                        Decimal::from_int(1)
                    }
                };
                if let Some(&(_, lvl)) = parts.last()
                    && lvl <= u
                {
                    return None;
                }
                parts.push((x.checked_mul_pow10(u)?, u));
                zero_since_unit = false;
            }
            Tok::Unit(u) => {
                if pending.is_none() && matches!(prev, Some(Tok::Unit(p)) if p >= 4) {
                    // stacked multipliers: 万亿, 万万
                    let (v, lvl) = parts.pop()?;
                    parts.push((v.checked_mul_pow10(u)?, lvl + u));
                } else {
                    let mut sum = match pending.take() {
                        Some((v, _)) => v,
                        None => Decimal::zero(),
                    };
                    let mut any = !sum.is_zero();
                    while let Some(&(v, lvl)) = parts.last() {
                        if lvl < u {
                            sum = sum.checked_add(v)?;
                            any = true;
                            parts.pop();
                        } else {
                            break;
                        }
                    }
                    if !any {
                        return None;
                    }
                    parts.push((sum.checked_mul_pow10(u)?, u));
                }
                zero_since_unit = false;
            }
        }
        prev = Some(t);
    }
    let mut total = Decimal::zero();
    for (v, _) in &parts {
        total = total.checked_add(*v)?;
    }
    if let Some((v, single)) = pending {
        let v = match elide_from {
            Some(u) if single => v.checked_mul_pow10(u - 1)?,
            _ => v,
        };
        total = total.checked_add(v)?;
    } else if parts.is_empty() {
        // only zeros
        if toks.iter().all(|t| matches!(t, Tok::Zero)) && toks.len() == 1 {
            return Some(Decimal::zero());
        }
        return None;
    }
    Some(total)
}

/// True for any char that can be part of a numeral (used to find numeral runs).
///
/// Asked at nearly every char of a report, and most chars are CJK ideographs, of which only
/// about forty are numerals. So an ideograph is first looked up by its low byte in
/// [`CJK_NUMERAL_LOW_BYTES`]: five in six ideographs are rejected there, and only the rest go
/// through the full character match.
#[inline]
pub fn is_numeral_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let cp = c as u32;
    if (CJK_FIRST..=CJK_LAST).contains(&cp) {
        let low = cp & 0xFF;
        if CJK_NUMERAL_LOW_BYTES[(low >> 6) as usize] & (1 << (low & 63)) == 0 {
            return false;
        }
    }
    arabic_digit(c).is_some() || cn_digit(c).is_some() || cn_unit(c).is_some()
}

/// The CJK Unified Ideographs block, where all Chinese numerals but 〇 and ○ lie.
const CJK_FIRST: u32 = 0x4E00;
const CJK_LAST: u32 = 0x9FFF;

/// The set of low bytes (code point & 0xFF) of the ideographs that are Chinese digits or units,
/// as 256 bits; computed from [`cn_digit`] and [`cn_unit`] at compile time, so it cannot drift
/// from them. An ideograph whose low byte is not in the set is no numeral.
const CJK_NUMERAL_LOW_BYTES: [u64; 4] = {
    let mut set = [0u64; 4];
    let mut cp = CJK_FIRST;
    while cp <= CJK_LAST {
        if let Some(c) = char::from_u32(cp)
            && (cn_digit(c).is_some() || cn_unit(c).is_some())
        {
            let low = cp & 0xFF;
            set[(low >> 6) as usize] |= 1 << (low & 63);
        }
        cp += 1;
    }
    set
};

/// True for chars that can start a Chinese numeral word.
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some()
}

/// The longest run of chars [`numeral_at`] considers. The longest numeral a report writes
/// (九千九百九十九万九千九百九十九亿…, a decimal with its digits) is about 40 chars, and no
/// value longer than 39 digits fits an `i128`. Without a bound, a run of a million digits would
/// be parsed a million times over, once per shorter prefix.
pub const MAX_NUMERAL_CHARS: usize = 64;

/// Finds the longest numeral starting exactly at `i`. Returns its value and end offset.
/// With `allow_spaces`, spaces between numeral parts are accepted ("一百 五 十 二").
/// Looks at most [`MAX_NUMERAL_CHARS`] chars ahead.
pub fn numeral_at(chars: &[char], i: usize, allow_spaces: bool) -> Option<(Decimal, usize)> {
    let chars = &chars[..chars.len().min(i.saturating_add(MAX_NUMERAL_CHARS))];
    let n = chars.len();
    if i >= n {
        return None;
    }
    let mut j = i;
    if is_minus(chars[j]) {
        j += 1;
        if j >= n || !is_numeral_char(chars[j]) {
            return None;
        }
    }
    if !is_numeral_char(chars[j]) {
        return None;
    }
    // the maximal run of chars that may belong to a numeral
    let mut end = j;
    while end < n {
        let c = chars[end];
        let joins_next = (is_group_sep(c) || is_decimal_point(c) || matches!(c, '点' | '點'))
            && end > j
            && end + 1 < n
            && is_numeral_char(chars[end + 1]);
        if is_numeral_char(c) || joins_next {
            end += 1;
        } else if allow_spaces && matches!(c, '点' | '點') && end > j {
            // 四百 点 五
            let mut k = end + 1;
            while k < n && is_space(chars[k]) {
                k += 1;
            }
            if k < n && is_numeral_char(chars[k]) {
                end = k;
            } else {
                break;
            }
        } else if allow_spaces && is_space(c) && end > j {
            let mut k = end;
            while k < n && is_space(chars[k]) {
                k += 1;
            }
            if k < n && (is_numeral_char(chars[k]) || matches!(chars[k], '点' | '點')) {
                end = k;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // longest parseable prefix
    let mut e = end;
    while e > j {
        let slice = &chars[i..e];
        let last = chars[e - 1];
        if !(is_space(last)
            || is_group_sep(last)
            || is_decimal_point(last)
            || matches!(last, '点' | '點'))
            && let Some(v) = parse_chars(slice)
        {
            return Some((v, e));
        }
        e -= 1;
    }
    None
}

/// Every maximal numeral in `s`, unit or not, scanning left to right (char offsets).
/// This is deliberately context-free: deciding whether 一 in 统一 is a quantity is the job of
/// the facts engine, not of the numeral reader.
pub fn find_numerals(s: &str) -> Vec<NumeralMatch> {
    let chars: Vec<char> = s.chars().collect();
    find_numerals_in(&chars, false)
}

/// [`find_numerals`] over chars, optionally accepting spaces inside numerals.
pub fn find_numerals_in(chars: &[char], allow_spaces: bool) -> Vec<NumeralMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // a minus sign only counts when it is not a hyphen between two numbers ("1-3")
        let sign_ok = is_minus(chars[i])
            && (i == 0 || !(is_numeral_char(chars[i - 1]) || chars[i - 1].is_ascii_alphanumeric()));
        if (is_numeral_char(chars[i]) || sign_ok)
            && let Some((v, e)) = numeral_at(chars, i, allow_spaces)
        {
            out.push(NumeralMatch {
                span: Span { start: i, end: e },
                value: v,
            });
            i = e;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The low-byte filter inside [`is_numeral_char`] must not change its answer for any char.
    #[test]
    fn numeral_char_filter_agrees_with_the_full_match() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let full = arabic_digit(c).is_some() || cn_digit(c).is_some() || cn_unit(c).is_some();
            assert_eq!(is_numeral_char(c), full, "{c:?}");
        }
    }

    fn p(s: &str) -> Option<String> {
        parse_numeral(s).map(|d| d.to_string())
    }

    /// Table of (input, expected value); `None` means "not a numeral".
    const CASES: &[(&str, Option<&str>)] = &[
        // Arabic
        ("0", Some("0")),
        ("7", Some("7")),
        ("42", Some("42")),
        ("1234", Some("1234")),
        ("1,234", Some("1234")),
        ("1,234,567", Some("1234567")),
        ("1,050,000,000", Some("1050000000")),
        ("1234.5", Some("1234.5")),
        ("1,234.56", Some("1234.56")),
        ("0.5", Some("0.5")),
        ("0.05", Some("0.05")),
        ("4.800", Some("4.8")),
        ("10.233", Some("10.233")),
        ("-3.5", Some("-3.5")),
        ("-10000", Some("-10000")),
        ("－12", Some("-12")),
        ("负10000", Some("-10000")),
        ("负1.1", Some("-1.1")),
        ("負0.2", Some("-0.2")),
        ("１２３４", Some("1234")),
        ("１，２３４", Some("1234")),
        ("４，５６５", Some("4565")),
        ("７．４", Some("7.4")),
        ("２.７８９０", Some("2.789")),
        ("10,000.233", Some("10000.233")),
        ("5,236", Some("5236")),
        ("007", Some("7")),
        ("1.0", Some("1")),
        ("99999999999", Some("99999999999")),
        // mixed Arabic + multipliers
        ("5.67万亿", Some("5670000000000")),
        ("1.2万", Some("12000")),
        ("3千", Some("3000")),
        ("8.9万", Some("89000")),
        ("1.35亿", Some("135000000")),
        ("1.05亿", Some("105000000")),
        ("8500亿", Some("850000000000")),
        ("4.78万亿", Some("4780000000000")),
        ("10万万", Some("1000000000")),
        ("1,100万", Some("11000000")),
        ("1,100.9亿", Some("110090000000")),
        ("1千零1", Some("1001")),
        ("1千零20", Some("1020")),
        ("2千零30万", Some("20300000")),
        ("3万4000", Some("34000")),
        ("25万6千", Some("256000")),
        ("5万4千6百", Some("54600")),
        ("5亿1万4千6百", Some("500014600")),
        ("20万亿", Some("20000000000000")),
        ("350万亿", Some("350000000000000")),
        ("１１.92亿", Some("1192000000")),
        ("２．２亿", Some("220000000")),
        ("1000  万", Some("10000000")),
        ("7 万5 千4 百", Some("75400")),
        ("5萬4千6百", Some("54600")),
        ("4.78萬億", Some("4780000000000")),
        ("5億1萬4千6百", Some("500014600")),
        ("0.6万", Some("6000")),
        ("12.5万", Some("125000")),
        ("3.2千", Some("3200")),
        ("100万", Some("1000000")),
        ("2.3万", Some("23000")),
        // Chinese basics
        ("〇", Some("0")),
        ("零", Some("0")),
        ("一", Some("1")),
        ("二", Some("2")),
        ("两", Some("2")),
        ("兩", Some("2")),
        ("三", Some("3")),
        ("四", Some("4")),
        ("五", Some("5")),
        ("六", Some("6")),
        ("七", Some("7")),
        ("八", Some("8")),
        ("九", Some("9")),
        ("十", Some("10")),
        ("一十", Some("10")),
        ("十一", Some("11")),
        ("一十一", Some("11")),
        ("十五", Some("15")),
        ("十八", Some("18")),
        ("二十", Some("20")),
        ("二十五", Some("25")),
        ("九十九", Some("99")),
        ("一百", Some("100")),
        ("一百零五", Some("105")),
        ("一百一十", Some("110")),
        ("一百一", Some("110")),
        ("一百五十二", Some("152")),
        ("二百五十", Some("250")),
        ("二百五", Some("250")),
        ("四百五", Some("450")),
        ("九百九", Some("990")),
        ("九百九十九", Some("999")),
        ("百三", Some("130")),
        ("千三", Some("1300")),
        ("一千", Some("1000")),
        ("一千零一", Some("1001")),
        ("一千零五", Some("1005")),
        ("一千零五十", Some("1050")),
        ("一千零十二", Some("1012")),
        ("一千三", Some("1300")),
        ("一千三百", Some("1300")),
        ("一千陆", Some("1600")),
        ("两千三百", Some("2300")),
        ("两千三百五", Some("2350")),
        ("两千四百五", Some("2450")),
        ("一万", Some("10000")),
        ("一万三", Some("13000")),
        ("一万零一十二", Some("10012")),
        ("一万零十二", Some("10012")),
        ("一万二百五十", Some("10250")),
        ("一万零二百五十", Some("10250")),
        ("两万零五百", Some("20500")),
        ("九万四", Some("94000")),
        ("九十二万四", Some("924000")),
        ("九万零四百", Some("90400")),
        ("九百万零四百", Some("9000400")),
        ("四十万", Some("400000")),
        ("四千万", Some("40000000")),
        ("四千零五万", Some("40050000")),
        ("四千零四万", Some("40040000")),
        ("四千万零六千", Some("40006000")),
        ("一百万零四", Some("1000004")),
        ("一百零一万一千", Some("1011000")),
        ("一千两百三十四万", Some("12340000")),
        ("一千零一万零一", Some("10010001")),
        ("一百零十万", Some("1100000")),
        ("一百零一万零三千零十二", Some("1013012")),
        ("七十八万五佰零六", Some("780506")),
        ("四亿", Some("400000000")),
        ("五亿零六", Some("500000006")),
        ("四亿五千六百四十二万零一十五", Some("456420015")),
        ("四十五亿四千零四万", Some("4540040000")),
        ("负四十五亿零四百零四万", Some("-4504040000")),
        ("负四百零五亿零四百零四万", Some("-40504040000")),
        ("四万万", Some("400000000")),
        ("四万亿", Some("4000000000000")),
        ("二十一万亿", Some("21000000000000")),
        ("三百五十一万亿", Some("351000000000000")),
        ("一万五千亿", Some("1500000000000")),
        ("四千三百亿", Some("430000000000")),
        ("五兆六十二亿四万五千二", Some("5006200045200")),
        ("五十五兆一十二亿四万五千二", Some("55001200045200")),
        ("四十九兆九千五百九十二億", Some("49959200000000")),
        ("零十", Some("10")),
        ("负三十二", Some("-32")),
        ("負三十二", Some("-32")),
        // Chinese decimals
        ("零点五", Some("0.5")),
        ("二点五", Some("2.5")),
        ("十点二三三", Some("10.233")),
        ("十五点七", Some("15.7")),
        ("负六点六", Some("-6.6")),
        ("两千万点五五四四", Some("20000000.5544")),
        ("两千点零", Some("2000")),
        ("两千三点一", Some("2300.1")),
        ("十二点五", Some("12.5")),
        ("一百五十四点零", Some("154")),
        ("四百亿点零五零", Some("40000000000.05")),
        ("一万零十二点一五", Some("10012.15")),
        ("四百 点 五", Some("400.5")),
        ("六百一十一点二五五", Some("611.255")),
        ("零点零一", Some("0.01")),
        // financial and Traditional
        ("壹", Some("1")),
        ("壹仟贰佰", Some("1200")),
        ("肆佰陸拾", Some("460")),
        ("壹佰伍拾", Some("150")),
        ("肆拾肆", Some("44")),
        ("拾万零五十六", Some("100056")),
        ("拾六万零五百零六", Some("160506")),
        ("拾亿零六万零五百零六", Some("1000060506")),
        ("十万柒仟捌佰伍拾肆", Some("107854")),
        ("倆千两百贰拾二", Some("2222")),
        ("兩千兩百貳拾二", Some("2222")),
        ("壹千零壹", Some("1001")),
        ("壹百零壹萬壹千", Some("1011000")),
        ("壹千兩百三十四萬", Some("12340000")),
        ("五億零六", Some("500000006")),
        ("萬", None),
        ("億", None),
        ("四萬萬", Some("400000000")),
        ("九百萬零四百", Some("9000400")),
        ("壹萬三", Some("13000")),
        ("玖仟玖佰玖拾玖", Some("9999")),
        ("叁拾", Some("30")),
        ("柒", Some("7")),
        ("捌万", Some("80000")),
        // digit strings
        ("二〇二二", Some("2022")),
        ("二○二二", Some("2022")),
        ("二零二二", Some("2022")),
        ("一九四九", Some("1949")),
        ("一九五四", Some("1954")),
        ("二〇三五", Some("2035")),
        // spaces
        ("一百 五 十 二", Some("152")),
        ("三千 八百 九十六 万 四千 九百 六十五", Some("38964965")),
        ("二十 億", Some("2000000000")),
        // not numerals
        ("", None),
        ("万", None),
        ("万万", None),
        ("亿", None),
        ("两两", None),
        ("十百", None),
        ("一百一千", None),
        ("三四", Some("34")),
        ("一二三", Some("123")),
        ("十四五", None),
        ("二十一二", None),
        ("abc", None),
        ("5G", None),
        ("1.2.3", None),
        ("点五", None),
        ("一点", None),
        ("-", None),
        ("负", None),
        ("1 000", None),
        ("3三", None),
        ("5万千", None),
        ("百分之五", None),
        ("1,2", None),
        ("一批", None),
        ("十分", None),
    ];

    #[test]
    fn numeral_table() {
        assert!(CASES.len() >= 200, "table has {} cases", CASES.len());
        let mut failures = Vec::new();
        for (input, want) in CASES {
            let got = p(input);
            if got.as_deref() != *want {
                failures.push(format!("{input:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn decimal_display_and_arithmetic() {
        assert_eq!(Decimal::new(5, 1).to_string(), "0.5");
        assert_eq!(Decimal::new(-5, 3).to_string(), "-0.005");
        assert_eq!(Decimal::new(500, 2).to_string(), "5");
        assert_eq!(Decimal::new(0, 5).to_string(), "0");
        assert_eq!(
            Decimal::new(567, 2)
                .checked_mul_pow10(12)
                .unwrap()
                .to_string(),
            "5670000000000"
        );
        assert_eq!(
            Decimal::new(15, 1)
                .checked_add(Decimal::new(25, 2))
                .unwrap()
                .to_string(),
            "1.75"
        );
        assert_eq!(Decimal::new(54, 1).to_f64(), 5.4);
        assert_eq!(Decimal::from_int(i128::MAX).checked_mul_pow10(1), None);
    }

    #[test]
    fn find_numerals_in_text() {
        let s = "全市生产总值达到5.67万亿元、增长5.4%，地方收入8500亿元";
        let got: Vec<(usize, usize, String)> = find_numerals(s)
            .into_iter()
            .map(|m| (m.span.start, m.span.end, m.value.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                (8, 14, "5670000000000".to_string()),
                (18, 21, "5.4".to_string()),
                (27, 32, "850000000000".to_string()),
            ]
        );
        // a hyphen between numbers is not a minus sign
        let got: Vec<String> = find_numerals("1-3")
            .into_iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(got, vec!["1", "3"]);
        // a run that does not parse as a whole is split at the longest readable prefix
        let got: Vec<String> = find_numerals("十四五")
            .into_iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(got, vec!["14", "5"]);
    }

    /// How the test generator writes a numeral.
    #[derive(Debug, Clone, Copy)]
    struct Style {
        /// 两 instead of 二 before 百/千/万/亿.
        liang: bool,
        /// Financial digits and units (壹贰叁, 拾佰仟).
        financial: bool,
        /// 一十 at the start instead of 十 for 10-19.
        yi_shi: bool,
        /// Traditional 萬/億.
        traditional: bool,
    }

    /// Writes 0 <= n < 10^16 in standard Chinese with the 零 rules: one 零 for any run of
    /// missing places inside a number, none at the end.
    fn write_cn(n: u64, st: Style) -> String {
        if n == 0 {
            return "零".to_string();
        }
        let mut out = String::new();
        write_big(n, st, &mut out, true);
        out
    }

    fn write_big(n: u64, st: Style, out: &mut String, leading: bool) {
        let (yi, wan) = if st.traditional {
            ('億', '萬')
        } else {
            ('亿', '万')
        };
        if n >= 100_000_000 {
            let hi = n / 100_000_000;
            let lo = n % 100_000_000;
            write_big(hi, st, out, leading);
            out.push(yi);
            if lo > 0 {
                if lo < 10_000_000 {
                    out.push('零');
                }
                write_big(lo, st, out, false);
            }
        } else if n >= 10_000 {
            let hi = n / 10_000;
            let lo = n % 10_000;
            write_section(hi, st, out, leading, true);
            out.push(wan);
            if lo > 0 {
                if lo < 1000 {
                    out.push('零');
                }
                write_section(lo, st, out, false, false);
            }
        } else {
            write_section(n, st, out, leading, false);
        }
    }

    /// 1 <= n < 10000. `before_big` says a 万/亿 follows (where 两 may replace 二 alone).
    fn write_section(n: u64, st: Style, out: &mut String, leading: bool, before_big: bool) {
        let digits = if st.financial {
            ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖']
        } else {
            ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
        };
        let units = if st.financial {
            ['仟', '佰', '拾', ' ']
        } else {
            ['千', '百', '十', ' ']
        };
        let places = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
        let first = places.iter().position(|&d| d != 0).unwrap_or(3);
        let mut pending_zero = false;
        for (k, &d) in places.iter().enumerate().skip(first) {
            if d == 0 {
                pending_zero = true;
                continue;
            }
            if pending_zero {
                out.push('零');
                pending_zero = false;
            }
            let is_first = k == first;
            let omit_one = k == 2 && d == 1 && is_first && leading && n < 20 && !st.yi_shi;
            if !omit_one {
                let liang_ok = st.liang
                    && !st.financial
                    && d == 2
                    && (k < 2 || (k == 3 && before_big && n == 2));
                out.push(if liang_ok { '两' } else { digits[d as usize] });
            }
            if k < 3 {
                out.push(units[k]);
            }
        }
    }

    #[test]
    fn generator_writes_standard_forms() {
        let st = Style {
            liang: false,
            financial: false,
            yi_shi: false,
            traditional: false,
        };
        assert_eq!(write_cn(10, st), "十");
        assert_eq!(write_cn(105, st), "一百零五");
        assert_eq!(write_cn(20500, st), "二万零五百");
        assert_eq!(write_cn(10010001, st), "一千零一万零一");
        assert_eq!(write_cn(1_000_000_000_000, st), "一万亿");
        assert_eq!(write_cn(100_000_010, st), "一亿零一十");
        let st = Style { liang: true, ..st };
        assert_eq!(write_cn(2200, st), "两千两百");
        assert_eq!(write_cn(22, st), "二十二");
        let st = Style {
            financial: true,
            liang: false,
            ..st
        };
        assert_eq!(write_cn(1200, st), "壹仟贰佰");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        #[test]
        fn chinese_integers_round_trip(
            n in 0u64..=1_000_000_000_000u64,
            liang: bool,
            financial: bool,
            yi_shi: bool,
            traditional: bool,
        ) {
            let st = Style { liang, financial, yi_shi, traditional };
            let text = write_cn(n, st);
            let got = parse_numeral(&text);
            proptest::prop_assert_eq!(got, Some(Decimal::from_int(n as i128)), "{}", text);
        }

        #[test]
        fn small_integers_round_trip(n in 0u64..=100_000u64, liang: bool, yi_shi: bool) {
            let st = Style { liang, financial: false, yi_shi, traditional: false };
            let text = write_cn(n, st);
            proptest::prop_assert_eq!(parse_numeral(&text), Some(Decimal::from_int(n as i128)), "{}", text);
        }

        #[test]
        fn arabic_round_trip(n in 0u64..=10_000_000_000_000u64, frac in 0u32..1000u32) {
            let text = format!("{n}.{frac:03}");
            let want = Decimal::new(n as i128 * 1000 + frac as i128, 3);
            proptest::prop_assert_eq!(parse_numeral(&text), Some(want));
        }

        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = parse_numeral(&s);
            let _ = find_numerals(&s);
        }
    }
}
