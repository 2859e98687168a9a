//! What looks like a quantity but is not one: numerals inside ordinary words (一批, 统一,
//! 进一步), slogans (两个维护), congress and plan numbers, and anything inside a cited title 《…》.

use super::LineFact;

/// Words in which a numeral is part of the word. A candidate fact whose numeral lies inside one
/// of these words is dropped. The list is checked against real report text (see the tests).
const WORDS: &[&str] = &[
    "一批", "一些", "一体", "一线", "一流", "一般", "一样", "一起", "一直", "一致", "一切",
    "一系列", "一揽子", "一把手", "一站式", "一网通办", "一网统管", "一件事", "一次性",
    "一张网", "一张图", "一张蓝图", "一盘棋", "一条龙", "一门式", "一窗", "一带一路", "一心",
    "一手", "一道", "一度", "一方面", "一定", "一并", "一律", "一举", "一贯", "一项项",
    "一个个", "一件件", "一代", "一环", "一层", "一级", "一类", "一批批", "一场场", "一桩桩",
    "进一步", "统一", "唯一", "同一", "单一", "万一", "逐一", "之一", "一体化", "一码",
    "一号", "一村一", "一户一", "一人一", "一事一", "一企一", "一地一", "一业一", "一区一",
    "一街一", "一居一", "一楼一", "一网", "一口", "一站", "一屏", "一图", "一体系",
    "三农", "两会", "两新", "两重", "十分", "百姓", "千方百计", "万众", "千家万户", "万物",
    "四个意识", "四个自信", "两个维护", "两个确立", "两个一百年", "四个全面", "五位一体",
    "三大攻坚战", "两个毫不动摇", "两个结合", "三个务必", "五个必由之路", "六稳", "六保",
    "一老一小", "一老一幼", "一江一河", "一江两岸", "五个中心", "四个放在", "两个大局",
    "两个健康", "三个一批", "五型", "三个区", "十条", "二十条", "三个代表", "八项规定",
    "一轮", "两轮", "三年行动", "五年行动",
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

fn word_covers(chars: &[char], pos: usize, word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    let lo = pos.saturating_sub(w.len() - 1);
    (lo..=pos).any(|s| s + w.len() <= chars.len() && chars[s..s + w.len()] == w[..])
}

/// True when the candidate is an ordinary word or a slogan rather than a quantity.
pub(crate) fn fact_excluded(chars: &[char], f: &LineFact) -> bool {
    let pos = f.num_start;
    if WORDS.iter().any(|w| word_covers(chars, pos, w)) {
        return true;
    }
    // 二十届, 十四届: congress/session numbers ("党的二十届四中全会", "市十六届人大三次会议")
    if let Some((us, ue, _)) = f.unit
        && ue == us + 1
        && chars[us] == '届'
    {
        return true;
    }
    // X次会议 / X次全会 after a 届: session numbers, not counts
    if let Some((us, ue, _)) = f.unit
        && ue == us + 1
        && chars[us] == '次'
        && ue < chars.len()
        && matches!(chars[ue], '会' | '全' | '党')
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

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
