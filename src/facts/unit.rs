//! Units and measure words: how a unit is written, its canonical spelling and the kind of
//! quantity it measures. The table is data so that adding a unit never touches the scanner.

use super::Kind;

/// One spelling of a unit.
#[derive(Debug, Clone, Copy)]
pub struct UnitDef {
    /// The unit as written (after width folding), e.g. `平米`.
    pub written: &'static str,
    /// Canonical spelling, e.g. `平方米`.
    pub canonical: &'static str,
    /// What the quantity measures.
    pub kind: Kind,
    /// Whether the unit may follow a Chinese numeral. Measure words such as 起, 步, 道 or 线
    /// turn 一 into ordinary words (一起, 进一步, 一道, 一线), so after Chinese numerals they are
    /// accepted only when this is true.
    pub cn_ok: bool,
}

const fn u(written: &'static str, canonical: &'static str, kind: Kind, cn_ok: bool) -> UnitDef {
    UnitDef {
        written,
        canonical,
        kind,
        cn_ok,
    }
}

use Kind::*;

/// The unit table. Longest spelling wins at a given position, so compound and rate units
/// (人次, 微克/立方米, 千瓦时, 元/人) are read as one unit.
pub const UNITS: &[UnitDef] = &[
    // percent-like
    u("%", "%", Percent, true),
    u("‰", "‰", Permille, true),
    u("个百分点", "百分点", PercentagePoint, true),
    u("個百分點", "百分点", PercentagePoint, true),
    u("百分点", "百分点", PercentagePoint, true),
    u("百分點", "百分点", PercentagePoint, true),
    u("倍", "倍", Multiple, true),
    // money
    u("元", "元", Money, true),
    u("元/人", "元/人", Money, true),
    u("元/吨", "元/吨", Money, true),
    u("元/平方米", "元/平方米", Money, true),
    u("元/月", "元/月", Money, true),
    u("元/年", "元/年", Money, true),
    u("元/亩", "元/亩", Money, true),
    u("元/人·年", "元/人·年", Money, true),
    u("美元", "美元", Money, true),
    u("港元", "港元", Money, true),
    u("港币", "港币", Money, true),
    u("欧元", "欧元", Money, true),
    u("日元", "日元", Money, true),
    u("英镑", "英镑", Money, true),
    u("块钱", "元", Money, true),
    u("元人民币", "元", Money, true),
    u("人民币", "元", Money, true),
    u("台币", "新台币", Money, true),
    u("瑞士法郎", "瑞士法郎", Money, true),
    u("公分", "厘米", Length, true),
    u("cm", "厘米", Length, false),
    // area
    u("平方米", "平方米", Area, true),
    u("平米", "平方米", Area, true),
    u("㎡", "平方米", Area, true),
    u("m²", "平方米", Area, true),
    u("m2", "平方米", Area, false),
    u("平方公里", "平方公里", Area, true),
    u("平方千米", "平方公里", Area, true),
    u("km²", "平方公里", Area, true),
    u("亩", "亩", Area, true),
    u("公顷", "公顷", Area, true),
    u("千公顷", "千公顷", Area, true),
    // length
    u("公里", "公里", Length, true),
    u("千米", "公里", Length, true),
    u("km", "公里", Length, false),
    u("米", "米", Length, true),
    u("延米", "延米", Length, true),
    u("厘米", "厘米", Length, true),
    u("毫米", "毫米", Length, true),
    u("微米", "微米", Length, true),
    u("纳米", "纳米", Length, true),
    u("英寸", "英寸", Length, true),
    u("公里/小时", "公里/小时", Other, true),
    // mass
    u("吨", "吨", Mass, true),
    u("千克", "千克", Mass, true),
    u("公斤", "千克", Mass, true),
    u("kg", "千克", Mass, false),
    u("克", "克", Mass, true),
    u("斤", "斤", Mass, true),
    u("毫克", "毫克", Mass, true),
    u("吨/日", "吨/日", Other, true),
    u("吨/天", "吨/天", Other, true),
    u("吨/年", "吨/年", Other, true),
    // volume
    u("立方米", "立方米", Volume, true),
    u("m³", "立方米", Volume, true),
    u("方", "方", Volume, false),
    u("升", "升", Volume, true),
    u("毫升", "毫升", Volume, true),
    u("立方米/秒", "立方米/秒", Other, true),
    u("立方米/日", "立方米/日", Other, true),
    u("立方米/年", "立方米/年", Other, true),
    u("方/年", "方/年", Other, false),
    // energy and power
    u("千瓦时", "千瓦时", Energy, true),
    u("兆瓦时", "兆瓦时", Energy, true),
    u("吉瓦时", "吉瓦时", Energy, true),
    u("kWh", "千瓦时", Energy, false),
    u("kW·h", "千瓦时", Energy, false),
    u("度", "度", Energy, false),
    u("吨标准煤", "吨标准煤", Energy, true),
    u("吨标煤", "吨标准煤", Energy, true),
    u("千瓦", "千瓦", Power, true),
    u("kW", "千瓦", Power, false),
    u("兆瓦", "兆瓦", Power, true),
    u("MW", "兆瓦", Power, false),
    u("GW", "吉瓦", Power, false),
    u("吉瓦", "吉瓦", Power, true),
    u("瓦", "瓦", Power, true),
    u("千伏", "千伏", Other, true),
    // a boiler's output (one 蒸吨 is a ton of steam an hour, about 0.7 MW)
    u("蒸吨", "蒸吨", Power, true),
    u("大卡", "千卡", Energy, false),
    u("千卡", "千卡", Energy, true),
    u("℃", "℃", Other, true),
    u("摄氏度", "℃", Other, true),
    u("千伏安", "千伏安", Power, true),
    // concentration
    u("微克/立方米", "微克/立方米", Concentration, true),
    u("μg/m³", "微克/立方米", Concentration, false),
    u("μg/m3", "微克/立方米", Concentration, false),
    u("mg/m3", "毫克/立方米", Concentration, false),
    u("mg/L", "毫克/升", Concentration, false),
    u("毫克/升", "毫克/升", Concentration, true),
    u("微克每立方米", "微克/立方米", Concentration, true),
    u("克/千克", "克/千克", Concentration, true),
    u("毫克/立方米", "毫克/立方米", Concentration, true),
    // duration
    u("年", "年", Duration, true),
    u("周年", "周年", Duration, true),
    u("个月", "个月", Duration, true),
    u("個月", "个月", Duration, true),
    u("个季度", "个季度", Duration, true),
    u("天", "天", Duration, true),
    u("日", "日", Duration, false),
    u("小时", "小时", Duration, true),
    u("分钟", "分钟", Duration, true),
    u("秒", "秒", Duration, true),
    u("周", "周", Duration, false),
    u("个工作日", "个工作日", Duration, true),
    u("工作日", "工作日", Duration, true),
    u("学时", "学时", Duration, true),
    u("课时", "课时", Duration, true),
    // Traditional spellings (Taiwan, Hong Kong reports)
    u("噸", "吨", Mass, true),
    u("公噸", "吨", Mass, true),
    u("公斤", "千克", Mass, true),
    u("公頃", "公顷", Area, true),
    u("平方公尺", "平方米", Area, true),
    u("平方公里", "平方公里", Area, true),
    u("公尺", "米", Length, true),
    u("瓩", "千瓦", Power, true),
    u("度電", "度", Energy, true),
    u("小時", "小时", Duration, true),
    u("分鐘", "分钟", Duration, true),
    u("週", "周", Duration, false),
    u("項", "項", Count, true),
    u("處", "處", Count, true),
    u("輛", "輛", Count, true),
    u("戶", "戶", Count, true),
    u("間", "間", Count, true),
    u("臺", "臺", Count, true),
    u("張", "張", Count, true),
    u("條", "條", Count, true),
    u("歲", "歲", Count, true),
    u("場", "場", Count, true),
    u("筆", "筆", Count, true),
    u("艘次", "艘次", Count, true),
    u("新臺幣", "新台币", Money, true),
    u("新台幣", "新台币", Money, true),
    // counts: measure words stay as written
    u("个", "个", Count, true),
    u("個", "個", Count, true),
    u("人", "人", Count, true),
    u("人次", "人次", Count, true),
    u("名", "名", Count, true),
    u("位", "位", Count, true),
    u("处", "处", Count, true),
    u("件", "件", Count, true),
    u("件次", "件次", Count, true),
    u("户", "户", Count, true),
    u("户次", "户次", Count, true),
    u("间", "间", Count, true),
    u("台", "台", Count, true),
    u("台套", "台套", Count, true),
    u("家", "家", Count, true),
    u("家次", "家次", Count, true),
    u("块", "块", Count, true),
    u("场", "场", Count, true),
    u("场次", "场次", Count, true),
    u("篇", "篇", Count, true),
    u("张", "张", Count, true),
    u("项", "项", Count, true),
    u("条", "条", Count, true),
    u("座", "座", Count, true),
    u("所", "所", Count, true),
    u("辆", "辆", Count, true),
    u("辆次", "辆次", Count, true),
    u("车次", "车次", Count, true),
    u("套", "套", Count, true),
    u("艘", "艘", Count, true),
    u("艘次", "艘次", Count, true),
    u("头", "头", Count, false),
    u("只", "只", Count, true),
    u("次", "次", Count, true),
    u("起", "起", Count, false),
    u("批", "批", Count, true),
    u("批次", "批次", Count, true),
    u("架", "架", Count, true),
    u("架次", "架次", Count, true),
    u("列", "列", Count, false),
    u("班", "班", Count, false),
    u("班次", "班次", Count, true),
    u("趟", "趟", Count, true),
    u("轮", "轮", Count, true),
    u("期", "期", Count, false),
    u("届", "届", Count, false),
    u("支", "支", Count, true),
    u("队", "队", Count, false),
    u("组", "组", Count, true),
    u("款", "款", Count, true),
    u("部", "部", Count, true),
    u("本", "本", Count, false),
    u("册", "册", Count, true),
    u("份", "份", Count, true),
    u("首", "首", Count, false),
    u("幅", "幅", Count, true),
    u("枚", "枚", Count, true),
    u("颗", "颗", Count, true),
    u("株", "株", Count, true),
    u("棵", "棵", Count, true),
    u("根", "根", Count, false),
    u("片", "片", Count, false),
    u("段", "段", Count, false),
    u("层", "层", Count, false),
    u("栋", "栋", Count, true),
    u("幢", "幢", Count, true),
    u("宗", "宗", Count, true),
    u("笔", "笔", Count, true),
    u("单", "单", Count, false),
    u("例", "例", Count, true),
    u("对", "对", Count, false),
    u("双", "双", Count, false),
    u("门", "门", Count, false),
    u("盏", "盏", Count, true),
    u("眼", "眼", Count, false),
    u("口", "口", Count, false),
    u("床", "床", Count, true),
    u("岁", "岁", Count, true),
    u("周岁", "周岁", Count, true),
    u("种", "种", Count, false),
    u("类", "类", Count, true),
    u("级", "级", Count, true),
    u("轮次", "轮次", Count, true),
    u("台(套)", "台（套）", Count, true),
    u("台（套）", "台（套）", Count, true),
    u("标准箱", "标准箱", Count, true),
    u("万标箱", "万标箱", Count, true),
    u("吨公里", "吨公里", Other, true),
    u("人公里", "人公里", Other, true),
    u("户籍", "户籍", Count, false),
    u("篇次", "篇次", Count, true),
    u("人日", "人日", Count, true),
];

/// [`UNITS`] by their first char, in list order: asked at the end of every number, so only
/// the units that can start there are tried.
static UNITS_BY_FIRST: std::sync::LazyLock<std::collections::HashMap<char, Vec<&'static UnitDef>>> =
    std::sync::LazyLock::new(|| {
        let mut index: std::collections::HashMap<char, Vec<&'static UnitDef>> =
            std::collections::HashMap::new();
        for def in UNITS {
            if let Some(c) = def.written.chars().next() {
                index.entry(c).or_default().push(def);
            }
        }
        index
    });

/// The longest unit spelled at `chars[i..]`. `cn_numeral` says whether the number before it was
/// written with Chinese numerals (see [`UnitDef::cn_ok`]).
pub fn unit_at(chars: &[char], i: usize, cn_numeral: bool) -> Option<(&'static UnitDef, usize)> {
    let mut best: Option<(&'static UnitDef, usize)> = None;
    let first = chars.get(i)?;
    for &def in UNITS_BY_FIRST.get(first).map_or(&[][..], Vec::as_slice) {
        if cn_numeral && !def.cn_ok {
            continue;
        }
        let mut j = i;
        let mut ok = true;
        for wc in def.written.chars() {
            if j < chars.len() && chars[j] == wc {
                j += 1;
            } else {
                ok = false;
                break;
            }
        }
        if !ok {
            continue;
        }
        // 方 as a volume, not 方案/方面/方式/方向/方法/方针/方位
        if def.written == "方"
            && matches!(
                chars.get(j),
                Some('案' | '面' | '式' | '向' | '法' | '针' | '位' | '阵' | '言')
            )
        {
            continue;
        }
        // 台 as machines, not the 台阶 (step) of 迈上5万亿台阶, a threshold whose unit is implied
        if def.written == "台" && chars.get(j) == Some(&'阶') {
            continue;
        }
        // an ASCII unit must not run into more letters ("5km" yes, "5kmh" no)
        if def.written.is_ascii() && j < chars.len() && chars[j].is_ascii_alphanumeric() {
            continue;
        }
        if best.is_none_or(|(b, _)| def.written.chars().count() > b.written.chars().count()) {
            best = Some((def, j));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str, cn: bool) -> Option<(&'static str, Kind, usize)> {
        let chars: Vec<char> = s.chars().collect();
        unit_at(&chars, 0, cn).map(|(d, e)| (d.canonical, d.kind, e))
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(canon("人次，", false), Some(("人次", Count, 2)));
        assert_eq!(
            canon("微克/立方米", false),
            Some(("微克/立方米", Concentration, 6))
        );
        assert_eq!(canon("千瓦时", false), Some(("千瓦时", Energy, 3)));
        assert_eq!(canon("千瓦装机", false), Some(("千瓦", Power, 2)));
        assert_eq!(canon("元/人", false), Some(("元/人", Money, 3)));
        assert_eq!(canon("元。", false), Some(("元", Money, 1)));
        assert_eq!(canon("吨公里", false), Some(("吨公里", Other, 3)));
        assert_eq!(canon("标准箱", false), Some(("标准箱", Count, 3)));
    }

    #[test]
    fn a_step_is_no_unit() {
        assert_eq!(canon("台阶", false), None);
        assert!(canon("台设备", false).is_some());
    }

    #[test]
    fn canonical_spellings() {
        assert_eq!(canon("平米目标", false).map(|c| c.0), Some("平方米"));
        assert_eq!(canon("㎡", false).map(|c| c.0), Some("平方米"));
        assert_eq!(canon("千米", false).map(|c| c.0), Some("公里"));
        assert_eq!(canon("公斤", false).map(|c| c.0), Some("千克"));
        assert_eq!(canon("个百分点", false).map(|c| c.0), Some("百分点"));
        assert_eq!(canon("百分点", false).map(|c| c.0), Some("百分点"));
        assert_eq!(canon("%", false).map(|c| c.0), Some("%"));
    }

    #[test]
    fn ambiguous_measure_words_need_arabic_numerals() {
        // 一起 (together), 一线 (front line), 十分 (very): not units after Chinese numerals
        assert!(canon("起", true).is_none());
        assert!(canon("分", true).is_none());
        assert!(canon("方", true).is_none());
        assert!(canon("起", false).is_some());
        // ASCII units must end at a word boundary
        assert!(canon("kmh", false).is_none());
        assert!(canon("km ", false).is_some());
    }
}
