//! Companies named in a list that the text itself calls companies: 依托长城汽车、未势能源、
//! 京能科技等企业, 牧原、宇通、华兰等一批龙头企业.
//!
//! A company's short name has no head word (公司, 集团) and jieba knows few of them, tagging
//! the rest as anything from a person's name to a verb (牧原/n, 今迈/v). What names them is
//! the phrase that closes the list — 等企业, 等央企, 等50家龙头企业 — so the items before it
//! are organisations when they look like names: short, with no verb or adjective in them
//! (卫星研发制造 is a line of business, not a firm) and not a kind of site (煤矿, 总部). A list
//! with more than one item that does not look like a name is a list of kinds, and none of it
//! is taken. A place at the start of an item (上海汽车, 河北新发地) is the company's, not a
//! mention of the place: the longer candidate wins in `settle`.

use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, all_han};
use crate::lexicon::Lexicon;
use crate::segment::Word;
use crate::span::Span;

/// Words between 等 and the kind of company that say which companies (等一批龙头企业).
static QUALIFIERS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "一批",
        "龙头",
        "重点",
        "骨干",
        "链主",
        "知名",
        "头部",
        "大型",
        "领军",
        "上市",
        "优势",
        "行业",
        "世界一流",
        "一流",
        "世界级",
        "国际",
    ])
});

/// The kinds of company a list can close with (等企业, 等央企).
static COMPANIES: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "企业",
        "央企",
        "国企",
        "民企",
        "外企",
        "公司",
        "集团",
        "龙头企业",
    ])
});

/// Last words of an item that name a kind of site or business, not a firm (煤矿, 总部).
static KINDS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "企业",
        "煤矿",
        "矿山",
        "总部",
        "基地",
        "项目",
        "工厂",
        "车间",
        "平台",
        "园区",
        "中心",
        "危险源",
        "行业",
        "产业",
        "商户",
        "门店",
    ])
});

/// Words that introduce a list on its left (依托|长城汽车): verbs, prepositions,
/// conjunctions, adverbs, pronouns and particles.
fn before_list(w: &Word) -> bool {
    matches!(w.tag, "v" | "p" | "c" | "d" | "r") || w.tag.starts_with('u')
}

/// Companies in one piece, from lists closed by 等企业 and its kin.
pub(super) fn find(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (k, w) in p.words.iter().enumerate() {
        if !w.text.starts_with('等') || !closes_with_companies(p, w.span.start + 1) {
            continue;
        }
        let items = items_before(p.words, k);
        let (names, others): (Vec<&[Word]>, Vec<&[Word]>) =
            items.into_iter().partition(|item| looks_like_a_name(item));
        if names.len() >= 2 && others.len() <= 1 {
            out.extend(names.into_iter().map(|item| {
                Candidate::new(
                    Kind::Organization,
                    Span::new(item[0].span.start, item[item.len() - 1].span.end),
                )
            }));
        }
    }
    out
}

/// Whether the text from `pos` (just after 等) says the list was of companies: an optional
/// count (一批, 50家), optional qualifiers (龙头, 重点), then a kind of company.
fn closes_with_companies(p: &Piece, pos: usize) -> bool {
    let after = p.text(Span::new(pos, pos + 12));
    let mut rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < after.len() {
        let Some(after_count) = rest.strip_prefix('家') else {
            return false;
        };
        rest = after_count;
    }
    while let Some(q) = QUALIFIERS.beginning_of(rest) {
        rest = &rest[q.len()..];
    }
    COMPANIES.begins(rest)
}

/// The items of the 、-separated list that ends with word `end` (exclusive), last first: each
/// item is the words between two separators, and the first keeps only the words after the
/// verb, preposition or punctuation mark that introduces the list (依托|长城汽车).
fn items_before<'w, 'a>(words: &'w [Word<'a>], end: usize) -> Vec<&'w [Word<'a>]> {
    let mut items = Vec::new();
    let mut hi = end;
    loop {
        let mut lo = hi;
        while lo > 0 && words[lo - 1].text != "、" && all_han(words[lo - 1].text) {
            lo -= 1;
        }
        let separated = lo > 0 && words[lo - 1].text == "、";
        let mut item = &words[lo..hi];
        if !separated && let Some(j) = item.iter().rposition(before_list) {
            item = &item[j + 1..];
        }
        if !item.is_empty() {
            items.push(item);
        }
        if !separated {
            break;
        }
        hi = lo - 1;
    }
    items
}

/// Whether an item of the list looks like a company's name: two to six Han chars, no verb,
/// adverb, number or adjective of two chars (重大危险源; a one-char "adjective" is as often
/// part of a name: 河北|新|发地), and not ending in a kind of site or business.
fn looks_like_a_name(item: &[Word]) -> bool {
    let chars: usize = item.iter().map(|w| w.span.len()).sum();
    (2..=6).contains(&chars)
        && item.iter().all(|w| {
            all_han(w.text)
                && !matches!(w.tag, "v" | "vn" | "vd" | "d" | "m")
                && !(matches!(w.tag, "a" | "ad") && w.span.len() > 1)
        })
        && !item.last().is_some_and(|w| KINDS.contains(w.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::found_by;

    fn companies(text: &str) -> Vec<String> {
        found_by(text, find)
    }

    #[test]
    fn names_in_a_list_the_text_calls_companies() {
        let mut found = companies("依托长城汽车、未势能源、旭阳集团、京能科技等企业");
        found.sort();
        assert_eq!(found, ["旭阳集团", "未势能源", "长城汽车"]);
        assert_eq!(companies("依托河北新发地、定兴同福等50家龙头企业").len(), 2);
        assert_eq!(companies("牧原、宇通、华兰等一批龙头企业").len(), 3);
        // A particle before the list is not part of its first name.
        assert_eq!(
            companies("集聚了比亚迪、宁德时代等一批世界一流企业"),
            ["宁德时代", "比亚迪"]
        );
    }

    #[test]
    fn kinds_of_business_and_lists_of_other_things_are_not_companies() {
        assert!(companies("吸引卫星研发制造、火箭总装测试、卫星数据应用等企业").is_empty());
        assert!(companies("推进危化品重大危险源、煤矿等企业安全整治").is_empty());
        // 等 closing a list of something else.
        assert!(companies("长江存储二期、东风岚图、邦普时代等1.1万个重大产业项目").is_empty());
    }
}
