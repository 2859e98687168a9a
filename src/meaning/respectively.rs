//! Respectively: the labels of a 分别 list, one indicator per number, in order.
//!
//! Chinese reports state several indicators with one verb and a list of numbers:
//!
//! * 能源、旅游投资分别增长9.4%、5% — the indicators are coordinated before 分别 and share the
//!   head of the last one (能源投资, 旅游投资);
//! * 城乡居民人均可支配收入分别达6.9万元、3.4万元 — a contracted coordination (城乡 = 城镇 and 农村)
//!   names two indicators in one word;
//! * 产业类投资553.1亿元、研发投入133.5亿元，分别增长10.6%、10.3% — a list of numbers after 分别
//!   (or a second list after a first one: …6.9万元、3.4万元，增长4.2%、5.3%) pairs in order with
//!   the list before it.
//!
//! The clause stage gives the whole coordination (or the label of the number before) to every
//! number; this pass hands out its conjuncts instead.

use super::Site;
use super::label::{ATTRIBUTES, TIME_SPAN, is_verb};
use crate::facts::Kind;
use crate::segment::{self, Word};
use crate::span::{IndexedText, Span};

/// Contracted coordinations: one word that names two or three indicators, and what each part
/// stands for, in the order the numbers follow.
const CONTRACTIONS: &[(&str, &[&str])] = &[
    ("城乡", &["城镇", "农村"]),
    ("进出口", &["进口", "出口"]),
    ("中小学", &["中学", "小学"]),
    ("存贷款", &["存款", "贷款"]),
    ("一二三产", &["一产", "二产", "三产"]),
];

/// Measure words that end an indicator's name, whose last char is not an indicator ending.
const WHOLE_MEASURES: &[&str] = &[
    "投资", "消费", "出口", "进口", "贷款", "存款", "税收", "支出",
];

/// Last chars of a noun that is an indicator by itself (覆盖率, 受理数, 人次, 利润): a conjunct
/// ending in one does not share the head of the last conjunct.
const INDICATOR_ENDINGS: &[char] = &[
    '率', '数', '量', '额', '值', '费', '价', '比', '重', '度', '入', '润', '收', '支', '产', '耗',
    '次', '积',
];

/// Hand out the conjuncts of 分别 lists and pair later lists with earlier ones. `own[i]` says
/// whether fact `i` found its label in its own clause (before labels were shared).
pub(crate) fn distribute(
    norm: &IndexedText,
    sites: &[Site],
    own: &[bool],
    labels: &mut [Option<String>],
) {
    let runs = runs(norm, sites);
    // The labels each run ended with, to pair a later list with.
    let mut given: Vec<Option<Vec<String>>> = vec![None; runs.len()];
    for (r, run) in runs.iter().enumerate() {
        let first = run.start;
        let n = run.len();
        if n < 2 {
            continue;
        }
        let site = &sites[first];
        let before_number = Span::new(
            site.predicate_start.min(site.fact.span.start),
            site.fact.span.start,
        );
        let respectively = norm.slice(before_number).contains("分别")
            || norm
                .slice(Span::new(site.clause.start, site.fact.span.start))
                .contains("分别");
        // (“新三样”、集成电路出口增长30.4％、30.1％: a list of as many names as numbers pairs
        // in order without 分别, when the names are joined by 、 in the label itself and the
        // numbers are a list, nothing but 、 between them. Not a label that runs into a verb:
        // 苹果、猕猴桃产量稳定在全国 is no list of names.)
        let implicit = || {
            let joined_by = |marks: &[&str]| {
                (first..first + n - 1).all(|k| {
                    let between = norm.slice(Span::new(
                        sites[k].fact.span.end,
                        sites[k + 1].fact.span.start,
                    ));
                    marks.contains(&between)
                })
            };
            // (城乡低保标准提高到每月815元和615元, 农村中小学生人均公用经费500元和300元: a
            // contracted coordination of as many parts as numbers is such a list too, with 、 or
            // 和 between the numbers.)
            let contracted = |l: &str| {
                joined_by(&["、", "和"])
                    && CONTRACTIONS
                        .iter()
                        .any(|(word, parts)| l.contains(word) && parts.len() == n)
            };
            labels[first].as_deref().is_some_and(|l| {
                ((joined_by(&["、"]) && l.matches('、').count() + 1 == n) || contracted(l))
                    && !segment::tag(l, 0)
                        .iter()
                        .any(|w| is_verb(w) || w.tag == "p")
            })
        };
        if own[first] && !site.label_after && (respectively || implicit()) {
            let Some(label) = labels[first].clone() else {
                continue;
            };
            let listed = norm
                .slice(Span::new(site.clause.start, site.fact.span.start))
                .contains(['、', '和', '及', '与']);
            let counted = site.fact.kind == Kind::Count;
            let parts = conjuncts(&label, n, listed, counted)
                .or_else(|| listed_before_deng(norm, site, &label, n));
            if let Some(parts) = parts {
                for (k, part) in parts.iter().enumerate() {
                    labels[first + k] = Some(part.clone());
                }
                given[r] = Some(parts);
            }
            continue;
        }
        if own[first] {
            continue;
        }
        // A list with no label of its own pairs with the list right before it in the sentence:
        // a run of the same length that was handed out, or (after 分别) the n facts before it,
        // each with a label of its own.
        let earlier = if r > 0
            && runs[r - 1].end == first
            && sites[runs[r - 1].start].sentence == site.sentence
            && runs[r - 1].len() == n
        {
            given[r - 1].clone()
        } else {
            None
        };
        let earlier = earlier.or_else(|| {
            if !respectively || first < n {
                return None;
            }
            let from = first - n;
            let listed = (from..first)
                .all(|j| own[j] && sites[j].sentence == site.sentence && labels[j].is_some());
            let parts: Vec<String> = (from..first).filter_map(|j| labels[j].clone()).collect();
            let distinct = parts
                .iter()
                .enumerate()
                .all(|(a, p)| !parts[..a].contains(p) && p != TIME_SPAN);
            (listed && distinct).then_some(parts)
        });
        if let Some(parts) = earlier {
            for (k, part) in parts.iter().enumerate() {
                labels[first + k] = Some(part.clone());
            }
            given[r] = Some(parts);
        }
    }
}

/// 节能环保、汽车及零部件、新材料等产业增加值分别增长29.2%、16.5%、20%: a list closed by 等 right
/// before the label names the label's members, each with the whole label as its head
/// (汽车及零部件产业增加值). Only a list of exactly `n` plain members.
fn listed_before_deng(
    norm: &IndexedText,
    site: &Site,
    label: &str,
    n: usize,
) -> Option<Vec<String>> {
    let lead = norm.slice(Span::new(site.clause.start, site.fact.span.start));
    let at = lead.find(label)?;
    let members = lead[..at].trim_end().strip_suffix('等')?;
    let members: Vec<&str> = members.split('、').map(str::trim).collect();
    let plain = members
        .iter()
        .all(|m| (2..=12).contains(&m.chars().count()) && m.chars().all(super::is_content));
    (members.len() == n && plain).then(|| members.iter().map(|m| format!("{m}{label}")).collect())
}

/// Maximal runs of facts of one sentence joined by nothing but a list mark or a conjunction
/// (9.4%、5%; 6%和7.4%), as index ranges.
fn runs(norm: &IndexedText, sites: &[Site]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 0..sites.len() {
        let joined = i > 0 && sites[i - 1].sentence == sites[i].sentence && {
            let a = sites[i - 1].fact.span.end;
            let b = sites[i].fact.span.start;
            let between = norm.slice(Span::new(a.min(b), b));
            let chars = between.chars().filter(|c| !c.is_whitespace()).count();
            (1..=2).contains(&chars)
                && between
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '、' | '和' | '及' | '与' | ','))
        };
        match out.last_mut() {
            Some(run) if joined => run.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The `n` indicators a coordinated label names, in order, each with the head it shares
/// (能源、旅游投资 → 能源投资, 旅游投资), or the parts of a contracted coordination (城乡居民
/// 人均可支配收入 → 城镇…, 农村…) when the clause lists nothing (`listed` is false). None when
/// the label does not name `n` indicators. `counted` is true for numbers of things (家, 项).
fn conjuncts(label: &str, n: usize, listed: bool, counted: bool) -> Option<Vec<String>> {
    let words = segment::tag(label, 0);
    let mut parts = split_list(&words, true);
    // 新能源及智能电网、新材料、生物医药健康产业: a conjunction inside one conjunct, when the
    // list marks alone give as many conjuncts as there are numbers.
    if parts.len() > n {
        let marked = split_list(&words, false);
        if marked.len() == n {
            parts = marked;
        }
    }
    if parts.iter().any(Vec::is_empty) {
        return None;
    }
    if parts.len() == 1 {
        // A list the label lost part of (…、共建一带一路国家进出口) is not a contraction.
        return if listed {
            None
        } else {
            expand_contraction(label, n)
        };
    }
    if parts.len() != n {
        return None;
    }
    let last = parts.last()?;
    let mut out: Vec<String> = parts
        .iter()
        .map(|p| {
            let text: String = p.iter().map(|w| w.text).collect();
            let head = shared_head(p, last);
            match &head {
                Some(h) if !complete(p, last, h, counted) => format!("{text}{h}"),
                _ => text,
            }
        })
        .collect();
    share_counted_things(&parts, &mut out);
    Some(out)
}

/// Words that count things of a kind (事故 *起数*, 企业 *数量*).
const COUNTS_OF_THINGS: &[&str] = &["起数", "个数", "件数", "户数", "家数", "数量", "总数"];

/// 生产安全事故起数、死亡人数分别下降10.9%、7%: when the first conjunct counts things of a kind,
/// the measures after it are of the same things (生产安全事故死亡人数), unless they count by the
/// same word (出生人数、死亡人数 are two counts, not one thing's).
fn share_counted_things(parts: &[Vec<&Word>], out: &mut [String]) {
    let Some((first, _)) = parts.split_first() else {
        return;
    };
    let Some((count, kind)) = first.split_last() else {
        return;
    };
    // 电信网络诈骗案件受理数、案损数: a count of an action done to things (受理/v 数) counts those
    // things too, and a short measure after it (案损数) is of them as well.
    let counted_action = matches!(count.text, "数" | "率")
        && kind.last().is_some_and(|w| is_verb(w) || w.tag == "vn");
    // (市民服务热线诉求/v 解决/v 率: the nouns before all the actions.)
    let kind = if counted_action {
        let nouns = kind
            .iter()
            .rposition(|w| !(is_verb(w) || w.tag == "vn"))
            .map_or(0, |p| p + 1);
        &kind[..nouns]
    } else {
        kind
    };
    // (安全事故/i: jieba tags some four-char nouns as set phrases.)
    let noun_kind = kind.last().is_some_and(|w| {
        (w.tag.starts_with('n') || matches!(w.tag, "i" | "l" | "j")) && !is_verb(w) && w.tag != "vn"
    });
    let kind: String = kind.iter().map(|w| w.text).collect();
    if !(COUNTS_OF_THINGS.contains(&count.text) || counted_action)
        || !noun_kind
        || kind.chars().count() < 2
    {
        return;
    }
    for (part, text) in parts.iter().zip(out.iter_mut()).skip(1) {
        let own_count = part.last().is_some_and(|w| w.text == count.text);
        let fits = if counted_action {
            text.chars().count() <= 4 && text.ends_with(['数', '率'])
        } else {
            !own_count && text.chars().count() <= 8
        };
        if fits && !text.starts_with(&kind) {
            *text = format!("{kind}{text}");
        }
    }
}

/// The words of a coordinated label cut at its list marks (、) and, if `conjunctions`, at the
/// conjunctions that join conjuncts (和, 及, 与).
fn split_list<'w>(words: &'w [Word<'w>], conjunctions: bool) -> Vec<Vec<&'w Word<'w>>> {
    let mut parts: Vec<Vec<&Word>> = vec![Vec::new()];
    for w in words {
        let mark = matches!(w.text, "、" | "," | "，")
            || (conjunctions
                && ((w.tag == "c" && matches!(w.text, "和" | "及" | "与" | "以及"))
                    // 项目数与合同额: jieba tags a joining 与 as a preposition.
                    || (w.tag == "p" && w.text == "与")));
        if mark {
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(w);
        }
    }
    parts
}

/// The head the last conjunct shares with conjunct `part`:
///
/// * what follows the word `part` ends with, where the last conjunct has that word too (先进制造业、
///   高技术制造业增加值占…比重 → 增加值占…比重; 六大优势产业、绿色低碳优势产业增加值 → 增加值);
/// * all but its first word, when `part` is a grade like that word (国家级、省级专精特新企业);
/// * else its last word (旅游投资 → 投资, 镍产量 → 产量), with the word before it when that is
///   a bare attribute (进出口总额 → 进出口总额, since 东盟总额 names nothing).
fn shared_head(part: &[&Word], last: &[&Word]) -> Option<String> {
    let text = |ws: &[&Word]| -> String { ws.iter().map(|w| w.text).collect() };
    if last.len() < 2 {
        return None;
    }
    let end = part.last()?.text;
    if let Some(m) = last[..last.len() - 1].iter().rposition(|w| w.text == end) {
        return Some(text(&last[m + 1..]));
    }
    let grade = |w: &Word| w.tag == "b" || w.text.ends_with('级');
    if part.len() == 1 && grade(part[0]) && grade(last[0]) {
        return Some(text(&last[1..]));
    }
    // 装备制造业、高新技术产业增加值占规上工业的比重: a share is shared from the indicator the
    // last conjunct names before 占 (增加值占规上工业的比重).
    if let Some(at) = last.iter().position(|w| w.text == "占")
        && at >= 2
        && INDICATOR_ENDINGS
            .iter()
            .any(|c| last[at - 1].text.ends_with(*c))
    {
        return Some(text(&last[at - 1..]).replace("的比重", "比重"));
    }
    let k = last.len() - 1;
    // 新落地项目、实际利用 *内资*: projects are a count of their own; they share only an
    // attribute (重点项目、民生工程 *投资*), not another thing's name.
    if part.last().is_some_and(|w| w.text.ends_with("项目"))
        && !ATTRIBUTES.contains(&last[k].text)
        && !last.iter().any(|w| w.text.ends_with("项目"))
    {
        return None;
    }
    let attribute = ATTRIBUTES.contains(&last[k].text) || matches!(last[k].text, "余额" | "比重");
    if attribute && k >= 2 {
        return Some(text(&last[k - 1..]));
    }
    Some(last[k].text.to_string())
}

/// True when a conjunct names an indicator by itself (接待游客人次, 省外游客 before 入境过夜游客),
/// or is built like the last one (上海标准、上海品牌 open with the same word). Things counted
/// (跨国公司地区总部、外资研发中心 771家、481家) are whole names, unless the conjunct is a bare
/// modifier of one word (国家级、省级专精特新企业).
fn complete(part: &[&Word], last: &[&Word], head: &str, counted: bool) -> bool {
    let text: String = part.iter().map(|w| w.text).collect();
    let parallel = part.len() > 1 && part.first().map(|w| w.text) == last.first().map(|w| w.text);
    // (SUV汽车、新能源汽车…产量 371.2万辆: a measure shared by named things is no name of its own.)
    let measure = head.ends_with(['量', '值', '额', '率']);
    if parallel || (counted && part.len() > 1 && !measure) {
        return true;
    }
    let head_last = segment::tag(head, 0).last().map(|w| w.text.to_string());
    // 非金属矿物制品业、…、压延加工业: a part that ends in the same class char as the head (业,
    // 业) is a name of that class already.
    // (固定资产投资、地方财政收入: a part ending in a measure word of its own is whole.)
    text.ends_with(head)
        || text.chars().last() == head.chars().last()
        || head_last.is_some_and(|h| text.ends_with(&h))
        || names_a_measure(&text)
}

/// Whether a name ends like a measure (覆盖率, 生产总值, 财政收入, 固定资产投资), so that it is an
/// indicator by itself rather than the thing some measure is of.
pub(super) fn names_a_measure(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| INDICATOR_ENDINGS.contains(&c))
        || WHOLE_MEASURES.iter().any(|m| text.ends_with(m))
}

/// 城乡居民人均可支配收入 → 城镇居民…, 农村居民…: a contracted coordination with as many parts as
/// there are numbers.
fn expand_contraction(label: &str, n: usize) -> Option<Vec<String>> {
    let (short, parts) = CONTRACTIONS
        .iter()
        .find(|(short, parts)| parts.len() == n && label.contains(short))?;
    Some(parts.iter().map(|p| label.replacen(short, p, 1)).collect())
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::labels;

    #[test]
    fn a_conjunct_ending_in_a_measure_word_keeps_its_own_name() {
        assert_eq!(
            labels(
                "地区生产总值、固定资产投资、地方财政收入分别达到253.7亿元、180亿元、24.8亿元。"
            ),
            vec!["地区生产总值", "固定资产投资", "地方财政收入"]
        );
    }

    #[test]
    fn as_many_names_as_listed_numbers_pair_without_fenbie() {
        assert_eq!(
            labels("“新三样”、集成电路出口增长30.4％、30.1％。"),
            vec!["新三样出口", "集成电路出口"]
        );
        assert_eq!(
            labels("国内游客人次、总花费增长5.6％、7.5％。"),
            vec!["国内游客人次", "总花费"]
        );
        // Numbers that are not one list are not paired with the names: the visits are not
        // 项目签约.
        assert_ne!(
            labels("务实办好西博会、项目签约3543亿元，30批次副国级以上外国政要来访。")[1],
            "项目签约"
        );
    }

    #[test]
    fn a_contracted_coordination_pairs_with_listed_numbers_without_fenbie() {
        assert_eq!(
            labels("城乡居民人均收入年均增长5.3%、7.7%。"),
            vec!["城镇居民人均收入", "农村居民人均收入"]
        );
        // With 和 between the numbers, and inside the label.
        assert_eq!(
            labels("实现农村中小学生人均公用经费500元和300元的目标。"),
            vec!["农村中学生人均公用经费", "农村小学生人均公用经费"]
        );
        assert_eq!(
            labels("金融机构人民币存贷款余额分别增长6.9%、6.6%。"),
            vec!["金融机构人民币存款余额", "金融机构人民币贷款余额"]
        );
    }

    #[test]
    fn a_shared_measure_completes_named_things() {
        assert_eq!(
            labels("SUV汽车、新能源汽车、太阳能电池产量分别达到371.2万辆、9.6万辆、12.4万千瓦。"),
            ["SUV汽车产量", "新能源汽车产量", "太阳能电池产量"]
        );
        // (Things counted by their own names stay whole: 771家、481家.)
        assert_eq!(
            labels("跨国公司地区总部、外资研发中心分别达到771家、481家。"),
            ["跨国公司地区总部", "外资研发中心"]
        );
    }

    #[test]
    fn a_rate_after_a_rate_of_handled_requests_is_of_the_same_service() {
        assert_eq!(
            labels("市民服务热线诉求解决率、满意率分别达97.3%和97.7%。"),
            ["市民服务热线诉求解决率", "市民服务热线满意率"]
        );
    }

    #[test]
    fn the_object_of_the_last_conjuncts_verb_is_not_shared() {
        assert_eq!(
            labels("新落地项目、实际利用内资分别增长18.7%和5%。"),
            ["新落地项目", "实际利用内资"]
        );
    }

    #[test]
    fn a_measure_after_a_count_of_handled_things_is_of_those_things() {
        assert_eq!(
            labels("电信网络诈骗案件受理数、案损数分别下降16%和36%。"),
            ["电信网络诈骗案件受理数", "电信网络诈骗案件案损数"]
        );
    }

    #[test]
    fn measures_after_a_count_of_things_are_of_those_things() {
        assert_eq!(
            labels("生产安全事故起数、死亡人数、直接经济损失分别下降36.7%、38.8%、39.1%。"),
            vec![
                "生产安全事故起数",
                "生产安全事故死亡人数",
                "生产安全事故直接经济损失"
            ]
        );
        // Two counts by the same word are two counts, not one thing's.
        assert_eq!(labels("出生人数、死亡人数分别下降3%、2%。")[1], "死亡人数");
    }

    #[test]
    fn a_list_closed_by_deng_names_the_members_of_the_label() {
        assert_eq!(
            labels("节能环保、汽车及零部件、新材料等产业增加值分别增长29.2%、16.5%、20%。"),
            vec![
                "节能环保产业增加值",
                "汽车及零部件产业增加值",
                "新材料产业增加值"
            ]
        );
        // A share is shared from the indicator named before 占.
        assert_eq!(
            labels("装备制造业、高新技术产业增加值占规上工业的比重分别达到45.4%、23.1%。")[0],
            "装备制造业增加值占规上工业比重"
        );
        // A list of another length than the numbers names nothing.
        assert!(
            labels("电子、医药、食品等行业增加值分别增长10%、8%。")
                .iter()
                .all(|l| !l.starts_with("电子") && !l.starts_with("医药"))
        );
    }
}
