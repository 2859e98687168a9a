//! Links: a change to its level (达到5.67万亿元、增长5.4%), a part to its whole (其中…, 共排查…568处，
//! 已整改553处) and a target to what was achieved (总面积10463平米，超额完成全年8142平米目标).
//!
//! All three stay inside one sentence except 其中, which may open the sentence after its total
//! (全年粮食种植面积744.8万亩。其中，小麦种植面积347.7万亩).

use super::{LinkRel, Meaning, Role, Site};
use crate::span::{IndexedText, Span};
use crate::structure::MAX_SENTENCE_CHARS;

fn is_change(m: &Meaning) -> bool {
    m.role == Role::Change || m.direction.is_some()
}

/// A duration (5年新增…, 五年间) says how long, not how much: it is never the level of a change.
fn can_be_level(site: &Site) -> bool {
    site.fact.kind != crate::facts::Kind::Duration
}

/// Words of a clause that say its number is a running total that a later part belongs to.
const TOTAL_CUES: &[&str] = &[
    "共", "累计", "总计", "合计", "排查", "摸排", "受理", "收到", "发现", "办理", "接到",
];

/// A sentence that opens a breakdown of a total: 按经营单位所在地分，…; 分产业看，….
static BREAKDOWN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:按[^，,。；]{1,12}分|分[^，,。；]{1,6}看)[，,：:]")
        .expect("static regex")
});

/// Where the full-stop sentence holding char `pos` starts: after the last 。, !, ? or line
/// break before it, looking back no further than the longest sentence kept whole.
fn full_stop_start(norm: &IndexedText, pos: usize) -> usize {
    let before = norm.slice(Span::new(0, pos));
    let back = before
        .chars()
        .rev()
        .take(MAX_SENTENCE_CHARS)
        .take_while(|c| !matches!(c, '。' | '!' | '?' | '\n'))
        .count();
    pos - back
}

/// Add the links of every fact.
pub(crate) fn connect(norm: &IndexedText, sites: &[Site], out: &mut [Meaning]) {
    // Sites are in text order, so the sites of one sentence are a run: `sentence_runs[i]` is
    // the run of site i. Looking only inside it keeps the work per fact bounded by its
    // sentence, not by the document.
    let mut sentence_runs: Vec<std::ops::Range<usize>> = Vec::with_capacity(sites.len());
    let mut first = 0;
    for i in 0..sites.len() {
        if sites[i].sentence != sites[first].sentence {
            first = i;
        }
        sentence_runs.push(first..i + 1);
    }
    for i in (0..sites.len()).rev() {
        if i + 1 < sites.len() && sites[i + 1].sentence == sites[i].sentence {
            sentence_runs[i].end = sentence_runs[i + 1].end;
        }
    }
    for i in 0..sites.len() {
        let run = sentence_runs[i].clone();
        let same_sentence = |j: usize| {
            sites[j].sentence == sites[i].sentence
                && sites[j].fact.span.end <= sites[i].fact.span.start
        };

        // A change → the nearest earlier level of the same indicator in the sentence; changes
        // listed with 分别 pair with their levels in order (吞吐量分别达到1.35亿人次、453.8万吨，
        // 分别增长8.3%、7.9%).
        if is_change(&out[i]) && out[i].label.is_some() {
            let levels: Vec<usize> = (run.start..i)
                .filter(|&j| {
                    same_sentence(j)
                        && can_be_level(&sites[j])
                        && !is_change(&out[j])
                        && out[j].label == out[i].label
                })
                .collect();
            let changes: Vec<usize> = run
                .clone()
                .filter(|&j| {
                    sites[j].sentence == sites[i].sentence
                        && is_change(&out[j])
                        && out[j].label == out[i].label
                        && levels.last().is_some_and(|&l| j > l)
                })
                .collect();
            if levels.len() > 1
                && levels.len() == changes.len()
                && let Some(k) = changes.iter().position(|&c| c == i)
            {
                out[i].links.push((LinkRel::Level, levels[k]));
                continue;
            }
            let level = (0..i).rev().take_while(|&j| same_sentence(j)).find(|&j| {
                can_be_level(&sites[j])
                    && !is_change(&out[j])
                    && out[j].role != Role::Rank
                    && out[j].label == out[i].label
            });
            // 地区生产总值增长5.5%、达到10.3万亿元: the level may follow its change.
            let level = level.or_else(|| {
                (i + 1..sites.len())
                    .take_while(|&j| sites[j].sentence == sites[i].sentence)
                    .next()
                    .filter(|&j| {
                        can_be_level(&sites[j])
                            && !is_change(&out[j])
                            && out[j].label == out[i].label
                            && sites[j].fact.kind != sites[i].fact.kind
                    })
            });
            if let Some(j) = level {
                out[i].links.push((super::LinkRel::Level, j));
                continue;
            }
        }
        if is_change(&out[i]) || matches!(out[i].role, Role::Share | Role::Rank) {
            continue;
        }

        // A target compared with what was achieved: 超额完成全年8142平米目标.
        let clause = norm.slice(sites[i].clause);
        if out[i].role == Role::Target
            && (clause.contains("完成") || clause.contains("实现"))
            && (clause.contains("目标") || clause.contains("任务"))
        {
            let achieved = (0..i).rev().take_while(|&j| same_sentence(j)).find(|&j| {
                out[j].role != Role::Target
                    && !is_change(&out[j])
                    && sites[j].fact.unit == sites[i].fact.unit
            });
            if let Some(j) = achieved {
                out[i].links.push((LinkRel::Achieved, j));
            }
            continue;
        }

        // 其中 … → the total before it.
        if let Some(j) = whole_of(norm, sites, out, i) {
            out[i].links.push((LinkRel::Whole, j));
        }
    }
}

/// The total a part belongs to, when the text says it is a part.
fn whole_of(norm: &IndexedText, sites: &[Site], out: &[Meaning], i: usize) -> Option<usize> {
    let site = &sites[i];
    // 其中 governs up to the full stop: 其中，第一产业增加值214.1亿元，增长1.7%；第二产业增加值…
    // (looking back no further than the longest sentence kept whole).
    let scope_start = full_stop_start(norm, site.sentence.start);
    let sentence_before = norm.slice(Span::new(scope_start, site.fact.span.start));
    let same_unit = |j: usize| {
        sites[j].fact.unit == site.fact.unit
            && sites[j].fact.kind == site.fact.kind
            && !is_change(&out[j])
            && !matches!(out[j].role, Role::Share | Role::Rank)
    };
    if let Some(pos) = sentence_before.rfind("其中") {
        let cue = scope_start + sentence_before[..pos].chars().count();
        // Across a ；, 其中 still governs only when it opens the whole sentence (其中，第一产业…；
        // 第二产业…); 171个，其中国家级17个；省级以上工程实验室117个 starts a new total.
        if cue < site.sentence.start && !sentence_before[..pos].trim().is_empty() {
            return None;
        }
        // The total is the last fact before 其中, in this sentence or the one before it.
        // Sites are in text order: those ending before the cue are a prefix.
        let n_before = sites[..i].partition_point(|s| s.fact.span.end <= cue);
        let last = n_before.checked_sub(1)?;
        let in_reach = sites[last].fact.span.start >= scope_start
            || (sentence_before[..pos].trim().is_empty()
                && norm
                    .slice(Span::new(sites[last].fact.span.end, site.sentence.start))
                    .chars()
                    .all(|c| c != '\n'));
        if in_reach {
            // A part under 其中 is not a change of its own level.
            if sites[..i]
                .iter()
                .rev()
                .take_while(|s| s.fact.span.start >= cue)
                .any(|s| s.sentence == site.sentence && s.clause == site.clause)
            {
                return None;
            }
            return (0..n_before)
                .rev()
                .take_while(|&j| sites[j].sentence == sites[last].sentence)
                .find(|&j| same_unit(j));
        }
        return None;
    }
    // 按经营单位所在地分，城镇零售额2152.9亿元…: a sentence that breaks a total down (按…分,
    // 分产业看) lists parts of the total stated before the breakdowns in the paragraph. Averages
    // and rates (人均, 率) are not sums of their parts.
    let breakdown = |pos: usize| {
        let from = full_stop_start(norm, pos);
        BREAKDOWN.is_match(norm.slice(Span::new(from, pos)))
    };
    if breakdown(site.fact.span.start) {
        let additive = |j: usize| {
            out[j]
                .label
                .as_deref()
                .is_none_or(|l| !(l.contains("人均") || l.contains("平均") || l.ends_with('率')))
        };
        // The nearest earlier fact outside a breakdown, in the same paragraph (no line break
        // between it and this fact).
        let total = (0..i)
            .rev()
            .find(|&j| !breakdown(sites[j].fact.span.start))?;
        if norm
            .slice(Span::new(sites[total].fact.span.end, site.fact.span.start))
            .contains('\n')
        {
            return None;
        }
        let total_from = full_stop_start(norm, sites[total].fact.span.start);
        return (0..=total)
            .rev()
            .take_while(|&j| sites[j].fact.span.start >= total_from)
            .find(|&j| same_unit(j) && additive(j) && additive(i));
    }
    // 共排查…568处，已整改553处: a clause opening with 已 after a running total.
    let clause = norm.slice(site.clause);
    // 2022年累计矫正对象71名，现在册33名: those current now are part of all counted.
    if clause.starts_with('现') || clause.starts_with("目前") {
        let j = (0..i)
            .rev()
            .take_while(|&j| sites[j].sentence == site.sentence)
            .find(|&j| same_unit(j))?;
        return (out[j].role == Role::Cumulative).then_some(j);
    }
    if clause.starts_with('已') || clause.starts_with("其中") {
        let j = (0..i)
            .rev()
            .take_while(|&j| sites[j].sentence == site.sentence)
            .find(|&j| same_unit(j))?;
        let total_clause = norm.slice(sites[j].clause);
        if TOTAL_CUES.iter().any(|c| total_clause.contains(c)) {
            return Some(j);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::meaning::tests::record;

    fn links(text: &str) -> Vec<Vec<(String, String)>> {
        record(&format!("{text}\n"))
            .facts
            .iter()
            .map(|f| {
                f.links
                    .iter()
                    .map(|l| {
                        (
                            serde_json::to_value(l.rel)
                                .unwrap()
                                .as_str()
                                .unwrap()
                                .to_string(),
                            l.fact.clone(),
                        )
                    })
                    .collect()
            })
            .collect()
    }

    fn l(rel: &str, fact: &str) -> Vec<(String, String)> {
        vec![(rel.to_string(), fact.to_string())]
    }

    #[test]
    fn a_duration_is_never_a_level() {
        // 山东 2026: 5年新增高新技术企业2万多家 — the 5年 says how long, not how many.
        let got = links("5年新增高新技术企业2万多家。\n");
        assert!(got.iter().all(|l| l.is_empty()), "{got:?}");
    }

    #[test]
    fn change_links_to_its_level() {
        assert_eq!(
            links("全年全市生产总值达到5481.6亿元,按可比价计算,比上年增长3.5%。"),
            vec![vec![], l("level", "f1")]
        );
    }

    #[test]
    fn respective_changes_pair_with_their_levels() {
        assert_eq!(
            links("上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%。"),
            vec![vec![], vec![], l("level", "f1"), l("level", "f2")]
        );
    }

    #[test]
    fn qizhong_governs_the_sentence_only_when_it_opens_it() {
        assert_eq!(
            links(
                "初步核算,全年全市生产总值达到5481.6亿元。其中,第一产业增加值214.1亿元,增长1.7%;第二产业增加值2139.0亿元,增长1.6%。"
            ),
            vec![
                vec![],
                l("whole", "f1"),
                l("level", "f2"),
                l("whole", "f1"),
                l("level", "f4")
            ]
        );
        assert_eq!(
            links(
                "年末共有省级以上企业技术中心171个,其中国家级17个;省级以上工程实验室117个,其中国家级7个。"
            ),
            vec![vec![], l("whole", "f1"), vec![], l("whole", "f3")]
        );
    }

    #[test]
    fn parts_link_to_the_whole() {
        assert_eq!(
            links(
                "全年全市粮食种植面积744.8万亩。其中,小麦种植面积347.7万亩,玉米种植面积291.7万亩。"
            ),
            vec![vec![], l("whole", "f1"), l("whole", "f1")]
        );
        assert_eq!(
            links("共排查违法建筑568处,已整改553处。"),
            vec![vec![], l("whole", "f1")]
        );
    }

    #[test]
    fn breakdowns_list_parts_of_the_total_before_them() {
        assert_eq!(
            links(
                "全年社会消费品零售总额2454.3亿元,比上年增长7.0%。按经营单位所在地分,城镇零售额2152.9亿元,增长8.1%;乡村零售额301.4亿元,下降0.5%。按消费类型分,餐饮收入340.5亿元。"
            ),
            vec![
                vec![],
                l("level", "f1"),
                l("whole", "f1"),
                l("level", "f3"),
                l("whole", "f1"),
                l("level", "f5"),
                l("whole", "f1")
            ]
        );
        // Averages are not sums of their parts.
        assert_eq!(
            links("全体居民人均可支配收入24193元。按常住地分,城镇居民人均可支配收入45727元。"),
            vec![vec![], vec![]]
        );
    }

    #[test]
    fn target_links_to_what_was_achieved() {
        assert_eq!(
            links("拆除违法建筑点位537处,总面积10463平米,超额完成全年8142平米目标。"),
            vec![vec![], vec![], l("achieved", "f2")]
        );
    }
}
