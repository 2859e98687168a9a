//! Segment: one shared jieba-rs segmenter, with gongwen's domain vocabulary and the user's.
//!
//! Building a `Jieba` loads a 350k-word dictionary, so it is built once per process and shared
//! by every worker (it is `Sync`). The domain dictionaries in `dict/` are compiled into the
//! binary; `--dict FILE` adds the user's words (jieba format: `word [freq] [tag]` per line).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use jieba_rs::Jieba;

use crate::error::{Error, ErrorKind};
use crate::span::Span;

/// Government terms (居民区, 社区矫正, 生产总值 …), used for indicator labels.
const GOV_DICT: &str = include_str!("../dict/gov.dict.txt");
/// Organisation and place suffix words, used for entities.
const ENTITY_DICT: &str = include_str!("../dict/entities.dict.txt");

static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();

/// jieba with gongwen's dictionaries, and the tags those dictionaries give their words.
///
/// jieba's `load_dict` keeps the tag of a word it already has and only takes the new frequency,
/// so a dictionary line that corrects one of jieba's tags (举措 is a noun, not a verb) takes
/// effect only through `tags`, which [`tag`] applies over jieba's.
struct Segmenter {
    jieba: Jieba,
    tags: HashMap<Box<str>, Box<str>>,
}

impl Segmenter {
    /// jieba with the shipped domain dictionaries. Only the government terms' tags are applied
    /// over jieba's: the entity dictionary's words are read by their own rules.
    fn shipped() -> Self {
        let mut seg = Segmenter {
            jieba: Jieba::new(),
            tags: HashMap::new(),
        };
        for (dict, own_tags) in [(GOV_DICT, true), (ENTITY_DICT, false)] {
            // The shipped dictionaries are tested below; a bad line cannot reach users.
            if let Err(e) = seg.load(dict, own_tags) {
                debug_assert!(false, "shipped dictionary is invalid: {e}");
            }
        }
        seg
    }

    /// Add the words of `dict` (jieba format: `word [freq] [tag]` per line); with `own_tags`,
    /// the tags written there win over jieba's.
    fn load(&mut self, dict: &str, own_tags: bool) -> Result<(), jieba_rs::Error> {
        self.jieba.load_dict(&mut dict.as_bytes())?;
        if own_tags {
            for line in dict.lines() {
                let mut fields = line.split_whitespace();
                if let (Some(word), Some(tag)) = (fields.next(), fields.nth(1)) {
                    self.tags.insert(word.into(), tag.into());
                }
            }
        }
        Ok(())
    }
}

/// Build the shared segmenter, adding the words of `user_dict`, whose tags, like the domain
/// dictionary's, win over jieba's. Call once before processing; when the segmenter was already
/// built, the call changes nothing and says so.
pub fn init(user_dict: Option<&Path>) -> Result<(), Error> {
    let mut seg = Segmenter::shipped();
    if let Some(path) = user_dict {
        let mut text = String::new();
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_string(&mut text))
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::InvalidData => Error::at(
                    path,
                    ErrorKind::Dictionary {
                        reason: "the dictionary is not UTF-8 text".into(),
                    },
                ),
                _ => Error::at(path, ErrorKind::Io(e)),
            })?;
        seg.load(&text, true).map_err(|e| {
            Error::at(
                path,
                ErrorKind::Dictionary {
                    reason: e.to_string(),
                },
            )
        })?;
    }
    SEGMENTER.set(seg).map_err(|_| {
        Error::general(ErrorKind::Dictionary {
            reason: "the segmenter was already built; --dict must come before any extraction"
                .into(),
        })
    })
}

fn shared() -> &'static Segmenter {
    SEGMENTER.get_or_init(Segmenter::shipped)
}

/// The shared segmenter (built with the domain dictionaries on first use).
pub fn segmenter() -> &'static Jieba {
    &shared().jieba
}

/// A word with its part-of-speech tag and its span in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word.
    pub text: &'a str,
    /// jieba's part-of-speech tag (n, v, m, q, nr, ns, nt, …).
    pub tag: &'a str,
    /// Where it is in the document.
    pub span: Span,
}

/// Segment and tag `text`, which starts at char `offset` of the document. The dictionaries'
/// own tags win over jieba's (see [`Segmenter`]).
pub fn tag(text: &str, offset: usize) -> Vec<Word<'_>> {
    let seg = shared();
    seg.jieba
        .tag(text, true)
        .into_iter()
        .map(|t| Word {
            text: t.word,
            tag: seg.tags.get(t.word).map_or(t.tag, |own| &**own),
            span: Span::new(offset + t.start, offset + t.end),
        })
        .collect()
}

/// Segment and tag every range of a document once (`norm` is the whole normalized text).
///
/// jieba cuts text into blocks at punctuation and tags each block on its own, so the words of
/// any clause bounded by punctuation are the same whether the clause or its whole line is
/// segmented; the later stages therefore share these words instead of segmenting again.
pub fn tag_ranges<'a>(norm: &'a crate::span::IndexedText, ranges: &[Span]) -> Vec<Word<'a>> {
    ranges
        .iter()
        .filter(|r| !r.is_empty())
        .flat_map(|&r| tag(norm.slice(r), r.start))
        .collect()
}

/// The words lying inside `span`, from words sorted by position.
pub fn words_in<'a, 'w>(words: &'w [Word<'a>], span: Span) -> &'w [Word<'a>] {
    let lo = words.partition_point(|w| w.span.start < span.start);
    let hi = lo + words[lo..].partition_point(|w| w.span.end <= span.end);
    &words[lo..hi]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_a_span_are_a_slice_of_the_line() {
        let words = tag("共排查隐患568处,已整改553处", 10);
        let inner = words_in(&words, Span::new(20, 28));
        let texts: Vec<&str> = inner.iter().map(|w| w.text).collect();
        assert_eq!(texts, vec!["已", "整改", "553", "处"]);
        assert!(words_in(&words, Span::new(0, 5)).is_empty());
    }

    #[test]
    fn the_domain_dictionary_corrects_tags_of_words_jieba_has() {
        // jieba's own dictionary tags 举措 as a verb; gov.dict.txt says noun.
        let words = tag("创新举措", 0);
        assert_eq!(
            words.iter().map(|w| (w.text, w.tag)).collect::<Vec<_>>(),
            vec![("创新", "v"), ("举措", "n")]
        );
    }

    #[test]
    fn shipped_dictionaries_load() {
        for dict in [GOV_DICT, ENTITY_DICT] {
            let mut j = Jieba::empty();
            j.load_dict(&mut dict.as_bytes()).expect("valid dictionary");
        }
    }

    #[test]
    fn domain_words_stay_whole_and_spans_are_document_offsets() {
        let words = tag("开展社区矫正和安置帮教", 100);
        let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
        assert!(texts.contains(&"社区矫正"), "{texts:?}");
        assert!(texts.contains(&"安置帮教"), "{texts:?}");
        let w = words.iter().find(|w| w.text == "社区矫正").unwrap();
        assert_eq!(w.span, Span::new(102, 106));
    }
}
