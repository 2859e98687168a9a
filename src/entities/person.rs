//! People: a name is reported only where the text introduces it as a person.
//!
//! jieba's `nr` (person name) tag is unreliable in government prose — it tags 法律顾问, 矫正,
//! 楼宇 and 养老 as names — so the tag is only a starting point. A candidate must be two to
//! four Han chars beginning with a common surname, and the words around it must treat it as a
//! person: an office or membership right before it (党总支书记张海燕, 县长 闫向阳, 党员张霞民),
//! a residents' area or organisation right before it (三兴居民区张艺珺), or 同志 after it.
//! The office, when present, becomes the person's `role`: the whole appositive chain back to
//! the previous clause boundary, without a leading residents' area (灵光居民区党员 → 党员).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, all_han};
use crate::lexicon::{CharSet, Lexicon};
use crate::segment::Word;
use crate::span::Span;

/// Common surnames (single char).
const SURNAMES: &str = "习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
/// [`SURNAMES`] as a set: asked of every char of every candidate name.
static SURNAME_SET: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(SURNAMES));

/// Two-char surnames.
static DOUBLE_SURNAMES: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
        "司徒", "令狐", "夏侯",
    ])
});

/// Endings of offices and memberships that introduce a name.
static OFFICES: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "书记",
        "主任",
        "委员",
        "党员",
        "带头人",
        "明白人",
        "省长",
        "市长",
        "县长",
        "区长",
        "镇长",
        "乡长",
        "局长",
        "处长",
        "科长",
        "所长",
        "院长",
        "校长",
        "主席",
        "代表",
        "队长",
        "组长",
        "干部",
        "干警",
        "律师",
        "调解员",
        "志愿者",
        "居民",
        "村民",
        "老人",
        "先生",
        "女士",
        "教授",
        "专家",
        "部长",
        "总理",
        "厅长",
        "理事长",
        "董事长",
        "总经理",
        "经理",
        "社工",
        "民警",
        "网格员",
        "负责人",
        "检察官",
        "法官",
        "医生",
        "教师",
        "工程师",
        "主任委员",
        "常委",
        "监察员",
        "楼组长",
        "总支",
        "党总支书记",
        "副书记",
        "副主任",
        "副县长",
        "副市长",
        "副省长",
        "副区长",
        "总书记",
        "秘书长",
        "巡视员",
        "调研员",
        "专员",
        "馆长",
        "站长",
        "会长",
        "行长",
        "团长",
        "支部书记",
    ])
});

/// Titles written right after a name (习近平总书记, 李克强总理, 王东峰书记): the form reports
/// use for leaders. Only the exact word counts, so a name-shaped word before a
/// longer noun (…书记处) is not taken.
static TITLES_AFTER: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "总书记",
        "主席",
        "副主席",
        "总理",
        "副总理",
        "委员长",
        "书记",
        "省长",
        "副省长",
        "市长",
        "副市长",
        "县长",
        "副县长",
        "区长",
        "副区长",
    ])
});

/// Tags of function words, which never start or end a name (和其他 is not 和 + 其他).
const FUNCTION_TAGS: &[&str] = &[
    "c", "p", "u", "uj", "ul", "d", "r", "v", "a", "f", "m", "q", "y", "e", "zg",
];

/// Words after a name that make it a doctrine or an attribute, not a mention of the person
/// (习近平新时代…思想, …法治思想). The leadership formula 以习近平同志为核心的党中央 is not
/// among them: it names the person, and MEANING_FORMAT labels every named person.
static NOT_AFTER: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["新时代", "思想", "法治思想", "经济思想", "生态文明思想"]));

/// Whether the text after a name ending at `end` makes it a doctrine (习近平|新时代…思想):
/// read from the text, not the next word, so that a cut inside the doctrine's first word does
/// not hide it.
fn begins_doctrine(p: &Piece, end: usize) -> bool {
    NOT_AFTER.begins(p.text(Span::new(end, p.span.end)))
}

/// People in one piece. `cands` are the other entities found so far (for the residents'
/// area before a name).
pub(super) fn find(p: &Piece, cands: &[Candidate]) -> Vec<Candidate> {
    // Built for the first name candidate: most pieces have none.
    let around = std::cell::OnceCell::new();
    let around = || around.get_or_init(|| Around::new(p, cands));
    let mut out = Vec::new();
    let words = &p.words;
    for (i, w) in words.iter().enumerate() {
        // Every name below begins with a one-char surname word (split, spaced) or is a word
        // shaped like a name; the other words, nearly all of them, are passed over before the
        // words around them are looked at.
        let lone_surname = is_lone_surname(w.text);
        let named = looks_like_name(w);
        if !lone_surname && !named {
            continue;
        }
        // The words before the candidate, skipping spaces (县长 闫向阳, 区长　　杜联合).
        let mut j = i;
        while j > 0 && words[j - 1].text.trim().is_empty() {
            j -= 1;
        }
        let prev = j.checked_sub(1).map(|k| &words[k]);
        let office = prev.is_some_and(|pw| OFFICES.ends(pw.text));
        // jieba sometimes splits an unknown name after its surname (闫|向阳, 杜|联合); after an
        // office the two words are read as one name.
        let split = lone_surname
            && (w.tag == "nr" || (office && !FUNCTION_TAGS.contains(&w.tag)))
            && words.get(i + 1).is_some_and(|n| {
                // A given name can be an ordinary word (杜|联合), but not a particle.
                (n.tag.starts_with("nr")
                    || (office
                        && !matches!(
                            n.tag,
                            "c" | "p" | "u" | "uj" | "ul" | "r" | "m" | "q" | "f" | "y" | "x"
                        )))
                    && all_han(n.text)
                    && n.text.chars().count() <= 2
            });
        // A signature line may space a two-char name out (上海市市长 龚 正).
        let spaced = office
            && lone_surname
            && words.get(i + 1).is_some_and(|n| n.text == " ")
            && words
                .get(i + 2)
                .is_some_and(|n| n.text.chars().count() == 1 && all_han(n.text))
            && words.get(i + 3).is_none_or(|n| n.text.trim().is_empty());
        let span = if spaced {
            Span::new(w.span.start, words[i + 2].span.end)
        } else if split {
            Span::new(w.span.start, words[i + 1].span.end)
        } else if named {
            w.span
        } else {
            continue;
        };
        let last = if spaced {
            i + 2
        } else if split {
            i + 1
        } else {
            i
        };
        if begins_doctrine(p, words[last].span.end) {
            continue;
        }
        let after_area =
            || prev.is_some_and(|pw| around().place_or_org_ends.contains(&pw.span.end));
        let comrade = words
            .get(last + 1)
            .is_some_and(|n| n.text.starts_with("同志"));
        // A title after the name (习近平总书记) is the office: only for a word jieba tags as a
        // name, not a surname glued to the next word.
        let title_after = words
            .get(last + 1)
            .filter(|n| named && !split && !spaced && TITLES_AFTER.contains(n.text));
        if !(office || comrade || title_after.is_some() || after_area()) {
            continue;
        }
        let mut c = Candidate::new(Kind::Person, span);
        if office {
            c.role = role(p, words[j].span.start, j, around(), &out);
        } else if let Some(title) = title_after {
            c.role = Some(title.text.to_string());
        }
        out.push(c);
        listed_after(p, last, &mut out);
    }
    out
}

/// Names listed after a person (书记张三、李四、王五): each one joined to the name before by 、
/// and shaped like a name — one word tagged as a name, or a surname and a given name of one or
/// two chars that jieba split. The list is what introduces them, so they need no office of
/// their own; they take none, since the office written before the first may not be theirs.
fn listed_after(p: &Piece, mut last: usize, out: &mut Vec<Candidate>) {
    let words = p.words;
    while words.get(last + 1).is_some_and(|n| n.text == "、") {
        let i = last + 2;
        let Some(w) = words.get(i) else { return };
        last = if looks_like_name(w) {
            i
        } else if is_lone_surname(w.text)
            && w.tag.starts_with("nr")
            && words.get(i + 1).is_some_and(|n| {
                n.tag.starts_with("nr") && all_han(n.text) && n.text.chars().count() <= 2
            })
        {
            i + 1
        } else {
            return;
        };
        if begins_doctrine(p, words[last].span.end) {
            return;
        }
        out.push(Candidate::new(
            Kind::Person,
            Span::new(w.span.start, words[last].span.end),
        ));
    }
}

/// What the person rules ask about the other candidates of a piece, indexed once per piece so
/// that each word's questions are lookups, not scans of every candidate.
struct Around {
    /// Where places and organisations end (a name right after one is in that area or unit).
    place_or_org_ends: HashSet<usize>,
    /// Organisations by start, each with the furthest end of any organisation starting no
    /// later: a span lies inside some organisation when that furthest end reaches it.
    orgs: Vec<(usize, usize)>,
    /// Residents' areas (…居民区, …社区, …村, …小区) by start, in candidate order.
    areas: HashMap<usize, Vec<Span>>,
}

impl Around {
    fn new(p: &Piece, cands: &[Candidate]) -> Self {
        let place_or_org_ends = cands
            .iter()
            .filter(|c| matches!(c.kind, Kind::Place | Kind::Organization))
            .map(|c| c.span.end)
            .collect();
        let mut org_spans: Vec<Span> = cands
            .iter()
            .filter(|c| c.kind == Kind::Organization)
            .map(|c| c.span)
            .collect();
        org_spans.sort();
        let mut furthest = 0;
        let orgs = org_spans
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end);
                (s.start, furthest)
            })
            .collect();
        let mut areas: HashMap<usize, Vec<Span>> = HashMap::new();
        for c in cands.iter().filter(|c| {
            c.kind == Kind::Place
                && ["居民区", "社区", "村", "小区"]
                    .iter()
                    .any(|h| p.text(c.span).ends_with(h))
        }) {
            areas.entry(c.span.start).or_default().push(c.span);
        }
        Around {
            place_or_org_ends,
            orgs,
            areas,
        }
    }

    /// True when `span` lies inside an organisation's name.
    fn in_org(&self, span: Span) -> bool {
        let i = self.orgs.partition_point(|&(start, _)| start <= span.start);
        i.checked_sub(1).is_some_and(|i| self.orgs[i].1 >= span.end)
    }
}

/// Whether `text` is one char, a common surname (a name jieba may have cut after its surname).
fn is_lone_surname(text: &str) -> bool {
    // One char is at most four bytes; most words are longer and need no decoding.
    if text.len() > 4 {
        return false;
    }
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if SURNAME_SET.contains(c))
}

/// Whether a word has the shape of a personal name.
fn looks_like_name(w: &Word) -> bool {
    if !matches!(w.tag, "nr" | "nrfg" | "nrt" | "x") || !all_han(w.text) {
        return false;
    }
    let n = w.text.chars().count();
    // A reduplicated word is an adverb jieba took for a name (总书记|殷殷|嘱托).
    let mut chars = w.text.chars();
    if n == 2 && chars.next() == chars.next() {
        return false;
    }
    if DOUBLE_SURNAMES.begins(w.text) {
        return (3..=4).contains(&n);
    }
    (2..=3).contains(&n)
        && w.text
            .chars()
            .next()
            .is_some_and(|c| SURNAME_SET.contains(c))
}

/// The office written before a name ending at `end` (the words before word `j`): back to the
/// previous clause boundary or conjunction, or to the person found before (`people`: 党员王海、
/// 志愿者李明 gives 李明 志愿者), without a residents' area that starts the chain.
fn role(p: &Piece, end: usize, j: usize, around: &Around, people: &[Candidate]) -> Option<String> {
    let mut first = j;
    while first > 0 {
        let w = &p.words[first - 1];
        if people.iter().any(|c| c.span.end == w.span.end) {
            // The separator after that person (、) is not part of this one's office.
            if p.words[first].text == "、" {
                first += 1;
            }
            break;
        }
        // Words inside an organisation's name (监察和司法委员会) belong to the office.
        let in_org = around.in_org(w.span);
        let stop = !in_org
            && (matches!(
                w.text,
                "," | "。"
                    | ";"
                    | ":"
                    | "("
                    | ")"
                    | "及"
                    | "和"
                    | "与"
                    | "由"
                    | "在"
                    | "对"
                    | "向"
                    | "等"
                    | "或"
                    | "是"
                    | "有"
                    | "为"
                    | "了"
                    | "由于"
                    | "请"
                    | "邀请"
                    | "联合"
                    | "其中"
            ) || w.tag == "v"
                || w.tag == "p"
                || (w.tag == "x" && !w.text.chars().all(|c| c == '、' || super::is_han(c))));
        if stop {
            break;
        }
        first -= 1;
    }
    let mut start = p.words.get(first).map_or(end, |w| w.span.start);
    // A residents' area that opens a one-office chain is where the person lives, not the office.
    if let Some(area) = around
        .areas
        .get(&start)
        .and_then(|spans| spans.iter().find(|a| a.end < end))
        && !p.text(Span::new(start, end)).contains('、')
    {
        start = area.end;
    }
    let text = p.text(Span::new(start, end));
    let text = text.trim();
    (!text.is_empty() && text.chars().count() <= 60).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::corpus_lines;
    use crate::segment;

    /// [`is_lone_surname`] as the rule first wrote it, without the length shortcut.
    fn lone_surname_by_chars(text: &str) -> bool {
        text.chars().count() == 1 && text.chars().all(|c| SURNAME_SET.contains(c))
    }

    #[test]
    fn lone_surname_shortcut_agrees_with_counting_chars() {
        for text in ["王", "张三", "", "a", "王 ", "\u{10FFFF}", "赵钱"] {
            assert_eq!(
                is_lone_surname(text),
                lone_surname_by_chars(text),
                "{text:?}"
            );
        }
        let mut surnames = 0;
        for line in corpus_lines() {
            for w in segment::tag(&line, 0) {
                assert_eq!(
                    is_lone_surname(w.text),
                    lone_surname_by_chars(w.text),
                    "{}",
                    w.text
                );
                surnames += usize::from(is_lone_surname(w.text));
            }
        }
        assert!(surnames > 100, "{surnames}");
    }
}
