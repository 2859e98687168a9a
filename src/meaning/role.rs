//! Role: in which sense a number is reported — achieved, planned, a change, a share, a running
//! total or a rank — with the direction and base of a change.
//!
//! The cues are the words between the indicator and the number (the predicate: 达到, 增长, 占),
//! the clause (目标, 力争, 累计), the paragraph (主要预期目标：…) and the part of the report
//! (a 2019年发展目标 chapter, where 增长6%左右 is a goal, not a result).

use std::sync::LazyLock;

use regex::Regex;

use super::{Direction, Role, Site};
use crate::facts::Kind;
use crate::lexicon::{CharSet, Lexicon};
use crate::span::{IndexedText, Span};
use crate::structure::{Section, Structure};

/// What [`read`] concludes about one fact.
pub(crate) struct Reading {
    pub role: Role,
    pub direction: Option<Direction>,
    pub base: Option<String>,
}

/// Words that state a change, with their direction. Longer words first so 下降 wins over 降.
const CHANGE_WORDS: &[(&str, Direction)] = &[
    ("增长", Direction::Increase),
    ("递增", Direction::Increase),
    ("增加", Direction::Increase),
    ("提高", Direction::Increase),
    ("上涨", Direction::Increase),
    ("上升", Direction::Increase),
    ("提升", Direction::Increase),
    ("扩大", Direction::Increase),
    ("增速", Direction::Increase),
    ("增幅", Direction::Increase),
    ("涨幅", Direction::Increase),
    ("加快", Direction::Increase),
    ("多增", Direction::Increase),
    ("翻番", Direction::Increase),
    ("翻一番", Direction::Increase),
    ("翻两番", Direction::Increase),
    ("下降", Direction::Decrease),
    ("递减", Direction::Decrease),
    ("减少", Direction::Decrease),
    ("降低", Direction::Decrease),
    ("回落", Direction::Decrease),
    ("下滑", Direction::Decrease),
    ("下跌", Direction::Decrease),
    ("缩小", Direction::Decrease),
    ("收窄", Direction::Decrease),
    ("降幅", Direction::Decrease),
    ("放缓", Direction::Decrease),
    ("精简", Direction::Decrease),
    ("压减", Direction::Decrease),
    ("压降", Direction::Decrease),
    ("削减", Direction::Decrease),
    ("压缩", Direction::Decrease),
    ("微降", Direction::Decrease),
    ("微增", Direction::Increase),
    ("少增", Direction::Decrease),
    ("高于", Direction::Increase),
    ("快于", Direction::Increase),
    ("低于", Direction::Decrease),
    ("慢于", Direction::Decrease),
    ("多", Direction::Increase),
    ("增", Direction::Increase),
    ("涨", Direction::Increase),
    ("少", Direction::Decrease),
    ("降", Direction::Decrease),
    ("减", Direction::Decrease),
];

/// Words in a clause that make its number a goal.
/// (争取 is left out: 新争取国家政策性资金 reports money obtained; 预期 too: 人均预期寿命.)
const TARGET_WORDS: &[&str] = &["目标", "力争", "计划", "确保", "力求", "年底前", "年内"];

static TARGET_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"今年|明年|下一步|下步|未来|展望|打算|工作安排|工作思路|工作计划|预期目标|主要目标|发展目标|主要任务|重点任务|目标任务|工作建议|总体要求",
    )
    .expect("static regex")
});
static REVIEW_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"回顾|完成|成绩|成效|情况|总结|取得").expect("static regex"));
/// Notes and annexes at the end of a report (注释, 名词解释, 附件) explain its words more often
/// than they plan; they do not continue the plan part before them.
static GLOSSARY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:注释|名词解释|名词注释|注|附注|附件|附录|说明|术语)").expect("static regex")
});
static TARGET_PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:预期目标|主要目标|发展目标|目标任务|目标)(?:是|为|:)").expect("static regex")
});
/// The periods a comparison is taken against (上年, 2020年末, “十三五”末), one regex group.
const BASE_PERIOD: &str = r"(上年同期|去年同期|上年同月|上年末|上年底|年初|上年|去年|上月|上季度|上季末|“?十[一二三四五]五”?(?:时期|期间|末)?|(?:[0-9]{4}|[一二〇零○]{4})年(?:末|底|同期)?|[0-9]{4}年[0-9]{1,2}月(?:末|底)?)";
static BASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:比|较|与|同|相比|对比){BASE_PERIOD}|(同比|环比)|(?:高于|低于|快于|慢于)(全国|全省|全市|全国平均|全省平均)"
    ))
    .expect("static regex")
});

/// 是2011年的1.1倍, 分别是上年的1.75倍和: a multiple of a base period's level, which is a change
/// from that base (the base is group 1). Anchored at the end: the multiple must follow.
static MULTIPLE_OF_BASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:是|为|相当于){BASE_PERIOD}的(?:[0-9.]+倍[和、与及])*$"
    ))
    .expect("static regex")
});

/// Words that make the number after them a running total (累计, 共, 合计).
pub(crate) fn is_total_word(w: &str) -> bool {
    matches!(
        w,
        "累计" | "共" | "共计" | "总计" | "合计" | "累积" | "一共" | "总共"
    )
}

/// Where a document plans rather than reports, found once per document so that reading one
/// fact's role looks things up instead of scanning the document again.
pub(crate) struct PlanParts {
    /// Spans of the planning sections, merged into disjoint spans in text order.
    sections: Vec<Span>,
    /// Per paragraph (in [`Structure::paragraphs`] order): where its first target cue
    /// (预期目标是, 目标为) ends, in chars.
    cue_ends: Vec<Option<usize>>,
}

impl PlanParts {
    /// True when `pos` lies in a planning section.
    fn in_section(&self, pos: usize) -> bool {
        let i = self.sections.partition_point(|s| s.start <= pos);
        i.checked_sub(1).is_some_and(|i| pos < self.sections[i].end)
    }
}

/// The sections that plan rather than report (今年主要任务, 2019年发展目标和重点工作,
/// 2026年重点工作, “十五五”时期主要任务): a planning word, or a year or plan period that starts
/// no earlier than the report year, in a title that does not review. And the target cue of
/// every paragraph.
pub(crate) fn plan_parts(
    norm: &IndexedText,
    structure: &Structure,
    report_year: Option<i32>,
) -> PlanParts {
    let plans = |s: &Section| {
        TARGET_TITLE.is_match(&s.title)
            || report_year.is_some_and(|y| {
                title_start_year(&s.title).is_some_and(|t| t >= y)
                    && ["工作", "任务", "安排", "目标", "考虑"]
                        .iter()
                        .any(|w| s.title.contains(w))
            })
    };
    // 二、2009年工作总体安排 / 三、千方百计推进经济平稳较快增长 / 四、…: once a part at the top
    // plans, the parts after it at the top are that plan's tasks, whatever their titles say.
    let first_plan_at_top = structure
        .sections
        .iter()
        .find(|s| s.level == 1 && !REVIEW_TITLE.is_match(&s.title) && plans(s))
        .map(|s| s.span.start);
    let mut spans: Vec<Span> = structure
        .sections
        .iter()
        .filter(|s| !REVIEW_TITLE.is_match(&s.title))
        .filter(|s| {
            plans(s)
                || (s.level == 1
                    && first_plan_at_top.is_some_and(|p| s.span.start > p)
                    && !GLOSSARY_TITLE.is_match(&s.title))
        })
        .map(|s| s.span)
        .collect();
    spans.sort();
    let mut sections: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match sections.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => sections.push(s),
        }
    }
    let cue_ends = structure
        .paragraphs
        .iter()
        .map(|&p| {
            let text = norm.slice(p);
            // Every cue holds 目标: a paragraph without it (most) is not searched.
            if !text.contains("目标") {
                return None;
            }
            // Every cue ends at its 是/为/:, which no cue contains, so the first match found is
            // also the first to end.
            TARGET_PARAGRAPH
                .find(text)
                .map(|m| p.start + text[..m.end()].chars().count())
        })
        .collect();
    PlanParts { sections, cue_ends }
}

/// The first year a heading names: 2026年 → 2026, “十五五” → 2026.
fn title_start_year(title: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(20[0-9]{{2}})年|({})",
            super::period::plan_names()
        ))
        .expect("static regex")
    });
    let c = YEAR.captures(title)?;
    if let Some(y) = c.get(1) {
        return y.as_str().parse().ok();
    }
    super::period::plan_start(c.get(2)?.as_str())
}

/// The text between the previous fact of the clause (or the clause start) and this fact.
fn lead<'t>(norm: &'t IndexedText, site: &Site, facts_before: usize) -> &'t str {
    norm.slice(Span::new(facts_before, site.fact.span.start))
}

/// The words of [`CHANGE_WORDS`], to find them all in one pass over a predicate.
static CHANGE_LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&CHANGE_WORDS.iter().map(|&(w, _)| w).collect::<Vec<_>>()));

/// Words of degree and a comparison's base that may stand between a change word and its
/// number, removed in this order.
const FILLERS: [&str; 17] = [
    "全国平均",
    "全省平均",
    "全国",
    "全省",
    "全市",
    "分别",
    "达到",
    "超过",
    "了",
    "约",
    "近",
    "达",
    "为",
    "超",
    "逾",
    "均",
    "都",
];

/// The byte length of the longest of [`CHANGE_WORDS`].
static LONGEST_CHANGE_WORD: LazyLock<usize> =
    LazyLock::new(|| CHANGE_WORDS.iter().map(|(w, _)| w.len()).max().unwrap_or(0));

/// Every char of the [`FILLERS`].
static FILLER_CHARS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(&FILLERS.concat()));

/// The change word at the end of `predicate`, if any: 比上年增长, 同比下降, 分别提高, but not
/// 降至 or 提高到 (a new level, not a change).
fn change_in(predicate: &str) -> Option<Direction> {
    let mut best: Option<(usize, usize, Direction)> = None;
    // Only a change word that ends at or after the last content char no filler word holds can
    // pass the test below (that char would be left over after it); so the words are looked
    // for only at the few positions near the end of the predicate where such a word can start.
    let cut = predicate
        .char_indices()
        .rev()
        .find(|&(_, c)| super::is_content(c) && !FILLER_CHARS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut from = cut.saturating_sub(*LONGEST_CHANGE_WORD);
    while !predicate.is_char_boundary(from) {
        from += 1;
    }
    let occurrences = predicate[from..]
        .char_indices()
        .map(|(pos, _)| from + pos)
        .flat_map(|pos| {
            CHANGE_LEXICON
                .beginnings(&predicate[pos..])
                .map(move |i| (pos, CHANGE_WORDS[i]))
        });
    for (pos, (word, dir)) in occurrences {
        // A content char that no filler word holds is never removed by the filler test: the
        // answer is known without building the remainder.
        let after = &predicate[pos + word.len()..];
        if after
            .chars()
            .any(|c| super::is_content(c) && !FILLER_CHARS.contains(c))
            || !ends_change(predicate, pos, word)
        {
            continue;
        }
        let end = pos + word.len();
        if best.is_none_or(|(e, l, _)| end > e || (end == e && word.len() > l)) {
            best = Some((end, word.len(), dir));
        }
    }
    best.map(|(_, _, d)| d)
}

/// Whether the change word `word` found at byte `pos` of `predicate` ends it as a change.
fn ends_change(predicate: &str, pos: usize, word: &str) -> bool {
    let after = &predicate[pos + word.len()..];
    // 降至, 提高到: a new level; 增加值, 增长率: a noun.
    if after.starts_with(['至', '到', '值', '额', '量', '率']) || after.starts_with("为主")
    {
        return false;
    }
    // 稳增长“21条”: a slogan or a title in quotes, not a change.
    if after.contains(['“', '"', '《']) || predicate[..pos].ends_with('稳') {
        return false;
    }
    // The change word stands right before the number; only words of degree and a comparison's
    // base may stand between (增长了约, 分别提高, 高于全国). 景观提升等2个项目 is a name, not a
    // change.
    let mut rest: String = after.chars().filter(|c| super::is_content(*c)).collect();
    for filler in FILLERS {
        rest = rest.replace(filler, "");
    }
    rest.is_empty()
}

/// Decide the role, direction and base of one fact.
pub(crate) fn read(
    norm: &IndexedText,
    structure: &Structure,
    parts: &PlanParts,
    site: &Site,
    label: Option<&str>,
) -> Reading {
    let fact = site.fact;
    let lo = site.clause.start;
    let clause_before = lead(norm, site, lo);
    let predicate = lead(
        norm,
        site,
        site.predicate_start.max(lo).min(fact.span.start),
    );
    let fact_text = norm.slice(fact.span);
    let clause = norm.slice(site.clause);
    let after = norm.slice(Span::new(fact.span.end, site.clause.end));

    // The change word in the predicate (or, when the label came after the number, anywhere
    // before the number in the clause), else a percentage-point or 倍 quantity.
    let mut direction = change_in(predicate);
    if direction.is_none() && predicate.is_empty() {
        direction = change_in(clause_before);
    }
    // 提升15分钟社区生活圈功能, 增加3个项目: a measure word with its noun after counts things.
    if site.label_after {
        direction = None;
    }
    // 人均地区生产总值比2020年翻一番: the number is the size of the change.
    if direction.is_none() && (fact_text.contains("翻") && fact_text.contains('番')) {
        direction = Some(Direction::Increase);
    }
    let mut multiple_base = None;
    if direction.is_none()
        && matches!(fact.kind, Kind::Multiple)
        && let Some(c) = MULTIPLE_OF_BASE.captures(clause_before)
    {
        multiple_base = c.get(1).map(|m| m.as_str().to_string());
        direction = Some(if fact.value < 1.0 {
            Direction::Decrease
        } else {
            Direction::Increase
        });
    }
    let is_change = direction.is_some() || matches!(fact.kind, Kind::PercentagePoint);
    let base = if multiple_base.is_some() {
        multiple_base
    } else if is_change {
        BASE.captures_iter(clause_before)
            .last()
            .and_then(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
            .map(|m| m.as_str().to_string())
    } else {
        None
    };

    // 居全国前10位: the places before which an indicator stands.
    let top_places = clause_before.ends_with('前')
        && fact.kind == Kind::Count
        && matches!(fact.unit_text.as_deref(), Some("位" | "名"))
        && ["居", "进入", "跻身", "位列"]
            .iter()
            .any(|v| clause_before.contains(v));
    let rank = top_places
        || clause_before.ends_with('第')
        || fact_text.starts_with('第')
        || clause_before.contains('第')
            && (predicate.contains("排名")
                || predicate.contains("位居")
                || predicate.contains("居"));
    let in_target_part = parts.in_section(fact.span.start);
    // A target cue earlier in the paragraph (主要预期目标是：…), or in the sentence when the
    // fact is in no paragraph.
    let target_paragraph = match structure.paragraph_index_at(fact.span.start) {
        Some(i) => parts.cue_ends[i].is_some_and(|end| end <= fact.span.start),
        None => {
            TARGET_PARAGRAPH.is_match(norm.slice(Span::new(site.sentence.start, fact.span.start)))
        }
    };
    // (5个项目列入国家级科技计划: a plan the things were put on names a programme, not a goal.)
    let listed_in_a_plan = |w: &str| {
        w == "计划"
            && clause.find(w).is_some_and(|at| {
                ["列入", "纳入", "入选"]
                    .iter()
                    .any(|v| clause[..at].contains(v))
            })
    };
    let target_clause = TARGET_WORDS
        .iter()
        .any(|w| clause.contains(w) && !listed_in_a_plan(w))
        || (after.contains("任务") && clause.contains("下达"))
        || site.words.iter().any(|w| {
            w.span.end <= fact.span.start && matches!(w.text, "要" | "将" | "拟") && w.tag != "p"
        });
    // In a plan, what already exists is still a result (现有20万吨, 剩余的490名, 去年脱贫的).
    // Asked only of a fact in a planning part, so looked for only then.
    let existing = || {
        ["现有", "已经", "已", "剩余", "去年", "累计"]
            .iter()
            .any(|w| clause_before.contains(w))
    };
    let words_before = || {
        site.words
            .iter()
            .filter(|w| w.span.end <= fact.span.start)
            .map(|w| w.text)
    };

    // 89.4%的公园实现24小时开放: a percentage of a set of things.
    let percent_of = matches!(fact.kind, Kind::Percent) && after.starts_with('的');
    let share = percent_of
        || words_before().any(|w| matches!(w, "占" | "占比" | "比重" | "占到"))
        || label.is_some_and(|l| {
            l.ends_with("比重")
                || l.ends_with("占比")
                || l.ends_with("比例")
                || (l.ends_with('率') && !l.ends_with("增长率"))
        }) && matches!(fact.kind, Kind::Percent);
    let cumulative = words_before().any(is_total_word);

    // An anniversary (成立70周年) is a fact of the calendar, whatever part it is in.
    let anniversary = fact.unit_text.as_deref() == Some("周年");
    let role = if anniversary {
        Role::Observed
    } else if rank {
        Role::Rank
    } else if target_clause || ((in_target_part || target_paragraph) && !existing()) {
        Role::Target
    } else if is_change {
        Role::Change
    } else if share {
        Role::Share
    } else if cumulative {
        Role::Cumulative
    } else {
        Role::Observed
    };
    Reading {
        role,
        direction,
        base,
    }
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::record;
    use crate::meaning::{Direction, Role};

    fn roles(text: &str) -> Vec<(Role, Option<Direction>, Option<String>)> {
        record(&format!("{text}\n"))
            .facts
            .iter()
            .map(|f| (f.role, f.direction, f.base.clone()))
            .collect()
    }

    #[test]
    fn level_change_and_base() {
        assert_eq!(
            roles("常住人口城镇化率为67.42%,比上年末提高0.94个百分点。"),
            vec![
                (Role::Share, None, None),
                (
                    Role::Change,
                    Some(Direction::Increase),
                    Some("上年末".into())
                )
            ]
        );
        assert_eq!(
            roles("全年全市居民消费价格比上年同期下降0.2%。"),
            vec![(
                Role::Change,
                Some(Direction::Decrease),
                Some("上年同期".into())
            )]
        );
    }

    #[test]
    fn gap_to_the_national_rate_is_a_change_against_it() {
        assert_eq!(
            roles("服务业增加值增长6.1%,高于全国0.7个百分点。")[1],
            (Role::Change, Some(Direction::Increase), Some("全国".into()))
        );
    }

    #[test]
    fn a_plan_period_is_a_base() {
        assert_eq!(
            roles("地区生产总值较“十三五”末增加4374.4亿元。")[0],
            (
                Role::Change,
                Some(Direction::Increase),
                Some("“十三五”末".into())
            )
        );
    }

    #[test]
    fn multiple_of_a_base_period_is_a_change_from_it() {
        let up = (
            Role::Change,
            Some(Direction::Increase),
            Some("2011年".into()),
        );
        assert_eq!(
            roles("全部财政收入完成10.3亿元,是2011年的1.1倍。")[1],
            up.clone()
        );
        assert_eq!(
            roles("城乡居民收入分别是2011年的1.75倍和1.8倍。"),
            vec![up.clone(), up]
        );
        assert_eq!(
            roles("出口额是上年的0.8倍。")[0],
            (Role::Change, Some(Direction::Decrease), Some("上年".into()))
        );
        assert_eq!(
            roles("全社会固定资产投资是“十一五”时期的2.7倍。")[0],
            (
                Role::Change,
                Some(Direction::Increase),
                Some("“十一五”时期".into())
            )
        );
        // A multiple of something other than a period is a plain ratio.
        assert_eq!(roles("产值是全省平均的1.5倍。")[0].0, Role::Observed);
    }

    #[test]
    fn slogans_and_counted_things_are_not_changes() {
        assert_eq!(roles("出台稳增长“21条”“18条”等政策。")[0].0, Role::Observed);
        assert_eq!(roles("提升15分钟社区生活圈功能。")[0].1, None);
    }

    #[test]
    fn new_level_is_not_a_change() {
        let r = roles("全县PM2.5平均浓度由2017年的76微克/立方米降至64微克/立方米,同比下降15.79%。");
        assert_eq!(r[1].0, Role::Observed);
        assert_eq!(
            r[2],
            (Role::Change, Some(Direction::Decrease), Some("同比".into()))
        );
    }

    #[test]
    fn the_plan_runs_on_through_the_top_level_parts_after_it() {
        let text = "一、2008年工作回顾\n生产总值增长10%。\n二、今年工作安排\n生产总值增长9%。\n\
                    三、千方百计推进经济增长\n新建学校5所。\n四、名词解释\n“双百”：建成100个项目。";
        let roles: Vec<Role> = roles(text).into_iter().map(|(r, _, _)| r).collect();
        // The review's change, the plan's target, a task part after the plan, and the notes.
        assert_eq!(
            roles,
            vec![Role::Change, Role::Target, Role::Target, Role::Observed]
        );
    }

    #[test]
    fn a_plan_things_were_put_on_is_no_goal() {
        assert_ne!(
            roles("五年共有5个项目列入国家级科技计划。")[1].0,
            Role::Target
        );
        assert_eq!(roles("计划新建学校5所。")[0].0, Role::Target);
    }

    #[test]
    fn cumulative_and_target() {
        assert_eq!(
            roles("常态化防控期间,累计开展68次便民核酸筛查。")[0].0,
            Role::Cumulative
        );
        assert_eq!(
            roles("总面积10463平米,超额完成全年8142平米目标。")[1].0,
            Role::Target
        );
        assert_eq!(
            roles("累计清运可回收物16吨,建筑垃圾20吨。"),
            vec![(Role::Cumulative, None, None); 2]
        );
        assert_eq!(roles("新中国成立70周年。")[0].0, Role::Observed);
        assert_eq!(
            roles(
                "今年全县经济社会发展主要预期目标:全县地区生产总值增长8%;规模以上工业增加值增长9%。"
            ),
            vec![
                (Role::Target, Some(Direction::Increase), None),
                (Role::Target, Some(Direction::Increase), None)
            ]
        );
    }
}

#[cfg(test)]
mod change_tests {
    use super::{CHANGE_LEXICON, CHANGE_WORDS, Direction, change_in};

    /// [`change_in`] without its shortcuts: every change word at every position, each judged by
    /// the full test. The shortcuts in `change_in` must not change its answer.
    fn change_in_by_scanning(predicate: &str) -> Option<Direction> {
        let mut best: Option<(usize, usize, Direction)> = None;
        for (pos, _) in predicate.char_indices() {
            for i in CHANGE_LEXICON.beginnings(&predicate[pos..]) {
                let (word, dir) = CHANGE_WORDS[i];
                if !super::ends_change(predicate, pos, word) {
                    continue;
                }
                let end = pos + word.len();
                if best.is_none_or(|(e, l, _)| end > e || (end == e && word.len() > l)) {
                    best = Some((end, word.len(), dir));
                }
            }
        }
        best.map(|(_, _, d)| d)
    }

    #[test]
    fn known_predicates() {
        for (p, want) in [
            ("比上年增长", Some(Direction::Increase)),
            ("同比下降", Some(Direction::Decrease)),
            ("降至", None),
            ("高于全国平均", Some(Direction::Increase)),
            ("景观提升等", None),
            ("全国全省", None),
        ] {
            assert_eq!(change_in(p), want, "{p}");
            assert_eq!(change_in_by_scanning(p), want, "{p}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        #[test]
        fn shortcuts_agree_with_scanning(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "增长", "增", "长", "下降", "降", "多", "少", "翻一番", "高于", "全国", "全国平均",
                    "平均", "全", "国", "分别", "了", "约", "达到", "达", "为", "为主", "至", "到",
                    "值", "率", "稳", "“", "项目", "人", "5", ",", "，", " ", "等", "比上年", "都",
                ]),
                0..8,
            )
        ) {
            let p = parts.concat();
            proptest::prop_assert_eq!(change_in(&p), change_in_by_scanning(&p), "{}", p);
        }
    }
}
