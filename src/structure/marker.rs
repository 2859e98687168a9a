//! GB/T 9704 heading markers: 一、 → （一） → 1. → （1）, plus 第X章/节/条 and 壹、.
//!
//! Markers are read from the normalized text, where `（）` and `．` are already folded to
//! `()` and `.`.

use serde::Serialize;

/// The kind of heading marker, in hierarchy order (a lower rank nests a higher one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerKind {
    /// 附件1 / 附录 / 名词解释 / 注释: back matter, whose headings number afresh.
    Annex,
    /// 第一章
    Chapter,
    /// 壹、 (financial numerals, used by Taiwan's reports above 一、)
    Capital,
    /// 第一节
    Part,
    /// 第一条
    Article,
    /// 一、
    Han,
    /// （一） / (一)
    ParenHan,
    /// 1. 1、 1．
    Digit,
    /// （1） / (1)
    ParenDigit,
}

/// A marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Which marker family.
    pub kind: MarkerKind,
    /// The number it carries (一 → 1).
    pub ordinal: u32,
    /// Length of the marker in chars, including its punctuation.
    pub len: usize,
}

/// Words that open back matter when they start a short line.
const ANNEX_WORDS: &[&str] = &["附件", "附录", "名词解释", "注释"];

/// Every char a marker can start with, bar the ASCII digits: the annex words (附件 附录
/// 名词解释 注释), 第, `(`, the numerals 〇..十 and the financial numerals.
const MARKER_FIRST_CHARS: &str = "附名注第(〇一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾";

/// Read a marker at the start of `line` (normalized text, leading spaces already skipped).
///
/// Most lines are prose that starts with no marker char; they are turned away by their
/// first char before any chars are collected.
pub fn read_marker(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    if !first.is_ascii_digit() && !MARKER_FIRST_CHARS.contains(first) {
        return None;
    }
    parse_marker(line)
}

/// [`read_marker`] without the check of the first char.
fn parse_marker(line: &str) -> Option<Marker> {
    if let Some(m) = annex_marker(line) {
        return Some(m);
    }
    let chars: Vec<char> = line.chars().take(12).collect();
    let first = *chars.first()?;
    if first == '第' {
        let (ordinal, n) = han_number(&chars[1..])?;
        let kind = match chars.get(1 + n)? {
            '章' => MarkerKind::Chapter,
            '节' => MarkerKind::Part,
            '条' => MarkerKind::Article,
            _ => return None,
        };
        return Some(Marker {
            kind,
            ordinal,
            len: n + 2,
        });
    }
    if first == '(' {
        let close = chars.iter().position(|&c| c == ')')?;
        let inner = &chars[1..close];
        if let Some((ordinal, n)) = han_number(inner)
            && n == inner.len()
        {
            return Some(Marker {
                kind: MarkerKind::ParenHan,
                ordinal,
                len: close + 1,
            });
        }
        if !inner.is_empty() && inner.len() <= 2 && inner.iter().all(char::is_ascii_digit) {
            let ordinal = inner.iter().collect::<String>().parse().ok()?;
            return Some(Marker {
                kind: MarkerKind::ParenDigit,
                ordinal,
                len: close + 1,
            });
        }
        return None;
    }
    if first.is_ascii_digit() {
        let n = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        if n > 2 {
            return None;
        }
        let punct = *chars.get(n)?;
        let after = chars.get(n + 1).copied();
        // "1.5万" is a number, not a marker.
        let ok = punct == '、' || (punct == '.' && !after.is_some_and(|c| c.is_ascii_digit()));
        if !ok {
            return None;
        }
        let ordinal = chars[..n].iter().collect::<String>().parse().ok()?;
        return Some(Marker {
            kind: MarkerKind::Digit,
            ordinal,
            len: n + 1,
        });
    }
    if let Some((ordinal, n)) = capital_number(&chars)
        && chars.get(n) == Some(&'、')
    {
        return Some(Marker {
            kind: MarkerKind::Capital,
            ordinal,
            len: n + 1,
        });
    }
    let (ordinal, n) = han_number(&chars)?;
    if chars.get(n) == Some(&'、') {
        return Some(Marker {
            kind: MarkerKind::Han,
            ordinal,
            len: n + 1,
        });
    }
    None
}

/// `附件1`, `附件:`, `名词解释`, `注释:` alone on a line (at most a short title after them).
/// The ordinal is the annex number when written, else 1; annexes are not numbered in sequence.
fn annex_marker(line: &str) -> Option<Marker> {
    let t = line.trim_end();
    let word = ANNEX_WORDS.iter().find(|w| t.starts_with(*w))?;
    let rest: Vec<char> = t[word.len()..].chars().collect();
    if rest.len() > 20 || rest.contains(&'。') {
        return None;
    }
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let ordinal = rest[..digits]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(1);
    let colon = usize::from(rest.get(digits) == Some(&':'));
    // Only a bare word, a number or a colon may follow directly; "附件是…" is prose.
    if digits == 0 && colon == 0 && !rest.is_empty() {
        return None;
    }
    Some(Marker {
        kind: MarkerKind::Annex,
        ordinal,
        len: word.chars().count() + digits + colon,
    })
}

/// A small Chinese numeral 一..九十九 as used in headings; returns (value, chars read).
fn han_number(chars: &[char]) -> Option<(u32, usize)> {
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    };
    match chars {
        ['十', b, ..] if digit(*b).is_some_and(|d| d > 0) => Some((10 + digit(*b)?, 2)),
        ['十', ..] => Some((10, 1)),
        [a, '十', b, ..] if digit(*a).is_some() && digit(*b).is_some_and(|d| d > 0) => {
            Some((digit(*a)? * 10 + digit(*b)?, 3))
        }
        [a, '十', ..] if digit(*a).is_some_and(|d| d > 1) => Some((digit(*a)? * 10, 2)),
        [a, ..] if digit(*a).is_some_and(|d| d > 0) => Some((digit(*a)?, 1)),
        _ => None,
    }
}

/// 壹..拾 as used by Taiwan's top-level headings.
fn capital_number(chars: &[char]) -> Option<(u32, usize)> {
    let c = *chars.first()?;
    let p = "壹贰貳叁參肆伍陆陸柒捌玖拾".chars().position(|d| d == c)?;
    // Positions with traditional variants map back onto 1..10.
    let value = [1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10][p];
    Some((value, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerKind::*;

    fn m(s: &str) -> Option<(MarkerKind, u32, usize)> {
        read_marker(s).map(|m| (m.kind, m.ordinal, m.len))
    }

    #[test]
    fn gb9704_levels() {
        assert_eq!(m("一、坚持依法依规"), Some((Han, 1, 2)));
        assert_eq!(m("十二、其他"), Some((Han, 12, 3)));
        assert_eq!(m("二十、其他"), Some((Han, 20, 3)));
        assert_eq!(m("(三)疫情防控常态长效"), Some((ParenHan, 3, 3)));
        assert_eq!(m("(十)奋力推进"), Some((ParenHan, 10, 3)));
        assert_eq!(m("1、社区矫正。"), Some((Digit, 1, 2)));
        assert_eq!(m("12.加强"), Some((Digit, 12, 3)));
        assert_eq!(m("(2)做好"), Some((ParenDigit, 2, 3)));
        assert_eq!(m("第三章 总则"), Some((Chapter, 3, 3)));
        assert_eq!(m("第十二条 本办法"), Some((Article, 12, 4)));
        assert_eq!(m("壹、內政"), Some((Capital, 1, 2)));
        assert_eq!(m("附件1"), Some((Annex, 1, 3)));
        assert_eq!(m("附件2:名词解释"), Some((Annex, 2, 4)));
        assert_eq!(m("名词解释"), Some((Annex, 1, 4)));
        assert_eq!(m("注释:"), Some((Annex, 1, 3)));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The first-char check turns away only lines the full reader finds no marker in.
        #[test]
        fn first_char_check_agrees_with_full_read(
            line in crate::normalize::tests::report_text(
                "附件录名词解释注第章节条()0123456789〇一二三四五六七八九十、.:壹贰拾百零两"
                    .chars()
                    .collect(),
                8,
            )
        ) {
            proptest::prop_assert_eq!(read_marker(&line), parse_marker(&line));
        }
    }

    #[test]
    fn numbers_and_phrases_are_not_markers() {
        for s in [
            "1.5万人参加",
            "2022年街道",
            "一是经济持续回升",
            "一年来",
            "(2022年)",
            "第一时间发布",
            "123、",
            "十四五规划",
            "附件是本报告的一部分。",
            "注释工作由统计局负责",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }
}
