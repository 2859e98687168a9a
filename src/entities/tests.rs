//! Unit tests with real sentences from the corpus.

use super::*;

/// Run the entity stage on one line of text, as the pipeline would on a body range.
fn entities(text: &str) -> Vec<(&'static str, String, Option<String>)> {
    let source = IndexedText::new(text.to_string());
    let norm = IndexedText::new(crate::normalize::normalize(text));
    let range = Span::new(0, source.char_len());
    let words = segment::tag_ranges(&norm, &[range]);
    extract(&source, &norm, &[range], &words)
        .into_iter()
        .map(|e| {
            assert_eq!(source.slice(e.span), e.text, "span cuts back to its text");
            (e.kind, e.text, e.role)
        })
        .collect()
}

fn has(found: &[(&'static str, String, Option<String>)], kind: &str, text: &str) -> bool {
    found.iter().any(|(k, t, _)| *k == kind && t == text)
}

/// The texts of the entities of one kind, in order.
fn of_kind<'a>(found: &'a [(&'static str, String, Option<String>)], kind: &str) -> Vec<&'a str> {
    found
        .iter()
        .filter(|(k, _, _)| *k == kind)
        .map(|(_, t, _)| t.as_str())
        .collect()
}

#[test]
fn cited_document_span_excludes_brackets() {
    let text = "根据《上海市绿色社区创建行动实施方案》,完成18个居民区100%绿色社区申报工作。";
    let source = IndexedText::new(text.to_string());
    let norm = source.clone();
    let range = [Span::new(0, source.char_len())];
    let words = segment::tag_ranges(&norm, &range);
    let found = extract(&source, &norm, &range, &words);
    let doc = found
        .iter()
        .find(|e| e.kind == "document")
        .expect("a document");
    assert_eq!(doc.text, "上海市绿色社区创建行动实施方案");
    assert_eq!(doc.span, Span::new(3, 18));
    // Nothing inside the title is reported on its own (上海市 is part of the title).
    assert_eq!(found.iter().filter(|e| e.span.start < 19).count(), 1);
}

#[test]
fn person_with_office_chain_as_role() {
    let found = entities(
        "10月13日,街道承办读书会活动,静安区人大监察和司法委员会委员、城上城居民区党总支书记、新任法治带头人张海燕分享了心得体会。",
    );
    let person = found
        .iter()
        .find(|(k, _, _)| *k == "person")
        .expect("a person");
    assert_eq!(person.1, "张海燕");
    assert_eq!(
        person.2.as_deref(),
        Some("静安区人大监察和司法委员会委员、城上城居民区党总支书记、新任法治带头人")
    );
    assert!(
        has(&found, "organization", "静安区人大监察和司法委员会"),
        "{found:?}"
    );
}

#[test]
fn residents_area_is_not_part_of_the_role() {
    let found = entities(
        "联合街道辖区范围内上海铁路运输检察院青年干警及灵光居民区党员张霞民创作舞台剧《守护》献礼二十大。",
    );
    assert!(
        has(&found, "organization", "上海铁路运输检察院"),
        "{found:?}"
    );
    assert!(has(&found, "place", "灵光居民区"), "{found:?}");
    assert!(has(&found, "document", "守护"), "{found:?}");
    let person = found
        .iter()
        .find(|(k, _, _)| *k == "person")
        .expect("a person");
    assert_eq!(
        (person.1.as_str(), person.2.as_deref()),
        ("张霞民", Some("党员"))
    );
}

#[test]
fn name_split_by_the_segmenter_and_spaced_signature() {
    let found = entities("高阳县人民政府县长 闫向阳");
    assert!(has(&found, "person", "闫向阳"), "{found:?}");
    let found = entities("上海市市长 龚 正");
    assert!(has(&found, "person", "龚 正"), "{found:?}");
}

#[test]
fn a_title_after_a_name_introduces_a_leader() {
    let found = entities("深入学习贯彻习近平总书记系列重要讲话精神");
    assert_eq!(
        found,
        [("person", "习近平".to_string(), Some("总书记".to_string()))]
    );
    let found = entities("毛泽东主席曾经指出");
    assert!(has(&found, "person", "毛泽东"), "{found:?}");
    // The leadership formula names the person (同志 after the name).
    let found = entities("团结在以习近平同志为核心的党中央周围");
    assert!(has(&found, "person", "习近平"), "{found:?}");
    let found = entities("许勤省长指出");
    assert!(has(&found, "person", "许勤"), "{found:?}");
    // A reduplicated adverb after an office is no name.
    let found = entities("牢记习近平总书记殷殷嘱托");
    assert_eq!(of_kind(&found, "person"), ["习近平"], "{found:?}");
    // A title alone, or after a word that is not a name, introduces no one.
    let found = entities("总书记有号令、党中央有部署");
    assert!(!found.iter().any(|(k, _, _)| *k == "person"), "{found:?}");
}

#[test]
fn names_listed_after_a_person_are_people() {
    let found = entities("党员张霞民、李建国、王秀英参加志愿服务");
    assert_eq!(
        of_kind(&found, "person"),
        ["张霞民", "李建国", "王秀英"],
        "{found:?}"
    );
    // Only the first takes the office written before it.
    assert!(
        found
            .iter()
            .any(|(_, t, r)| t == "张霞民" && r.as_deref() == Some("党员"))
    );
    assert!(found.iter().any(|(_, t, r)| t == "李建国" && r.is_none()));
    // An office after a listed person is the next person's alone.
    let found = entities("党员张霞民、志愿者李建国参加");
    assert!(
        found
            .iter()
            .any(|(_, t, r)| t == "李建国" && r.as_deref() == Some("志愿者"))
    );
    // The list stops at a word that is not a name.
    let found = entities("党员张霞民、社区居民和志愿者参加");
    assert_eq!(of_kind(&found, "person"), ["张霞民"], "{found:?}");
}

#[test]
fn jieba_name_tags_alone_are_not_people() {
    // jieba tags 法律顾问 and 楼栋 as person names; no office introduces them.
    let found = entities(
        "积极发挥街道法律顾问在进行重大决策中的作用,对阳性病例家庭的住所、楼栋开展终末消毒。",
    );
    assert!(!found.iter().any(|(k, _, _)| *k == "person"), "{found:?}");
    // A doctrine named after a person is not a mention of the person.
    let found = entities("深入学习贯彻习近平法治思想。");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn nested_names_keep_the_longest() {
    let found = entities("上海市静安区人民政府芷江西路街道办事处");
    assert_eq!(
        found,
        vec![(
            "organization",
            "上海市静安区人民政府芷江西路街道办事处".to_string(),
            None
        )]
    );
    let found =
        entities("保险数据来自中国银行业监督管理委员会洛阳监管分局;其他数据均来自市统计局。");
    assert!(
        has(
            &found,
            "organization",
            "中国银行业监督管理委员会洛阳监管分局"
        ),
        "{found:?}"
    );
    assert!(has(&found, "organization", "市统计局"), "{found:?}");
}

#[test]
fn organisation_names_stop_at_verbs_and_glued_prepositions() {
    let found = entities("对区投资办下发的107家企业逐一进行沟通联系。");
    assert!(has(&found, "organization", "区投资办"), "{found:?}");
    let found = entities("对区房管局检查发现的49户危房发放督修告知书。");
    assert!(has(&found, "organization", "区房管局"), "{found:?}");
    let found = entities("科技数据来自市发改委和市科技局;就业数据来自市人力资源和社会保障局。");
    assert!(has(&found, "organization", "市发改委"), "{found:?}");
    assert!(has(&found, "organization", "市科技局"), "{found:?}");
    assert!(
        has(&found, "organization", "市人力资源和社会保障局"),
        "{found:?}"
    );
}

#[test]
fn bare_bodies_and_descriptions() {
    let found = entities("健全司法所所长列席街道办事处主任办公会议制度。");
    assert!(has(&found, "organization", "司法所"), "{found:?}");
    // A description with a weak head is not a body: 医院和矫正中心, 为老服务中心.
    let found = entities("司法所积极协调社区、医院和矫正中心,保障其就医需求。");
    assert_eq!(
        found
            .iter()
            .filter(|(k, _, _)| *k == "organization")
            .count(),
        1,
        "{found:?}"
    );
    // Meetings and report titles are not the body (县政府常务会议, 省委九届八次全会).
    let found = entities("召开县政府常务会议,贯彻省委九届八次全会精神。");
    assert!(
        !found.iter().any(|(k, _, _)| *k == "organization"),
        "{found:?}"
    );
    // 格局 and 大变局 end in 局 but are not offices.
    let found = entities("世界百年未有之大变局加速演进,形成新发展格局。");
    assert!(
        !found.iter().any(|(k, _, _)| *k == "organization"),
        "{found:?}"
    );
}

#[test]
fn congress_and_committee_named_alone_but_not_their_members_or_sessions() {
    let found = entities(
        "自觉接受人大及其常委会的法律监督，自觉接受政协的民主监督，认真办理人大代表建议和政协委员提案。",
    );
    assert_eq!(
        of_kind(&found, "organization"),
        ["人大", "政协"],
        "{found:?}"
    );
    let found = entities("完成了县十七届人大二次会议确定的目标，发挥工会、共青团、妇联等作用。");
    assert_eq!(
        of_kind(&found, "organization"),
        ["工会", "共青团", "妇联"],
        "{found:?}"
    );
}

#[test]
fn governments_and_organisations_jieba_knows() {
    let found =
        entities("我国正式加入世界贸易组织，上海合作组织的建立，中央政府全力支持，美国政府拒绝。");
    assert_eq!(
        of_kind(&found, "organization"),
        ["世界贸易组织", "上海合作组织", "中央政府", "美国政府"],
        "{found:?}"
    );
    assert!(!found.iter().any(|(k, _, _)| *k == "place"), "{found:?}");
    // A company's name that a place opens is one name (not 北京 and 汽车有限公司).
    let found = entities("引进北京现代汽车有限公司。");
    assert_eq!(
        of_kind(&found, "organization"),
        ["北京现代汽车有限公司"],
        "{found:?}"
    );
    assert!(of_kind(&found, "place").is_empty(), "{found:?}");
    // Kinds of organisation, a cut that reads 清政府 across two words, a report's title.
    let found = entities(
        "加强基层党组织建设，全口径摸清政府系统债务底数，支持城市社区集体经济组织发展。2026年四川省人民政府工作报告",
    );
    assert!(of_kind(&found, "organization").is_empty(), "{found:?}");
}

#[test]
fn laboratories_exchanges_media_and_units_named_by_a_place() {
    let found = entities(
        "支持崂山实验室、苏州实验室建设，深化上海航运交易所体制改革，湖北省慈善总会、武警湖北总队参与。",
    );
    for org in [
        "崂山实验室",
        "苏州实验室",
        "上海航运交易所",
        "湖北省慈善总会",
        "武警湖北总队",
    ] {
        assert!(has(&found, "organization", org), "{org}: {found:?}");
    }
    // A designation or a field is no one laboratory.
    let found = entities("推动国家实验室落地，新增全国重点实验室，获批哲学社会科学实验室。");
    assert!(of_kind(&found, "organization").is_empty(), "{found:?}");
}

#[test]
fn superlatives_counts_and_words_before_a_named_lake_are_not_names() {
    // 亚洲|最大|专业|货运|机场, 12480|个入|河, 机场|花湖, 法治|浙江.
    let found = entities(
        "亚洲最大专业货运机场花湖国际机场成为内陆出海口，完成12480个入河排污口整治，纵深推进法治浙江建设。",
    );
    assert_eq!(
        of_kind(&found, "place"),
        ["亚洲", "花湖国际机场", "浙江"],
        "{found:?}"
    );
    // A place or one char before a two-char lake or river is its name's; a verb is not.
    let found = entities("严格落实长江十年禁渔，孝义河、潴龙河、小白河3条河流断面水质达标。");
    for place in ["孝义河", "潴龙河", "小白河"] {
        assert!(has(&found, "place", place), "{place}: {found:?}");
    }
    assert!(!has(&found, "place", "落实长江"), "{found:?}");
    // The governments of every level are not one body.
    let found = entities("完成省市县政府机构改革，全面建立乡镇履职事项清单。");
    assert!(of_kind(&found, "organization").is_empty(), "{found:?}");
}

#[test]
fn continents_science_cities_and_international_airports() {
    let found = entities(
        "以东湖科学城为核心区域，打造亚欧陆海联运新通道，花湖国际机场成为亚洲最大专业货运机场。",
    );
    for place in ["东湖科学城", "亚欧", "花湖国际机场", "亚洲"] {
        assert!(has(&found, "place", place), "{place}: {found:?}");
    }
    // A city and the airport named after it are one place.
    let found = entities("昆明长水国际机场年度旅客吞吐量突破5000万人次。");
    assert_eq!(of_kind(&found, "place"), ["昆明长水国际机场"], "{found:?}");
    // A disease named after a region names no place.
    let found = entities("全力打好非洲猪瘟疫病防控阻击战，开拓东盟、非洲、中东市场。");
    assert_eq!(of_kind(&found, "place"), ["非洲"], "{found:?}");
}

#[test]
fn addresses_and_lists_of_house_numbers() {
    let found = entities(
        "完成对长兴路131号、137号、西藏北路1115号、大统路1098号等处规模租赁点位的清理整顿。",
    );
    for a in ["长兴路131号", "137号", "西藏北路1115号", "大统路1098号"] {
        assert!(has(&found, "address", a), "{a}: {found:?}");
    }
    let found = entities(
        "永兴小马路29-31号结构加固项目金额超过100万。对大统路933弄鸽棚等违法建筑攻坚克难。",
    );
    assert!(has(&found, "address", "永兴小马路29-31号"), "{found:?}");
    assert!(has(&found, "address", "大统路933弄"), "{found:?}");
}

#[test]
fn places_named_and_generic() {
    let found = entities("城上城和苏家巷居民区参加区级新选法治带头人培训,18个居民区完成申报。");
    assert!(has(&found, "place", "苏家巷居民区"), "{found:?}");
    // A count of residents' areas is not a name.
    assert!(
        !found.iter().any(|(_, t, _)| t.contains("18个")),
        "{found:?}"
    );
    let found = entities("紧紧盯住流经我县的孝义河、潴龙河3条河流,没有向白洋淀流入一滴污水。");
    assert!(has(&found, "place", "潴龙河"), "{found:?}");
}

#[test]
fn programmes_in_quotes_but_not_slogans() {
    let found = entities(
        "全面推行线上“一网通办”,坚定不移贯彻“动态清零”总方针,抓住“关键少数”,由专人负责“12345”工单。",
    );
    assert!(has(&found, "programme", "一网通办"), "{found:?}");
    assert!(!has(&found, "programme", "动态清零"), "{found:?}");
    assert!(!has(&found, "programme", "关键少数"), "{found:?}");
    assert!(!has(&found, "programme", "12345"), "{found:?}");
    // ASCII quotes (scraped reports) and the span without the marks.
    let found = entities("强力开展\"一区三边\"违法建设专项整治");
    assert!(has(&found, "programme", "一区三边"), "{found:?}");
}

#[test]
fn quoted_numbers_evaluations_and_honours_are_not_programmes() {
    // A plan period, numbered aims, a layout of numbered parts.
    let found = entities(
        "“十四五”时期，坚决做到“两个维护”，“九纵五横四环”高速公路骨架网基本形成，实现“四个全覆盖”。",
    );
    assert!(of_kind(&found, "programme").is_empty(), "{found:?}");
    // An evaluation, verbs with their complement, a description that starts with a figure.
    let found =
        entities("考核评估中实现“九连好”，做到“放得活”“管得好”，汉襄宜“1小时高铁圈”基本形成。");
    assert!(of_kind(&found, "programme").is_empty(), "{found:?}");
    // A designation given, a manner, a kind of firm, a place's title, a nickname, an award.
    let found = entities(
        "被省政府命名为“省级现代农业园区”，工业经济运行出现“断崖式”下滑，加大“土小企业”打击力度，增强亳州“世界中医药之都”影响力，“中国光谷”加速向“世界光谷”迈进，获“中国工业大奖”。",
    );
    assert!(of_kind(&found, "programme").is_empty(), "{found:?}");
    let found = entities("建设“空中丝绸之路”，办好“上海之夏”国际消费季。");
    assert_eq!(
        of_kind(&found, "programme"),
        ["空中丝绸之路", "上海之夏"],
        "{found:?}"
    );
    // An honour list, a series of things, a group of people.
    let found = entities(
        "6个遗址入选“中国百年百大考古发现”，“神舟”系列飞船试验成功，同“台独”分裂势力进行斗争。",
    );
    assert!(of_kind(&found, "programme").is_empty(), "{found:?}");
}

#[test]
fn programmes_the_text_calls_programmes_whatever_their_form() {
    let found = entities(
        "12部文艺作品获得“五个一工程”奖，滚动开展“三个一批”活动，48个学科入选“双一流”建设名单。",
    );
    assert_eq!(
        of_kind(&found, "programme"),
        ["五个一工程", "三个一批", "双一流"],
        "{found:?}"
    );
    let found = entities("办好“浙里买全球”系列活动，大力实施“走出去”战略，共建“一带一路”。");
    assert_eq!(
        of_kind(&found, "programme"),
        ["浙里买全球", "走出去", "一带一路"],
        "{found:?}"
    );
}

#[test]
fn a_quoted_grouping_of_places_is_a_place() {
    let found = entities("“宜荆荆襄”新能源新材料、“汉宜荆黄”绿色智能船舶等产业走廊加快建设。");
    assert!(has(&found, "place", "宜荆荆襄"), "{found:?}");
    assert!(has(&found, "place", "汉宜荆黄"), "{found:?}");
    assert!(of_kind(&found, "programme").is_empty(), "{found:?}");
    // A place word alone in quotation marks is a slogan's (“两山”理论).
    let found = entities("个县（区）获评“两山”实践创新基地。");
    assert!(!found.iter().any(|(k, _, _)| *k == "place"), "{found:?}");
}

#[test]
fn output_is_sorted_and_never_overlaps() {
    let text = "依托“芷江新视野”微信公众号,与派出所、信访办、各居民区建立沟通联络协作机制,对长兴路131号进行集中拆除。";
    let source = IndexedText::new(text.to_string());
    let norm = IndexedText::new(crate::normalize::normalize(text));
    let range = [Span::new(0, source.char_len())];
    let words = segment::tag_ranges(&norm, &range);
    let found = extract(&source, &norm, &range, &words);
    for pair in found.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{found:?}");
    }
    assert!(found.iter().any(|e| e.text == "信访办"), "{found:?}");
}

#[test]
fn ministries_and_provincial_departments_from_the_dictionary() {
    let found = entities(
        "对中央环保督察\"回头看\"、生态环境部强化督查、省环保厅专项督查等各类问题全力整改。",
    );
    assert!(has(&found, "organization", "生态环境部"), "{found:?}");
    assert!(has(&found, "organization", "省环保厅"), "{found:?}");
    assert!(has(&found, "programme", "回头看"), "{found:?}");
    // 部 ends many ordinary words (街道干部, 全部) that are not bodies.
    let found = entities("街道干部下沉支援一线174人,全部到岗。");
    assert!(
        !found.iter().any(|(k, _, _)| *k == "organization"),
        "{found:?}"
    );
}

#[test]
fn quoted_laws_are_documents_and_quoted_methods_are_not() {
    let found = entities("修正「就業保險法」及「軍人保險條例」,成立「經濟發展委員會」。");
    assert!(has(&found, "document", "就業保險法"), "{found:?}");
    assert!(has(&found, "document", "軍人保險條例"), "{found:?}");
    assert!(has(&found, "organization", "經濟發展委員會"), "{found:?}");
    let found = entities("推动\"好农机商城\"等线上交易平台发展，提升“云企出海联盟”效能。");
    assert_eq!(
        of_kind(&found, "organization"),
        ["好农机商城", "云企出海联盟"],
        "{found:?}"
    );
    let found = entities("依托群租治理“七步工作法”,共计排查各类群租线索136条。");
    assert!(has(&found, "programme", "七步工作法"), "{found:?}");
}

/// The texts that one rule (`find`) reports in `text`, read as one piece: for testing a
/// rule without the others.
pub(super) fn found_by(text: &str, find: fn(&Piece) -> Vec<Candidate>) -> Vec<String> {
    let norm = IndexedText::new(crate::normalize::normalize(text));
    let range = Span::new(0, norm.char_len());
    let words = segment::tag(norm.slice(range), 0);
    find(&Piece::new(&norm, range, &words))
        .into_iter()
        .map(|c| norm.slice(c.span).to_string())
        .collect()
}

/// Every line of the project corpus's UTF-8 reports, normalized as the pipeline normalizes
/// body text: the prefilter tests check, word by word, that a cheap test in front of a rule
/// never turns away a word the full rule accepts.
pub(super) fn corpus_lines() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut lines = Vec::new();
    for dir in ["provincial", "district", "national", "seed", "bulletin"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("corpus directory")
            .map(|e| e.expect("corpus entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("a UTF-8 report");
            lines.extend(text.lines().map(crate::normalize::normalize));
        }
    }
    assert!(lines.len() > 1000, "corpus not found");
    lines
}

#[test]
fn pieces_cut_spans_to_their_range() {
    let norm = IndexedText::new("一二三四五六七八".to_string());
    let words = segment::tag_ranges(&norm, &[Span::new(0, 8)]);
    let p = Piece::new(&norm, Span::new(2, 6), &words);
    assert_eq!(p.text(Span::new(0, 8)), "三四五六");
    assert_eq!(p.text(Span::new(5, 99)), "六");
    assert_eq!(p.text(Span::new(7, 9)), "");
    assert_eq!(p.char_at(2), Some('三'));
    assert_eq!((p.char_at(1), p.char_at(6)), (None, None));
    // A range past the end of the text stops where the text does.
    let p = Piece::new(&norm, Span::new(6, 12), &words);
    assert_eq!(p.span, Span::new(6, 8));
    assert_eq!(
        Piece::new(&norm, Span::new(10, 12), &words).span,
        Span::new(10, 10)
    );
}

#[test]
fn settling_keeps_what_a_scan_of_the_kept_candidates_keeps() {
    // The candidates of a made-up document: many overlapping spans of every kind.
    let kinds = [
        Kind::Document,
        Kind::Programme,
        Kind::Address,
        Kind::Organization,
        Kind::Person,
        Kind::Place,
    ];
    let mut seed: u64 = 7;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % n) as usize
    };
    let cands: Vec<Candidate> = (0..2000)
        .map(|_| {
            let start = next(3000);
            Candidate::new(kinds[next(6)], Span::new(start, start + next(12)))
        })
        .collect();
    // What settling meant before the index: keep a candidate unless it overlaps one kept.
    let mut by_scan = cands.clone();
    by_scan.retain(|c| !c.span.is_empty());
    by_scan.sort_by(precedence);
    let mut kept: Vec<Candidate> = Vec::new();
    for c in by_scan {
        if !kept
            .iter()
            .any(|k| k.span.start < c.span.end && c.span.start < k.span.end)
        {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.span.start, c.span.end));
    let settled = settle(cands);
    assert!(settled.len() > 300, "{}", settled.len());
    assert_eq!(settled, kept);
}
