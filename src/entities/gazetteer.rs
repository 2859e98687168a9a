//! Places named bare: provinces, prefecture-level cities and the regions reports group them
//! in (河北, 保定, 呼伦贝尔, 京津冀, 粤港澳大湾区), and the continents and world regions (亚洲,
//! 东南亚).
//!
//! A report names these without their level as often as with it (对接北京, 落户保定), and
//! jieba's tags say little about them: it tags 保定 a verb, 雄安 an adjective and 京津冀 a
//! plain noun, while it tags 深度, 美丽 and 城市 as places. The set of such names is closed and
//! small, so it is listed here. A name counts only where it is a whole word or a run of whole
//! words (新乡 in 新|乡村 is not one), and a longer candidate that contains it (保定市,
//! 河北省人民政府) wins in `settle`.
//!
//! A name that begins a longer name is left to that name, found or not: a company (山东|宋和宋),
//! a body (河北|电影|制片厂) or an event (中国|进出口|商品|交易会, 北京|冬奥会) is not a place,
//! (a name inside a quoted slogan, “洛阳速度”, is left out for every kind of place, in
//! `extract`).
//!
//! Left out on purpose: names that are also common words (安康, 长治, 来宾, 白银, 大同, 日照,
//! 朝阳, 中山, 普洱, 阿里, 东方), and 中国, which reports mostly use as a modifier (中国特色,
//! 中国式现代化).

use std::sync::LazyLock;

use super::{Candidate, Kind, Piece, all_han, counties, org};
use crate::lexicon::{CharSet, Lexicon};
use crate::segment::Word;
use crate::span::Span;

/// Provincial units, prefecture-level cities and leagues, and regions.
const NAMES: &[&str] = &[
    // Provincial units.
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "台湾",
    "香港",
    "澳门",
    // Continents and the regions of the world reports name (亚洲最大, 亚欧陆海联运).
    "亚洲",
    "欧洲",
    "非洲",
    "美洲",
    "大洋洲",
    "亚欧",
    "欧亚",
    "亚太",
    "东南亚",
    "中亚",
    "拉美",
    // Regions and groupings.
    "京津冀",
    "京津",
    "长三角",
    "珠三角",
    "长江三角洲",
    "珠江三角洲",
    "粤港澳大湾区",
    "大湾区",
    "粤港澳",
    "港澳",
    "港澳台",
    "成渝",
    "雄安新区",
    "雄安",
    // Hebei, Shanxi, Inner Mongolia.
    "石家庄",
    "唐山",
    "秦皇岛",
    "邯郸",
    "邢台",
    "保定",
    "张家口",
    "承德",
    "沧州",
    "廊坊",
    "衡水",
    "太原",
    "阳泉",
    "晋城",
    "朔州",
    "晋中",
    "运城",
    "忻州",
    "临汾",
    "吕梁",
    "呼和浩特",
    "包头",
    "乌海",
    "赤峰",
    "通辽",
    "鄂尔多斯",
    "呼伦贝尔",
    "巴彦淖尔",
    "乌兰察布",
    "兴安盟",
    "锡林郭勒",
    "阿拉善",
    // The north-east.
    "沈阳",
    "大连",
    "鞍山",
    "抚顺",
    "本溪",
    "丹东",
    "锦州",
    "营口",
    "阜新",
    "辽阳",
    "盘锦",
    "铁岭",
    "葫芦岛",
    "长春",
    "四平",
    "辽源",
    "通化",
    "白山",
    "松原",
    "白城",
    "延边",
    "哈尔滨",
    "齐齐哈尔",
    "鸡西",
    "鹤岗",
    "双鸭山",
    "大庆",
    "伊春",
    "佳木斯",
    "七台河",
    "牡丹江",
    "黑河",
    "绥化",
    "大兴安岭",
    // The east.
    "南京",
    "无锡",
    "徐州",
    "常州",
    "苏州",
    "南通",
    "连云港",
    "淮安",
    "盐城",
    "扬州",
    "镇江",
    "泰州",
    "宿迁",
    "杭州",
    "宁波",
    "温州",
    "嘉兴",
    "湖州",
    "绍兴",
    "金华",
    "衢州",
    "舟山",
    "台州",
    "丽水",
    "合肥",
    "芜湖",
    "蚌埠",
    "淮南",
    "马鞍山",
    "淮北",
    "铜陵",
    "安庆",
    "黄山",
    "滁州",
    "阜阳",
    "宿州",
    "六安",
    "亳州",
    "池州",
    "宣城",
    "福州",
    "厦门",
    "莆田",
    "三明",
    "泉州",
    "漳州",
    "南平",
    "龙岩",
    "宁德",
    "南昌",
    "景德镇",
    "萍乡",
    "九江",
    "新余",
    "鹰潭",
    "赣州",
    "吉安",
    "宜春",
    "抚州",
    "上饶",
    "济南",
    "青岛",
    "淄博",
    "枣庄",
    "东营",
    "烟台",
    "潍坊",
    "济宁",
    "泰安",
    "威海",
    "临沂",
    "德州",
    "聊城",
    "滨州",
    "菏泽",
    // The centre and south.
    "郑州",
    "开封",
    "洛阳",
    "平顶山",
    "安阳",
    "鹤壁",
    "新乡",
    "焦作",
    "濮阳",
    "许昌",
    "漯河",
    "三门峡",
    "南阳",
    "商丘",
    "信阳",
    "周口",
    "驻马店",
    "济源",
    "武汉",
    "黄石",
    "十堰",
    "宜昌",
    "襄阳",
    "鄂州",
    "荆门",
    "孝感",
    "荆州",
    "黄冈",
    "咸宁",
    "随州",
    "恩施",
    "长沙",
    "株洲",
    "湘潭",
    "衡阳",
    "邵阳",
    "岳阳",
    "常德",
    "张家界",
    "益阳",
    "郴州",
    "永州",
    "怀化",
    "娄底",
    "湘西",
    "广州",
    "韶关",
    "深圳",
    "珠海",
    "汕头",
    "佛山",
    "江门",
    "湛江",
    "茂名",
    "肇庆",
    "惠州",
    "梅州",
    "汕尾",
    "河源",
    "阳江",
    "清远",
    "东莞",
    "潮州",
    "揭阳",
    "云浮",
    "南宁",
    "柳州",
    "桂林",
    "梧州",
    "北海",
    "防城港",
    "钦州",
    "贵港",
    "玉林",
    "百色",
    "贺州",
    "河池",
    "崇左",
    "海口",
    "三亚",
    "三沙",
    "儋州",
    // The south-west.
    "成都",
    "自贡",
    "攀枝花",
    "泸州",
    "德阳",
    "绵阳",
    "广元",
    "遂宁",
    "内江",
    "乐山",
    "南充",
    "眉山",
    "宜宾",
    "广安",
    "达州",
    "雅安",
    "巴中",
    "资阳",
    "阿坝",
    "甘孜",
    "凉山",
    "贵阳",
    "六盘水",
    "遵义",
    "安顺",
    "毕节",
    "铜仁",
    "黔东南",
    "黔南",
    "黔西南",
    "昆明",
    "曲靖",
    "玉溪",
    "保山",
    "昭通",
    "丽江",
    "临沧",
    "楚雄",
    "红河",
    "文山",
    "西双版纳",
    "大理",
    "德宏",
    "怒江",
    "迪庆",
    "拉萨",
    "日喀则",
    "昌都",
    "林芝",
    "山南",
    "那曲",
    // The north-west.
    "西安",
    "铜川",
    "宝鸡",
    "咸阳",
    "渭南",
    "延安",
    "汉中",
    "榆林",
    "商洛",
    "兰州",
    "嘉峪关",
    "金昌",
    "天水",
    "武威",
    "张掖",
    "平凉",
    "酒泉",
    "庆阳",
    "定西",
    "陇南",
    "临夏",
    "甘南",
    "西宁",
    "海东",
    "海北",
    "黄南",
    "果洛",
    "玉树",
    "海西",
    "银川",
    "石嘴山",
    "吴忠",
    "固原",
    "中卫",
    "乌鲁木齐",
    "克拉玛依",
    "吐鲁番",
    "哈密",
    "昌吉",
    "博尔塔拉",
    "巴音郭楞",
    "阿克苏",
    "克孜勒苏",
    "喀什",
    "和田",
    "伊犁",
    "塔城",
    "阿勒泰",
    "石河子",
];

/// The bare names of [`NAMES`], the county-level and prefecture names of [`counties`], which
/// carry their level, and last the bare county names (from [`BARE_FROM`] on), which count only
/// in a list: one list, so one lookup per word finds any of them.
static ALL_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&'static str> = NAMES.iter().copied().chain(counties::names()).collect();
    let mut listed = all.clone();
    listed.sort_unstable();
    let mut bare: Vec<&'static str> = counties::bare_names()
        .filter(|b| listed.binary_search(b).is_err())
        .collect();
    bare.sort_unstable();
    bare.dedup();
    all.extend(bare);
    all
});

/// The position in [`ALL_NAMES`] where the bare county names begin.
static BARE_FROM: LazyLock<usize> = LazyLock::new(|| NAMES.len() + counties::names().count());

static GAZETTEER: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&ALL_NAMES));

/// Bare names from [`NAMES`], and names with their level from [`counties`], that begin and end
/// on word boundaries, the longest at each word; a bare county name (仙桃) only where a list
/// joins it by 、 to another name found here (仙桃、潜江, 咸宁、天门).
pub(super) fn find(p: &Piece) -> Vec<Candidate> {
    // Each name found, and whether it is a bare county name.
    let mut found: Vec<(Span, bool)> = Vec::new();
    let words = p.words;
    let mut i = 0;
    while i < words.len() {
        let start = words[i].span.start;
        let rest = p.text(Span::new(start, p.span.end));
        // The longest listed name here that ends where a word ends: the index of that word,
        // and whether the name is a bare county name.
        let mut best: Option<(usize, bool)> = None;
        for k in GAZETTEER.beginnings(rest) {
            let end = start + NAMES_CHARS[k];
            if let Some(j) = words[i..]
                .iter()
                .take_while(|w| w.span.end <= end)
                .position(|w| w.span.end == end)
                && best.is_none_or(|(b, _)| j > b)
            {
                best = Some((j, k >= *BARE_FROM));
            }
        }
        match best {
            Some((j, bare)) => {
                if !begins_longer_name(&words[i + j + 1..]) {
                    found.push((Span::new(start, words[i + j].span.end), bare));
                }
                i += j + 1;
            }
            None => i += 1,
        }
    }
    // Whether found names `a` and `b` (in text order) stand in a list: one 、 between them.
    let listed = |a: Span, b: Span| b.start == a.end + 1 && p.char_at(a.end) == Some('、');
    (0..found.len())
        .filter(|&n| {
            let (span, bare) = found[n];
            !bare
                || (n > 0 && listed(found[n - 1].0, span))
                || found
                    .get(n + 1)
                    .is_some_and(|&(next, _)| listed(span, next))
        })
        .map(|n| Candidate::new(Kind::Place, found[n].0))
        .collect()
}

/// Words that end an event's name (交易会, 文化节, 论坛, 联赛) or a studio's (制片厂).
static EVENT_ENDS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "交易会",
        "博览会",
        "展览会",
        "运动会",
        "奥运会",
        "冬奥会",
        "残奥会",
        "大会",
        "论坛",
        "峰会",
        "文化节",
        "艺术节",
        "旅游节",
        "电影节",
        "联赛",
        "锦标赛",
        "大赛",
        "展会",
        "博会",
        "洽会",
        "场景汇",
        "制片厂",
    ])
});

/// Whether the words after a listed name (`after`) make it the first word of a longer name:
/// a person-like name (山东|宋和宋, a company), a one-char noun glued on (港澳台|商), or a
/// noun phrase of up to four words ending in an event or an organisation's head
/// (中国|进出口|商品|交易会, 河北|电影|制片厂).
pub(super) fn begins_longer_name(after: &[Word]) -> bool {
    let Some(next) = after.first() else {
        return false;
    };
    // A disease named after a region (非洲|猪瘟, 中东|呼吸综合征).
    if DISEASES.contains(next.text) {
        return true;
    }
    if matches!(next.tag, "nr" | "nrt" | "nrfg")
        || (next.span.len() == 1 && matches!(next.tag, "n" | "ng"))
    {
        return true;
    }
    after
        .iter()
        .take(4)
        .take_while(|w| {
            all_han(w.text) && (w.tag.starts_with('n') || matches!(w.tag, "j" | "vn" | "m" | "b"))
        })
        .any(|w| EVENT_ENDS.ends(w.text) || org::ends_in_head(w.text))
}

/// The first chars of the listed names: the chars a grouping of places abbreviates each by
/// (宜 for 宜昌, 荆 for 荆州 and 荆门).
static FIRST_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::from_chars(NAMES.iter().filter_map(|n| n.chars().next())));

/// Whether a quotation (`inner`, cut by jieba into `words`) is a grouping of places by one char
/// each (“宜荆荆襄”, “汉孝随襄十”: an industrial corridor's cities), which a provincial report
/// quotes like a slogan. Three to six chars, each beginning a listed name, and no piece of two
/// chars or more that jieba knows as a word of its own — a place (“深港|通”, “海上|海南”), a
/// noun (“黄金|台”) or an adjective (“双百|双新”); it tags the unknown abbreviations as names,
/// abbreviations or numbers (汉孝随/nr, 荆襄/j, 襄十/m). One word alone is not enough: jieba
/// tags 马拉松 and 黄金周 as names too.
pub(super) fn is_grouping(inner: &str, words: &[Word]) -> bool {
    let n = inner.chars().count();
    (3..=6).contains(&n)
        && words.len() >= 2
        && inner.chars().all(|c| FIRST_CHARS.contains(c))
        && words
            .iter()
            .all(|w| w.span.len() == 1 || matches!(w.tag, "nr" | "j" | "m" | "vg"))
}

/// Diseases whose names begin with a region's (非洲猪瘟).
static DISEASES: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&["猪瘟", "豬瘟", "呼吸综合征", "锥虫病"]));

/// The length in chars of each name of [`ALL_NAMES`], by list position.
static NAMES_CHARS: LazyLock<Vec<usize>> =
    LazyLock::new(|| ALL_NAMES.iter().map(|n| n.chars().count()).collect());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::found_by;
    use crate::segment;

    fn names(text: &str) -> Vec<String> {
        found_by(text, find)
    }

    #[test]
    fn bare_names_on_word_boundaries() {
        assert_eq!(
            names("对接北京、联动雄安，落户保定"),
            ["北京", "雄安", "保定"]
        );
        assert_eq!(names("京津冀协同发展"), ["京津冀"]);
        // Inside a longer word a name is not one.
        assert!(names("建设美丽新乡村").is_empty());
        // The first word of a company's, a body's or an event's name, or inside a slogan.
        assert!(names("山东宋和宋等先进织机").is_empty());
        assert!(names("参加中国进出口商品交易会").is_empty());
        assert!(names("由河北电影制片厂联合摄制").is_empty());
    }

    /// The words of `text` inside its first pair of quotation marks, and their text.
    fn quoted(text: &str) -> bool {
        let words = segment::tag(text, 0);
        let open = text
            .chars()
            .position(|c| c == '“')
            .expect("an opening mark");
        let close = text.chars().position(|c| c == '”').expect("a closing mark");
        let inner: String = text.chars().skip(open + 1).take(close - open - 1).collect();
        is_grouping(
            &inner,
            segment::words_in(&words, Span::new(open + 1, close)),
        )
    }

    #[test]
    fn quoted_groupings_of_places() {
        assert!(quoted("“汉孝随襄十”新能源与智能网联汽车"));
        assert!(quoted("带动“宜荆荆恩”城市群一体化"));
        assert!(quoted("提升“荆襄随”荆楚文化旅游"));
        // Words of their own: a place, a noun, an adjective, a number; one word alone.
        assert!(!quoted("升级“山东通”“爱山东”功能"));
        assert!(!quoted("适时启动“深港通”试点"));
        assert!(!quoted("做优“黄金台”。"));
        assert!(!quoted("加强“三河三湖”等重点流域"));
        assert!(!quoted("“双百双新”项目634个"));
        assert!(!quoted("经济社会发展“马拉松”。"));
    }

    #[test]
    fn names_are_unique() {
        let mut sorted = ALL_NAMES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ALL_NAMES.len());
    }

    #[test]
    fn county_level_names_with_their_level() {
        assert_eq!(
            names("高阳县、涿州市、满城区和唐山市曹妃甸区"),
            ["高阳县", "涿州市", "满城区", "曹妃甸区"]
        );
        assert_eq!(names("兴安盟、阿拉善盟"), ["兴安盟", "阿拉善盟"]);
        // Not inside a longer word, and the bare forms are not listed.
        assert!(names("推进高阳发展，永年不变").is_empty());
        assert!(names("沿海城市").is_empty());
    }

    #[test]
    fn bare_county_names_only_in_a_list_of_places() {
        assert_eq!(
            names("新增仙桃、潜江、宜都、大冶4个千亿县"),
            ["仙桃", "潜江", "宜都", "大冶"]
        );
        assert_eq!(names("咸宁、天门等全国文明城市"), ["咸宁", "天门"]);
        // Alone, or next to a word that names no place, a bare county name is a word.
        assert!(names("推进潜江发展").is_empty());
        assert!(names("高阳、发展").is_empty());
        // Joined by 和, not 、: not taken.
        assert!(names("仙桃和潜江").is_empty());
    }

    #[test]
    fn county_names_carry_a_level() {
        for name in counties::names() {
            assert!(
                ["县", "市", "区", "旗", "州", "盟", "地区"]
                    .iter()
                    .any(|l| name.ends_with(l))
                    && name.chars().count() >= 2,
                "{name}"
            );
        }
    }
}
