//! Cited documents (《…》) and named programmes (“一网通办”): entities marked by punctuation.
//!
//! A title in 《》 is always a cited document; the span is the title without its brackets.
//! Quotation marks are weaker evidence: reports quote programme names (“一网通办”, “双美建设”),
//! but also slogans (“动态清零”总方针), honours (“法治带头人”称号), names of typhoons and
//! ordinary words used loosely (“粘合度”). A quoted phrase is a programme unless its shape or
//! the words around it say it is one of those. Reports that quote where others use 《》 (laws
//! in 「」 in Taiwanese reports) give a document when the quoted title ends like a law
//! (…法, …條例, …办法), and a quoted council (「經濟發展委員會」) is an organisation.

use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, gazetteer, is_han};
use crate::lexicon::Lexicon;
use crate::span::Span;

/// Documents and programmes in one piece.
pub(super) fn find(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Marks are a few chars in a paragraph: find them in one pass, then look only at them.
    let marks = marks_in(p.text(p.span), p.span.start);
    // Where each closing mark occurs, so finding the one that closes an opening mark is a
    // binary search: searching forward from every unclosed mark would be quadratic.
    let closes = ['》', '”', '」', '』', '"'];
    let mut close_at: Vec<Vec<usize>> = vec![Vec::new(); closes.len()];
    for &(k, c) in &marks {
        if let Some(m) = closes.iter().position(|&x| x == c) {
            close_at[m].push(k);
        }
    }
    // Marks before `next` lie inside a title or a quotation already read.
    let mut next = 0;
    for &(i, c) in &marks {
        if i < next {
            continue;
        }
        let close = match c {
            '《' => '》',
            '“' => '”',
            '「' => '」',
            '『' => '』',
            '"' => '"',
            _ => continue,
        };
        let at = &close_at[closes.iter().position(|&x| x == close).unwrap_or(0)];
        let Some(&end) = at.get(at.partition_point(|&k| k <= i)) else {
            continue;
        };
        let span = Span::new(i + 1, end);
        let inner = p.text(span);
        if c == '《' {
            if (1..=80).contains(&span.len()) {
                out.push(Candidate::new(Kind::Document, span));
            }
        } else if let Some(kind) = quoted_kind(inner, span.len()) {
            // Reports that quote instead of using 《》 (Taiwanese 「就業保險法」) still cite
            // a law or a body by name.
            out.push(Candidate::new(kind, span));
        } else if gazetteer::is_grouping(inner, crate::segment::words_in(p.words, span)) {
            out.push(Candidate::new(Kind::Place, span));
        } else if is_programme(
            inner,
            span.len(),
            p.text(Span::new(i.saturating_sub(6), i)),
            p.text(Span::new(end + 1, end + 5)),
        ) {
            out.push(Candidate::new(Kind::Programme, span));
        }
        next = end + 1;
    }
    out
}

/// The marks of `text`, which starts at document offset `start`, with their offsets, in order.
fn marks_in(text: &str, start: usize) -> Vec<(usize, char)> {
    let mut marks = Vec::new();
    for (pos, c) in (start..).zip(text.chars()) {
        if is_mark(c) {
            marks.push((pos, c));
        }
    }
    marks
}

/// Whether `c` opens or closes a title or a quotation: `"`, “ ”, or one of 《》「」『』, which
/// are U+300A to U+300F (one range test, asked of every char of the body).
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '《'..='』')
}

/// Endings of a law or regulation's title (法, 条例, 办法, 草案), Simplified and Traditional.
static LAW_ENDINGS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "法", "条例", "條例", "办法", "辦法", "规定", "規定", "草案", "纲要", "綱要", "纲领",
        "綱領", "规则", "規則", "细则", "細則",
    ])
});

/// Endings of a body's name that is quoted (「客家青年諮詢委員會」, “云企出海联盟”, “好农机商城”,
/// an online market run as a business).
static BODY_ENDINGS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "委员会",
        "委員會",
        "公司",
        "集团",
        "协会",
        "商会",
        "联盟",
        "商盟",
        "商城",
    ])
});

/// Endings of quoted methods that end in 法 but are not laws (“七步工作法”).
static METHOD_ENDINGS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "工作法",
        "方法",
        "做法",
        "手法",
        "打法",
        "疗法",
        "療法",
        "算法",
        "战法",
        "戰法",
        "教学法",
        "教學法",
    ])
});

/// A quoted title that is a law (a cited document) or a body (an organisation), not a
/// programme. `len` is the title's length in chars.
fn quoted_kind(inner: &str, len: usize) -> Option<Kind> {
    if len < 4 || !inner.chars().all(is_han) {
        return None;
    }
    if BODY_ENDINGS.ends(inner) {
        return Some(Kind::Organization);
    }
    let law = LAW_ENDINGS.ends(inner) && !METHOD_ENDINGS.ends(inner);
    law.then_some(Kind::Document)
}

/// Words after a quotation that make it a slogan, principle or honour rather than a programme.
static NOT_AFTER: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "总方针",
        "方针",
        "为目标",
        "目标",
        "理念",
        "精神",
        "要求",
        "原则",
        "称号",
        "荣誉",
        "定位",
        "意识",
        "企业",
        "责任制",
        "微信",
        "公众号",
        "问题",
        "现象",
        "标准",
        "思路",
        "总体思路",
        "重要思想",
        "思想",
        "分裂",
        "势力",
        "分子",
        "美誉",
        "之称",
        "难题",
    ])
});

/// Words after a quotation that call it a campaign.
static CAMPAIGN: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "行动",
        "活动",
        "大走访",
        "走访",
        "专项",
        "工程",
        "计划",
        "攻坚",
        "运动",
        "战略",
    ])
});

/// Verbs before a quotation that introduce a slogan or principle to uphold, or a title or
/// designation given (被省政府命名为“省级现代农业园区”).
static NOT_BEFORE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "树立",
        "坚定",
        "做到",
        "坚持",
        "抓住",
        "增强",
        "贯彻",
        "台风",
        "称为",
        "号称",
        "打好",
        "打出",
        "评为",
        "授予",
        "荣获",
        "获评",
        "命名为",
        "认定为",
        "列为",
    ])
});

/// Endings that make a quoted phrase a programme by its own name (“五个一工程”,
/// “五个专项治理”).
static PROGRAMME_ENDINGS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "工程", "行动", "计划", "战略", "活动", "专项", "治理", "整治", "攻坚",
    ])
});

/// Verbs before a quotation that launch or carry out a programme (开展“一区三边”违法建设
/// 专项整治, 实施“走出去”战略).
static LAUNCHED: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["开展", "实施", "启动", "推行"]));

/// Words after a quotation that make it the name of a reform, policy, build-up, pilot or way
/// of working (“三供一业”改革, “240小时过境免签”政策, “双一流”建设, “千万工程”模式) — weaker than
/// [`CAMPAIGN`], so they only keep a quotation whose form alone would turn it away.
static PROGRAMME_AFTER: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["改革", "政策", "建设", "模式", "试点", "机制"]));

/// Whether the text calls the quotation a programme: by its own ending, by the word after it
/// (past 系列: “浙里买全球”系列活动) or by the verb before it. Such a quotation is kept whatever
/// its form says.
fn called_a_programme(inner: &str, before: &str, after: &str) -> bool {
    let after = after.strip_prefix("系列").unwrap_or(after);
    PROGRAMME_ENDINGS.ends(inner)
        || CAMPAIGN.begins(after)
        || PROGRAMME_AFTER.begins(after)
        || LAUNCHED.ends(before)
}

/// The Chinese numerals that number a plan period (“十四五”) or a set (“三个代表”).
const NUMERALS: &str = "一二三四五六七八九十两";

/// A plan period, in numerals alone (“十四五”, “八五”): the plan is named by what follows
/// (规划, 计划, 时期), not by the quotation.
fn plan_period(inner: &str) -> bool {
    inner.chars().all(|c| NUMERALS.contains(c))
}

/// Whether the form of a quotation says it numbers aims or parts rather than names a
/// programme: a numbered set of principles or aims (“三个代表”, “四个全覆盖”, “六位一体”), but
/// not a set of single items, which is how tasks are listed (“三个一批”, “七个一”), or a
/// layout of numbered parts with two different numerals (“九纵五横四环”, “一核两翼”; not
/// “一带一路”, one numeral for each part of one plan).
fn numbers_something(inner: &str) -> bool {
    let chars: Vec<char> = inner.chars().collect();
    let numeral = |c: &char| NUMERALS.contains(*c);
    if chars.len() >= 3 && numeral(&chars[0]) {
        let rest = &chars[1..];
        if (rest[0] == '个' && rest[1] != '一') || rest.starts_with(&['位', '一', '体']) {
            return true;
        }
    }
    chars.len() >= 4
        && chars.len().is_multiple_of(2)
        && chars
            .chunks(2)
            .all(|pair| numeral(&pair[0]) && !numeral(&pair[1]) && pair[1] != '个')
        && chars.chunks(2).any(|pair| pair[0] != chars[0])
}

/// Whether the quotation is an evaluation or a slogan of result: a verb with its complement
/// (“管得好”, “放得活”) or a phrase ending in 好 (“九连好”, a run of good ratings).
fn evaluates(inner: &str) -> bool {
    let chars: Vec<char> = inner.chars().collect();
    (chars.len() == 3 && chars[1] == '得') || inner.ends_with('好')
}

/// Whether the form or the context of a quotation that the text does not call a programme
/// says it is something else: a numbered set ([`numbers_something`]), an evaluation, a
/// description that starts with a figure (“1小时高铁圈”), an honour or list a thing is put
/// on (入选“中国百年百大考古发现”), or a series of things (“神舟”系列飞船).
fn something_else(inner: &str, before: &str, after: &str) -> bool {
    numbers_something(inner)
        || evaluates(inner)
        || inner.starts_with(|c: char| c.is_ascii_digit())
        || before.ends_with("入选")
        || after.starts_with("系列")
}

/// Whether the quoted `inner` (`len` chars) names a programme, given the six chars `before`
/// it and the four chars `after` it.
fn is_programme(inner: &str, len: usize, before: &str, after: &str) -> bool {
    if !(2..=24).contains(&len) {
        return false;
    }
    // A sentence or a list of three or more phrases is a description, not a name.
    if inner.chars().any(|c| {
        matches!(
            c,
            ',' | '。' | ';' | ':' | '!' | '?' | '…' | '+' | '×' | '的'
        )
    }) {
        return false;
    }
    // Two phrases joined by 、 name a campaign only when the text calls it one
    // (“清积存、大扫除”行动); otherwise they are a description (“通知、告示”).
    match inner.matches('、').count() {
        0 => {}
        1 if CAMPAIGN.begins(after) => {}
        _ => return false,
    }
    // Hotline numbers and formulas (“12345”, “1+3”) are not names.
    let han = inner.chars().filter(|&c| is_han(c)).count();
    if han * 2 < len || han < 2 {
        return false;
    }
    if NOT_AFTER.begins(after) || plan_period(inner) {
        return false;
    }
    if !called_a_programme(inner, before, after) && something_else(inner, before, after) {
        return false;
    }
    // 评为省级“洁净城市”: look past a level word to the verb.
    let verb_end = ["国家级", "省级", "市级", "县级", "全国"]
        .iter()
        .find_map(|l| before.strip_suffix(l))
        .unwrap_or(before);
    // 服务企业的“组合拳”: a quoted word used as a figure of speech after 的.
    if verb_end.ends_with('的') || NOT_BEFORE.ends(verb_end) {
        return false;
    }
    // Qualities and needs (“粘合度”, “居家法律需求”, “组织优势”) describe, they do not name.
    // So do manners (“断崖式”下滑, “保姆式”服务), but a model can be named (“枫桥模式”); a
    // kind of firm (“土小企业”); and a place's nickname or title, X之都, 之乡, 之城 or 之国
    // (“世界中医药之都”, “鱼米之乡”; not “空中丝绸之路” or “上海之夏”, which name programmes).
    // So is a name of four chars that opens with 中国, 世界 or 全球: a nickname or an honour
    // (“中国光谷”, “世界光谷”, “中国好人”), and so is an award (“中国工业大奖”).
    let mut last_two = inner.chars().rev();
    let nickname = (matches!(last_two.next(), Some('都' | '乡' | '城' | '国'))
        && last_two.next() == Some('之'))
        || (len == 4
            && ["中国", "世界", "全球"]
                .iter()
                .any(|w| inner.starts_with(w)));
    !([
        "度", "感", "性", "需求", "优势", "少数", "队", "机遇", "式", "企业", "奖",
    ]
    .iter()
    .any(|w| inner.ends_with(w))
        || nickname)
        || inner.ends_with("模式")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::corpus_lines;

    #[test]
    fn the_mark_range_holds_exactly_the_marks() {
        let marks = ['《', '》', '“', '”', '「', '」', '『', '』', '"'];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_mark(c), marks.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn marks_have_their_document_offsets() {
        assert_eq!(
            marks_in("按《条例》开展\"双美\"建设", 10),
            vec![(11, '《'), (14, '》'), (17, '"'), (20, '"')]
        );
        let mut found = 0;
        for line in corpus_lines() {
            let marks = marks_in(&line, 5);
            for &(pos, c) in &marks {
                assert_eq!(line.chars().nth(pos - 5), Some(c), "{line}");
            }
            assert_eq!(marks.len(), line.chars().filter(|&c| is_mark(c)).count());
            found += marks.len();
        }
        assert!(found > 100, "{found}");
    }
}
