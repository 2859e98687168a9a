//! Meaning: what each numeric fact measures and how it reads.
//!
//! The facts engine says *how much*; this stage says *of what* and *in which sense*:
//!
//! ```text
//! clause → label → role (direction, base) → period → links
//! ```
//!
//! * [`clause`] cuts the clause around a fact (between ，、；：。 marks) — the context a reviewer
//!   needs, and the window every later step looks in;
//! * [`label`] finds the indicator with jieba segmentation and part-of-speech tags: the noun
//!   phrase after the measure word (设置19个常态化核酸采样亭) or before the number
//!   (成立临时党支部18个); a clause with no noun of its own (增长5.4%) shares the label of the
//!   fact before it in the sentence, because Chinese states a level and then its change;
//! * [`role`] reads the verbs and cue words around the number (增长, 占…比重, 累计, 第) and the
//!   part of the report it sits in (a 主要预期目标 paragraph, a 2019年发展目标 chapter);
//! * [`period`] finds the time the fact refers to (dates before it in the sentence, 全年,
//!   十四五, a dated heading) and falls back to the report year;
//! * [`link`] ties a change to its level, a part to its whole and a target to what was achieved.
//!
//! Between finding labels and reading roles, `money` names bare sums by what they paid for
//! across clauses, and `tidy` takes from every label what belongs in another field (a plan
//! period) and keeps what must not be lost (a per-capita qualifier).
//!
//! Everything here is a pure function of the document, so records stay deterministic.

pub mod clause;
mod confidence;
mod context;
pub mod label;
pub mod link;
mod money;
pub mod period;
mod respectively;
pub mod role;
mod tidy;

use serde::Serialize;

use crate::facts::{DateMention, Fact};
use crate::segment::{self, Word};
use crate::span::{IndexedText, Span};
use crate::structure::Structure;

/// In which sense a number is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// An achieved or actual figure.
    Observed,
    /// A goal or plan.
    Target,
    /// A change relative to a base (增长5.4%).
    Change,
    /// A proportion of a whole (占…比重, 城镇化率).
    Share,
    /// An explicitly cumulative total (累计, 共计).
    Cumulative,
    /// A rank or position (全省第7).
    Rank,
}

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 增长, 提高, 上涨 …
    Increase,
    /// 下降, 减少, 回落 …
    Decrease,
}

/// Where a fact's label was read. `clause_text` shows the fact's own clause, and a label carried
/// over from another fact of the sentence (a level's name for its change, a list paired in
/// order) or read from the text around the clause (the line of work a sentence opens with) is
/// not in it; the source tells a reviewer where to look. It is provenance, not confidence: on
/// the judged development samples, labels from the sentence are accepted about as often as
/// labels from the clause (0.88 against 0.90).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSource {
    /// The fact's own clause (全市生产总值达到5.67万亿元; 设置19个核酸采样亭).
    Clause,
    /// Another fact of the sentence: the level a bare change follows (…、增长5.4%), a sibling
    /// measure (总投资…，当年计划投资…), a 分别 list paired in order.
    Sentence,
    /// Text around the clause with no number of its own: the aspect, industry or line of work
    /// a sentence or paragraph opens with.
    Context,
    /// A table cell's row and column headings.
    Table,
}

/// How one fact relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkRel {
    /// From a change to the level of the same indicator.
    Level,
    /// From a part to its total.
    Whole,
    /// From a target to the achieved figure it is compared with.
    Achieved,
}

/// The meaning of one fact; links point to other facts by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Meaning {
    /// The indicator.
    pub label: Option<String>,
    /// Where the label was read; None exactly when there is no label.
    pub label_source: Option<LabelSource>,
    /// How likely a reviewer is to accept the label (see [`confidence`]); None exactly when
    /// there is no label.
    pub label_confidence: Option<f64>,
    /// The fact's clause (the label is read from it when `label_source` is clause).
    pub clause: Span,
    /// Its source text.
    pub clause_text: String,
    /// In which sense the number is reported.
    pub role: Role,
    /// Increase or decrease, for changes and for targets that state one.
    pub direction: Option<Direction>,
    /// The base of a change as written (上年, 2020年, 同比 …).
    pub base: Option<String>,
    /// ISO-like period ("2025", "2022-11", "2021/2025").
    pub period: Option<String>,
    /// The words that state the period, as written.
    pub period_text: Option<String>,
    /// Relations to other facts (indices into the fact list).
    pub links: Vec<(LinkRel, usize)>,
}

/// What the meaning stage reads.
pub struct MeaningInput<'a> {
    /// Decoded source; labels and clause texts are cut from it.
    pub source: &'a IndexedText,
    /// The char-aligned normalized copy; punctuation and cue words are read from it.
    pub norm: &'a IndexedText,
    /// Sentences, paragraphs and sections.
    pub structure: &'a Structure,
    /// The facts, in text order.
    pub facts: &'a [Fact],
    /// The dates, in text order.
    pub dates: &'a [DateMention],
    /// The year the report covers.
    pub report_year: Option<i32>,
    /// The body's words, segmented once for the document ([`segment::tag_ranges`]).
    pub words: &'a [Word<'a>],
}

/// A fact in its clause, with the clause's words: what every step below works on.
pub(crate) struct Site<'a> {
    /// The fact.
    pub fact: &'a Fact,
    /// Its clause.
    pub clause: Span,
    /// Its sentence (the clause when the structure has none).
    pub sentence: Span,
    /// The clause's words (tagged on the normalized text).
    pub words: Vec<Word<'a>>,
    /// Where the label's words stop before the number (the predicate between them starts here),
    /// or the fact's start when the label was not found before it.
    pub predicate_start: usize,
    /// True when the label is the noun phrase after the measure word (设置19个核酸采样亭): the
    /// number then counts things and is not a change.
    pub label_after: bool,
}

/// The words of a clause, with the text after a number segmented again where jieba glued the
/// number's measure word to the next word (9/m 个村/n, 101/m 条背/n 街巷/n 道/q) into a word
/// of no dictionary: the words after
/// the number are what names it, and a word that starts inside the number is invisible to the
/// label rules, which read the words after the fact's end.
fn clause_words<'a>(input: &MeaningInput<'a>, clause: Span) -> Vec<Word<'a>> {
    let words = segment::words_in(input.words, clause);
    let facts: Vec<Span> = crate::span::overlapping(input.facts, clause, |f| f.span)
        .iter()
        .map(|f| f.span)
        .collect();
    // Only a word jieba made up (by its HMM) is a glue mistake: a dictionary word across the
    // number's end (6部门, 3年内) says the number was cut short, not the word. A grade is the
    // exception (10/m 万吨级/b 泊位): its 级 belongs to what follows, as in 30万千瓦 级 煤电机组.
    let words = resegment_glued(input.norm, words, &facts, clause, |w| {
        w.ends_with('级') || !segment::segmenter().has_word(w)
    });
    split_glued_predicate(words, &facts, |w| !segment::segmenter().has_word(w))
}

/// 营收超/v 4500亿元, 国际友城达/v 120对: jieba's HMM glues a one-char predicate (超, 达) to the
/// noun before a number into a word of no dictionary, which hides both the predicate and the
/// noun. Such a word right before a number is split into the noun and the predicate (a
/// dictionary word, 通达 or 长达, is left whole). A word that ends in the approximation word
/// opening a number (村近/a 10万人, 率超/v 95%) is split the same way, dictionary word or not: the number
/// says where it starts.
fn split_glued_predicate<'a>(
    words: Vec<Word<'a>>,
    facts: &[Span],
    made_up: impl Fn(&str) -> bool,
) -> Vec<Word<'a>> {
    // The glued predicate, when `w` is such a word; or the approximation word that opens the
    // next number (57个 村近/a 10万人: the number starts at 近, inside the word); or a change
    // jieba's dictionary holds glued to its noun (价格下降/n 1.2%), which the number right after
    // shows to be a predicate.
    let glued = |w: &Word<'a>| -> Option<&'a str> {
        let text: &'a str = w.text;
        let before_number = facts.iter().any(|f| f.start == w.span.end);
        if before_number
            && let Some(change) = GLUED_CHANGES
                .iter()
                .find(|c| text.len() > c.len() && text.ends_with(**c))
        {
            return Some(&text[text.len() - change.len()..]);
        }
        let mut chars = text.chars();
        let last = chars.next_back()?;
        let more = chars.next().is_some();
        let predicate = matches!(last, '超' | '达') && before_number && made_up(text);
        let approximation = matches!(last, '近' | '约' | '逾' | '超')
            && facts.iter().any(|f| f.start + 1 == w.span.end);
        (more && (predicate || approximation)).then(|| &text[text.len() - last.len_utf8()..])
    };
    if !words.iter().any(|w| glued(w).is_some()) {
        return words;
    }
    let mut out = Vec::with_capacity(words.len() + 1);
    for w in words {
        if let Some(part) = glued(&w) {
            let (head, predicate) = w.text.split_at(w.text.len() - part.len());
            let chars = predicate.chars().count();
            out.extend(segment::tag(head, w.span.start));
            out.push(Word {
                text: predicate,
                tag: if matches!(part, "近" | "约" | "逾" | "超") {
                    "d"
                } else {
                    "v"
                },
                span: Span::new(w.span.end - chars, w.span.end),
            });
        } else {
            out.push(w);
        }
    }
    out
}

/// Changes jieba's dictionary glues to the noun before them (价格下降, 价格上涨).
const GLUED_CHANGES: &[&str] = &["下降", "上涨", "上升", "增长", "下跌", "回落"];

/// [`clause_words`] on its own inputs: `words` are the clause's words in order, `facts` the
/// spans of the numbers in it in order, and `made_up` says whether a word across a number's
/// end is a glue mistake. The words returned are in order and disjoint.
fn resegment_glued<'a>(
    norm: &'a IndexedText,
    words: &[Word<'a>],
    facts: &[Span],
    clause: Span,
    made_up: impl Fn(&str) -> bool,
) -> Vec<Word<'a>> {
    let straddles = |end: usize| {
        words
            .iter()
            .any(|w| w.span.start < end && end < w.span.end && made_up(w.text))
    };
    if !facts.iter().any(|f| straddles(f.end)) {
        return words.to_vec();
    }
    let mut out: Vec<Word<'a>> = Vec::with_capacity(words.len() + 4);
    let mut next = 0; // index of the first word not yet copied or replaced
    let mut covered = clause.start; // where the text segmented again so far ends
    for (k, f) in facts.iter().enumerate() {
        let end = f.end;
        if end < covered || end >= clause.end || !straddles(end) {
            continue;
        }
        let first = words[next..]
            .iter()
            .position(|w| w.span.end > end)
            .map_or(words.len(), |p| next + p);
        // Up to the next number (or the clause end), widened to a word boundary.
        let stop = facts
            .get(k + 1)
            .map_or(clause.end, |g| g.start.max(end))
            .min(clause.end);
        let last = words[first..]
            .iter()
            .position(|w| w.span.end >= stop)
            .map_or(words.len(), |p| first + p + 1);
        let region_end = words
            .get(last.wrapping_sub(1))
            .map_or(stop, |w| w.span.end.max(stop));
        // The glued word's part inside the number goes with the number.
        out.extend(words[next..first].iter().filter(|w| w.span.end <= end));
        out.extend(segment::tag(norm.slice(Span::new(end, region_end)), end));
        next = last;
        covered = region_end;
    }
    out.extend(&words[next..]);
    out
}

/// Give every fact its meaning. Returns one [`Meaning`] per fact, in the same order.
pub fn annotate(input: &MeaningInput) -> Vec<Meaning> {
    let facts = input.facts;
    // The lookups below find a fact's neighbours by binary search (`span::overlapping`).
    debug_assert!(crate::span::in_order_disjoint(facts, |f| f.span));
    debug_assert!(crate::span::in_order_disjoint(input.dates, |d| d.span));
    // Consecutive facts mostly share a sentence; its clause marks are built once for them all.
    let mut marks: Option<clause::SentenceMarks> = None;
    // Facts of one clause share its words, which are segmented again at most once.
    let mut last_clause: Option<(Span, Vec<Word>)> = None;
    let sites: Vec<Site> = facts
        .iter()
        .map(|f| {
            let sentence = input.structure.sentence_at(f.span.start).unwrap_or(f.span);
            // A fact that runs past its sentence's end is its own clause window.
            let window = if sentence.contains(f.span) {
                sentence
            } else {
                f.span
            };
            let marks = match marks.take() {
                Some(m) if m.span() == window => marks.insert(m),
                _ => marks.insert(clause::SentenceMarks::new(input.norm, window, facts, None)),
            };
            // `f` is one of `facts` and lies in `window`, so it is marked already.
            let clause = marks.clause_of(f.span);
            let words = match &last_clause {
                Some((c, words)) if *c == clause => words.clone(),
                _ => last_clause
                    .insert((clause, clause_words(input, clause)))
                    .1
                    .clone(),
            };
            Site {
                fact: f,
                clause,
                sentence,
                words,
                predicate_start: f.span.start,
                label_after: false,
            }
        })
        .collect();
    let mut sites = sites;

    // Labels, then the facts with no noun of their own share the one before them.
    let mut labels: Vec<Option<String>> = Vec::with_capacity(sites.len());
    for site in sites.iter_mut() {
        let found = label::find(input.source, input.norm, site, facts);
        if let Some(f) = &found {
            site.predicate_start = f.predicate_start;
            site.label_after = f.after;
        }
        labels.push(found.map(|f| f.text));
    }
    let sources = label::complete(input.norm, input.words, &sites, &mut labels);
    tidy::tidy(input.norm, &sites, &mut labels);

    let parts = role::plan_parts(input.norm, input.structure, input.report_year);
    let heading_periods = period::heading_periods(input);
    let mut out: Vec<Meaning> = Vec::with_capacity(sites.len());
    for (i, site) in sites.iter().enumerate() {
        let reading = role::read(
            input.norm,
            input.structure,
            &parts,
            site,
            labels[i].as_deref(),
        );
        let (period, period_text) = period::find(input, &heading_periods, site);
        out.push(Meaning {
            label: labels[i].clone(),
            label_source: sources[i],
            label_confidence: labels[i]
                .as_deref()
                .map(|l| confidence::label_confidence(l, site.fact.kind, site.clause.len())),
            clause: site.clause,
            clause_text: input.source.slice(site.clause).to_string(),
            role: reading.role,
            direction: reading.direction,
            base: reading.base,
            period,
            period_text,
            links: Vec::new(),
        });
    }
    inherit_cumulative(&sites, &mut out);
    inherit_bare_numbers(input.norm, &sites, &mut out);
    link::connect(input.norm, &sites, &mut out);
    period::end_year_of_compared_levels(&sites, &mut out);
    out
}

/// A running total carries over a list: 累计清运可回收物16吨，建筑垃圾20吨 and 累计启动17次暴雨蓝色
///预警、7次暴雨黄色预警 are all cumulative. A later clause of the sentence with no verb of its
/// own (a bare noun and number) continues the count of the clause before it.
fn inherit_cumulative(sites: &[Site], out: &mut [Meaning]) {
    for i in 1..sites.len() {
        let j = i - 1;
        if sites[j].sentence != sites[i].sentence
            || out[j].role != Role::Cumulative
            || out[i].role != Role::Observed
            || sites[i].fact.kind != sites[j].fact.kind && sites[i].fact.unit_text.is_none()
        {
            continue;
        }
        let own_verb = sites[i].words.iter().any(|w| {
            w.span.start >= sites[i].clause.start
                && w.span.end <= sites[i].clause.end
                && (w.span.end <= sites[i].fact.span.start
                    || w.span.start >= sites[i].fact.span.end)
                && matches!(w.tag, "v" | "vd" | "vi")
        });
        let between = sites[i]
            .words
            .iter()
            .filter(|w| w.span.end <= sites[i].fact.span.start)
            .any(|w| w.text == "其中");
        // 现在册33名: what is current now is a stock, not part of the running count.
        let now = sites[i]
            .words
            .iter()
            .find(|w| w.span.start >= sites[i].clause.start)
            .is_some_and(|w| w.text.starts_with('现') || w.text == "目前");
        if !own_verb && !between && !now {
            out[i].role = Role::Cumulative;
        }
    }
}

/// A clause that is nothing but numbers (分别增长8.7%、31.5%和32.3%) reads like the number before
/// it: same role, direction and base.
fn inherit_bare_numbers(norm: &IndexedText, sites: &[Site], out: &mut [Meaning]) {
    for i in 1..sites.len() {
        let j = i - 1;
        if sites[j].sentence != sites[i].sentence || sites[j].fact.kind != sites[i].fact.kind {
            continue;
        }
        let between = norm.slice(Span::new(sites[j].fact.span.end, sites[i].fact.span.start));
        let bare = between
            .chars()
            .all(|c| !is_content(c) || matches!(c, '和' | '及' | '与'));
        if bare && between.chars().count() <= 2 {
            if out[i].role == Role::Observed {
                out[i].role = out[j].role;
            }
            if out[i].direction.is_none() {
                out[i].direction = out[j].direction;
                out[i].base = out[j].base.clone();
            }
        }
    }
}

/// True for chars that carry content in a label (CJK, letters, digits).
pub(crate) fn is_content(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use crate::pipeline::{Options, extract};
    use crate::record::Record;

    pub(crate) fn record(text: &str) -> Record {
        extract("t.txt", text.as_bytes(), &Options::default()).expect("extracts")
    }

    /// The labels of a one-line document's facts, in order ("" for none).
    pub(crate) fn labels(text: &str) -> Vec<String> {
        record(&format!("{text}\n"))
            .facts
            .iter()
            .map(|f| f.label.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn each_label_says_where_it_was_read() {
        use super::LabelSource::{Clause, Context, Sentence};
        let sources = |text: &str| -> Vec<Option<super::LabelSource>> {
            record(&format!("{text}\n"))
                .facts
                .iter()
                .map(|f| f.label_source)
                .collect()
        };
        assert_eq!(
            sources("全市生产总值达到5.67万亿元、增长5.4%。"),
            vec![Some(Clause), Some(Sentence)]
        );
        assert_eq!(
            sources("持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。"),
            vec![Some(Context), Some(Context)]
        );
        // No label, no source.
        assert_eq!(sources("比上年预算增加5038亿元。"), vec![None]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// Segmenting again after any numbers, whatever jieba glued, keeps the clause's words
        /// in order, disjoint and inside the clause.
        #[test]
        fn resegmented_words_stay_in_order(
            text in crate::normalize::tests::report_text(
                "0123456789个条村处家名万亿元年内部门".chars().collect(), 60),
            cuts in proptest::collection::vec(0usize..60, 0..8),
        ) {
            use crate::span::{IndexedText, Span};
            let norm = IndexedText::new(text);
            let n = norm.slice(Span::new(0, usize::MAX)).chars().count();
            let words = crate::segment::tag(norm.slice(Span::new(0, n)), 0);
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(n)).collect();
            cuts.sort_unstable();
            cuts.dedup();
            let facts: Vec<Span> = cuts.chunks(2).filter(|c| c.len() == 2).map(|c| Span::new(c[0], c[1])).collect();
            let out = super::resegment_glued(&norm, &words, &facts, Span::new(0, n), |_| true);
            for pair in out.windows(2) {
                proptest::prop_assert!(pair[0].span.end <= pair[1].span.start, "{:?}", pair);
            }
            proptest::prop_assert!(out.iter().all(|w| w.span.end <= n));
        }
    }

    #[test]
    fn a_predicate_glued_to_the_noun_before_a_number_is_split_off() {
        use crate::span::Span;
        let words = vec![crate::segment::Word {
            text: "营收超",
            tag: "v",
            span: Span::new(0, 3),
        }];
        let facts = [Span::new(3, 10)];
        let out = super::split_glued_predicate(words.clone(), &facts, |_| true);
        let texts: Vec<&str> = out.iter().map(|w| w.text).collect();
        assert_eq!(texts, vec!["营收", "超"]);
        assert_eq!(out[1].span, Span::new(2, 3));
        // A dictionary word (通达, 长达) stays whole, and so does one not before a number.
        assert_eq!(
            super::split_glued_predicate(words.clone(), &facts, |_| false),
            words
        );
        assert_eq!(
            super::split_glued_predicate(words.clone(), &[], |_| true),
            words
        );
    }

    #[test]
    fn level_and_change_share_the_label_and_link() {
        let r = record("全市生产总值达到5.67万亿元、增长5.4%。\n");
        assert_eq!(r.facts[0].label.as_deref(), Some("全市生产总值"));
        assert_eq!(r.facts[1].label.as_deref(), Some("全市生产总值"));
        assert_eq!(r.facts[1].links.len(), 1);
        assert_eq!(r.facts[1].links[0].fact, "f1");
    }
}
