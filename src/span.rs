//! Character spans into the decoded source text.
//!
//! Every position gongwen reports is a half-open range of Unicode scalar values (chars), the
//! indices Python's `str` slicing uses, so a user can cut the exact text back out of the
//! decoded source in any language without caring about UTF-8 byte offsets.

use serde::{Deserialize, Serialize};

/// A half-open `[start, end)` range of char offsets into the decoded source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First char of the range.
    pub start: usize,
    /// One past the last char of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; callers keep `start <= end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Number of chars covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no chars.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The items that overlap `span`, from items in text order whose spans do not overlap one
/// another (so their ends are in order too). Two binary searches instead of a scan: a stage
/// that looks up the facts or dates near each fact must not take time that grows with the
/// square of the document.
pub fn overlapping<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let lo = items.partition_point(|x| span_of(x).end <= span.start);
    let hi = lo + items[lo..].partition_point(|x| span_of(x).start < span.end);
    &items[lo..hi]
}

/// True when `items` are in text order and none overlaps the next: what [`overlapping`] needs.
pub fn in_order_disjoint<T>(items: &[T], span_of: impl Fn(&T) -> Span) -> bool {
    items
        .windows(2)
        .all(|w| span_of(&w[0]).end <= span_of(&w[1]).start)
}

/// A text with a char-offset index, so spans can be cut out in O(1).
///
/// Built once per document; the stages pass spans around and only this type turns them into
/// `&str`, which keeps the char/byte distinction in one place.
#[derive(Debug, Clone)]
pub struct IndexedText {
    text: String,
    /// Byte offset of every char, plus one trailing entry for `text.len()`.
    byte_at: Vec<usize>,
}

impl IndexedText {
    /// Index `text` by chars.
    ///
    /// The index is read off the lead bytes (each says how long its char is) without decoding
    /// the chars, into a vector sized exactly from the (vectorised) char count: some 7
    /// instructions a char where collecting `char_indices` took over 20.
    pub fn new(text: String) -> Self {
        let bytes = text.as_bytes();
        let chars = text.chars().count();
        let mut byte_at = Vec::with_capacity(chars + 1);
        let mut next = 0;
        // A mapped range has an exact length, so `extend` writes without capacity checks.
        byte_at.extend((0..chars).map(|_| {
            let at = next;
            next += utf8_len(bytes[at]);
            at
        }));
        byte_at.push(text.len());
        IndexedText { text, byte_at }
    }

    /// The whole text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in chars.
    pub fn char_len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// The text covered by `span`; an out-of-range span is clamped rather than panicking,
    /// because spans may come from user-supplied gold files or records.
    pub fn slice(&self, span: Span) -> &str {
        let n = self.char_len();
        let start = span.start.min(n);
        let end = span.end.clamp(start, n);
        &self.text[self.byte_at[start]..self.byte_at[end]]
    }

    /// The char at offset `pos`, if the text is that long (one index lookup, no slicing: the
    /// entity rules ask it after every word).
    pub fn char_at(&self, pos: usize) -> Option<char> {
        let byte = *self.byte_at.get(pos)?;
        self.text[byte..].chars().next()
    }

    /// Char spans of every line, without the line terminator (`\n`; a preceding `\r` is
    /// excluded as well). The last line keeps a trailing `\r`: it has no terminator.
    ///
    /// Lines are found with a byte search for `\n` and measured with a char count each, rather
    /// than by walking the text char by char.
    pub fn lines(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut rest = self.text.as_str();
        while let Some(nl) = rest.find('\n') {
            let line = &rest[..nl];
            let len = line.chars().count();
            let end = start + len - usize::from(line.ends_with('\r'));
            out.push(Span::new(start, end));
            start += len + 1;
            rest = &rest[nl + 1..];
        }
        if start < self.char_len() {
            out.push(Span::new(start, self.char_len()));
        }
        out
    }
}

/// A table for walking UTF-8 text a char at a time while looking closer only at some chars:
/// for each byte, 0 when it is one of `look_at` (lead bytes of the chars to look at), else
/// the length of the char it leads. One lookup a char both picks out the chars to look at and
/// says how far to skip the others, without decoding them.
pub(crate) const fn skip_table(look_at: &[u8]) -> [u8; 256] {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = utf8_len(b as u8) as u8;
        b += 1;
    }
    let mut k = 0;
    while k < look_at.len() {
        table[look_at[k] as usize] = 0;
        k += 1;
    }
    table
}

/// Length of the UTF-8 sequence that starts with lead byte `b` of a valid `str`, looked up by
/// the byte's top four bits (`0xxx` one byte, `110x` two, `1110` three, `1111` four; `10xx`
/// never leads).
pub(crate) const fn utf8_len(b: u8) -> usize {
    const BY_TOP_BITS: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    BY_TOP_BITS[(b >> 4) as usize] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_chars_not_bytes() {
        let t = IndexedText::new("一、总则\n2022年".to_string());
        assert_eq!(t.slice(Span::new(0, 2)), "一、");
        assert_eq!(t.slice(Span::new(5, 10)), "2022年");
        assert_eq!(t.char_len(), 10);
        assert_eq!(t.char_at(2), Some('总'));
        assert_eq!(t.char_at(9), Some('年'));
        assert_eq!(t.char_at(10), None);
        assert_eq!(t.char_at(99), None);
    }

    #[test]
    fn out_of_range_span_is_clamped() {
        let t = IndexedText::new("abc".to_string());
        assert_eq!(t.slice(Span::new(2, 99)), "c");
        assert_eq!(t.slice(Span::new(7, 9)), "");
    }

    #[test]
    fn overlapping_finds_the_items_that_share_a_char() {
        let items = [
            Span::new(0, 2),
            Span::new(3, 5),
            Span::new(5, 9),
            Span::new(12, 13),
        ];
        let got = |a, b| overlapping(&items, Span::new(a, b), |s| *s).to_vec();
        assert_eq!(got(1, 4), vec![Span::new(0, 2), Span::new(3, 5)]);
        assert_eq!(got(5, 12), vec![Span::new(5, 9)]);
        assert_eq!(got(9, 12), vec![]);
        assert_eq!(got(0, 99), items.to_vec());
        assert!(in_order_disjoint(&items, |s| *s));
        assert!(!in_order_disjoint(
            &[Span::new(0, 4), Span::new(3, 5)],
            |s| *s
        ));
    }

    #[test]
    fn lines_drop_crlf_terminators() {
        let t = IndexedText::new("ab\r\ncd\n\nef".to_string());
        let lines: Vec<&str> = t.lines().into_iter().map(|s| t.slice(s)).collect();
        assert_eq!(lines, vec!["ab", "cd", "", "ef"]);
    }

    /// The plain definitions the byte-level [`IndexedText::new`] and [`IndexedText::lines`]
    /// must agree with: char offsets from `char_indices`, lines from a walk over the chars.
    fn lines_by_char(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut prev_cr = false;
        let n = text.chars().count();
        for (i, c) in text.chars().enumerate() {
            if c == '\n' {
                let end = if prev_cr { i - 1 } else { i };
                out.push(Span::new(start, end.max(start)));
                start = i + 1;
            }
            prev_cr = c == '\r';
        }
        if start < n {
            out.push(Span::new(start, n));
        }
        out
    }

    #[test]
    fn skip_table_stops_at_the_bytes_asked_for_and_skips_whole_chars() {
        let t = skip_table(b"a\xE3");
        assert_eq!((t[usize::from(b'a')], t[0xE3]), (0, 0));
        assert_eq!(
            (t[usize::from(b'b')], t[0xC2], t[0xE4], t[0xF0]),
            (1, 2, 3, 4)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn byte_level_index_and_lines_agree_with_char_walk(
            chars in proptest::collection::vec(crate::normalize::tests::report_char(), 0..40)
        ) {
            let s: String = chars.into_iter().collect();
            let t = IndexedText::new(s.clone());
            let mut expected: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
            expected.push(s.len());
            proptest::prop_assert_eq!(&t.byte_at, &expected);
            proptest::prop_assert_eq!(t.lines(), lines_by_char(&s));
        }
    }
}
