//! Engine tests on sentences taken from the corpus (/work/shared/corpus). Expected values were
//! worked out by hand from the sentences, not copied from the engine's output.

use super::*;

/// Same fold rules as the pipeline's normalizer (full-width ASCII → ASCII, spaces → ' ').
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | '\u{A0}' => ' ',
            _ => c,
        })
        .collect()
}

fn run(s: &str, year: Option<i32>) -> Extraction {
    let norm = fold(s);
    let n = s.chars().count();
    let ranges = [Span { start: 0, end: n }];
    extract(&FactInput {
        source: s,
        norm: &norm,
        ranges: &ranges,
        report_year: year,
    })
}

/// (text, value, high, unit, kind, approx) of a fact.
type Row = (String, String, Option<String>, Option<String>, Kind, Approx);

/// Rows of every fact.
fn facts(s: &str) -> Vec<Row> {
    run(s, Some(2022))
        .facts
        .into_iter()
        .map(|f| (f.text, f.value_text, f.high_text, f.unit, f.kind, f.approx))
        .collect()
}

fn f(text: &str, value: &str, unit: &str, kind: Kind, approx: Approx) -> Row {
    (
        text.to_string(),
        value.to_string(),
        None,
        Some(unit.to_string()),
        kind,
        approx,
    )
}

fn texts(s: &str) -> Vec<String> {
    run(s, Some(2022))
        .facts
        .into_iter()
        .map(|f| f.text)
        .collect()
}

use Approx::*;
use Kind::*;

#[test]
fn seed_counts_and_areas() {
    // seed/zhijiangxilu-2022-rule-of-law.txt
    assert_eq!(
        facts("第一时间发布“红色召集令”,成立临时党支部18个,建立“党员突击队”23个。"),
        vec![
            f("18个", "18", "个", Count, Exact),
            f("23个", "23", "个", Count, Exact)
        ]
    );
    assert_eq!(
        facts("拆除库内违法建筑点位537处，总面积10463平米，超额完成全年8142平米目标"),
        vec![
            f("537处", "537", "处", Count, Exact),
            f("10463平米", "10463", "平方米", Area, Exact),
            f("8142平米", "8142", "平方米", Area, Exact),
        ]
    );
    assert_eq!(
        facts(
            "发动“双报到”党员参与社区防疫1000余名,对接市、区两级机关支援人员154人,先后选派2名同志前往4个居民区"
        ),
        vec![
            f("1000余名", "1000", "名", Count, MoreThan),
            // 市、区两级: a count of two administrative levels (GOLD_FORMAT convention)
            f("两级", "2", "级", Count, Exact),
            f("154人", "154", "人", Count, Exact),
            f("2名", "2", "名", Count, Exact),
            f("4个", "4", "个", Count, Exact),
        ]
    );
}

#[test]
fn shanghai_money_and_percent() {
    // provincial-2026/2026_上海市_政府工作报告.txt
    let got = run(
        "全市生产总值达到5.67万亿元、增长5.4%，好于预期。",
        Some(2025),
    )
    .facts;
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].text, "5.67万亿元");
    assert_eq!(got[0].value_text, "5670000000000");
    assert_eq!(got[0].value, 5.67e12);
    assert_eq!(got[0].unit.as_deref(), Some("元"));
    assert_eq!(got[0].unit_text.as_deref(), Some("元"));
    assert_eq!(got[0].kind, Money);
    assert_eq!(got[0].number_span, Span { start: 8, end: 14 });
    assert_eq!(got[1].text, "5.4%");
    assert_eq!(got[1].value_text, "5.4");
    assert_eq!(got[1].kind, Percent);
}

#[test]
fn full_width_digits_use_source_text() {
    // encodings/national-2003: full-width digits such as ７．４万亿元
    let got = run("国内生产总值达到１０．２万亿元，增长８％", None).facts;
    assert_eq!(got[0].text, "１０．２万亿元");
    assert_eq!(got[0].value_text, "10200000000000");
    assert_eq!(got[1].text, "８％");
    assert_eq!(got[1].unit.as_deref(), Some("%"));
    assert_eq!(got[1].unit_text.as_deref(), Some("％"));
}

#[test]
fn percentage_points_multiples_and_fractions() {
    assert_eq!(
        facts("比全国平均水平高0.5个百分点"),
        vec![f("0.5个百分点", "0.5", "百分点", PercentagePoint, Exact)]
    );
    // 个百分点 written once for two numbers.
    assert_eq!(
        facts("分别快于全国3.4个和1.2个百分点"),
        vec![
            f("3.4个", "3.4", "百分点", PercentagePoint, Exact),
            f("1.2个百分点", "1.2", "百分点", PercentagePoint, Exact)
        ]
    );
    // A unit without a multiplier written once after a list of bare numbers.
    assert_eq!(
        facts("分别增长3.4和1.2个百分点"),
        vec![
            f("3.4", "3.4", "百分点", PercentagePoint, Exact),
            f("1.2个百分点", "1.2", "百分点", PercentagePoint, Exact)
        ]
    );
    assert_eq!(facts("分别为5、6和7%").len(), 3);
    // Not a numbered figure, and not a unit that takes a multiplier.
    assert_eq!(facts("图1和2%").len(), 1);
    assert_eq!(facts("投资3和5万元").len(), 1);
    // A count of things before a percentage point stays a count.
    assert_eq!(
        facts("新增3个，提高1.2个百分点")[0],
        f("3个", "3", "个", Count, Exact)
    );
    assert_eq!(
        facts("经济总量翻一番，是2012年的3倍"),
        vec![
            f("翻一番", "2", "倍", Multiple, Exact),
            f("3倍", "3", "倍", Multiple, Exact)
        ]
    );
    assert_eq!(
        facts("占比达到百分之十二点五"),
        vec![f("百分之十二点五", "12.5", "%", Percent, Exact)]
    );
    let got = run("约三分之一的居民", None).facts;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].value_text, "1/3");
    assert_eq!(got[0].approx, About);
    assert!((got[0].value - 1.0 / 3.0).abs() < 1e-12);
    // 约 before a verb is not glued to the number
    let got = run("约占全市的三分之二", None).facts;
    assert_eq!(got[0].value_text, "2/3");
    assert_eq!(got[0].approx, Exact);
}

#[test]
fn chinese_numerals_with_units() {
    assert_eq!(
        facts("组建十八个志愿服务队，覆盖两万零五百户"),
        vec![
            f("十八个", "18", "个", Count, Exact),
            f("两万零五百户", "20500", "户", Count, Exact)
        ]
    );
    assert_eq!(
        facts("每年新增三百万人"),
        vec![f("三百万人", "3000000", "人", Count, Exact)]
    );
}

#[test]
fn compound_units() {
    assert_eq!(
        facts("PM2.5平均浓度为30微克/立方米"),
        vec![f(
            "30微克/立方米",
            "30",
            "微克/立方米",
            Concentration,
            Exact
        )]
    );
    assert_eq!(
        facts("集装箱吞吐量4900万标准箱，旅客发送量1.35亿人次"),
        vec![
            f("4900万标准箱", "49000000", "标准箱", Count, Exact),
            f("1.35亿人次", "135000000", "人次", Count, Exact)
        ]
    );
    assert_eq!(
        facts("新增装机容量120万千瓦，发电量3千瓦时"),
        vec![
            f("120万千瓦", "1200000", "千瓦", Power, Exact),
            f("3千瓦时", "3", "千瓦时", Energy, Exact)
        ]
    );
    assert_eq!(
        facts("人均可支配收入8.5万元/人"),
        vec![f("8.5万元/人", "85000", "元/人", Money, Exact)]
    );
}

#[test]
fn approximations() {
    assert_eq!(
        facts("流调溯源600余人，近3000人参与，投资100万元左右"),
        vec![
            f("600余人", "600", "人", Count, MoreThan),
            f("近3000人", "3000", "人", Count, About),
            f("100万元左右", "1000000", "元", Money, About),
        ]
    );
    assert_eq!(
        facts("建成8.9万余亩高标准农田，不少于3次，不超过5%，超过2000家"),
        vec![
            f("8.9万余亩", "89000", "亩", Area, MoreThan),
            f("不少于3次", "3", "次", Count, AtLeast),
            f("不超过5%", "5", "%", Percent, AtMost),
            f("超过2000家", "2000", "家", Count, MoreThan),
        ]
    );
    assert_eq!(
        facts("新增就业4万多人，培训100余万人次，用时不到3天"),
        vec![
            f("4万多人", "40000", "人", Count, MoreThan),
            f("100余万人次", "1000000", "人次", Count, MoreThan),
            f("不到3天", "3", "天", Duration, LessThan),
        ]
    );
}

#[test]
fn ranges() {
    let got = run(
        "每个社区配备3至5个网格员，增长3%—5%，三四个月，2—3万元",
        Some(2022),
    )
    .facts;
    let r: Vec<(String, String, Option<String>)> = got
        .into_iter()
        .map(|f| (f.text, f.value_text, f.high_text))
        .collect();
    assert_eq!(
        r,
        vec![
            ("3至5个".into(), "3".into(), Some("5".into())),
            ("3%—5%".into(), "3".into(), Some("5".into())),
            ("三四个月".into(), "3".into(), Some("4".into())),
            ("2—3万元".into(), "20000".into(), Some("30000".into())),
        ]
    );
}

#[test]
fn durations_versus_dates() {
    let e = run("2022年是关键之年，近3年累计投入，5年来", Some(2022));
    assert_eq!(
        e.facts.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        vec!["近3年", "5年"]
    );
    assert_eq!(e.facts[0].kind, Duration);
    assert_eq!(e.dates.len(), 1);
    assert_eq!(e.dates[0].value, "2022");
}

#[test]
fn dates_in_sentences() {
    let e = run(
        "6月起，街道疫情防控工作进入常态化防控模式。截至11月底，2023年1月19日召开",
        Some(2022),
    );
    let d: Vec<(String, String, bool)> = e
        .dates
        .into_iter()
        .map(|d| (d.text, d.value, d.inferred))
        .collect();
    assert_eq!(
        d,
        vec![
            ("6月".into(), "2022-06".into(), true),
            ("11月底".into(), "2022-11".into(), true),
            ("2023年1月19日".into(), "2023-01-19".into(), false),
        ]
    );
    assert!(e.facts.is_empty());
}

#[test]
fn chinese_measure_words_in_report_prose() {
    // provincial reports: the indefinite 一, grades, tiers, ordinal 二, slogans
    for s in [
        "再造一个新保定",
        "是全面建成小康社会的关键一年",
        "交出了一份沉甸甸的历史答卷",
        "每个县新建或提升一所三级医院",
        "确保今年年底前出水水质达到准四类水质标准",
        "建成五百亿级产业集群，跨入两万亿级城市行列",
        "稳妥推进二轮土地承包到期后再延长",
        "实施了“京保协作五个一”行动",
        "提升“八站两场”接驳能力",
        "推进南京东路、陆家嘴、徐家汇",
        "加大人才队伍支持力度",
        "按照省委十一届十次、十一次全会部署",
        "保持两位数增长",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
    // real counts written in Chinese numerals
    assert_eq!(texts("健全完善县乡村三级土地网格化监管机制"), vec!["三级"]);
    assert_eq!(texts("重点关注两类人员"), vec!["两类"]);
    assert_eq!(texts("突出抓好九项重点工作任务"), vec!["九项"]);
    // a slogan spelt out after a colon is no count, but the parts of an agenda are
    assert!(texts("坚持五个坚持：").is_empty());
    assert_eq!(texts("今年重点做好以下五个方面工作："), vec!["五个"]);
    // a bare 百亿/千亿 of 元 reached is a sum; a step or grade of that size is not
    assert_eq!(texts("昆冈工业园区总产值突破百亿元"), vec!["百亿元"]);
    assert!(
        texts("地区生产总值跨越3个千亿元台阶")
            .iter()
            .all(|t| t != "千亿元")
    );
    // a boiler's output
    assert_eq!(
        texts("淘汰11座10蒸吨以上燃煤锅炉"),
        vec!["11座", "10蒸吨以上"]
    );
    assert_eq!(
        texts("利用三年时间完成植树2.3万亩"),
        vec!["三年", "2.3万亩"]
    );
    // 负 in 减负 is not a minus sign
    assert_eq!(
        facts("为经营主体减负2500亿元以上"),
        vec![f("2500亿元以上", "250000000000", "元", Money, MoreThan)]
    );
}

#[test]
fn more_units_and_forms() {
    // provincial-2026 and national-1954 sentences
    assert_eq!(
        facts("稳定在全国1/10以上，占全国1/3以上"),
        vec![
            (
                "1/10以上".to_string(),
                "1/10".to_string(),
                None,
                None,
                Other,
                MoreThan
            ),
            (
                "1/3以上".to_string(),
                "1/3".to_string(),
                None,
                None,
                Other,
                MoreThan
            ),
        ]
    );
    assert_eq!(
        facts("以全省 100 个县（市、区）为单位"),
        vec![f("100 个", "100", "个", Count, Exact)]
    );
    assert_eq!(
        facts("PM2.5平均浓度降至28.5微克每立方米"),
        vec![f(
            "28.5微克每立方米",
            "28.5",
            "微克/立方米",
            Concentration,
            Exact
        )]
    );
    assert_eq!(
        facts("可以每年为国家节约二千八百亿元"),
        vec![f("二千八百亿元", "280000000000", "元", Money, Exact)]
    );
    assert_eq!(
        facts("达到一九四九年的九倍多"),
        vec![f("九倍多", "9", "倍", Multiple, MoreThan)]
    );
    assert_eq!(
        facts("国农田十分之一即一亿六千余万亩"),
        vec![
            (
                "十分之一".to_string(),
                "1/10".to_string(),
                None,
                None,
                Other,
                Exact
            ),
            f("一亿六千余万亩", "160000000", "亩", Area, MoreThan),
        ]
    );
    // Taiwan style: spaces around 萬 inside one number
    assert_eq!(
        facts("每人每月實質經常性薪資平均達 5 萬 6,566 元，年增 2.16％"),
        vec![
            f("5 萬 6,566 元", "56566", "元", Money, Exact),
            f("2.16％", "2.16", "%", Percent, Exact)
        ]
    );
    // national-1954: 等于一九五○年的六倍半
    assert_eq!(
        facts("等于一九五○年的六倍半"),
        vec![f("六倍半", "6.5", "倍", Multiple, Exact)]
    );
    assert_eq!(
        facts("人均GDP1.2万美元，——城乡居民收入增长6%"),
        vec![
            f("1.2万美元", "12000", "美元", Money, Exact),
            f("6%", "6", "%", Percent, Exact)
        ]
    );
    assert!(texts("PM2.5年均浓度").is_empty());
    assert_eq!(
        facts("芯业时代8英寸半导体"),
        vec![f("8英寸", "8", "英寸", Length, Exact)]
    );
    assert_eq!(
        facts("投资8亿元人民币"),
        vec![f("8亿元人民币", "800000000", "元", Money, Exact)]
    );
    // district/gaoyang-2017: 一般公共预算收入完成6.37亿元，比2011年翻了近一番
    let got = run("一般公共预算收入完成6.37亿元，比2011年翻了近一番；", None).facts;
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].text, "翻了近一番");
    assert_eq!(got[1].value_text, "2");
    assert_eq!(got[1].approx, About);
    assert_eq!(got[1].kind, Multiple);
    assert_eq!(texts("城乡居民收入翻两番多"), vec!["翻两番多"]);
    // version numbers and clock times are not quantities
    assert!(texts("扩大开放3.0方案").is_empty());
    assert!(texts("2月3日 14时43分").is_empty());
}

#[test]
fn not_facts() {
    // ordinals, plan names, congress numbers, enumerators, names with digits, addresses,
    // document numbers, hotlines, words containing numerals
    for s in [
        "第一时间发布“红色召集令”",
        "坚持第九版防控方案",
        "2022年是实施“十四五规划”的关键之年",
        "党的二十大顺利召开",
        "全面贯彻落实党的二十大和二十届历次全会精神",
        "一是经济持续回升向好",
        "加快5G网络建设，PM2.5浓度下降",
        "G60科创走廊，轨道交通2号线",
        "地址：长兴路131号",
        "沪府办〔2019〕14号",
        "拨打12345热线",
        "建成一批重大项目，进一步完善统一的一网通办平台",
        "千方百计稳就业，服务百姓，十分重要，做好三农工作，开好两会",
        "一、坚持依法依规",
        "（一）充分发挥党建引领",
        "1.1:50.3:48.6",
        "推进“1+3”人员管理",
        "按照《静安区委全面依法治区委员会2022年工作要点及3项责任分工》",
    ] {
        assert!(texts(s).is_empty(), "{s}: {:?}", texts(s));
    }
}

#[test]
fn ranges_clip_and_never_panic() {
    let s = "成立临时党支部18个";
    let norm = fold(s);
    let ranges = [
        Span { start: 0, end: 100 },
        Span { start: 5, end: 3 },
        Span { start: 7, end: 10 },
    ];
    let e = extract(&FactInput {
        source: s,
        norm: &norm,
        ranges: &ranges,
        report_year: None,
    });
    assert_eq!(e.facts.len(), 1);
    // a range that cuts the numeral: the fact cannot cross it
    let ranges = [Span { start: 0, end: 8 }];
    let e = extract(&FactInput {
        source: s,
        norm: &norm,
        ranges: &ranges,
        report_year: None,
    });
    assert!(e.facts.is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

    /// Any text, any ranges (even out of bounds or reversed), any report year: no panic,
    /// sorted output, every fact inside one of the given ranges, texts cut from the source.
    #[test]
    fn extract_never_panics(
        s in "[0-9０-９一二三四五六七八九十百千万亿两零〇点.,，%％年月日个人元亩至—\\-余多约近第《》“” a-zA-Z\\n]{0,60}",
        raw in proptest::collection::vec((0usize..80, 0usize..80), 0..4),
        year in proptest::option::of(1900i32..2100),
    ) {
        let norm = fold(&s);
        let ranges: Vec<Span> = raw.iter().map(|&(a, b)| Span { start: a, end: b }).collect();
        let e = extract(&FactInput { source: &s, norm: &norm, ranges: &ranges, report_year: year });
        let chars: Vec<char> = s.chars().collect();
        for w in e.facts.windows(2) {
            proptest::prop_assert!(w[0].span.start <= w[1].span.start);
        }
        for f in &e.facts {
            proptest::prop_assert!(ranges.iter().any(|r| r.start <= f.span.start && f.span.end <= r.end));
            let t: String = chars[f.span.start..f.span.end].iter().collect();
            proptest::prop_assert_eq!(&t, &f.text);
        }
        for d in &e.dates {
            proptest::prop_assert!(ranges.iter().any(|r| r.start <= d.span.start && d.span.end <= r.end));
        }
    }

    /// A norm of a different length than the source must not panic either.
    #[test]
    fn mismatched_norm_never_panics(s in "\\PC{0,30}", t in "\\PC{0,30}") {
        let n = s.chars().count();
        let ranges = [Span { start: 0, end: n }];
        let _ = extract(&FactInput { source: &s, norm: &t, ranges: &ranges, report_year: None });
    }
}

#[test]
fn a_count_times_a_size_keeps_the_size_and_shows_the_count() {
    // Two units of 35万千瓦 each: the value is the size written, the text shows the count.
    assert_eq!(
        facts("新建2×35万千瓦热电联产机组"),
        vec![f("2×35万千瓦", "350000", "千瓦", Power, Exact)]
    );
    assert_eq!(
        facts("建设4*100吨级泊位"),
        vec![f("4*100吨", "100", "吨", Mass, Exact)]
    );
    // A decimal before × is a dimension, not a number of units.
    assert_eq!(
        facts("规格为1.5×2米"),
        vec![f("2米", "2", "米", Length, Exact)]
    );
}

/// The scan only asks [`fact_at`] at chars [`could_start_fact`] admits; every char that can
/// start a fact must be admitted. Each char of the Basic Multilingual Plane is tried in front of
/// tails that complete a quantity, a percentage, a doubling and a fraction.
#[test]
fn prefilter_admits_every_char_that_starts_a_fact() {
    let tails = [
        "5个",
        "分之五",
        "一番",
        "个",
        "00万元",
        "5%",
        "分之三",
        "3吨",
    ];
    let found = check_prefilter(
        &['在'],
        &tails,
        |line, i| fact_at(line, i, &vec![false; line.len()]).is_some(),
        could_start_fact,
    );
    assert!(found > 20, "only {found} facts found");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// Reading the spaced numeral first and reusing it when it holds no space gives what the
    /// two readings give one after the other, at every start of text built from numeral parts,
    /// spaces and separators.
    #[test]
    fn one_numeral_reading_agrees_with_two(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "0", "5", "２", "一", "二", "十", "百", "千", "万", "亿", "萬", "零", "点",
                " ", "  ", "\u{3000}", "\t", ".", ",", "，", "-", "负", "元", "个", "年",
            ]),
            0..14,
        )
    ) {
        let chars: Vec<char> = parts.concat().chars().collect();
        for i in 0..chars.len() {
            let two = spaced_numeral(&chars, i).or_else(|| numeral_at(&chars, i, false));
            proptest::prop_assert_eq!(spaced_or_plain_numeral(&chars, i), two, "at {} of {:?}", i, chars);
        }
    }
}

#[test]
fn a_numeral_inside_a_company_or_a_term_is_no_amount_of_money() {
    // 三元乳业 is a dairy company, 二元结构 the dual (urban-rural) structure.
    assert_eq!(
        texts("华润雪花、三元乳业等重点企业均达到污水处理标准,城乡二元结构逐步破除"),
        Vec::<String>::new()
    );
    assert_eq!(texts("每吨补贴三元"), vec!["三元"]);
}

#[test]
fn a_step_crossed_is_a_threshold_without_a_unit() {
    // 湖南 2026: 地区生产总值迈上5万亿台阶 — a 5-trillion threshold, not 5 trillion machines (台).
    assert_eq!(
        facts("地区生产总值迈上5万亿台阶、五年增量超1.36万亿元"),
        vec![
            (
                "5万亿".to_string(),
                "5000000000000".to_string(),
                None,
                None,
                Other,
                Exact
            ),
            f("五年", "5", "年", Duration, Exact),
            f("超1.36万亿元", "1360000000000", "元", Money, MoreThan),
        ]
    );
    // A step with no multiplier before it stays unread: 上了一个新台阶 is prose.
    assert!(texts("迈上新台阶").is_empty());
}

#[test]
fn a_percentage_in_chinese_numerals_without_a_decimal_is_read() {
    // The 1954 report: 比上年增长百分之五; before, 百分之 was taken for a measure word followed
    // by another numeral (as in “五个一”) and the fact was dropped.
    assert_eq!(
        facts("比上年增长百分之五，棉花增长百分之十八"),
        vec![
            f("百分之五", "5", "%", Percent, Exact),
            f("百分之十八", "18", "%", Percent, Exact),
        ]
    );
}

#[test]
fn wheels_that_name_a_vehicle_are_no_count() {
    // 高阳 2017: 黑烟三轮车治理; 北京 2026: 低速电动三四轮车.
    assert!(texts("开展黑烟三轮车治理").is_empty());
    assert!(texts("淘汰低速电动三四轮车").is_empty());
    // Rounds stay counts.
    assert_eq!(texts("开展3轮专项行动"), vec!["3轮"]);
}

#[test]
fn a_bare_hundred_or_thousand_with_a_bound_is_a_threshold() {
    // 高阳 2017: 实施千万元以上项目146个; 北京 2026: 带动社会投资超千亿元.
    assert_eq!(
        facts("实施千万元以上项目146个")[0],
        f("千万元以上", "10000000", "元", Money, MoreThan)
    );
    assert_eq!(
        facts("带动社会投资超千亿元")[0],
        f("超千亿元", "100000000000", "元", Money, MoreThan)
    );
    // Without a bound it names a class of things (百万吨乙烯项目), not an amount.
    assert!(texts("建设百万吨乙烯项目").is_empty());
}
