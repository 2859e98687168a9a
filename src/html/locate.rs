//! Where a piece of extracted text sits in the raw page.
//!
//! html5ever builds a tree but keeps no source positions, so positions are recovered after the
//! fact: the raw page is read once into its *visible chars* — what is left after skipping tags,
//! comments, the insides of script and style elements and every kind of whitespace, with
//! character references decoded — each remembering the bytes it was written with. A paragraph
//! is then found by searching for its own visible chars in that stream, from where the previous
//! paragraph ended (paragraphs come in page order), and from the start when that fails (the
//! parser moves misplaced table text in front of its table).
//!
//! Precision, honestly: a found range runs from the first byte of the paragraph's first char
//! (or of the reference that wrote it, `&ldquo;`) to the last byte of its last char; the
//! element's own tags are outside it, inline tags inside it are within it. A paragraph whose
//! text occurs twice is placed at the first occurrence after the previous paragraph, which is
//! right unless the page repeats text out of order. A paragraph that cannot be found (its text
//! was rearranged by the parser, or the page writes a char in a way this reader does not
//! decode) gets no range rather than a wrong one.

use html5ever::data::NAMED_ENTITIES;

/// Elements whose content is raw text, not markup (a `<` inside them opens no tag).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The visible chars of a page and the raw ranges of its script and style elements.
#[derive(Debug, Clone)]
pub struct Visible {
    /// The visible chars, concatenated.
    chars: String,
    /// For each byte offset of `chars` at a char boundary: the raw byte range of that char.
    raw: Vec<(usize, usize)>,
    /// Byte offsets into `chars` of each entry of `raw`.
    at: Vec<usize>,
    /// `<script>…</script>` and `<style>…</style>` elements: name and raw byte range.
    pub raw_text_elements: Vec<(&'static str, usize, usize)>,
    cursor: usize,
}

/// True for the chars HTML and Chinese typesetting treat as space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{3000}' | '\u{00A0}' | '\u{200B}' | '\u{FEFF}')
}

impl Visible {
    /// Read the visible chars of `html`.
    pub fn new(html: &str) -> Self {
        let mut v = Visible {
            chars: String::new(),
            raw: Vec::new(),
            at: Vec::new(),
            raw_text_elements: Vec::new(),
            cursor: 0,
        };
        let b = html.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'<' {
                i = v.skip_markup(html, i);
                continue;
            }
            let (c, len) = if b[i] == b'&' {
                char_reference(&html[i..]).unwrap_or(('&', 1))
            } else {
                let c = html[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            if !is_space(c) {
                v.at.push(v.chars.len());
                v.raw.push((i, i + len));
                v.chars.push(c);
            }
            i += len;
        }
        v
    }

    /// Skip a tag, comment or doctype starting at `i` (a `<`); a raw-text element's content is
    /// skipped with its start tag. A `<` that opens nothing is returned as one visible char by
    /// skipping nothing but itself.
    fn skip_markup(&mut self, html: &str, i: usize) -> usize {
        let b = html.as_bytes();
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            return comment.find("-->").map_or(html.len(), |e| i + 4 + e + 3);
        }
        let opens = b
            .get(i + 1)
            .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?'));
        if !opens {
            self.at.push(self.chars.len());
            self.raw.push((i, i + 1));
            self.chars.push('<');
            return i + 1;
        }
        let end = tag_end(b, i);
        let name: String = rest[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if let Some(&raw) = RAW_TEXT.iter().find(|&&r| r == name) {
            let close = format!("</{raw}");
            let content_end = find_ascii_ci(&html[end..], &close).map_or(html.len(), |e| end + e);
            let after = if content_end < html.len() {
                tag_end(b, content_end)
            } else {
                html.len()
            };
            if raw == "script" || raw == "style" {
                self.raw_text_elements.push((raw, i, after));
            }
            return after;
        }
        end
    }

    /// Find the raw byte range of `text` (compared on visible chars), searching from the end
    /// of the previous find and then from the start.
    pub fn find(&mut self, text: &str) -> Option<(usize, usize)> {
        let needle: String = text.chars().filter(|&c| !is_space(c)).collect();
        if needle.is_empty() {
            return None;
        }
        let from = self.cursor;
        let hit = self.chars[from..]
            .find(&needle)
            .map(|p| p + from)
            .or_else(|| self.chars[..from].find(&needle))?;
        let first = self.at.partition_point(|&a| a < hit);
        let last = self.at.partition_point(|&a| a < hit + needle.len()) - 1;
        self.cursor = hit + needle.len();
        Some((self.raw[first].0, self.raw[last].1))
    }
}

/// The byte after the `>` closing the tag at `i`, respecting quoted attribute values.
fn tag_end(b: &[u8], i: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (j, &c) in b.iter().enumerate().skip(i + 1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            // Quotes only open inside attributes, after `=`; elsewhere they are text.
            None if (c == b'"' || c == b'\'')
                && b[..j].iter().rev().find(|c| !c.is_ascii_whitespace()) == Some(&b'=') =>
            {
                quote = Some(c);
            }
            None if c == b'>' => return j + 1,
            None => {}
        }
    }
    b.len()
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

/// Decode a character reference at the start of `s` (which starts with `&`): the char and the
/// bytes it took. Named references are looked up in html5ever's table, longest match first, so
/// `&nbsp` without its semicolon is read as browsers read it.
fn char_reference(s: &str) -> Option<(char, usize)> {
    let rest = &s[1..];
    if let Some(num) = rest.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 3),
            None => (num, 10, 2),
        };
        let len = digits
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit()))
            .count();
        if len == 0 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..len.min(8)], radix).ok()?;
        let semi = usize::from(digits[len..].starts_with(';'));
        let c = char::from_u32(value).unwrap_or('\u{FFFD}');
        return Some((c, skip + len + semi));
    }
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let with_semi = rest[name_len..].starts_with(';');
    let candidates = (1..=name_len).rev().map(|n| (n, false));
    let full = with_semi.then_some((name_len, true));
    full.into_iter().chain(candidates).find_map(|(n, semi)| {
        let key = if semi { &rest[..=n] } else { &rest[..n] };
        let &(cp, _) = NAMED_ENTITIES.get(key)?;
        let c = char::from_u32(cp).filter(|_| cp != 0)?;
        Some((c, 1 + n + usize::from(semi)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode() {
        assert_eq!(char_reference("&ldquo;x"), Some(('\u{201C}', 7)));
        assert_eq!(char_reference("&nbsp x"), Some(('\u{00A0}', 5)));
        assert_eq!(char_reference("&#12288;"), Some(('\u{3000}', 8)));
        assert_eq!(char_reference("&#x4e2d;"), Some(('中', 8)));
        assert_eq!(char_reference("& b"), None);
    }

    #[test]
    fn finds_text_across_inline_tags_and_references() {
        let html = "<html><head><title>标题</title><script>var s='<p>正文</p>';</script></head>\
                    <body><p>导航</p><p>　　正文<b>第一</b>段&ldquo;好&rdquo;。</p><p>第二段。</p></body></html>";
        let mut v = Visible::new(html);
        let (s, e) = v.find("正文第一段“好”。").unwrap();
        assert_eq!(&html[s..e], "正文<b>第一</b>段&ldquo;好&rdquo;。");
        let (s, e) = v.find("第二段。").unwrap();
        assert_eq!(&html[s..e], "第二段。");
        assert_eq!(v.raw_text_elements.len(), 1);
        let (name, s, e) = v.raw_text_elements[0];
        assert_eq!(name, "script");
        assert!(html[s..e].starts_with("<script>") && html[s..e].ends_with("</script>"));
    }

    #[test]
    fn falls_back_to_the_start_and_gives_up_honestly() {
        let html = "<p>甲乙</p><p>丙丁</p>";
        let mut v = Visible::new(html);
        assert!(v.find("丙丁").is_some());
        assert_eq!(v.find("甲乙").map(|(s, e)| &html[s..e]), Some("甲乙"));
        assert_eq!(v.find("戊己"), None);
    }

    #[test]
    fn quoted_gt_does_not_end_a_tag() {
        let html = r#"<a title="a>b">链接</a>"#;
        let mut v = Visible::new(html);
        assert_eq!(v.find("链接").map(|(s, e)| &html[s..e]), Some("链接"));
    }
}
