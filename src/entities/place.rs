//! Places and street addresses.
//!
//! Places are recognised three ways:
//! - administrative names jieba tags as places (`ns`) that end in a level (上海市, 静安区,
//!   高阳县), joined when they follow each other (上海市静安区);
//! - a named area, road or building: a name word before a head (苏家巷居民区, 大统路, 卫茂大厦,
//!   太阳山广场); the name must be a proper-looking word, not a count or a description
//!   (18个居民区, 老旧小区, 辖区居民区);
//! - a bare place word (城上城, 芷江) only when the same document also uses it inside a longer
//!   name — jieba tags many ordinary words `ns` (上岗, 满意度, 台风), and this keeps them out.
//!
//! An address is a road followed by a house or lane number (长兴路131号, 大统路933弄); a list
//! of further numbers (长兴路131号、137号) gives one address each.

use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, all_han, gazetteer, is_han};
use crate::lexicon::{CharSet, Lexicon};
use crate::segment::Word;
use crate::span::Span;

/// Administrative levels that end a place name.
const LEVELS: &[char] = &['省', '市', '区', '县', '镇', '乡', '州', '旗', '盟'];

/// Heads of named areas and buildings that a description cannot end with.
const OWN_AREA_HEADS: &[&str] = &[
    "居民区",
    "小区",
    "社区",
    "新村",
    "村",
    "苑",
    "坊",
    "大厦",
    "广场",
    "公园",
    "花园",
    "商城",
    "新区",
    "园区",
    "开发区",
    "示范区",
    "经济区",
    "产业园",
    "科学城",
    "科技城",
    "科技园",
    "工业园",
    "物流园",
    "机场",
    "航站楼",
    "港",
    "水库",
    "大桥",
    "口岸",
    "苏木",
    "嘎查",
];

/// Area heads that also follow descriptions (常态化|后本|街道, 五星级|酒店, 旅游|景区): like a
/// one-char head, they need a word tagged as a name before them.
const STRICT_AREA_HEADS: &[&str] = &[
    "街道",
    "景区",
    "酒店",
    "宾馆",
    "博物馆",
    "纪念馆",
    "图书馆",
    "美术馆",
    "文化馆",
    "体育馆",
    "体育场",
];

/// Heads of named areas and buildings: both lists.
static AREA_HEADS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[OWN_AREA_HEADS, STRICT_AREA_HEADS].concat()));

/// Heads of road names.
static ROAD_HEADS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "大道", "大街", "路", "街", "巷", "高速", "铁路", "高铁", "城际",
    ])
});

/// Heads of railway names, which need a proper name before them (石雄|铁路, 京雄保|城际):
/// jieba tags the kinds of railway before them as plain nouns (城际|铁路, 地方|铁路).
static RAIL_HEADS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&["铁路", "高铁", "城际"]));

/// Heads of rivers, lakes, canals, mountains and islands (孝义河, 白洋淀, 太行山, 横琴岛).
static WATER_HEADS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["河", "湖", "淀", "江", "干渠", "渠", "山", "岛"]));

/// Words ending in a road head that are never road names (思路, 道路, 步行街).
static NEVER_ROAD: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "道路",
        "思路",
        "线路",
        "出路",
        "网路",
        "门路",
        "套路",
        "进路",
        "一路",
        "水路",
        "陆路",
        "来路",
        "去路",
        "老路",
        "弯路",
        "近路",
        "活路",
        "后路",
        "退路",
        "歧路",
        "走路",
        "上路",
        "丝路",
        "电路",
        "管路",
        "回路",
        "闭路",
        "跨街",
        "街巷",
        "商业街",
        "步行街",
        "老街",
        "小巷",
        "一条街",
        "快速路",
        "主干路",
        "支路",
        "环路",
        "沿街",
        "临街",
        "上街",
        "逛街",
        "扫街",
        "链路",
        "对路",
        "硬化路",
        "網路",
        "線路",
        "鐵路",
        "電路",
        "迴路",
        "通路",
        "销路",
        "銷路",
        "网络",
    ])
});

/// Road words that are roads only with a name before them (共和|新路, 永兴|小马路, 肃宁|公路).
const NEEDS_NAME: &[&str] = &[
    "新路",
    "马路",
    "小马路",
    "路",
    "街",
    "巷",
    "大街",
    "大道",
    "公路",
    "高速公路",
    "干线公路",
    "北路",
    "南路",
    "东路",
    "西路",
    "中路",
    "高速",
    "铁路",
    "高铁",
    "城际",
    "城际铁路",
    "高速铁路",
];

/// Words ending in an area or level head that are kinds of place, not names (城中村, 大都市,
/// 北方地区, 中心镇, 河湖).
static NOT_AREA: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "乡村",
        "农村",
        "城中村",
        "美乡村",
        "中心镇",
        "新农村",
        "全村",
        "河湖",
        "地区",
        "城市",
        "都市",
        "城区",
        "景区",
        "山区",
        "牧区",
        "矿区",
        "库区",
        "老区",
        "苏区",
        "湾区",
        "片区",
        "街区",
        "辖区",
        "市区",
        "郊区",
        "灾区",
        "圩镇",
        "名县",
        "大县",
        "强县",
        "强市",
        "强省",
        "大省",
        "小区",
        "社区",
        "城乡",
        "家乡",
        "之乡",
        "下乡",
        "返乡",
        "故乡",
        "老乡",
        "水乡",
        "县乡",
        "镇乡",
        "乡镇",
        "城镇",
        "集镇",
        "村镇",
        "小镇",
        "重镇",
        "名镇",
        "强镇",
        "市县",
        "区县",
        "县市",
        "郡县",
        "级市",
        "辖市",
        "示范县",
        "贫困县",
        "全县",
        "各县",
        "本县",
        "我县",
        "该县",
        "全市",
        "各市",
        "本市",
        "我市",
        "该市",
        "全乡",
        "全镇",
        "各乡",
        "各镇",
    ])
});

/// Township, county and city levels a name can end in when jieba does not tag it as a place
/// (庞|口镇, 蒲口|乡, 保定市/n).
static TOWN_LEVELS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&["镇", "乡", "县", "市"]));

/// Words that describe rather than name an area (各居民区, 辖区居民区, 老旧小区).
static GENERIC: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "各",
        "辖区",
        "本",
        "所有",
        "该",
        "相关",
        "全部",
        "其他",
        "社区",
        "街道",
        "城镇",
        "农村",
        "老旧",
        "新旧",
        "售后",
        "周边",
        "重点",
        "示范",
        "全国",
        "美丽",
        "绿色",
        "文明",
        "和谐",
        "智慧",
        "平安",
        "老年",
        "居民",
        "试点",
        "特色",
        "住宅",
        "商品房",
        "安置",
        "保障房",
        "乡村",
        "城市",
        "新型",
        "中心",
        "全市",
        "全区",
        "全县",
        "各类",
        "无",
        "新",
        "老",
        "旧",
        "现代",
        "国际",
        "传统",
        "未来",
        "数字",
        "宜居",
        "韧性",
        "健康",
        "幸福",
        "美好",
        "零",
        "所在",
        "生态",
        "工业",
        "产业",
        "科技",
        "物流",
        "商贸",
        "文化",
        "旅游",
        "休闲",
        "体育",
        "口袋",
        "郊野",
        "城市社区",
        "农业",
        "创新",
        "省级",
        "国家级",
        "市级",
        "县级",
        "精品",
        "楼宇",
        "森林",
        "湿地",
        "农村公路",
        "县城区",
        "城区",
        "对县城区",
        "普通",
        "深化",
        "高水平",
        "新一轮",
        "完整",
        "新建",
        "中心城区",
        "超",
        "好",
        "典型",
        "普惠",
        "普及",
        "主要",
        "旧有",
        "现有",
        "原有",
        "力争",
        "街",
        "一批",
        "一些",
        "部分",
        "硬化",
        "村组",
        "通用",
        "大型",
        "中型",
        "小型",
        "大中型",
        "地方",
    ])
});

/// Tags of words that can make up a name.
fn name_tag(tag: &str) -> bool {
    matches!(
        tag,
        "ns" | "nr" | "nz" | "nrt" | "nrfg" | "x" | "j" | "ng" | "n" | "nt" | "b" | "a"
    )
}

/// Index of the first word of a name ending just before word `i`, at most `max` chars long;
/// `i` itself when no name word comes before it.
fn name_left(words: &[Word], i: usize, max: usize) -> usize {
    let mut first = i;
    let mut len = 0;
    // Set once 国际 is taken: the place before it opens the name.
    let mut last_word = false;
    while first > 0 {
        let w = &words[first - 1];
        // 国际 between a place and its head is the name's (花湖|国际|机场, 石家庄|国际|陆港),
        // and the place opens it (货运机场|花湖国际机场).
        let placed_international = w.text == "国际" && first >= 2 && words[first - 2].tag == "ns";
        if !all_han(w.text)
            || !name_tag(w.tag)
            || (GENERIC.contains(w.text) && !placed_international)
        {
            break;
        }
        // A superlative describes (亚洲|最大|专业|货运|机场), and a word that opens with a
        // measure word after a number is the count's (12480|个入|河).
        let counted = first >= 2
            && words[first - 2].tag == "m"
            && w.text
                .starts_with(['个', '家', '座', '条', '项', '处', '所', '名', '户']);
        if w.text.starts_with('最') || counted {
            break;
        }
        // A word jieba glued to a preposition (对标, 对县城) is not part of a name; nor is a
        // non-noun, unless it is a distinguishing word or an unknown one (三兴, 雄安).
        let glued = w
            .text
            .starts_with(['对', '向', '由', '从', '在', '将', '把', '为', '与', '获'])
            && !matches!(w.tag, "ns" | "nr");
        let loose = matches!(w.tag, "b" | "a" | "x" | "j") && !w.text.starts_with('对');
        if (!w.tag.starts_with('n') || glued) && !loose {
            break;
        }
        if len + w.span.len() > max {
            break;
        }
        first -= 1;
        len += w.span.len();
        if last_word {
            break;
        }
        last_word = placed_international;
    }
    first
}

/// Places in one piece (administrative names, named areas and roads).
pub(super) fn find(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    let words = &p.words;
    // Runs of administrative names: 上海市静安区.
    let mut i = 0;
    while i < words.len() {
        if words[i].tag != "ns" || !all_han(words[i].text) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len() && words[j + 1].tag == "ns" && all_han(words[j + 1].text) {
            j += 1;
        }
        // Keep the longest prefix of the run that ends in a level.
        let mut end = None;
        for k in (i..=j).rev() {
            if words[k].text.ends_with(LEVELS) && !NOT_AREA.ends(words[k].text) {
                end = Some(k);
                break;
            }
        }
        if let Some(k) = end {
            let span = Span::new(words[i].span.start, words[k].span.end);
            if span.len() >= 3 {
                out.push(Candidate::new(Kind::Place, span));
            }
        }
        i = j + 1;
    }
    for (i, w) in words.iter().enumerate() {
        if !w.text.chars().next_back().is_some_and(may_end_a_place) || !all_han(w.text) {
            continue;
        }
        if NOT_AREA.ends(w.text) && !AREA_HEADS.contains(w.text) {
            continue;
        }
        // 芷江社区报: a newspaper or site named after the area, not the area.
        let publication = words
            .get(i + 1)
            .is_some_and(|n| matches!(n.text, "报" | "刊" | "网" | "台"));
        // 碧水街|道路 cut as 碧水|街道|路: no 街道 there.
        let split_road =
            w.text.ends_with("街道") && words.get(i + 1).is_some_and(|n| n.text.starts_with('路'));
        if let Some(head) = AREA_HEADS
            .ending_of(w.text)
            .filter(|_| !publication && !split_road)
        {
            let first = name_left(words, i, 6);
            let own = w.text.chars().count() - head.chars().count();
            let name_len: usize = words[first..i].iter().map(|w| w.span.len()).sum::<usize>() + own;
            if (2..=8).contains(&name_len)
                && !GENERIC.contains(w.text.trim_end_matches(head))
                && name_is_proper(&words[first..i], w, head)
            {
                out.push(Candidate::new(
                    Kind::Place,
                    Span::new(words[first].span.start, w.span.end),
                ));
            }
        } else if let Some(span) = road(words, i)
            .or_else(|| water(words, i))
            .or_else(|| town(words, i))
        {
            out.push(Candidate::new(Kind::Place, span));
        }
    }
    out
}

/// The chars a named area, road, river or town can end in: every one found below ends in a
/// head of [`AREA_HEADS`], [`ROAD_HEADS`], [`WATER_HEADS`] or [`TOWN_LEVELS`]. Most words end
/// in none of these chars, and one bit test turns them away.
static PLACE_HEAD_ENDS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::from_chars(
        AREA_HEADS
            .last_chars()
            .chain(ROAD_HEADS.last_chars())
            .chain(WATER_HEADS.last_chars())
            .chain(TOWN_LEVELS.last_chars()),
    )
});

/// Whether a word ending in `last` can end a named area, road, river or town.
fn may_end_a_place(last: char) -> bool {
    PLACE_HEAD_ENDS.contains(last)
}

/// Whether the words before an area head look like a proper name rather than a description:
/// at least one is tagged a proper name, or the head word carries its own name (复元坊).
fn name_is_proper(before: &[Word], head_word: &Word, head: &str) -> bool {
    // After a one-char head (村, 苑, 坊) or a strict one (街道, 酒店) only a word tagged as a
    // name will do.
    let strict = head.chars().count() == 1 || STRICT_AREA_HEADS.contains(&head);
    // jieba tags plain words as people (毛巾/nr 博物馆), so a strict head of two chars or
    // more takes only a place or a proper noun.
    let lax_people = !STRICT_AREA_HEADS.contains(&head);
    let proper = |t: &str| {
        matches!(t, "ns" | "nz" | "nrt" | "nrfg")
            || (t == "nr" && lax_people)
            || (!strict && matches!(t, "x" | "j" | "b" | "a"))
    };
    if before.iter().any(|w| proper(w.tag)) {
        return true;
    }
    let own = head_word.text.chars().count() - head.chars().count();
    if own >= 2 && matches!(head_word.tag, "ns" | "nr" | "nz" | "nrt" | "nrfg") {
        return true;
    }
    // A road name before the head (大统路居民区) is a proper name too.
    before
        .last()
        .is_some_and(|w| w.text.ends_with('路') && before.len() >= 2)
}

/// The road whose name ends with word `i`, if it is one, with a named stretch after it
/// (保沧路县城段, 建新大街北段).
fn road(words: &[Word], i: usize) -> Option<Span> {
    let w = &words[i];
    if !all_han(w.text)
        || matches!(w.tag, "l" | "i" | "v" | "vn" | "a")
        || !ROAD_HEADS.ends(w.text)
        || NEVER_ROAD.ends(w.text)
    {
        return None;
    }
    let mut first = name_left(words, i, 5);
    if RAIL_HEADS.ends(w.text) {
        // A railway's name starts at its first proper word (工程|隆泸叙|铁路) and has no
        // adjective in it (川西北|不通|铁路).
        let proper = |x: &Word| matches!(x.tag, "ns" | "nr" | "nz" | "nrt" | "nrfg" | "x" | "j");
        first += words[first..i].iter().position(proper)?;
        if words[first..i].iter().any(|x| matches!(x.tag, "a" | "ad")) {
            return None;
        }
    }
    if first == i {
        // Without a name word before it, the road word must carry its own name: two chars
        // or more before its generic ending (普善路, 经四路; not 超高速, 农村公路).
        let base = NEEDS_NAME
            .iter()
            .filter(|x| w.text.ends_with(*x))
            .map(|x| x.len())
            .max()
            .unwrap_or(0);
        let own = &w.text[..w.text.len() - base];
        if own.chars().count() < 2
            || GENERIC.ends(own)
            || !matches!(w.tag, "ns" | "nr" | "nz" | "x" | "n" | "nt")
        {
            return None;
        }
    }
    let mut end = w.span.end;
    // A stretch: up to three chars ending in 段 (县城段, 高阳段, 北段).
    for next in words.iter().skip(i + 1).take(2) {
        if !all_han(next.text) || next.span.end - w.span.end > 3 {
            break;
        }
        if next.text.ends_with('段') {
            end = next.span.end;
            break;
        }
    }
    Some(Span::new(words[first].span.start, end))
}

/// A township, county or city jieba did not tag as one place word: a name of two or more
/// chars before 镇, 乡, 县 (庞|口镇, 小王果|庄镇, 龙化|乡) or one word ending in 市 (保定市).
fn town(words: &[Word], i: usize) -> Option<Span> {
    let w = &words[i];
    if !all_han(w.text)
        || w.tag == "ns"
        || !TOWN_LEVELS.ends(w.text)
        || NOT_AREA.ends(w.text)
        || !matches!(w.tag, "n" | "nr" | "nz" | "x" | "ng")
    {
        return None;
    }
    let first = if w.text.ends_with('市') {
        i
    } else {
        name_left(words, i, 4)
    };
    let span = Span::new(words[first].span.start, w.span.end);
    let own = w.text.chars().count() - 1;
    let name_words = &words[first..i];
    let own_text = &w.text[..w.text.len() - '市'.len_utf8()];
    // Evidence that this is a name: a bare level word after a noun (龙化|乡), a word tagged
    // as a name (庞/nr 口镇, 晋庄镇/nr), or one three-char word ending in 市 (保定市) that is not
    // a count or a list of levels (地九市, 省区市).
    if GENERIC.contains(own_text) {
        return None;
    }
    let proper = (w.text.chars().count() == 1 && first < i)
        || name_words
            .iter()
            .chain([w])
            .any(|x| matches!(x.tag, "nr" | "nz" | "x"))
        || (w.text.ends_with('市')
            && own_text.chars().count() == 2
            && !own_text.contains(['省', '区', '县', '九', '十', '百', '千']));
    let generic = name_words.iter().chain([w]).any(|x| {
        GENERIC.contains(x.text)
            || x.text.contains("坐镇")
            || x.text.contains("带")
            || x.text.contains(['百', '千', '万'])
    });
    ((3..=6).contains(&span.len()) && (own >= 1 || first < i) && proper && !generic).then_some(span)
}

/// A river, lake, canal, mountain or island (not 林田湖, from the slogan 山水林田湖草沙): a
/// place word ending in such a head (潴龙河, 白洋淀), with a name
/// word before a bare head (孝义|河).
fn water(words: &[Word], i: usize) -> Option<Span> {
    let w = &words[i];
    // jieba tags the rivers and lakes it does not know as people (伊敏河/nr, 贝尔湖/nr); a
    // person's name never ends in a water head, so a long enough one is a place too (not
    // so for 山: 绿水青山/nr).
    let named = w.tag == "ns"
        || (w.tag == "nr" && w.text.chars().count() >= 3 && !w.text.ends_with(['山', '岛']));
    if !named || !all_han(w.text) || !WATER_HEADS.ends(w.text) || w.text == "林田湖" {
        return None;
    }
    // A two-char word ending in 山 or 岛 is a name already (青岛, 黄山), never a head after a
    // name (领导人|青岛).
    let hill = w.text.ends_with(['山', '岛']);
    // A bare head takes the name before it (孝义|河). A two-char name takes only a place or
    // one char before it (武汉|东湖, 小|白河): after any other word it stands alone (机场|花湖,
    // 法治|浙江, 落地|浙江).
    let first = if hill || w.text.chars().count() > 2 {
        i
    } else {
        let f = name_left(words, i, 3);
        let before = &words[f..i];
        let joins = w.text.chars().count() == 1
            || before.iter().all(|x| x.tag == "ns")
            || (before.len() == 1 && before[0].span.len() == 1);
        if joins { f } else { i }
    };
    let span = Span::new(words[first].span.start, w.span.end);
    (span.len() >= 3).then_some(span)
}

/// Street addresses in one piece: a road and a number (长兴路131号, 永兴小马路29-31号,
/// 大统路933弄), and further numbers listed after one (、137号).
pub(super) fn addresses(p: &Piece) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, w) in p.words.iter().enumerate() {
        // Both [`road`] and [`lane`] need a word ending in a road head: one bit test turns
        // the other words away before the number is looked for.
        if !w
            .text
            .chars()
            .next_back()
            .is_some_and(|c| ROAD_HEADS.has_last_char(c))
        {
            continue;
        }
        let Some(mut end) = house_number(p, w.span.end) else {
            continue;
        };
        let Some(road) = road(p.words, i).or_else(|| lane(p.words, i)) else {
            continue;
        };
        out.push(Candidate::new(Kind::Address, Span::new(road.start, end)));
        // 、137号 after an address is another address on the same road.
        while p.char_at(end) == Some('、') {
            match house_number(p, end + 1) {
                Some(e) => {
                    out.push(Candidate::new(Kind::Address, Span::new(end + 1, e)));
                    end = e;
                }
                None => break,
            }
        }
    }
    out
}

/// A road word jieba did not tag as a name but that is followed by a number (交通路199号):
/// the number itself is the evidence.
fn lane(words: &[Word], i: usize) -> Option<Span> {
    let w = &words[i];
    if !all_han(w.text) || !ROAD_HEADS.ends(w.text) {
        return None;
    }
    let first = name_left(words, i, 5);
    (w.span.end - words[first].span.start >= 2)
        .then(|| Span::new(words[first].span.start, w.span.end))
}

/// End of a house or lane number starting at `pos` (`131号`, `29-31号`, `933弄`, `736弄5号`).
fn house_number(p: &Piece, pos: usize) -> Option<usize> {
    let mut end = pos;
    let mut found = None;
    loop {
        let digits_start = end;
        while p
            .char_at(end)
            .is_some_and(|c| c.is_ascii_digit() || (c == '-' && end > digits_start))
        {
            end += 1;
        }
        if end == digits_start {
            return found;
        }
        match p.char_at(end) {
            Some('号' | '弄') => {
                end += 1;
                found = Some(end);
            }
            _ => return found,
        }
        // A lane may be followed by a house number (736弄5号).
        if !p.char_at(end).is_some_and(|c| c.is_ascii_digit()) {
            return found;
        }
    }
}

/// Places that touch make one place (珠海|横琴岛, 大统路|太阳山广场, 保沧高速|高阳): one
/// candidate for each place and the longest place that starts where it ends (昆明|长水国际机场,
/// not 昆明|长水), which outranks both parts in `settle` by its length.
pub(super) fn joined(cands: &[Candidate]) -> Vec<Candidate> {
    let mut places: Vec<Span> = cands
        .iter()
        .filter(|c| c.kind == Kind::Place)
        .map(|c| c.span)
        .collect();
    // By start, the longest first: the first place found at a start is the longest there.
    places.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    places
        .iter()
        .filter_map(|a| {
            let at = places.partition_point(|b| b.start < a.end);
            places
                .get(at)
                .filter(|b| b.start == a.end)
                .map(|b| Candidate::new(Kind::Place, Span::new(a.start, b.end)))
        })
        .collect()
}

/// Bare place words (城上城, 芷江) that the document also uses to begin a longer name in `known`,
/// when they stand alone here (not as the first word of a longer noun phrase).
pub(super) fn bare_names(p: &Piece, known: &KnownNames) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, w) in p.words.iter().enumerate() {
        if w.tag != "ns" {
            continue;
        }
        let n = w.text.chars().count();
        if n < 2 || (n < 3 && w.text.ends_with(LEVELS)) || !w.text.chars().all(is_han) {
            continue;
        }
        // 新中国: a one-char modifier makes it a different phrase.
        if i > 0 && p.words[i - 1].span.len() == 1 && matches!(p.words[i - 1].tag, "a" | "b" | "ag")
        {
            continue;
        }
        // 中国 is mostly a modifier (中国特色, 中国式现代化), as the gazetteer notes.
        // 驻川 (stationed in Sichuan) names no place of its own.
        if w.text == "中国" || w.text.starts_with('驻') || !known.begins_longer(w.text) {
            continue;
        }
        // 高阳发展, 高阳大地: the place before an ordinary noun is still a place; only a
        // noun that makes a longer name (高阳|纺织城, 高阳|经济|开发区) takes it in.
        let next_is_noun = p
            .words
            .get(i + 1)
            .is_some_and(|n| matches!(n.tag, "ns" | "nt" | "nr" | "nz" | "j"));
        if !next_is_noun && !gazetteer::begins_longer_name(&p.words[i + 1..]) {
            out.push(Candidate::new(Kind::Place, w.span));
        }
    }
    out
}

/// The names of organisations, places and addresses a document uses, indexed by their proper
/// prefixes: [`bare_names`] asks, for a word, whether some longer name begins with it.
pub(super) struct KnownNames(std::collections::HashSet<String>);

impl KnownNames {
    pub(super) fn new<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let mut prefixes = std::collections::HashSet::new();
        for name in names {
            for (i, _) in name.char_indices().skip(1) {
                prefixes.insert(name[..i].to_string());
            }
        }
        KnownNames(prefixes)
    }

    /// Whether a known name is longer than `word` and begins with it.
    fn begins_longer(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::corpus_lines;
    use crate::segment;

    #[test]
    fn place_head_ends_are_the_last_chars_of_the_head_lists() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let any_list = AREA_HEADS.has_last_char(c)
                || ROAD_HEADS.has_last_char(c)
                || WATER_HEADS.has_last_char(c)
                || TOWN_LEVELS.has_last_char(c);
            assert_eq!(may_end_a_place(c), any_list, "{c:?}");
        }
    }

    #[test]
    fn prefilters_never_turn_away_a_word_the_rules_accept() {
        let (mut turned_away, mut kept) = (0, 0);
        for line in corpus_lines() {
            let words = segment::tag(&line, 0);
            for (i, w) in words.iter().enumerate() {
                let last = w.text.chars().next_back();
                if last.is_some_and(may_end_a_place) {
                    kept += 1;
                } else {
                    turned_away += 1;
                    assert_eq!(AREA_HEADS.ending_of(w.text), None, "{}", w.text);
                    assert_eq!(road(&words, i), None, "{}", w.text);
                    assert_eq!(water(&words, i), None, "{}", w.text);
                    assert_eq!(town(&words, i), None, "{}", w.text);
                }
                if !last.is_some_and(|c| ROAD_HEADS.has_last_char(c)) {
                    assert_eq!(road(&words, i), None, "{}", w.text);
                    assert_eq!(lane(&words, i), None, "{}", w.text);
                }
            }
        }
        // Both sides of the filter were seen, and it turns away most words.
        assert!(
            kept > 1000 && turned_away > 10 * kept,
            "{kept} {turned_away}"
        );
    }
}
