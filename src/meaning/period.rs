//! Period: the time a fact refers to.
//!
//! The nearest time expression before the number in its sentence wins (2025年末, 截至11月底,
//! 全年, 十四五时期, 过去五年); a date that is the base of a comparison (比2020年) is not a period.
//! Without one, a dated heading (一、2018年工作回顾) gives the period; without that, the report
//! year does, with no text.

use std::sync::LazyLock;

use regex::Regex;

use std::collections::HashMap;

use super::{LinkRel, Meaning, MeaningInput, Role, Site};
use crate::span::{Span, overlapping};
use crate::structure::Section;

/// Relative and plan-period words: the text, and how to turn the report year into a period.
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({})(?:时期|期间|以来|规划期)?|过去五年|这五年|五年来|今后五年|未来五年|过去一年|一年来|(?:今年)?年底前|全年|年末|年底|年内|今年|去年|上年末|当年|本年",
        plan_names()
    ))
    .expect("static regex")
});

/// A plan period or relative time opening a label (十四五时期全省生产安全事故起数): the fact's
/// `period` says when, so the label keeps only what is measured.
static LEADING_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:{})(?:时期|期间|以来|规划期|末|初)?|过去五年|五年来|今后五年|未来五年|全年|年内|今年|去年|上年末?|当年)的?",
        plan_names()
    ))
    .expect("static regex")
});

/// `label` without a period word at its start, when enough of it is left to name something.
pub(crate) fn without_leading_period(label: &str) -> Option<&str> {
    let m = LEADING_PERIOD.find(label)?;
    let rest = &label[m.end()..];
    (rest.chars().count() >= 2).then_some(rest)
}

/// The five-year plans a report can name, with the first year of each (十一五 is 2006–2010).
const PLANS: [(&str, i32); 6] = [
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十六五", 2031),
];

/// The plans' names as a regex alternation (十一五|十二五|…), for patterns that find them.
pub(crate) fn plan_names() -> String {
    PLANS.map(|(plan, _)| plan).join("|")
}

/// The first year of the five-year plan `word` opens with (十四五时期 → 2021).
pub(crate) fn plan_start(word: &str) -> Option<i32> {
    PLANS
        .iter()
        .find(|(plan, _)| word.starts_with(plan))
        .map(|&(_, start)| start)
}

/// The period of one plan name or relative word, given the report year and the year of the
/// part of the report it is in (全年 in a 2018年工作回顾 chapter is 2018).
fn resolve(word: &str, year: Option<i32>, context: Option<i32>) -> Option<String> {
    if let Some(start) = plan_start(word) {
        return Some(format!("{start}/{}", start + 4));
    }
    let y = year?;
    let c = context.unwrap_or(y);
    Some(match word {
        "过去五年" | "这五年" | "五年来" => format!("{}/{}", y - 5, y - 1),
        // (今后五年 in a 2017 report: 2017 to 2021, the term the report plans for.)
        "今后五年" | "未来五年" => format!("{}/{}", y, y + 4),
        "过去一年" | "一年来" | "去年" | "上年末" => (y - 1).to_string(),
        "今年" => y.to_string(),
        w if w.ends_with("年底前") => {
            format!("{}-12", if w.starts_with("今年") { y } else { c })
        }
        _ => c.to_string(),
    })
}

/// 过去五年…全部财政收入完成10.3亿元，是2011年的1.1倍: in a review of several years, a level
/// compared with a base year (and its change) is the figure of the last year; only a total or
/// a yearly average (累计, 年均) covers the whole span. The changes linked to a level carry the
/// comparison, so this runs after the links.
pub(crate) fn end_year_of_compared_levels(sites: &[Site], out: &mut [Meaning]) {
    // Words, not substrings: 共 is a total, 一般公共预算收入 is not.
    let over_span = |site: &Site| {
        site.words
            .iter()
            .any(|w| super::role::is_total_word(w.text) || matches!(w.text, "年均" | "每年"))
    };
    for i in 0..out.len() {
        let Some(level) = out[i]
            .links
            .iter()
            .find(|(rel, _)| *rel == LinkRel::Level)
            .map(|&(_, j)| j)
        else {
            continue;
        };
        if out[i].base.is_none() {
            continue;
        }
        for k in [level, i] {
            let Some(end) = out[k]
                .period
                .as_deref()
                .and_then(|p| p.split_once('/'))
                .map(|(_, end)| end.to_string())
            else {
                continue;
            };
            if over_span(&sites[k]) || out[k].role == Role::Cumulative {
                continue;
            }
            out[k].period = Some(end);
        }
    }
}

/// Whether a time expression between `before` and `after` is the base of a multiple
/// (是2011年的1.1倍, 为上年的2倍): the fact is a change from that time, not a figure of it.
fn multiple_base(before: &str, after: &str) -> bool {
    (before.ends_with(['是', '为']) || before.ends_with("相当于")) && after.starts_with('的')
}

/// `(period, period_text)` of one fact.
/// `heading_periods` comes from [`heading_periods`].
pub(crate) fn find(
    input: &MeaningInput,
    heading_periods: &[Option<(String, String)>],
    site: &Site,
) -> (Option<String>, Option<String>) {
    let fact = site.fact.span;
    let lo = site.sentence.start;
    let year = input.report_year;
    let heading = input
        .structure
        .section_index_at(fact.start)
        .and_then(|i| heading_periods[i].as_ref());
    let context = heading.and_then(|(v, _)| v.get(..4).and_then(|y| y.parse::<i32>().ok()));
    let depth_at = |pos: usize| {
        let text = input.norm.slice(Span::new(lo, pos));
        let open = text.matches(['(', '（']).count();
        let close = text.matches([')', '）']).count();
        open > close
    };
    // Candidates end before the fact in its sentence; the nearest wins.
    let mut best: Option<(usize, String, String)> = None;
    let mut consider = |end: usize, value: String, text: String| {
        if best.as_ref().is_none_or(|(e, _, _)| end >= *e) {
            best = Some((end, value, text));
        }
    };
    for d in overlapping(input.dates, Span::new(lo, fact.start), |d| d.span) {
        if d.span.start < lo || d.span.end > fact.start || d.value.starts_with('-') {
            continue;
        }
        let before = input.norm.slice(Span::new(lo, d.span.start));
        if before.ends_with('比') || before.ends_with('较') || before.ends_with("同比") {
            continue;
        }
        if multiple_base(before, input.norm.slice(Span::new(d.span.end, fact.start))) {
            continue;
        }
        // A date in parentheses is a remark ((2018—2035年)); 由2017年的76 dates the 76, not what
        // comes after it.
        if depth_at(d.span.start) {
            continue;
        }
        if (before.ends_with('由') || before.ends_with('从'))
            && overlapping(input.facts, Span::new(d.span.end, fact.start), |f| f.span)
                .iter()
                .any(|f| f.span.start >= d.span.end && f.span.end <= fact.start)
        {
            continue;
        }
        let mut text = d.text.clone();
        for lead in ["截至", "截止", "截止到", "到"] {
            if before.ends_with(lead) {
                text = format!(
                    "{}{}",
                    input
                        .source
                        .slice(Span::new(d.span.start - lead.chars().count(), d.span.start)),
                    d.text
                );
                break;
            }
        }
        consider(d.span.end, d.value.clone(), text);
    }
    let sentence_before = input.norm.slice(Span::new(lo, fact.start));
    for m in WORDS.find_iter(sentence_before) {
        let prefix = &sentence_before[..m.start()];
        // (较“十三五”末: the quote mark between does not hide the comparison.)
        let bare = prefix.trim_end_matches(['“', '"', '‘']);
        // (是“十一五”时期的2.7倍: nor does the closing one hide a multiple's base.)
        let after = sentence_before[m.end()..].trim_start_matches(['”', '"', '’']);
        let after = ["时期", "期间"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        if bare.ends_with('比') || bare.ends_with('较') || multiple_base(bare, after) {
            continue;
        }
        // 年末 right after a date belongs to that date (2025年末), which is already a candidate.
        if prefix.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(value) = resolve(m.as_str(), year, context) {
            let end = lo + sentence_before[..m.end()].chars().count();
            let start = lo + prefix.chars().count();
            consider(
                end,
                value,
                input.source.slice(Span::new(start, end)).to_string(),
            );
        }
    }
    if let Some((_, value, text)) = best {
        return (Some(value), Some(text));
    }
    // 五年来，我们…。<facts>: a period opening the paragraph governs all of it.
    if let Some(p) = input.structure.paragraph_at(fact.start) {
        let opening = input
            .norm
            .slice(Span::new(p.start, (p.start + 8).min(fact.start)));
        if let Some(m) = WORDS.find(opening)
            && m.start() == 0
            && let Some(value) = resolve(m.as_str(), year, context)
        {
            let len = m.as_str().chars().count();
            return (
                Some(value),
                Some(
                    input
                        .source
                        .slice(Span::new(p.start, p.start + len))
                        .to_string(),
                ),
            );
        }
    }
    // 5个项目年底前完工: a deadline after the number still dates it.
    let after = input.norm.slice(Span::new(fact.end, site.clause.end));
    if let Some(pos) = after.find("年底前") {
        let start = fact.end + after[..pos].chars().count();
        let text = input.source.slice(Span::new(start, start + 3)).to_string();
        if let Some(value) = resolve(&text, year, context) {
            return (Some(value), Some(text));
        }
    }
    if let Some((value, text)) = heading {
        return (Some(value.clone()), Some(text.clone()));
    }
    (year.map(|y| y.to_string()), None)
}

/// The period each section's heading gives (一、2018年工作回顾), or failing that its nearest
/// dated ancestor's; one entry per section of the structure. Computed once per document, so a
/// fact looks its period up instead of walking its headings again.
pub(crate) fn heading_periods(input: &MeaningInput) -> Vec<Option<(String, String)>> {
    let sections = &input.structure.sections;
    let index: HashMap<&str, usize> = sections
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut out: Vec<Option<(String, String)>> = Vec::with_capacity(sections.len());
    for s in sections {
        // A parent always comes before its children, so its entry is already there.
        let inherited = s
            .parent
            .as_deref()
            .and_then(|p| index.get(p))
            .and_then(|&i| out.get(i).cloned().flatten());
        out.push(own_heading_period(input, s).or(inherited));
    }
    out
}

/// The date a heading's title holds, or the period a relative heading names (一、过去一年工作回顾
/// in a 2013 report is 2012).
fn own_heading_period(input: &MeaningInput, s: &Section) -> Option<(String, String)> {
    if let Some(d) = overlapping(input.dates, s.title_span, |d| d.span)
        .iter()
        .find(|d| s.title_span.contains(d.span) && !d.value.starts_with('-'))
    {
        return Some((d.value.clone(), d.text.clone()));
    }
    // 一、过去一年工作回顾 / 过去五年工作回顾: the heading dates its part relative to the report.
    let m = WORDS.find(input.norm.slice(s.title_span))?;
    let value = resolve(m.as_str(), input.report_year, None)?;
    let start = s.title_span.start + input.norm.slice(s.title_span)[..m.start()].chars().count();
    let text = input
        .source
        .slice(Span::new(start, start + m.as_str().chars().count()))
        .to_string();
    Some((value, text))
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::record;

    fn periods(text: &str) -> Vec<(Option<String>, Option<String>)> {
        record(text)
            .facts
            .iter()
            .map(|f| (f.period.clone(), f.period_text.clone()))
            .collect()
    }

    #[test]
    fn nearest_time_before_the_number() {
        assert_eq!(
            periods("2022年工作报告\n截至11月底,共排查群租128户。\n"),
            vec![(Some("2022-11".into()), Some("截至11月底".into()))]
        );
        assert_eq!(
            periods("2023年统计公报\n全年粮食产量241.5万吨,比2020年增长1.7%。\n"),
            vec![
                (Some("2023".into()), Some("全年".into())),
                (Some("2023".into()), Some("全年".into()))
            ]
        );
    }

    #[test]
    fn a_level_compared_with_a_base_year_is_the_last_year_of_a_review() {
        let got = periods(
            "2017年政府工作报告\n过去五年,全部财政收入完成10.3亿元,是2011年的1.1倍。五年累计投资615亿元,比前五年增长80%。\n",
        );
        // got[0] is the span 五年 itself.
        assert_eq!(got[1], (Some("2016".into()), Some("过去五年".into())));
        assert_eq!(got[2], (Some("2016".into()), Some("过去五年".into())));
        // A total over the span keeps the span.
        assert_eq!(got[4].0.as_deref(), Some("2012/2016"));
        // 共 inside a word (公共) is no total.
        let got = periods(
            "2017年政府工作报告\n过去五年,一般公共预算收入完成6.37亿元,比2011年增长80%。\n",
        );
        assert_eq!(got[1].0.as_deref(), Some("2016"));
    }

    #[test]
    fn base_of_a_multiple_is_not_the_period() {
        assert_eq!(
            periods("2017年政府工作报告\n全年财政收入完成10.3亿元,是2011年的1.1倍。\n")[1],
            (Some("2017".into()), Some("全年".into()))
        );
        assert_eq!(
            periods("2017年政府工作报告\n全年财政收入是去年的1.1倍。\n")[0],
            (Some("2017".into()), Some("全年".into()))
        );
    }

    #[test]
    fn a_period_opening_the_paragraph_governs_it() {
        assert_eq!(
            periods(
                "2026年政府工作报告\n五年来,我们坚定不移推动高质量发展。经济总量超过6万亿元。\n"
            )[1],
            (Some("2021/2025".into()), Some("五年来".into()))
        );
    }

    #[test]
    fn whole_year_follows_a_dated_heading() {
        assert_eq!(
            periods("2019年政府工作报告\n一、2018年工作回顾\n全年城镇新增就业2915人。\n")[0],
            (Some("2018".into()), Some("全年".into()))
        );
    }

    #[test]
    fn a_relative_heading_dates_its_part() {
        let p = periods("2013年政府工作报告\n一、过去一年工作回顾\n城镇新增就业2915人。\n");
        assert_eq!(p[0], (Some("2012".into()), Some("过去一年".into())));
        let p = periods("2021年政府工作报告\n一、过去五年工作回顾\n新增就业5万人。\n");
        assert_eq!(p[0], (Some("2016/2020".into()), Some("过去五年".into())));
        // The years ahead a report plans for start with its own year.
        let p = periods("2017年政府工作报告\n今后五年，城乡居民人均可支配收入年均增长10%以上。\n");
        assert_eq!(p[1], (Some("2017/2021".into()), Some("今后五年".into())));
    }

    #[test]
    fn plan_periods_and_headings() {
        assert_eq!(
            periods("2026年政府工作报告\n十四五时期,地区生产总值年均增长5.5%。\n")[0],
            (Some("2021/2025".into()), Some("十四五时期".into()))
        );
        assert_eq!(
            periods("2019年政府工作报告\n一、2018年工作回顾\n拆除违法建设39.1万平方米。\n")[0],
            (Some("2018".into()), Some("2018年".into()))
        );
        // A plan period that is the base of a multiple is not its period.
        let multiple = periods(
            "2016年政府工作报告\n“十二五”期间，累积完成投资615亿元，是“十一五”时期的2.7倍。\n",
        )[1]
        .clone();
        assert_eq!(multiple.1.as_deref(), Some("十二五"));
        // Earlier plans too: a heading that names one dates its part.
        assert_eq!(
            periods(
                "2011年政府工作报告\n一、“十一五”时期经济社会发展取得重大成就\n全省生产总值年均增长11.8%。\n"
            )[0],
            (Some("2006/2010".into()), Some("十一五".into()))
        );
    }
}
