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

/// (text, value, high, unit, kind, approx) of every fact.
fn facts(s: &str) -> Vec<(String, String, Option<String>, Option<String>, Kind, Approx)> {
    run(s, Some(2022))
        .facts
        .into_iter()
        .map(|f| (f.text, f.value_text, f.high_text, f.unit, f.kind, f.approx))
        .collect()
}

fn f(
    text: &str,
    value: &str,
    unit: &str,
    kind: Kind,
    approx: Approx,
) -> (String, String, Option<String>, Option<String>, Kind, Approx) {
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
    run(s, Some(2022)).facts.into_iter().map(|f| f.text).collect()
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
        facts("发动“双报到”党员参与社区防疫1000余名,对接市、区两级机关支援人员154人,先后选派2名同志前往4个居民区"),
        vec![
            f("1000余名", "1000", "名", Count, MoreThan),
            f("154人", "154", "人", Count, Exact),
            f("2名", "2", "名", Count, Exact),
            f("4个", "4", "个", Count, Exact),
        ]
    );
}

#[test]
fn shanghai_money_and_percent() {
    // provincial-2026/2026_上海市_政府工作报告.txt
    let got = run("全市生产总值达到5.67万亿元、增长5.4%，好于预期。", Some(2025)).facts;
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
        vec![f("30微克/立方米", "30", "微克/立方米", Concentration, Exact)]
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
    let got = run("每个社区配备3至5个网格员，增长3%—5%，三四个月，2—3万元", Some(2022)).facts;
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

