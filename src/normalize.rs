//! Normalize: a copy of the text for matching, char-for-char aligned with the source.
//!
//! The invariant that makes spans trustworthy: the normalized text has exactly as many chars as
//! the source, and char `i` of one corresponds to char `i` of the other. Matching runs on the
//! normalized copy (so `１２３４`, `％` and `，` need no special cases downstream) while every
//! span it yields is already a span into the source. Folds that would change the length
//! (e.g. `\r\n` → `\n`) are done as same-length substitutions instead (`\r` → space).

/// Normalize `source` for matching. The result has the same char count as `source`.
pub fn normalize(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        let folded = match c {
            '\r' if chars.peek() == Some(&'\n') => ' ',
            '\r' => '\n',
            _ => fold_char(c),
        };
        out.push(folded);
    }
    out
}

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
mod tests {
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
}
