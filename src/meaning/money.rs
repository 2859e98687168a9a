//! Money named by what it pays for, read across clauses: a bare investment (投资, 投入) named
//! by the things its clause or the next one built (投资650万元建成6座水冲式公厕, 投资1亿元，启动实施
//! 黑羊站水厂改扩建工程). Passes over the labels of a whole document, after the clause rules.

use super::Site;
use super::clause::is_clause_mark;
use super::label::{
    GENERIC_HEADS, MANNER_WORDS, PROGRESS_VERBS, QUANTITY_VERBS, TIME_SPAN, ends_a_project,
    is_quote, is_verb, render,
};
use crate::facts::Kind;
use crate::segment::{self, Word};
use crate::span::{IndexedText, Span, overlapping};

/// 投资650万元建成6座水冲式公厕, 投资1.29亿元完成了17条道路的改扩建: money named only as an
/// investment, followed by a verb and the things it paid for, is the investment in those things.
pub(super) fn name_money_by_what_it_built(
    norm: &IndexedText,
    sites: &[Site],
    labels: &mut [Option<String>],
) {
    for i in 1..sites.len() {
        let (money, things) = (&sites[i - 1], &sites[i]);
        let bare = labels[i - 1]
            .as_deref()
            .is_some_and(|l| matches!(l, "投资" | "资金" | "投入"));
        if !bare
            || money.clause != things.clause
            || money.fact.kind != Kind::Money
            || things.fact.kind != Kind::Count
        {
            continue;
        }
        let between = norm.slice(Span::new(
            money.fact.span.end,
            things.fact.span.start.max(money.fact.span.end),
        ));
        let verb_only = (1..=4).contains(&between.chars().count())
            && between.chars().all(|c| c.is_alphabetic() && !c.is_ascii());
        if let Some(object) = labels[i].as_deref().filter(|l| *l != TIME_SPAN)
            && verb_only
        {
            labels[i - 1] = Some(format!(
                "{object}{}",
                labels[i - 1].as_deref().unwrap_or("")
            ));
        }
    }
}

/// 投资3600万元，完成54栋住宅楼、14万平方米既有建筑节能改造; 投资1亿元，启动实施黑羊站水厂改扩建
/// 工程: a sum whose clause holds nothing but the bare investment, followed by a clause that says
/// what was done with it, is the investment in what that clause names. The name is the object of
/// the clause's verbs, after the last number it counts (…14万平方米 *既有建筑节能改造*), after 的
/// and after 等 (…等 *基础设施工程*), without the stage it reached (背街巷道 *全部完工*); an object
/// that is still a list (实施桃李中学、三中分校…) or a bare 工程 names nothing to file the sum under.
pub(super) fn name_money_by_the_next_clause(
    norm: &IndexedText,
    words: &[Word],
    sites: &[Site],
    labels: &mut [Option<String>],
) {
    for (i, site) in sites.iter().enumerate() {
        let Some(bare) = labels[i]
            .clone()
            .filter(|l| matches!(l.as_str(), "投资" | "投入"))
        else {
            continue;
        };
        // (乡村建设品质提升行动完成投资310亿元，新建…: a clause that names its spender or another
        // number is not a bare sum.)
        let opening = norm.slice(Span::new(site.clause.start, site.fact.span.start));
        let opening = ["全年", "年内", "今年"]
            .iter()
            .fold(opening.trim(), |t, w| t.strip_prefix(w).unwrap_or(t));
        let opening = ["完成", "计划", "累计"]
            .iter()
            .fold(opening, |t, w| t.strip_prefix(w).unwrap_or(t));
        let rest_of_clause = norm.slice(Span::new(site.fact.span.end, site.clause.end));
        // (产量突破200亿立方米、投资超120亿元: a member of a list of targets.)
        let listed = site.clause.start > 0
            && norm
                .slice(Span::new(site.clause.start - 1, site.clause.start))
                .starts_with('、');
        if site.fact.kind != Kind::Money
            || listed
            || opening != bare
            || !rest_of_clause.trim().is_empty()
        {
            continue;
        }
        let Some(next) = next_clause(norm, site) else {
            continue;
        };
        let in_next: Vec<&Site> = overlapping(sites, next, |s| s.fact.span)
            .iter()
            .filter(|s| s.fact.span.start >= next.start && s.fact.span.end <= next.end)
            .collect();
        let clause_words = segment::words_in(words, next);
        let mut k = 0;
        while clause_words
            .get(k)
            .is_some_and(|w| matches!(w.tag, "d" | "ad") || MANNER_WORDS.contains(w.text))
        {
            k += 1;
        }
        let mut verbs = 0;
        while let Some(w) = clause_words.get(k) {
            if w.text == "了" {
            } else if (is_verb(w) || (w.tag == "vn" && verbs == 0))
                && !QUANTITY_VERBS.contains(w.text)
                && !matches!(w.text, "使" | "让")
            {
                verbs += 1;
            } else {
                break;
            }
            k += 1;
        }
        let from = clause_words.get(k).map_or(next.end, |w| w.span.start);
        // After the last count the clause gives; or, when the clause counts one thing after
        // its name (建成保障性住房2262套), that name.
        let object = match in_next.last() {
            Some(last) if last.fact.span.end < next.end => Span::new(last.fact.span.end, next.end),
            Some(only) if in_next.len() == 1 && only.fact.span.start > from => {
                Span::new(from, only.fact.span.start)
            }
            Some(_) => continue,
            None => Span::new(from, next.end),
        };
        let mut object: Vec<&Word> = segment::words_in(words, object)
            .iter()
            .filter(|w| !is_quote(w))
            .collect();
        // 完成5个村 *的* 饮水安全工程: what the counted things got; 两河圣山文化旅游景区 *的*
        // 基础设施建设: a name with its 的, which a column name leaves out.
        let after_count = !in_next.is_empty();
        if let Some(p) = object
            .iter()
            .rposition(|w| w.text == "等" || (after_count && w.text == "的"))
        {
            object.drain(..=p);
        }
        object.retain(|w| w.text != "的");
        while object.last().is_some_and(|w| {
            PROGRESS_VERBS.contains(w.text) || MANNER_WORDS.contains(w.text) || w.text == "全部"
        }) {
            object.pop();
        }
        let project = object.last().is_some_and(|w| ends_a_project(w));
        let plain = verbs > 0
            && object.first().is_some_and(|w| !is_verb(w) || project)
            && object
                .iter()
                .all(|w| !matches!(w.tag, "x" | "m" | "p" | "r" | "q" | "uj" | "ul"));
        let Some(name) = render(norm, &object).filter(|n| plain && n.chars().count() >= 3) else {
            continue;
        };
        if !GENERIC_HEADS.contains(&name.as_str()) {
            labels[i] = Some(format!("{name}{bare}"));
        }
    }
}

/// The clause after `site`'s in its sentence: from the mark that ends the fact's clause to the
/// next clause mark other than 、, which here joins the objects of one verb (完成54栋住宅楼、
/// 14万平方米既有建筑节能改造).
fn next_clause(norm: &IndexedText, site: &Site) -> Option<Span> {
    let ends = |c: char| is_clause_mark(c) && c != '、';
    let rest = norm.slice(Span::new(site.clause.end, site.sentence.end));
    let mut chars = rest.chars().enumerate().peekable();
    let mut start = site.clause.end;
    while let Some((k, c)) = chars.peek().copied() {
        if !ends(c) && !c.is_whitespace() {
            break;
        }
        start = site.clause.end + k + 1;
        chars.next();
    }
    let end = chars
        .find(|&(_, c)| ends(c))
        .map_or(site.sentence.end, |(k, _)| site.clause.end + k);
    (end > start).then(|| Span::new(start, end))
}
