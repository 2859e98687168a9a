//! Structure: sentences and the section tree of a report's body.
//!
//! Headings are recognised only at the start of a body line, and only when their number
//! continues the numbering of their level under the same parent (一 then 二 …, restarting at
//! 一 under a new parent). That one rule is what separates a heading from a numbered phrase in
//! prose: an out-of-sequence `3、` at a line start is left as text. A heading line that runs on
//! into body text (common in scraped reports, where a whole chapter sits on one line) takes the
//! part before its first sentence end as its title.

pub mod marker;

use std::collections::HashMap;

use serde::Serialize;

use crate::span::{IndexedText, Span, skip_table, utf8_len};
pub use marker::{Marker, MarkerKind, read_marker};

/// One heading and the stretch of text it governs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Path of sibling positions, 1-based: `"2.1.3"`. Stable for a given text.
    pub id: String,
    /// The parent's id, `None` at the top.
    pub parent: Option<String>,
    /// Depth in the tree, 1 at the top.
    pub level: u32,
    /// The marker family.
    pub marker_kind: MarkerKind,
    /// The marker as written in the source (`（一）`, `1、`).
    pub marker: String,
    /// The number the marker carries.
    pub ordinal: u32,
    /// The heading's title, without marker and without trailing punctuation.
    pub title: String,
    /// Where the title is.
    pub title_span: Span,
    /// From the marker to the start of the next heading at this level or above.
    pub span: Span,
}

/// Sentences and sections of a body.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// Every section, in text order.
    pub sections: Vec<Section>,
    /// Every sentence span, in text order.
    pub sentences: Vec<Span>,
    /// Body lines with text (the paragraphs).
    pub paragraphs: Vec<Span>,
}

impl Structure {
    /// The innermost section containing char `pos`.
    pub fn section_at(&self, pos: usize) -> Option<&Section> {
        self.section_index_at(pos).map(|i| &self.sections[i])
    }

    /// The index of the innermost section containing char `pos`.
    pub fn section_index_at(&self, pos: usize) -> Option<usize> {
        // Sections are in text order and nested extents; the last one starting at or before
        // `pos` whose extent contains it is the innermost. Extents tile their parent, so the
        // backward walk from the binary search stops at once in practice.
        let after = self.sections.partition_point(|s| s.span.start <= pos);
        self.sections[..after]
            .iter()
            .rposition(|s| pos < s.span.end)
    }

    /// The paragraph containing char `pos`.
    pub fn paragraph_at(&self, pos: usize) -> Option<Span> {
        self.paragraph_index_at(pos).map(|i| self.paragraphs[i])
    }

    /// The index of the paragraph containing char `pos`.
    pub fn paragraph_index_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1).filter(|&i| pos < self.paragraphs[i].end)
    }

    /// The sentence containing char `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        i.checked_sub(1)
            .map(|i| self.sentences[i])
            .filter(|s| pos < s.end)
    }
}

const SENTENCE_END: &[char] = &['。', '!', '?', ';'];

/// Build sentences and the section tree from the body lines (chrome already removed).
/// `source` and `norm` are char-aligned.
pub fn build(source: &IndexedText, norm: &IndexedText, body_lines: &[Span]) -> Structure {
    build_around_tables(source, norm, body_lines, &[])
}

/// [`build`] for a text with tables in it: a line inside one of `tables` is a paragraph but
/// never a heading, since a row label such as `1.食品烟酒` numbers rows, not sections.
pub fn build_around_tables(
    source: &IndexedText,
    norm: &IndexedText,
    body_lines: &[Span],
    tables: &[Span],
) -> Structure {
    let mut out = Structure::default();
    let mut stack: Vec<(usize, MarkerKind)> = Vec::new();
    let mut last_ordinal: HashMap<(Option<usize>, MarkerKind), u32> = HashMap::new();
    let mut child_count: HashMap<Option<usize>, u32> = HashMap::new();

    for &line in body_lines {
        let text = norm.slice(line);
        let indent = text.chars().take_while(|c| c.is_whitespace()).count();
        let trimmed_len = text.trim_end().chars().count();
        if trimmed_len <= indent {
            continue;
        }
        let para = Span::new(line.start + indent, line.start + trimmed_len);
        out.paragraphs.push(para);
        push_sentences(norm, para, &mut out.sentences);
        if tables.iter().any(|t| t.contains(para)) {
            continue;
        }

        let Some(m) = read_marker(&text[text.len() - text.trim_start().len()..]) else {
            continue;
        };
        // Where would this heading attach? Below the nearest open heading of a higher rank.
        let depth = stack.iter().take_while(|(_, k)| *k < m.kind).count();
        let parent = depth.checked_sub(1).map(|d| stack[d].0);
        let expected = last_ordinal.get(&(parent, m.kind)).map_or(1, |n| n + 1);
        // Annexes (附件1, 名词解释) are not numbered in sequence; everything else is.
        if m.kind != MarkerKind::Annex && m.ordinal != expected {
            continue;
        }
        let title = if m.kind == MarkerKind::Annex {
            annex_title(norm, para)
        } else {
            heading_title(norm, para, m.len)
        };
        let Some((title, title_span)) = title else {
            continue;
        };
        stack.truncate(depth);
        last_ordinal.insert((parent, m.kind), m.ordinal);
        // A new heading restarts the numbering of every level below it.
        last_ordinal.retain(|(p, _), _| p.is_none_or(|p| p < out.sections.len()));
        let nth = child_count.entry(parent).or_default();
        *nth += 1;
        let id = match parent {
            Some(p) => format!("{}.{}", out.sections[p].id, nth),
            None => nth.to_string(),
        };
        out.sections.push(Section {
            id,
            parent: parent.map(|p| out.sections[p].id.clone()),
            level: depth as u32 + 1,
            marker_kind: m.kind,
            marker: source
                .slice(Span::new(para.start, para.start + m.len))
                .to_string(),
            ordinal: m.ordinal,
            title: source.slice(title_span).to_string(),
            title_span,
            span: para,
        });
        let _ = title;
        stack.push((out.sections.len() - 1, m.kind));
    }
    close_extents(&mut out.sections, body_lines.last().map_or(0, |l| l.end));
    out
}

/// The longest sentence kept whole, in chars. The longest in the corpora is 500; a text with no
/// sentence ends at all (a scraped page on one line, a hostile file) would otherwise be one
/// sentence of millions of chars, and every fact in it would scan all of it: the meaning stage
/// would take time quadratic in the document. A longer run is cut at a clause mark near the
/// limit (or at the limit), which keeps every per-fact window bounded.
pub const MAX_SENTENCE_CHARS: usize = 1000;

/// Split a paragraph into sentences at 。！？； (folded to ASCII for the latter three), and cut
/// runs longer than [`MAX_SENTENCE_CHARS`].
fn push_sentences(norm: &IndexedText, para: Span, out: &mut Vec<Span>) {
    push_sentences_capped(norm.slice(para), para.start, MAX_SENTENCE_CHARS, out);
}

/// [`push_sentences`] for the paragraph `text` starting at char `first`, with runs cut at
/// `max` chars.
///
/// The text is walked by UTF-8 lead bytes rather than decoded chars: the marks looked for are
/// all ASCII or 、。 (lead byte E3), and only a char that starts with one of those bytes is
/// compared with them.
fn push_sentences_capped(text: &str, first: usize, max: usize, out: &mut Vec<Span>) {
    const PLAIN_LEN: [u8; 256] = skip_table(b"!?;,:\xE3");
    let bytes = text.as_bytes();
    let mut cutter = Cutter::new(first, max, out);
    let mut pos = first;
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        let mut len = usize::from(PLAIN_LEN[usize::from(lead)]);
        if len == 0 {
            len = utf8_len(lead);
            cutter.at(pos, stop_of(&bytes[i..i + len]));
        } else {
            cutter.at(pos, Stop::None);
        }
        i += len;
        pos += 1;
    }
    cutter.finish(pos);
}

/// The sentence spans being cut from a paragraph, fed one char position at a time.
struct Cutter<'a> {
    out: &'a mut Vec<Span>,
    /// Where the current sentence starts.
    start: usize,
    /// The last clause mark since `start`: where an over-long run is preferably cut.
    last_mark: Option<usize>,
    max: usize,
}

impl<'a> Cutter<'a> {
    fn new(first: usize, max: usize, out: &'a mut Vec<Span>) -> Self {
        Cutter {
            out,
            start: first,
            last_mark: None,
            max,
        }
    }

    /// The char at `pos` is what `stop` says.
    fn at(&mut self, pos: usize, stop: Stop) {
        match stop {
            Stop::End => {
                self.out.push(Span::new(self.start, pos + 1));
                self.start = pos + 1;
                self.last_mark = None;
                return;
            }
            Stop::Clause => self.last_mark = Some(pos + 1),
            Stop::None => {}
        }
        if pos + 1 - self.start >= self.max {
            let cut = self
                .last_mark
                .filter(|&m| m - self.start >= self.max / 2)
                .unwrap_or(pos + 1);
            self.out.push(Span::new(self.start, cut));
            self.start = cut;
            self.last_mark = None;
        }
    }

    /// The paragraph ends before `end`.
    fn finish(self, end: usize) {
        if self.start < end {
            self.out.push(Span::new(self.start, end));
        }
    }
}

/// What a char means to the sentence splitter.
enum Stop {
    /// Ends a sentence: 。 ! ? ; (the last three folded from their full-width forms).
    End,
    /// A clause mark, where an over-long run is best cut: , 、 :
    Clause,
    None,
}

/// The [`Stop`] of the char whose UTF-8 bytes are `char_bytes` (。 is E3 80 82, 、 E3 80 81).
fn stop_of(char_bytes: &[u8]) -> Stop {
    match char_bytes {
        [b'!' | b'?' | b';'] | [0xE3, 0x80, 0x82] => Stop::End,
        [b',' | b':'] | [0xE3, 0x80, 0x81] => Stop::Clause,
        _ => Stop::None,
    }
}

/// The title of a heading: from after the marker to the first sentence end, colon or line end,
/// trimmed of spaces and a trailing colon. `None` when nothing is left.
fn heading_title(norm: &IndexedText, para: Span, marker_len: usize) -> Option<(String, Span)> {
    let rest = Span::new(para.start + marker_len, para.end);
    let text = norm.slice(rest);
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    // A colon ends a title too: 1.“四上”企业：指… is a glossary entry titled by its term.
    let mut len = text
        .chars()
        .position(|c| SENTENCE_END.contains(&c) || c == ':')
        .unwrap_or_else(|| text.chars().count());
    let chars: Vec<char> = text.chars().take(len).collect();
    while len > lead && (chars[len - 1].is_whitespace() || matches!(chars[len - 1], ':' | ',')) {
        len -= 1;
    }
    if len <= lead {
        return None;
    }
    let span = Span::new(rest.start + lead, rest.start + len);
    Some((norm.slice(span).to_string(), span))
}

/// An annex line is its own title (附件1, 名词解释), without a trailing colon.
fn annex_title(norm: &IndexedText, para: Span) -> Option<(String, Span)> {
    let text = norm.slice(para);
    let len = text.trim_end_matches([':', ' ']).chars().count();
    let span = Span::new(para.start, para.start + len);
    (len > 0).then(|| (norm.slice(span).to_string(), span))
}

/// A section runs until the next section at the same depth or shallower.
fn close_extents(sections: &mut [Section], body_end: usize) {
    for i in 0..sections.len() {
        let level = sections[i].level;
        let end = sections[i + 1..]
            .iter()
            .find(|s| s.level <= level)
            .map_or(body_end, |s| s.span.start);
        sections[i].span.end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn structure(text: &str) -> (IndexedText, Structure) {
        let source = IndexedText::new(text.to_string());
        let norm = IndexedText::new(normalize(text));
        let lines = source.lines();
        let s = build(&source, &norm, &lines);
        (source, s)
    }

    fn outline(s: &Structure) -> Vec<String> {
        s.sections
            .iter()
            .map(|s| format!("{} {} {}", s.id, s.marker, s.title))
            .collect()
    }

    #[test]
    fn nests_gb9704_levels_and_restarts_numbering() {
        let (_, s) = structure(
            "前言。\n一、总体\n(一)党建引领\n正文。\n(二)专项攻坚\n1、社区矫正。2022年累计71名。\n2、安置帮教。\n\
             二、法治\n(一)学习宣传\n",
        );
        assert_eq!(
            outline(&s),
            vec![
                "1 一、 总体",
                "1.1 (一) 党建引领",
                "1.2 (二) 专项攻坚",
                "1.2.1 1、 社区矫正",
                "1.2.2 2、 安置帮教",
                "2 二、 法治",
                "2.1 (一) 学习宣传",
            ]
        );
        assert_eq!(s.sections[3].parent.as_deref(), Some("1.2"));
        assert_eq!(s.sections[3].level, 3);
    }

    #[test]
    fn out_of_sequence_numbers_are_prose() {
        let (_, s) = structure("一、总体\n3、这是正文里的编号短语。\n二、其次\n二、重复的二\n");
        assert_eq!(outline(&s), vec!["1 一、 总体", "2 二、 其次"]);
    }

    #[test]
    fn inline_enumerations_are_not_headings() {
        let (_, s) = structure("一、回顾\n一是经济持续回升向好。二是新质生产力加快发展。\n");
        assert_eq!(s.sections.len(), 1);
    }

    #[test]
    fn chapter_on_one_line_takes_title_before_full_stop() {
        let (src, s) =
            structure("一、回顾\n（一）经济增长迈出坚实步伐。抓好国家政策落实，全年增长5.5%。\n");
        let sec = &s.sections[1];
        assert_eq!(sec.title, "经济增长迈出坚实步伐");
        assert_eq!(sec.marker, "（一）");
        assert_eq!(src.slice(sec.title_span), "经济增长迈出坚实步伐");
    }

    #[test]
    fn annexes_restart_numbering() {
        let (_, s) = structure(
            "一、回顾\n二、计划\n三、安排\n附件1\n2026年十件民生实事\n一、提高补贴\n二、扩大就业\n附件2\n名词解释\n1.“四上”企业:指…\n",
        );
        assert_eq!(
            outline(&s),
            vec![
                "1 一、 回顾",
                "2 二、 计划",
                "3 三、 安排",
                "4 附件1 附件1",
                "4.1 一、 提高补贴",
                "4.2 二、 扩大就业",
                "5 附件2 附件2",
                "6 名词解释 名词解释",
                "6.1 1. “四上”企业",
            ]
        );
    }

    #[test]
    fn extents_nest() {
        let (_, s) = structure("一、甲\n(一)乙\n正文。\n二、丙\n正文。");
        // 一、甲 = 0..3, (一)乙 = 4..8, 正文。 = 9..12, 二、丙 starts at 13.
        assert_eq!(s.sections[0].span, Span::new(0, 13));
        assert_eq!(s.sections[1].span, Span::new(4, 13));
        assert_eq!(s.section_at(12).map(|x| x.id.as_str()), Some("1.1"));
        assert_eq!(s.section_at(18).map(|x| x.id.as_str()), Some("2"));
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        let (src, s) = structure("甲。乙！丙；丁\n戊？");
        let got: Vec<&str> = s.sentences.iter().map(|&x| src.slice(x)).collect();
        assert_eq!(got, vec!["甲。", "乙！", "丙；", "丁", "戊？"]);
        assert_eq!(s.sentence_at(2), Some(Span::new(2, 4)));
    }

    #[test]
    fn runs_without_sentence_ends_are_cut_near_the_limit() {
        // 3,000 clauses of 甲乙, and no sentence end anywhere.
        let text = "甲乙，".repeat(3000);
        let (_, s) = structure(&text);
        assert!(s.sentences.len() >= 9, "{}", s.sentences.len());
        assert!(s.sentences.iter().all(|x| x.len() <= MAX_SENTENCE_CHARS));
        // Cut after a clause mark, and the pieces tile the text.
        assert!(
            s.sentences[..s.sentences.len() - 1]
                .iter()
                .all(|x| x.end % 3 == 0)
        );
        assert_eq!(s.sentences.last().unwrap().end, 9000);
        assert!(s.sentences.windows(2).all(|w| w[0].end == w[1].start));
        // One long word with no marks at all is cut at the limit.
        let (_, s) = structure(&"字".repeat(4500));
        let lens: Vec<usize> = s.sentences.iter().map(Span::len).collect();
        assert_eq!(lens, vec![1000, 1000, 1000, 1000, 500]);
    }

    /// The char-by-char walk the byte-walking one replaced, as the oracle it must agree with:
    /// each char decoded and classified by the char sets the byte tables were made from.
    fn sentences_by_char(text: &str, first: usize, max: usize) -> Vec<Span> {
        let mut out = Vec::new();
        let mut cutter = Cutter::new(first, max, &mut out);
        for (i, c) in text.chars().enumerate() {
            let stop = if SENTENCE_END.contains(&c) {
                Stop::End
            } else if matches!(c, ',' | '、' | ':') {
                Stop::Clause
            } else {
                Stop::None
            };
            cutter.at(first + i, stop);
        }
        cutter.finish(first + text.chars().count());
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn byte_walk_splits_like_the_char_walk(
            text in crate::normalize::tests::report_text(
                vec!['。', '、', '!', '?', ';', ',', ':', '〃', '粮'],
                40,
            ),
            first in 0usize..50,
            max in 2usize..12,
        ) {
            let mut got = Vec::new();
            push_sentences_capped(&text, first, max, &mut got);
            proptest::prop_assert_eq!(got, sentences_by_char(&text, first, max));
        }
    }

    #[test]
    fn paragraph_and_section_lookups() {
        let (_, s) = structure("一、甲\n(一)乙\n正文。\n二、丙\n正文。");
        assert_eq!(s.paragraph_at(10), Some(Span::new(9, 12)));
        assert_eq!(s.paragraph_at(8), None); // the newline
        assert_eq!(s.section_index_at(12), Some(1));
        assert_eq!(s.section_index_at(99), None);
    }
}
