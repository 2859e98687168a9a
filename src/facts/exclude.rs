//! What looks like a quantity but is not one: numerals inside ordinary words (一批, 统一,
//! 进一步), slogans (两个维护), congress and plan numbers, and anything inside a cited title 《…》.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::LineFact;

/// Words in which a numeral is part of the word. A candidate fact whose numeral lies inside one
/// of these words is dropped. The list is checked against real report text (see the tests).
const WORDS: &[&str] = &[
    "一批",
    "一些",
    "一体",
    "一线",
    "一流",
    "一般",
    "一样",
    "一起",
    "一直",
    "一致",
    "一切",
    "一系列",
    "一揽子",
    "一把手",
    "一站式",
    "一网通办",
    "一网统管",
    "一件事",
    "一次性",
    "一张网",
    "一张图",
    "一张蓝图",
    "一盘棋",
    "一条龙",
    "一门式",
    "一窗",
    "一带一路",
    "一心",
    "一手",
    "一道",
    "一度",
    "一方面",
    "一定",
    "一并",
    "一律",
    "一举",
    "一贯",
    "一项项",
    "一个个",
    "一件件",
    "一代",
    "一环",
    "一层",
    "一级",
    "一类",
    "一批批",
    "一场场",
    "一桩桩",
    "进一步",
    "统一",
    "唯一",
    "同一",
    "单一",
    "万一",
    "逐一",
    "之一",
    "一体化",
    "一码",
    "一号",
    "一村一",
    "一户一",
    "一人一",
    "一事一",
    "一企一",
    "一地一",
    "一业一",
    "一区一",
    "一街一",
    "一居一",
    "一楼一",
    "一网",
    "一口",
    "一站",
    "一屏",
    "一图",
    "一体系",
    "三农",
    "两会",
    "两新",
    "两重",
    "十分",
    "百姓",
    "千方百计",
    "万众",
    "千家万户",
    "万物",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "两个一百年",
    "四个全面",
    "五位一体",
    "三大攻坚战",
    "两个毫不动摇",
    "两个结合",
    "三个务必",
    "五个必由之路",
    "六稳",
    "六保",
    "一老一小",
    "一老一幼",
    "一江一河",
    "一江两岸",
    "五个中心",
    "四个放在",
    "两个大局",
    "两个健康",
    "三个一批",
    "三个代表",
    "八项规定",
    "三年行动",
    "五年行动",
    "三次产业",
    "百年",
    "千年",
    "万年",
    "九年一贯",
    "零部件",
    "三元乳业",
    "二元结构",
    "一元化",
    "一年一度",
    "一国两制",
    "两岸",
    "两位数",
    "三人篮球",
    "铁人三项",
    "二人转",
    "三件套",
    "九年义务",
    "十年禁渔",
];

/// For each char of a line: is it inside a cited title 《…》? Facts there name the document,
/// they do not report a quantity.
pub fn title_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut depth = 0i32;
    for (k, &c) in chars.iter().enumerate() {
        match c {
            '《' => depth += 1,
            '》' => depth = (depth - 1).max(0),
            _ => {}
        }
        mask[k] = depth > 0;
    }
    mask
}

/// Dates are kept even inside titles: "《…2022年工作要点》" still dates the text it cites.
pub fn date_excluded(_chars: &[char], _start: usize, _end: usize, _title: &[bool]) -> bool {
    false
}

/// A word of [`WORDS`] and the offset in it of the char it is indexed under.
type WordAt = (Vec<char>, usize);

/// [`WORDS`] indexed by each of their chars: for a numeral at some position, only the words
/// containing that numeral can cover it, at a known offset.
static WORDS_BY_CHAR: LazyLock<HashMap<char, Vec<WordAt>>> = LazyLock::new(|| {
    let mut index: HashMap<char, Vec<WordAt>> = HashMap::new();
    for word in WORDS {
        let w: Vec<char> = word.chars().collect();
        for (k, &c) in w.iter().enumerate() {
            index.entry(c).or_default().push((w.clone(), k));
        }
    }
    index
});

/// Whether some word of [`WORDS`] occurs in `chars` over position `pos`.
fn in_listed_word(chars: &[char], pos: usize) -> bool {
    let Some(entries) = chars.get(pos).and_then(|c| WORDS_BY_CHAR.get(c)) else {
        return false;
    };
    entries.iter().any(|(w, k)| {
        pos.checked_sub(*k)
            .and_then(|s| chars.get(s..s + w.len()))
            .is_some_and(|seen| seen == &w[..])
    })
}

/// True when the candidate is an ordinary word or a slogan rather than a quantity.
pub(crate) fn fact_excluded(chars: &[char], f: &LineFact) -> bool {
    let pos = f.num_start;
    if in_listed_word(chars, pos) {
        return true;
    }
    let num: Vec<char> = chars[f.num_start..f.num_end].to_vec();
    let chinese = num.iter().all(|&c| super::numeral::is_cn_numeral_char(c));
    // a lone 零 (零部件, 零售) and numerals opening with a bare 百/千/万/亿 (百万吨乙烯项目)
    // name things rather than count them
    if num.len() == 1 && matches!(num[0], '零' | '〇' | '○') {
        return true;
    }
    // (A bound makes it a number: 千万元以上 and 超千亿元 are thresholds of 10⁷ and 10¹¹ 元.)
    let bound = !matches!(f.approx, super::Approx::Exact | super::Approx::About);
    if matches!(
        num.first(),
        Some('百' | '佰' | '千' | '仟' | '万' | '萬' | '亿' | '億')
    ) && !(bound && f.unit.is_some())
        && !reached_sum(chars, f, &num)
    {
        return true;
    }
    if chinese && slogan_context(chars, f) {
        return true;
    }
    if num == ['一'] && indefinite_one(chars, f) {
        return true;
    }
    if chinese && chinese_measure_excluded(chars, f, &num) {
        return true;
    }
    if grade_context(chars, f, &num) {
        return true;
    }
    // A one-char unit, with the char after it.
    let unit_char = f
        .unit
        .filter(|&(us, ue, _)| ue == us + 1)
        .map(|(us, _, _)| (chars[us], chars.get(us + 1).copied()));
    match unit_char {
        // 三轮车, 三四轮车: wheels that name a kind of vehicle count nothing;
        // 二十届, 十四届: congress/session numbers ("党的二十届四中全会", "市十六届人大三次会议");
        // X次会议 / X次全会: session numbers, not counts.
        Some(('轮', Some('车')) | ('届', _) | ('次', Some('会' | '全' | '党'))) => true,
        // 十一届十次全会: session numbers follow 届
        Some(('次', _)) => f.num_start > 0 && chars[f.num_start - 1] == '届',
        _ => false,
    }
}

/// 总产值突破百亿元, 营收过百亿元: a bare 百亿 or 千亿 of 元 after a verb of reaching is a sum
/// reached, not a grade (千亿元台阶, 千亿元级 stay grades).
fn reached_sum(chars: &[char], f: &LineFact, num: &[char]) -> bool {
    let Some((us, ue, _)) = f.unit else {
        return false;
    };
    if chars[us..ue] != ['元'] || !matches!(num, ['百' | '千' | '万', '亿']) {
        return false;
    }
    let before = &chars[f.start.saturating_sub(2)..f.start];
    let reached = [&['突', '破'][..], &['达', '到'], &['过'], &['达']]
        .iter()
        .any(|v| before.ends_with(v));
    let grade = chars
        .get(ue)
        .is_some_and(|c| matches!(c, '台' | '大' | '级' | '关'));
    reached && !grade
}

/// "四个坚决", （五个坚持：…）: a Chinese numeral opening a quoted slogan, or a short label
/// followed by a colon that spells it out, names a slogan rather than counting things.
fn slogan_context(chars: &[char], f: &LineFact) -> bool {
    if f.num_start > 0 && matches!(chars[f.num_start - 1], '“' | '"' | '「' | '‘' | '『') {
        return true;
    }
    if let Some((_, ue, _)) = f.unit {
        let mut k = ue;
        while k < chars.len() && k - ue <= 3 && is_cjk(chars[k]) {
            k += 1;
        }
        // But “抓好以下五个方面工作：” counts the parts of an agenda: 方面, 任务 and 工作
        // name parts of work, where a slogan's word is a verb or a quality (坚持, 注重, 一流).
        let named: String = chars[ue..k].iter().collect();
        let agenda = ["方面", "任务", "工作", "领域", "重点"]
            .iter()
            .any(|w| named.starts_with(w));
        if k > ue && k < chars.len() && matches!(chars[k], '：' | ':') && !agenda {
            return true;
        }
    }
    false
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Chinese numerals before a measure word that do not count: a lone financial digit (陆家嘴,
/// 队伍支), 二 used as an ordinal (二轮延包, 二级医院: counting uses 两), slogans where the
/// measure word is followed by another numeral (“五个一”工程), and short quoted names
/// (“八站两场”).
fn chinese_measure_excluded(chars: &[char], f: &LineFact, num: &[char]) -> bool {
    // 百分之五: a unit written before the number (百分之, 千分之) is no measure word after it,
    // and the numeral right after that unit is the number itself.
    if f.unit.is_some_and(|(us, _, _)| us < f.num_start) {
        return false;
    }
    if num.len() == 1
        && matches!(
            num[0],
            '壹' | '贰'
                | '貳'
                | '叁'
                | '參'
                | '肆'
                | '伍'
                | '陆'
                | '陸'
                | '柒'
                | '捌'
                | '玖'
                | '拾'
                | '佰'
                | '仟'
        )
    {
        return true;
    }
    if num == ['二'] && f.unit.is_some() {
        return true;
    }
    if let Some((_, ue, _)) = f.unit
        && ue < chars.len()
        && super::numeral::is_cn_numeral_char(chars[ue])
    {
        return true;
    }
    // inside a short quotation: “八站两场”, “双十条”
    let open = chars[..f.num_start].iter().rposition(|&c| c == '“');
    let close_before = chars[..f.num_start].iter().rposition(|&c| c == '”');
    if let Some(o) = open
        && close_before.is_none_or(|c| c < o)
        && let Some(cl) = chars[f.end..].iter().position(|&c| c == '”')
    {
        let len = (f.end + cl) - (o + 1);
        if len <= 8 {
            return true;
        }
    }
    false
}

/// 级 and 类 as grades rather than counts: 三级医院, 准四类水质, 二级以上公路, 千亿级产业集群.
/// They count only after a list of levels (县乡村三级, 市、区两级) or plainly (两类人员).
fn grade_context(chars: &[char], f: &LineFact, num: &[char]) -> bool {
    let Some((us, ue, _)) = f.unit else {
        return false;
    };
    let unit: String = chars[us..ue].iter().collect();
    if unit != "级" && unit != "类" {
        return false;
    }
    if matches!(
        num.last(),
        Some('十' | '百' | '千' | '万' | '亿' | '萬' | '億')
    ) && num.len() > 1
        || matches!(num.last(), Some('万' | '亿' | '千' | '百'))
    {
        return true;
    }
    if f.num_start > 0 && chars[f.num_start - 1] == '准' {
        return true;
    }
    let rest: String = chars[ue..(ue + 4).min(chars.len())].iter().collect();
    const GRADE_NEXT: &[&str] = &[
        "以上",
        "及以上",
        "以下",
        "标准",
        "水质",
        "医院",
        "公立",
        "航道",
        "指标",
        "公司",
        "子公司",
        "达标",
        "景区",
        "综合",
        "中医",
        "旧里",
        "支流",
        "响应",
        "预警",
        "保护",
        "文物",
        "资质",
    ];
    if GRADE_NEXT.iter().any(|w| rest.starts_with(w)) {
        return true;
    }
    if unit == "级" {
        // a count of levels follows the levels it counts: 县乡村三级, 市、区两级, 省市县乡村五级
        let prev = if f.num_start > 0 {
            Some(chars[f.num_start - 1])
        } else {
            None
        };
        return !matches!(
            prev,
            Some(
                '省' | '市'
                    | '县'
                    | '乡'
                    | '镇'
                    | '村'
                    | '区'
                    | '旗'
                    | '盟'
                    | '州'
                    | '街'
                    | '组'
                    | '户'
            )
        );
    }
    false
}

/// 一 used as "one/a" rather than as a count: 每一项, 一个又一个, 发现一个，取缔一个,
/// 一年来, 过去的一年.
fn indefinite_one(chars: &[char], f: &LineFact) -> bool {
    let before = if f.num_start > 0 {
        Some(chars[f.num_start - 1])
    } else {
        None
    };
    let after = chars.get(f.end).copied();
    if matches!(before, Some('每' | '又' | '这' | '那' | '哪' | '某')) || after == Some('又')
    {
        return true;
    }
    let unit = f.unit.map(|u| chars[u.0..u.1].iter().collect::<String>());
    let _ = (before, after);
    // Before a measure word of things or time, a lone 一 is the indefinite article in report
    // prose (一个地区, 关键一年, 交出一份答卷); quantities of one are rare there. Measures
    // (一吨, 一千瓦) stay.
    let def = unit
        .as_deref()
        .and_then(|u| super::unit::UNITS.iter().find(|d| d.written == u));
    matches!(
        def.map(|d| d.kind),
        Some(super::Kind::Count | super::Kind::Duration)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition [`in_listed_word`] indexes: `word` occurs over position `pos`.
    fn word_covers(chars: &[char], pos: usize, word: &str) -> bool {
        let w: Vec<char> = word.chars().collect();
        let lo = pos.saturating_sub(w.len() - 1);
        (lo..=pos).any(|s| s + w.len() <= chars.len() && chars[s..s + w.len()] == w[..])
    }

    #[test]
    fn the_index_agrees_with_scanning_every_word() {
        let text = "进一步统一一批一线一体化,第一书记一把手,三个一百年,一项一项抓落实";
        let c: Vec<char> = text.chars().collect();
        let mut covered = 0;
        for pos in 0..c.len() {
            let scanned = WORDS.iter().any(|w| word_covers(&c, pos, w));
            assert_eq!(in_listed_word(&c, pos), scanned, "at {pos} in {text}");
            covered += usize::from(scanned);
        }
        // The text must exercise both answers: 进一步 and 一批 are listed, 一项 is not.
        assert!(covered > 0 && covered < c.len());
        let one = text
            .find("一项")
            .map(|b| text[..b].chars().count())
            .expect("in the text");
        assert!(!in_listed_word(&c, one));
    }

    #[test]
    fn titles_are_masked() {
        let c: Vec<char> = "按照《静安区2022年工作要点》,完成3项".chars().collect();
        let m = title_mask(&c);
        assert!(m[5]); // inside the title
        assert!(!m[c.len() - 2]);
    }

    #[test]
    fn words_cover_positions() {
        let c: Vec<char> = "进一步完善".chars().collect();
        assert!(word_covers(&c, 1, "进一步"));
        let c: Vec<char> = "建成一批项目".chars().collect();
        assert!(word_covers(&c, 2, "一批"));
        assert!(!word_covers(&c, 0, "一批"));
    }
}
