//! Normalize: a copy of the text for matching, char-for-char aligned with the source.
//!
//! The invariant that makes spans trustworthy: the normalized text has exactly as many chars as
//! the source, and char `i` of one corresponds to char `i` of the other. Matching runs on the
//! normalized copy (so `１２３４`, `％` and `，` need no special cases downstream) while every
//! span it yields is already a span into the source. Folds that would change the length
//! (e.g. `\r\n` → `\n`) are done as same-length substitutions instead (`\r` → space).

use crate::span::skip_table;

/// Normalize `source` for matching. The result has the same char count as `source`.
///
/// Most chars of a report are CJK ideographs and ASCII that no fold touches, so the text is
/// copied in runs: only a char whose first byte could begin a folded char (see
/// [`UNCHANGED_LEN`]) is decoded and looked at, and the bytes between changed chars are copied
/// with one `push_str`. Char by char, this stage cost some 80 instructions a char.
pub fn normalize(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    // Start of the bytes not yet copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let unchanged = UNCHANGED_LEN[usize::from(bytes[i])];
        if unchanged > 0 {
            i += usize::from(unchanged);
            continue;
        }
        let c = source[i..].chars().next().unwrap_or('\0');
        let len = c.len_utf8();
        let folded = match c {
            '\r' if bytes.get(i + 1) == Some(&b'\n') => ' ',
            '\r' => '\n',
            _ => fold_char(c),
        };
        if folded != c {
            out.push_str(&source[copied..i]);
            out.push(folded);
            copied = i + len;
        }
        i += len;
    }
    out.push_str(&source[copied..]);
    out
}

/// For each byte a char can start with: the char's length in bytes when [`normalize`]
/// certainly leaves it alone, 0 when it may change it. Every char [`fold_char`] changes, and
/// `\r`, starts with one of six bytes: tab, CR, or the lead byte of U+0080..U+00BF,
/// U+2000..U+2FFF, U+3000..U+3FFF or U+F000..U+FFFF.
const UNCHANGED_LEN: [u8; 256] = skip_table(b"\t\r\xC2\xE2\xE3\xEF");

/// Fold one char: full-width ASCII forms to ASCII, every kind of space to ' ', and a few
/// look-alike punctuation marks to one spelling.
pub fn fold_char(c: char) -> char {
    match c {
        // Full-width forms U+FF01..U+FF5E map onto ASCII U+0021..U+007E.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Ideographic space, NBSP, the U+2000 block of typographic spaces, tabs.
        '\u{3000}' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\t' => ' ',
        // Zero-width characters would break matching; a space keeps the length.
        '\u{200B}' | '\u{FEFF}' => ' ',
        // Dashes used between range ends and before signature lines.
        '\u{2015}' | '\u{2014}' | '\u{2013}' | '\u{FE58}' => '—',
        // Ideographic full stop variants.
        '\u{FF61}' => '。',
        _ => c,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn keeps_char_count() {
        for s in [
            "１２３４％，（一）",
            "a\r\nb\rc\n",
            "\u{3000}\u{3000}总面积10463平米",
            "二\u{FFFD}三五",
            "",
        ] {
            assert_eq!(normalize(s).chars().count(), s.chars().count(), "{s:?}");
        }
    }

    #[test]
    fn folds_full_width_and_spaces() {
        assert_eq!(normalize("７．４万亿元，增长５％"), "7.4万亿元,增长5%");
        assert_eq!(normalize("（一）\u{3000}总则"), "(一) 总则");
        assert_eq!(normalize("a\u{00A0}b"), "a b");
    }

    #[test]
    fn line_ends_become_one_newline() {
        assert_eq!(normalize("a\r\nb\rc"), "a \nb\nc");
    }

    #[test]
    fn dashes_unify() {
        assert_eq!(normalize("――2026年"), "——2026年");
    }

    /// The plain definition the run-copying [`normalize`] must agree with: every char folded
    /// on its own.
    fn normalize_by_char(source: &str) -> String {
        let mut chars = source.chars().peekable();
        let mut out = String::new();
        while let Some(c) = chars.next() {
            out.push(match c {
                '\r' if chars.peek() == Some(&'\n') => ' ',
                '\r' => '\n',
                _ => fold_char(c),
            });
        }
        out
    }

    /// Chars a report is made of, weighted towards the ones that fold and the ones that share
    /// a lead byte with them (、。 share U+3000's, ，（） and U+FFFD share the full-width forms').
    pub(crate) fn report_char() -> impl proptest::strategy::Strategy<Value = char> {
        use proptest::prelude::*;
        prop_oneof![
            any::<char>(),
            proptest::sample::select(vec![
                '\r', '\n', '\t', ' ', 'a', '7', '\u{3000}', '、', '。', '\u{00A0}', '\u{00B7}',
                '\u{2002}', '\u{200B}', '\u{2014}', '\u{2015}', '\u{2026}', '\u{FE58}', '\u{FEFF}',
                '\u{FF0C}', '\u{FF08}', '\u{FF61}', '\u{FF5E}', '\u{FF5F}', '\u{FFFD}', '年', '𠀀',
            ]),
        ]
    }

    /// Text of up to `max_len` chars mixing [`report_char`]s with the `extra` chars a test is
    /// about (the marks a fast path looks for), so they occur often enough to matter.
    pub(crate) fn report_text(
        extra: Vec<char>,
        max_len: usize,
    ) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        proptest::collection::vec(
            prop_oneof![report_char(), proptest::sample::select(extra)],
            0..max_len,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn run_copy_agrees_with_char_by_char(
            chars in proptest::collection::vec(report_char(), 0..40)
        ) {
            let s: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(normalize(&s), normalize_by_char(&s));
        }
    }
}
