//! Labels from the text around a clause. A bare measure (产值, 投资, 经费) says what it measures
//! but not of what, and a count in a list of grades (市级51项、县级216项…) names only its grade;
//! the words that complete them stand outside the clause:
//!
//! * the aspect a sentence opens with (非常规天然气发展方面，…产量…);
//! * the industry that opens a sentence of its paragraph (新材料产业瞄准…。…。产值超过350亿元);
//! * the line of work a sentence opens with (持续推进白洋淀上游流域综合治理，投资…，实施项目…);
//! * the other counts of a list by grade (…、县级216项行政备案事项);
//! * the phrase before 的 in the clause (全国公路的通车里程).
//!
//! These rules run after [`super::label::complete`] has tried the facts before in the same
//! sentence, so they see only what nothing nearer could name.

use super::Site;
use crate::segment;
use crate::span::{IndexedText, Span};

/// Labels that name a measure without saying of what (产量, 投资): the clause's own words could
/// not say whose it is.
const BARE_HEADS: &[&str] = &[
    "投资",
    "产量",
    "产值",
    "总产值",
    "营收",
    "营业收入",
    "销售额",
    "成交额",
    "规模",
    "总规模",
    "增加值",
    "资金",
    "收入",
];

/// Name, from the text around their clauses, the facts whose own clause left them a bare
/// measure or a name without its grade (see the module).
pub(crate) fn name_from_context(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    by_the_aspect(norm, sites, labels);
    by_the_industry(norm, sites, labels);
    by_the_opening_work(norm, sites, labels);
    graded_lists(norm, sites, labels);
    owner_before_de(norm, sites, labels);
}

/// 非常规天然气发展方面，…，力争产量突破200亿立方米、投资超120亿元: a sentence that opens with the
/// aspect it reports on (X方面，) names what its bare measures are of (非常规天然气产量).
fn by_the_aspect(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    for (site, label) in sites.iter().zip(labels.iter_mut()) {
        let Some(own) = label.as_deref().filter(|l| BARE_HEADS.contains(l)) else {
            continue;
        };
        let opening = norm.slice(Span::new(site.sentence.start, site.clause.start));
        let Some(first) = opening.split(['，', ',']).next() else {
            continue;
        };
        let Some(aspect) = first.trim().strip_suffix("方面") else {
            continue;
        };
        let aspect = aspect.strip_prefix('在').unwrap_or(aspect);
        let aspect = aspect.strip_suffix("发展").unwrap_or(aspect);
        let plain = aspect.chars().count() >= 2 && aspect.chars().all(super::is_content);
        if plain && first.len() < opening.len() {
            *label = Some(format!("{aspect}{own}"));
        }
    }
}

/// How many sentences back, within the paragraph, an industry named at a sentence's opening
/// still names a bare measure: a province's industry paragraph gives each industry two or three
/// sentences before its output.
const INDUSTRY_REACH: usize = 3;

/// How far back (in chars) the paragraph is read for those sentences.
const INDUSTRY_WINDOW: usize = 600;

/// Words after 产业 that make it part of a longer name (产业链, 产业园), not the industry itself.
const NOT_THE_INDUSTRY: &[char] = &['链', '园', '集', '基', '项', '化', '发', '体', '工', '协'];

/// Measures that say nothing of whose they are (经费, 通车里程, 总面积).
fn is_bare_measure(label: &str) -> bool {
    BARE_HEADS.contains(&label)
        || super::label::ATTRIBUTES.contains(&label)
        || matches!(label, "经费" | "支出" | "通车里程" | "总里程" | "费用")
}

/// 全国公路的通车里程达到176万公里, 用于经济建设的经费为120亿元: a bare measure after 的 is the
/// measure of the noun phrase before 的 (全国公路通车里程, 经济建设经费; a verb of purpose,
/// 用于, is left out).
fn owner_before_de(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    for (site, label) in sites.iter().zip(labels.iter_mut()) {
        let Some(own) = label.as_deref().filter(|l| is_bare_measure(l)) else {
            continue;
        };
        let lead = norm.slice(Span::new(site.clause.start, site.fact.span.start));
        let Some(at) = lead.rfind(own) else {
            continue;
        };
        if !lead[..at].ends_with('的') {
            continue;
        }
        // The char offset where 的 stands.
        let de = site.clause.start + lead[..at].chars().count() - 1;
        let owner: Vec<&segment::Word> = site
            .words
            .iter()
            .filter(|w| w.span.start >= site.clause.start && w.span.end <= de)
            .collect();
        let nominal =
            |w: &&segment::Word| w.tag.starts_with('n') || matches!(w.tag, "vn" | "b" | "j" | "l");
        let from = owner.iter().rposition(|w| !nominal(w)).map_or(0, |k| k + 1);
        let name: String = owner[from..].iter().map(|w| w.text).collect();
        if (2..=12).contains(&name.chars().count()) {
            *label = Some(format!("{name}{own}"));
        }
    }
}

/// The grades of a list of counts (国家级, 省级, 市级 …).
fn is_grade(word: &str) -> bool {
    let n = word.chars().count();
    matches!(word, "国家" | "中央" | "省" | "市" | "县")
        || ((2..=4).contains(&n)
            && word.ends_with('级')
            && !word.starts_with(|c: char| c.is_numeric())
            && word.chars().all(super::is_content))
}

/// 清理规范市级51项、县级216项行政备案事项; 建强2个国家级和22个省级区域医疗中心; 新增国家级专精特新企业
/// 5家、省级12家: a list of counts by grade names its things once, after the last count or
/// with the first, and each count is of its own grade of them (市级行政备案事项, 省级专精特新企业).
fn graded_lists(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    for i in 1..sites.len() {
        let (a, b) = (&sites[i - 1], &sites[i]);
        if a.sentence != b.sentence || a.fact.kind != b.fact.kind {
            continue;
        }
        let between = norm.slice(Span::new(a.fact.span.end, b.fact.span.start));
        // Counts of a list stand a few chars apart (、县级; 国家级和): a grade, a mark, a grade.
        if between.chars().count() > 16 {
            continue;
        }
        let (Some(first), Some(second)) = (labels[i - 1].clone(), labels[i].clone()) else {
            continue;
        };
        // (新建6个国家级、20个省级临床重点专科: the action that makes them new is said once, for
        // every grade.)
        let new = super::label::NEW_THINGS
            .iter()
            .find(|n| first.strip_prefix(**n).is_some_and(is_grade))
            .copied()
            .unwrap_or("");
        let first = first[new.len()..].to_string();
        let mut between = between;
        // 2个 *国家级* 和22个: a grade after the first count is that count's.
        if a.label_after && is_grade(&first) {
            between = between.strip_prefix(first.as_str()).unwrap_or(between);
        }
        let Some(rest) = ['、', '和', '及']
            .iter()
            .find_map(|c| between.strip_prefix(*c))
            .map(str::trim)
        else {
            continue;
        };
        let grade_a = if is_grade(&first) {
            Some(first.clone())
        } else {
            grade_at_end(norm.slice(Span::new(a.sentence.start, a.fact.span.start)))
                .map(str::to_string)
        };
        if b.label_after && (!a.label_after || is_grade(&first)) {
            // The things named after the last count, which opens with its grade or follows one.
            let (grade_b, head) = if !rest.is_empty() && grade_at_end(rest) == Some(rest) {
                (rest.to_string(), second.clone())
            } else if rest.is_empty()
                && let Some(split) = split_grade(&second)
            {
                split
            } else {
                continue;
            };
            if let Some(grade_a) = grade_a.filter(|g| *g != grade_b) {
                labels[i - 1] = Some(format!("{new}{grade_a}{head}"));
                labels[i] = Some(format!("{new}{grade_b}{head}"));
            }
        } else if is_grade(&second) && (rest.is_empty() || rest == second) {
            // The things named with the first count (国家级专精特新企业5家、省级12家).
            if let Some((k, grade_a)) = GRADES.iter().find_map(|g| first.find(g).map(|k| (k, *g)))
                && grade_a != second
            {
                let (before, after) = (&first[..k], &first[k + grade_a.len()..]);
                labels[i] = Some(format!("{before}{second}{after}"));
            }
        }
    }
}

/// Grades that open the name of graded things, longest first.
const GRADES: &[&str] = &[
    "国家级",
    "省部级",
    "自治区级",
    "省级",
    "市级",
    "县级",
    "区级",
    "乡级",
    "镇级",
    "村级",
];

/// The grade a text ends with (清理规范 *市级*), if any.
fn grade_at_end(text: &str) -> Option<&str> {
    let text = text.trim_end();
    GRADES
        .iter()
        .find(|g| text.ends_with(**g))
        .map(|g| &text[text.len() - g.len()..])
}

/// 省级区域医疗中心 → (省级, 区域医疗中心): a label that opens with a grade, split after it.
fn split_grade(label: &str) -> Option<(String, String)> {
    GRADES
        .iter()
        .find_map(|g| {
            label
                .strip_prefix(g)
                .map(|h| (g.to_string(), h.to_string()))
        })
        .filter(|(_, h)| h.chars().count() >= 2)
}

/// Rates paid per head that say what they are but not for which programme (完善城乡居民基本医保，
/// *财政补助标准* 由320元提高到380元).
const BARE_STANDARDS: &[&str] = &[
    "财政补助标准",
    "补助标准",
    "补贴标准",
    "筹资标准",
    "保障标准",
];

/// Verbs that open a sentence on a line of work (持续 *推进* 白洋淀上游流域综合治理) or close its
/// topic clause (对口援青和东西部协作持续 *深化*).
const WORK_VERBS: &[&str] = &[
    "推进", "深化", "实施", "推动", "加强", "开展", "加快", "抓好", "落实", "完成", "启动", "完善",
];

/// 持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个; 对口援青和东西部协作持续深化，落实
/// 资金27.3亿元，实施项目681个: a sentence that opens with a clause of no number naming a line of
/// work (a work verb and its object, or a subject and a work verb) spends its bare money and
/// counts its bare projects on that work (白洋淀上游流域综合治理投资, …项目).
fn by_the_opening_work(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    // Facts this rule named: the work names every bare measure up to another fact's.
    let mut named = vec![false; sites.len()];
    for (i, (site, label)) in sites.iter().zip(labels.iter_mut()).enumerate() {
        let Some(own) = label
            .as_deref()
            .filter(|l| BARE_HEADS.contains(l) || BARE_STANDARDS.contains(l) || *l == "项目")
        else {
            continue;
        };
        // A fact before it in the sentence is nearer context (…320个共建重点项目完成投资…).
        let alone = (0..i)
            .rev()
            .take_while(|&k| sites[k].sentence == site.sentence)
            .all(|k| named[k]);
        let lead = norm.slice(Span::new(site.sentence.start, site.fact.span.start));
        let Some((first, _)) = lead.split_once(['，', ',']).filter(|_| alone) else {
            continue;
        };
        if let Some(work) = line_of_work(first) {
            *label = Some(format!("{work}{own}"));
            named[i] = true;
        }
    }
}

/// The line of work a clause of no number names: 持续推进 *白洋淀上游流域综合治理*, *对口援青和东西部
/// 协作* 持续深化. Nouns only (with 和 between them), two to sixteen chars.
fn line_of_work(clause: &str) -> Option<String> {
    let clause = clause.trim();
    if !(2..=24).contains(&clause.chars().count()) || clause.chars().any(|c| c.is_numeric()) {
        return None;
    }
    let words = segment::tag(clause, 0);
    let adverb = |w: &segment::Word| matches!(w.tag, "d" | "ad" | "vd");
    let work = |w: &segment::Word| WORK_VERBS.contains(&w.text);
    // Names mix in places (上游, 东西部: f), set phrases (综合治理: l) and short adjectives (援青).
    let named = |ws: &[segment::Word]| {
        !ws.is_empty()
            && ws.iter().all(|w| {
                matches!(w.tag, "vn" | "j" | "b" | "f" | "l" | "a")
                    || w.tag.starts_with('n')
                    || matches!(w.text, "和" | "及")
            })
            && ws
                .last()
                .is_some_and(|w| !matches!(w.tag, "a" | "f") && !matches!(w.text, "和" | "及"))
    };
    let mut k = 0;
    while words.get(k).is_some_and(adverb) {
        k += 1;
    }
    let topic: &[segment::Word] = if words.get(k).is_some_and(work) {
        &words[k + 1..]
    } else {
        let mut end = words.len();
        if !words.last().is_some_and(work) {
            return None;
        }
        end -= 1;
        while end > 0 && adverb(&words[end - 1]) {
            end -= 1;
        }
        &words[..end]
    };
    let text: String = topic.iter().map(|w| w.text).collect();
    (named(topic) && (2..=16).contains(&text.chars().count())).then_some(text)
}

/// 新材料产业瞄准高端化发力，…。拓展聚醚醚酮产业化应用，…。产值超过350亿元。: a province's
/// industry paragraph opens a sentence with each industry and ends its stretch with a bare
/// output (产值, 产业投资) that is that industry's (新材料产业产值). A bare head counts only where it
/// opens its sentence; 产业投资 and 产业规模 name an industry anywhere.
fn by_the_industry(norm: &IndexedText, sites: &[Site], labels: &mut [Option<String>]) {
    for (site, label) in sites.iter().zip(labels.iter_mut()) {
        let Some(own) = label.as_deref() else {
            continue;
        };
        let industry_measure = own
            .strip_prefix("产业")
            .is_some_and(|rest| BARE_HEADS.contains(&rest));
        let opening = norm.slice(Span::new(site.sentence.start, site.fact.span.start));
        let opens = BARE_HEADS.contains(&own) && opening.trim_start().starts_with(own);
        if !(industry_measure || opens) {
            continue;
        }
        if let Some(industry) = industry_before(norm, site.sentence.start) {
            let measure = own.strip_prefix("产业").unwrap_or(own);
            *label = Some(format!("{industry}{measure}"));
        }
    }
}

/// The industry (…产业) that opens one of the [`INDUSTRY_REACH`] sentences before `start` in its
/// paragraph, the nearest first.
fn industry_before(norm: &IndexedText, start: usize) -> Option<&str> {
    let before = norm.slice(Span::new(start.saturating_sub(INDUSTRY_WINDOW), start));
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    paragraph
        .trim_end()
        .trim_end_matches(['。', '！', '？', '；'])
        .rsplit(['。', '！', '？'])
        .take(INDUSTRY_REACH)
        .find_map(industry_opening)
}

/// 新材料产业瞄准…: the industry a sentence opens with, if it opens with one (a name of at most
/// eight chars of plain text and no verb before 产业, not 产业链 or 产业园).
fn industry_opening(sentence: &str) -> Option<&str> {
    let sentence = sentence.trim_start_matches(|c: char| c.is_whitespace());
    let at = sentence.find("产业")?;
    let name = &sentence[..at];
    let plain = (1..=8).contains(&name.chars().count())
        && name.chars().all(super::is_content)
        // 加快发展数字产业 opens with an action, not an industry.
        && segment::tag(name, 0)
            .iter()
            .all(|w| !matches!(w.tag.chars().next(), Some('v' | 'd' | 'p' | 'c' | 'r')));
    let next = sentence[at + "产业".len()..].chars().next();
    (plain && next.is_some_and(|c| !NOT_THE_INDUSTRY.contains(&c)))
        .then(|| &sentence[..at + "产业".len()])
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::labels;

    #[test]
    fn an_aspect_opening_the_sentence_names_its_bare_measures() {
        assert_eq!(
            labels("非常规天然气发展方面，加快增储上产，力争产量突破200亿立方米、投资超120亿元。"),
            vec!["非常规天然气产量", "非常规天然气投资"]
        );
        // A measure named in full keeps its name.
        assert_eq!(
            labels("就业方面，城镇新增就业124.9万人。"),
            vec!["城镇新增就业"]
        );
    }

    #[test]
    fn an_industry_opening_a_sentence_names_the_bare_output_after_it() {
        assert_eq!(
            labels(
                "新材料产业瞄准高端化发力，加快碳纤维产业园提质升级。拓展聚醚醚酮应用。产值超过350亿元。"
            ),
            vec!["新材料产业产值"]
        );
        // 产业投资 names the industry wherever it stands.
        assert_eq!(
            labels(
                "新能源产业深度拓展多场景应用。力争新增装机突破1000万千瓦，产业投资超过1000亿元。"
            )[1],
            "新能源产业投资"
        );
        // An action on an industry is not an industry opening its sentence; another paragraph
        // names nothing.
        assert_ne!(
            labels("加快发展数字产业。产值突破100亿元。"),
            vec!["加快发展数字产业产值"]
        );
        assert_eq!(
            labels("石化产业持续提质。\n产值突破100亿元。"),
            vec!["产值"]
        );
    }

    #[test]
    fn an_opening_line_of_work_names_the_bare_money_and_projects_after_it() {
        assert_eq!(
            labels("持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。"),
            vec!["白洋淀上游流域综合治理投资", "白洋淀上游流域综合治理项目"]
        );
        assert_eq!(
            labels("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。"),
            vec!["对口援青和东西部协作资金", "对口援青和东西部协作项目"]
        );
        // Not an opening that is no plain line of work, nor past a fact nearer to the measure.
        assert!(!labels("坚持民生为大，安排资金136亿元。")[0].contains("民生为大"));
        assert_eq!(
            labels("深化川渝合作，320个共建重点项目完成投资5332亿元。")[1],
            "共建重点项目投资"
        );
    }

    #[test]
    fn an_opening_line_of_work_names_the_bare_standard_after_it() {
        assert_eq!(
            labels("完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元。"),
            vec![
                "城乡居民基本医保财政补助标准",
                "城乡居民基本医保财政补助标准"
            ]
        );
    }

    #[test]
    fn a_list_of_counts_by_grade_names_each_grade_of_the_same_things() {
        assert_eq!(
            labels("清理规范市级51项、县级216项行政备案事项。"),
            vec!["市级行政备案事项", "县级行政备案事项"]
        );
        assert_eq!(
            labels("建强2个国家级和22个省级区域医疗中心。"),
            vec!["国家级区域医疗中心", "省级区域医疗中心"]
        );
        assert_eq!(
            labels("新增国家级专精特新企业5家、省级12家。"),
            vec!["新增国家级专精特新企业", "新增省级专精特新企业"]
        );
        // What a causing verb pushes the whole list to is not its name.
        assert_eq!(
            labels("推动4个国家级、8个省级外贸转型示范基地提档升级。"),
            vec!["国家级外贸转型示范基地", "省级外贸转型示范基地"]
        );
    }

    #[test]
    fn a_bare_measure_after_de_is_of_the_phrase_before() {
        assert_eq!(
            labels("全国公路的通车里程达到176万公里。"),
            vec!["全国公路通车里程"]
        );
        assert_eq!(
            labels("用于经济建设的经费为120亿元。"),
            vec!["经济建设经费"]
        );
        // A measure named in full keeps its name.
        assert_eq!(labels("我国的粮食产量达到6.5亿吨。"), vec!["粮食产量"]);
    }
}
