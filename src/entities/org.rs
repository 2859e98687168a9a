//! Organisations: found by the word that ends their name, then extended leftwards over the
//! words that can be part of a name.
//!
//! Chinese organisation names are head-final: 区房管局, 上海铁路运输检察院, 国家统计局洛阳调查队
//! all end in a word that says what kind of body it is. So the rule starts at such a head and
//! walks left over nouns, place names and administrative prefixes (市, 区, 街道), stopping at
//! verbs, prepositions, punctuation and numbers. A head alone is an entity only when it names
//! one body by itself in context (司法所, 派出所, 法院 — the street office's own); weak heads
//! (…中心, …专班, …办) need a longer name before them, because 服务中心 or 各专班 are
//! descriptions.

use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, all_han};
use crate::lexicon::{CharSet, Lexicon};
use crate::segment::Word;
use crate::span::Span;

/// How much evidence a head needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    /// An entity alone (司法所, 派出所, 法院, 国务院).
    Alone,
    /// An entity with any name before it (房管局, 区局, 委员会).
    Named,
    /// An entity only with a name of at least this many chars in all that has an
    /// administrative prefix or a proper name in it (社区事务中心, 海澜集团).
    Long(usize),
    /// An entity with a name of at least this many chars in all (信访办).
    Short(usize),
    /// An entity only after a place name (洛阳海关).
    Place,
    /// A body a report names alone as often as with its level (接受人大监督和政协民主监督,
    /// 县人大): alone unless the next word is its members or their motions (人大|代表,
    /// 政协|委员), which name people or papers; with a name before it, as [`Head::Long`].
    Body(usize),
}

/// Heads, longest first where one ends another.
const HEADS: &[(&str, Head)] = &[
    ("街道办事处", Head::Alone),
    ("人民检察院", Head::Alone),
    ("人民法院", Head::Alone),
    ("人民政府", Head::Named),
    ("居民委员会", Head::Alone),
    ("村民委员会", Head::Alone),
    ("常务委员会", Head::Named),
    ("委员会", Head::Named),
    ("办事处", Head::Named),
    ("检察院", Head::Alone),
    ("法院", Head::Alone),
    ("司法所", Head::Alone),
    ("派出所", Head::Alone),
    ("居委会", Head::Alone),
    ("村委会", Head::Alone),
    ("国务院", Head::Alone),
    ("党中央", Head::Alone),
    ("中共中央", Head::Alone),
    ("海关", Head::Place),
    // 上海合作组织; not 基层党组织 or 社会组织, which name no place.
    ("组织", Head::Place),
    ("调查队", Head::Named),
    ("支行", Head::Named),
    ("分行", Head::Named),
    ("银行", Head::Long(4)),
    ("分局", Head::Named),
    ("总署", Head::Named),
    ("审计署", Head::Alone),
    ("部", Head::Long(3)),
    ("局", Head::Named),
    ("厅", Head::Long(3)),
    ("办公室", Head::Long(4)),
    ("办", Head::Short(3)),
    ("有限公司", Head::Named),
    ("公司", Head::Long(4)),
    ("集团", Head::Long(4)),
    ("研究院", Head::Long(5)),
    ("研究所", Head::Long(5)),
    ("事务所", Head::Long(5)),
    ("大学", Head::Long(4)),
    ("学院", Head::Long(5)),
    ("医院", Head::Long(3)),
    ("保健院", Head::Long(3)),
    ("卫生院", Head::Long(3)),
    ("小学", Head::Long(4)),
    ("中学", Head::Long(4)),
    ("学校", Head::Long(4)),
    ("政协", Head::Body(3)),
    ("人大", Head::Body(3)),
    ("协会", Head::Long(5)),
    ("商会", Head::Long(5)),
    ("党总支", Head::Long(6)),
    ("党支部", Head::Long(6)),
    ("党委", Head::Long(4)),
    ("工委", Head::Long(3)),
    ("纪委", Head::Long(3)),
    ("发改委", Head::Named),
    ("卫健委", Head::Named),
    ("人民代表大会", Head::Named),
    ("总工会", Head::Named),
    ("工会", Head::Body(3)),
    ("团区委", Head::Alone),
    ("团县委", Head::Alone),
    ("团市委", Head::Alone),
    ("团省委", Head::Alone),
    ("团委", Head::Long(3)),
    ("常委会", Head::Named),
    ("管委会", Head::Named),
    ("监委", Head::Long(3)),
    ("党校", Head::Long(3)),
    ("研究会", Head::Short(5)),
    ("联合会", Head::Long(4)),
    ("学会", Head::Long(4)),
    ("制片厂", Head::Long(4)),
    ("大队", Head::Long(4)),
    ("幼儿园", Head::Long(4)),
    // Bodies a report names by one word: mass organisations, the armed forces, state media
    // and the banks' short names (县妇联, 人民解放军, 央视, 农发行).
    ("工商联", Head::Alone),
    ("妇联", Head::Alone),
    ("科协", Head::Alone),
    ("残联", Head::Alone),
    ("侨联", Head::Alone),
    ("社科联", Head::Alone),
    ("文联", Head::Alone),
    ("共青团", Head::Alone),
    ("红十字会", Head::Alone),
    ("人民解放军", Head::Alone),
    ("解放军", Head::Alone),
    ("武警部队", Head::Alone),
    ("新华社", Head::Alone),
    ("央视", Head::Alone),
    ("中央电视台", Head::Alone),
    ("人民日报", Head::Alone),
    ("人民网", Head::Alone),
    ("新华网", Head::Alone),
    ("国开行", Head::Alone),
    ("农发行", Head::Alone),
    ("工行", Head::Alone),
    ("农行", Head::Alone),
    ("建行", Head::Alone),
    ("交行", Head::Alone),
    ("央行", Head::Alone),
    ("联合国", Head::Alone),
    ("国家电网", Head::Alone),
    ("中国移动", Head::Alone),
    ("中国联通", Head::Alone),
    ("中国电信", Head::Alone),
    ("中国铁塔", Head::Alone),
    ("中国邮政", Head::Alone),
    ("中石油", Head::Alone),
    ("中石化", Head::Alone),
    ("合作社", Head::Long(5)),
    ("信用社", Head::Long(4)),
    ("福利院", Head::Long(4)),
    ("敬老院", Head::Long(4)),
    // Laboratories, exchanges, foundations, media, the armed police's and fire services'
    // units, prisons and alliances, named by a place or a proper name before the head
    // (湖北实验室, 上海证券交易所, 长江日报, 武警湖北总队; not 国家实验室 or 重点实验室).
    ("实验室", Head::Long(5)),
    ("交易所", Head::Long(5)),
    ("基金会", Head::Long(5)),
    ("总会", Head::Long(5)),
    ("电视台", Head::Long(4)),
    ("日报", Head::Long(4)),
    ("支队", Head::Long(4)),
    ("总队", Head::Long(4)),
    ("监狱", Head::Long(4)),
    ("联盟", Head::Long(5)),
    ("交易中心", Head::Long(6)),
    ("中心", Head::Long(6)),
    ("专班", Head::Long(6)),
];

/// Words after a bare [`Head::Body`] that make it part of a name for its members or their
/// motions (人大代表, 政协委员, 政协提案, 工会会员).
static MEMBERS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "代表", "委员", "提案", "建议", "议案", "会员", "干部", "主席", "常委",
    ])
});

/// Words ending in a head char that are not organisations (格局, 布局, 大局 …).
static NOT_ORG: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "格局",
        "布局",
        "大局",
        "开局",
        "全局",
        "当局",
        "结局",
        "新局",
        "僵局",
        "骗局",
        "危局",
        "残局",
        "时局",
        "变局",
        "破局",
        "棋局",
        "饭局",
        "赛局",
        "胜局",
        "重心",
        "核心",
        "同心",
        "信心",
        "民心",
        "初心",
        "决心",
        "用心",
        "安心",
        "放心",
        "关心",
        "专心",
        "诚心",
        "耐心",
        "爱心",
        "承办",
        "主办",
        "协办",
        "督办",
        "交办",
        "代办",
        "帮办",
        "申办",
        "举办",
        "创办",
        "兴办",
        "包办",
        "领办",
        "开办",
        "想办",
        "怎么办",
        "快办",
        "好办",
        "一网通办",
        "全市通办",
        "跨省通办",
        "集成办",
        "大办",
        "上市公司",
        "医疗集团",
        "公立医院",
        "民营医院",
        "跨域办",
        "网上办",
        "掌上办",
        "就近办",
        "通办",
        "好局",
        "事办",
        "马上办",
        "一次办",
        "联办",
        "直办",
        "转办",
        "查办",
        "承办",
        "经办",
        "合办",
        "民办",
        "公办",
        "政企",
        "展厅",
        "大厅",
        "客厅",
        "餐厅",
        "门厅",
        "舞厅",
        "干部",
        "全部",
        "内部",
        "外部",
        "局部",
        "东部",
        "西部",
        "南部",
        "北部",
        "中部",
        "总部",
        "支部",
        "俱乐部",
        "头部",
        "底部",
        "顶部",
        "面部",
        "本部",
        "大部",
        "一部",
        "细部",
        "腹部",
        "背部",
        "尾部",
    ])
});

/// Administrative prefixes that begin a name (市房管局, 区局, 街道派出所).
static ADMIN: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "省",
        "市",
        "区",
        "县",
        "镇",
        "乡",
        "村",
        "州",
        "街道",
        "国家",
        "中国",
        "全国",
        "中央",
        "中共",
        "自治区",
        "盟",
        "旗",
        "社区",
    ])
});

/// Local levels whose own offices a report names by prefix alone (区疫情防控法治保障专班,
/// 街道综治中心, 县医院); 国家 or 全国 before a weak head is a designation (国家医学中心).
static LOCAL: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["省", "市", "区", "县", "镇", "乡", "村", "街道", "社区"]));

/// Words jieba tags as place or organisation names that do not make a name proper
/// (城市医疗集团, 普通高中学校, 中国特色高水平高职学校).
static NOT_PROPER: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "全国",
        "国家",
        "国际",
        "全球",
        "世界",
        "城市",
        "区域",
        "地方",
        "农村",
        "乡镇",
        "普通高中",
        // A field jieba tags as an organisation (哲学社会科学实验室).
        "社会科学",
    ])
});

/// Words that make a name a designation or a class of bodies (重点医院, 高水平大学).
static DESIGNATION: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "特色",
        "高水平",
        "示范",
        "重点",
        "一流",
        "优质",
        "骨干",
        "标杆",
        "新型",
        "现代化",
        "综合性",
    ])
});

/// Verbs jieba tags as nouns that can open a phrase before a name (深化|公立医院).
static LEADING_VERBS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "深化",
        "落实",
        "建设",
        "优化",
        "培育",
        "导向",
        "推进",
        "推动",
        "加快",
        "支持",
        "打造",
        "围绕",
        "紧紧围绕",
        "完善",
        "发展",
        "提升",
        "依托",
        "加强",
        "组建",
        "设立",
        "成立",
        "新建",
        "筹建",
        "创建",
        "引进",
        "服务",
        "高水平",
        "深化落实",
        "建立健全",
        "全面建立健全",
        "建立",
        "健全",
        "规划",
        "全面",
        "部分",
        "新一轮",
        "一批",
        "优质",
        "建强",
    ])
});

/// Nouns that describe rather than name; the walk left stops before them.
static NOT_NAME: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "辖区",
        "范围",
        "所有",
        "相关",
        "全部",
        "各级",
        "有关",
        "其他",
        "职能",
        "部门",
        "列席",
        "全面推行",
        "充分利用",
        "充分发挥",
        "依托",
        "青年",
        "干警",
        "政策",
        "数据",
        "报告",
        "信息",
        "问题",
        "意见",
        "方案",
        "成员",
        "人员",
        "代表",
        "内",
        "外",
        "下",
        "上",
        "获",
        "报",
        "单位",
        "企业",
        "群众",
        "居民",
        "同志",
        "领导",
        "主要",
        "上级",
        "当地",
        "属地",
        "全市",
        "全区",
        "全县",
        "全省",
        "本市",
        "本区",
        "本县",
        "我市",
        "我区",
        "我县",
        "我省",
        "临时",
        "基层",
        "现场",
        "代理",
        "好事",
        "实事",
        "大事",
        "难事",
        "事情",
        "法律顾问",
        "日常",
        "统一",
        "联合",
        "居住地",
        "园区",
        "会同",
        "协同",
        "牵头",
        "配合",
        "指导",
        "督促",
    ])
});

/// Organisations in one piece.
pub(super) fn find(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    let words = &p.words;
    for (i, w) in words.iter().enumerate() {
        let Some((head, need)) = head_of(w) else {
            continue;
        };
        // An idiom or a verb ending in a head char (总揽全局) is not a name; a head alone may
        // carry any tag (jieba tags 办 and 支行 as verbs).
        if NOT_ORG.ends(w.text)
            || matches!(w.tag, "l" | "i")
            || (w.text != head && matches!(w.tag, "v" | "a"))
        {
            continue;
        }
        // 办 before its object is the verb (为群众办实事), not an office.
        let next = words.get(i + 1);
        if head == "办" && next.is_some_and(|n| n.text.starts_with(['事', '实', '好', '成'])) {
            continue;
        }
        let mut first = extend_left(words, i);
        // 和 inside a name joins two parts of one body's remit (市人力资源和社会保障局); a
        // name that does not start with a level or a place is two things joined.
        if let Some(k) = words[first..i].iter().position(|w| w.text == "和")
            && !((ADMIN.contains(words[first].text) || words[first].tag == "ns")
                && matches!(head, "局" | "委员会" | "厅"))
        {
            first += k + 1;
        }
        // A name does not begin with an adjective or a verb (健康 in 卫生健康委员会 is fine, 新
        // or 深化 before it is not).
        while first < i
            && (matches!(words[first].tag, "a" | "an" | "vn" | "v" | "d" | "ad")
                || LEADING_VERBS.contains(words[first].text))
        {
            first += 1;
        }
        let start = trim_glued(&words[first]);
        let span = Span::new(start, w.span.end);
        let len = span.len();
        let named = len > head.chars().count();
        let long_enough = |min: usize| {
            named
                && len >= min
                && (start > words[first].span.start || is_proper(&words[first..=i], head))
        };
        let ok = match need {
            Head::Alone => true,
            Head::Named => named,
            Head::Long(min) => long_enough(min),
            Head::Body(min) if named => long_enough(min),
            // 县十七届|人大|二次会议: a term's session, not the body.
            Head::Body(_) => {
                !next.is_some_and(|n| MEMBERS.begins(n.text))
                    && !i
                        .checked_sub(1)
                        .is_some_and(|k| words[k].text.ends_with('届'))
            }
            Head::Short(min) => named && len >= min,
            Head::Place => words[first..i]
                .iter()
                .any(|w| w.tag == "ns" && !NOT_PROPER.contains(w.text)),
        };
        if ok && !report_or_session(p, span.end) {
            out.push(Candidate::new(Kind::Organization, span));
        }
    }
    out.extend(governments(p));
    out.extend(
        p.words
            .iter()
            .filter(|w| known_body(w) && !report_or_session(p, w.span.end))
            .map(|w| Candidate::new(Kind::Organization, w.span)),
    );
    out
}

/// The last chars of the organisation words jieba knows (tags `nt`) that name one body
/// (中国科学院, 国家开发银行, 中央政府, 世贸组织; not 长城汽车, which ends like a product), as
/// opposed to the `nt` words that are fields or ideas (新兴产业, 国际化, 中华文化).
static KNOWN_BODY_ENDS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("社团军队院局厅署委司府织"));

/// `nt` words ending like a body that still name a kind of body, not one.
static KINDS_OF_BODY: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "商业银行",
        "中央银行",
        "非银行",
        "人民医院",
        "中心医院",
        "儿童医院",
        "中医医院",
        "人民军队",
        "国家队",
        // Governments and organisations of a kind, not one (党委政府: the party committee
        // and the government of any place; 党组织: any party branch).
        "党和政府",
        "党委政府",
        "联合政府",
        "临时政府",
        "新政府",
        "现政府",
        "非政府",
        "军政府",
        "联邦政府",
        // 摸|清政府 cut as 摸清|政府 would be: jieba takes the Qing government first.
        "清政府",
        "党组织",
        "团组织",
        "党团组织",
        "非法组织",
        "秘密组织",
        "社团组织",
        "特务组织",
        "民间组织",
        "民兵组织",
        "基金组织",
        "卫生组织",
        "同化组织",
        "解放组织",
        "国际金融组织",
        "国际经济组织",
        "国际卫生组织",
    ])
});

/// A word jieba knows as one organisation (中国科学院, 世界银行, 国资委): it ends like a body
/// and is not a kind of body. Words that are a head alone are left to the head rules.
fn known_body(w: &Word) -> bool {
    w.tag == "nt"
        && w.text
            .chars()
            .next_back()
            .is_some_and(|c| KNOWN_BODY_ENDS.contains(c))
        && w.span.len() >= 3
        && all_han(w.text)
        && !HEAD_WORDS.contains(w.text)
        && !NOT_ORG.ends(w.text)
        && !KINDS_OF_BODY.contains(w.text)
}

/// Whether a name ending in a weak head has something that makes it one body: an
/// administrative prefix (区疫情防控法治保障专班, 县医院), a proper name (中原股权交易中心,
/// 海澜集团), or a head word jieba knows with its own modifier (中医院, 房管局).
fn is_proper(name: &[Word], head: &str) -> bool {
    let Some((last, before)) = name.split_last() else {
        return false;
    };
    // 国家医学中心, 国家技术创新中心, 中国特色高水平高职学校: a designation, not one body.
    if (name[0].text == "国家" && head != "银行")
        || name.iter().any(|w| DESIGNATION.contains(w.text))
    {
        return false;
    }
    let one_prefix = before.is_empty()
        && last.text.chars().count() == head.chars().count() + 1
        && LOCAL.begins(last.text);
    let company = matches!(head, "集团" | "公司" | "有限公司");
    LOCAL.contains(name[0].text)
        || one_prefix
        // A company's own name is a word jieba does not know as a common noun (航证/j 公司,
        // 永亮/nr 公司), but not a kind of company (央企, 外企).
        || (company
            && before.iter().any(|w| {
                matches!(w.tag, "nz" | "nr" | "j" | "zg") && w.span.len() >= 2 && !w.text.ends_with('企')
            }))
        || before.iter().any(|w| {
            (matches!(w.tag, "ns" | "nrt" | "nrfg" | "nt") && !NOT_PROPER.contains(w.text))
                // jieba tags long place names it does not know as people (呼伦贝尔/nr).
                || (w.tag == "nr" && w.span.len() >= 4)
                || (w.span.len() >= 3 && w.text.ends_with(['省', '市', '县', '区']))
        })
        // A whole name jieba knows as an organisation (清华大学, 交通银行); not for 中心,
        // which jieba also knows in generic phrases (康复中心, 交易中心).
        || (before.is_empty()
            && last.tag == "nt"
            && head != "中心"
            && last.text.chars().count() > head.chars().count())
}

/// The start of a name's first word without a one-char preposition or verb jieba glued onto
/// an administrative prefix (对区|投资办, 获省|环保厅 → 区投资办, 省环保厅).
fn trim_glued(first: &Word) -> usize {
    let mut chars = first.text.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(b), None)
            if "对获报向由经在被从给将把与及和为据".contains(a) && "省市区县镇乡村".contains(b) =>
        {
            first.span.start + 1
        }
        _ => first.span.start,
    }
}

/// The head a word ends with, if any. Heads are matched at the end of jieba's words, so 局 in
/// 局面 is never a head.
fn head_of(w: &Word) -> Option<(&'static str, Head)> {
    // The list lookup first: it turns most words away on their last char alone.
    let i = HEAD_WORDS.ending_index(w.text)?;
    all_han(w.text).then_some(HEADS[i])
}

/// Whether a word ends in an organisation's head (制片厂 does not, 研究院 does): a place name
/// before such a word begins the organisation's name.
pub(super) fn ends_in_head(text: &str) -> bool {
    HEAD_WORDS.ends(text) && !NOT_ORG.ends(text)
}

/// The head words of [`HEADS`], for finding a word's head without scanning the list.
static HEAD_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&HEADS.iter().map(|&(h, _)| h).collect::<Vec<_>>()));

/// Index of the first word of the name ending with word `i`.
fn extend_left(words: &[Word], i: usize) -> usize {
    let mut first = i;
    let mut len = words[i].span.len();
    while first > 0 {
        let w = &words[first - 1];
        if len + w.span.len() > 30 {
            break;
        }
        if w.text == "和" && first >= 2 && joins_and(words, first) {
            first -= 1;
            len += w.span.len();
            continue;
        }
        // A word jieba reads as a time (现代, 当代) is a name's when a place opens the name
        // (北京|现代|汽车|有限公司).
        let placed_time = w.tag == "t" && first >= 2 && words[first - 2].tag == "ns";
        if !can_name(w) && !placed_time {
            break;
        }
        first -= 1;
        len += w.span.len();
    }
    first
}

/// Whether a word can be part of an organisation's name.
fn can_name(w: &Word) -> bool {
    if !all_han(w.text) || NOT_NAME.contains(w.text) {
        return false;
    }
    // A term of a congress or a committee (高阳县|第十七届|人民代表大会), a school's number
    // (区|第一|中学).
    if w.text.starts_with('第') && (w.text.ends_with('届') || (w.tag == "m" && w.span.len() <= 3))
    {
        return true;
    }
    if ADMIN.contains(w.text) {
        return true;
    }
    matches!(
        w.tag,
        "n" | "ns"
            | "nt"
            | "nz"
            | "nr"
            | "nrt"
            | "nrfg"
            | "vn"
            | "j"
            | "l"
            | "ng"
            | "x"
            | "an"
            | "a"
    ) && !w.text.ends_with('的')
}

/// Whether 和 at `words[at - 1]` joins two parts of one name (市人力资源和社会保障局) rather
/// than two bodies (医院和矫正中心, 市发改委和市科技局).
fn joins_and(words: &[Word], at: usize) -> bool {
    let left = &words[at - 2];
    let right = &words[at];
    can_name(left)
        && head_of(left).is_none()
        && !ADMIN.contains(right.text)
        && right.tag != "ns"
        && words[at..]
            .iter()
            .take_while(|w| head_of(w).is_none())
            .all(can_name)
}

/// Whether the text from `end` on makes the body before it part of a report's title
/// (县政府工作报告, 上海市政府工作报告), which names a document, or of a session (省委九届八次
/// 全会, 县政府常务会议), which names a meeting.
fn report_or_session(p: &Piece, end: usize) -> bool {
    let rest = p.text(Span::new(end, end + 8));
    let session = rest
        .char_indices()
        .find(|&(_, c)| c == '届')
        .is_some_and(|(b, _)| {
            rest[..b]
                .chars()
                .all(|c| "一二三四五六七八九十0123456789".contains(c))
                && b > 0
        });
    rest.starts_with("工作报告")
        || rest.starts_with("常务会议")
        || rest.starts_with("全会")
        || session
}

/// 市政府, 县政府, 省政府: 政府 is a body only after an administrative level or a place; 法治
/// 政府 and 数字政府 are ideas.
fn governments(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, w) in p.words.iter().enumerate() {
        // Each name below ends in 府 or 委: a cheaper test than comparing with every one.
        if !(w.text.ends_with('府') || w.text.ends_with('委')) {
            continue;
        }
        let own = match w.text {
            "省政府" | "市政府" | "县政府" | "区政府" | "镇政府" | "乡政府" | "政府" => {
                w
            }
            "省委" | "市委" | "县委" | "区委" | "旗委" | "盟委" => w,
            _ => continue,
        };
        // 省市|县政府: the governments of every level, not one.
        if own.text != "政府"
            && i.checked_sub(1)
                .is_some_and(|j| p.words[j].text.ends_with(['省', '市', '县', '区']))
        {
            continue;
        }
        let mut first = i;
        if own.text == "政府" {
            let Some(prev) = i.checked_sub(1).map(|j| &p.words[j]) else {
                continue;
            };
            // 特别行政区政府, 特区政府: the special administrative regions' governments.
            if !(ADMIN.contains(prev.text)
                || prev.tag == "ns"
                || prev.text.ends_with("行政区")
                || prev.text == "特区")
            {
                continue;
            }
            first = extend_left(p.words, i);
        }
        if report_or_session(p, own.span.end) {
            continue;
        }
        out.push(Candidate::new(
            Kind::Organization,
            Span::new(p.words[first].span.start, own.span.end),
        ));
    }
    out
}
