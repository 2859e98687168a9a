//! Page chrome: the navigation, widget, sharing and feedback lines that scraped web pages carry
//! around the report, and the metadata lines (来源, 时间, 编辑, scraper headers) among them.
//!
//! Detection is line-based and site-independent. Each line is classified on its own
//! ([`classify`]); short ambiguous widget words (大, 中, 小, 首页, >) count only inside a run of
//! definite chrome; breadcrumbs follow a `>`; a "terminal" line in the second half of the text
//! (相关报道, 留言咨询, 关闭窗口, 扫一扫…) starts the trailer and everything after it is chrome; a
//! short line repeated three or more times is a running page header left by PDF extraction; a
//! paragraph-length line that repeats an earlier one word for word is a copy (web dumps that hold
//! their report several times over), kept out so its numbers are not counted twice.
//! Chrome lines stay out of sections and facts, and the record lists their spans.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::span::Span;

/// Why a line was taken for page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChromeReason {
    /// Toolbar words: 下载 打印 全屏 收藏 【字号：加大 还原 减小】 …
    Widget,
    /// 您的位置 / 当前位置 and the breadcrumb after it.
    Navigation,
    /// 分享 / 扫一扫 sharing widgets.
    Share,
    /// 相关报道 / 相关文档 link lists.
    Related,
    /// 留言咨询 / 纠错 feedback forms.
    Feedback,
    /// 来源：… (the outlet; feeds the metadata).
    SourceLine,
    /// 时间：… / 发表时间：… / a bare timestamp (feeds the metadata).
    TimeLine,
    /// 编辑：… / （责任编辑：…）.
    Editor,
    /// Header lines a scraper put before the text (标题：, 发文单位：, 正文： …).
    ScraperHeader,
    /// A photo caption (…记者 … 摄).
    PhotoCaption,
    /// A page header repeated through text extracted from a paginated layout.
    RunningHeader,
    /// Everything after the first end-of-page marker.
    Trailer,
    /// A paragraph that repeats an earlier one word for word (a web dump holding its report
    /// several times over): counting its numbers again would double them.
    RepeatedParagraph,
}

/// One chrome line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Chrome {
    /// The whole line.
    pub span: Span,
    /// Why it is chrome.
    pub reason: ChromeReason,
}

/// Metadata found in chrome lines, as written (trimmed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The outlet after 来源：.
    pub outlet: Option<String>,
    /// The publication time after 时间： or a bare timestamp line.
    pub published: Option<String>,
    /// Scraper header fields (标题, 发文单位, 发文时间, 报告人, 来源URL), key without colon.
    pub header: HashMap<String, String>,
}

/// The result of chrome detection over all lines of a document.
#[derive(Debug, Clone, Default)]
pub struct PageChrome {
    /// Chrome lines in text order.
    pub lines: Vec<Chrome>,
    /// Metadata gleaned from them.
    pub meta: PageMeta,
}

impl PageChrome {
    /// True when the line starting at `start` is chrome.
    pub fn is_chrome(&self, line: Span) -> bool {
        self.lines
            .binary_search_by_key(&line.start, |c| c.span.start)
            .is_ok()
    }
}

const WIDGETS: &[&str] = &[
    "下载",
    "打印",
    "全屏",
    "收藏",
    "【字号:",
    "【字体:",
    "加大",
    "还原",
    "减小",
    "【",
    "】",
    "打印本页",
    "关闭窗口",
    "阅读量:",
    "×",
    "》》点击图片进入专题《《",
    "相关附件>>",
    "相关链接>>",
];

/// Words that are chrome only next to other chrome (a body line could, in principle, be "大").
const WEAK: &[&str] = &["大", "中", "小", "首页", ">", "-", "|"];

/// Lines after which the page's own text is over.
const TERMINAL_PREFIXES: &[&str] = &[
    "相关报道",
    "相关文档",
    "相关附件",
    "相关链接",
    "相关新闻",
    "相关阅读",
    "留言咨询",
    "扫一扫",
    "打印本页",
    "关闭窗口",
    "分享到",
];

/// The labels of metadata lines, in the order they are tried (来源 before 来源URL is safe: a
/// label must be followed by a colon).
const META_KEYS: &[&str] = &[
    "来源",
    "信息来源",
    "发表时间",
    "发布时间",
    "发布日期",
    "时间",
    "责任编辑",
    "编辑",
    "标题",
    "发文单位",
    "发文时间",
    "报告人",
    "来源URL",
    "正文",
];

/// A metadata line `(KEY:value)` (both brackets optional): its label and its value, trimmed.
///
/// Read by hand rather than by the regex
/// `^[(]?(KEY|…)[:]\s*(.*?)[)]?$`, whose compilation cost more than the whole stage did on a
/// report; it took the same lines apart the same way: one optional `(` before the label, one
/// optional `)` at the end, and no line break in the value after the spaces that follow the
/// colon (a lone `\r` in the source is a line break in the normalized text).
fn meta_line(t: &str) -> Option<(&'static str, &str)> {
    let t = t.strip_prefix('(').unwrap_or(t);
    let (key, rest) = META_KEYS
        .iter()
        .find_map(|&k| Some((k, t.strip_prefix(k)?.strip_prefix(':')?)))?;
    // Spaces after the colon may include line breaks (`\s*`), the value may not (`.`).
    let value = rest.trim_start();
    if value.contains('\n') {
        return None;
    }
    Some((key, value.strip_suffix(')').unwrap_or(value).trim()))
}

static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\d{4}(-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(\d{1,2}[:时]\d{1,2}分?([:]\d{1,2})?)?$",
    )
    .expect("static regex")
});

/// True when `t` could match [`TIMESTAMP`]: it opens with a decimal digit and is made of
/// nothing but digits, spaces and the marks `-年月日:时分`. `\d` is Unicode category Nd and
/// `char::is_numeric` holds for every such char (and a few more), `\s` is what
/// `char::is_whitespace` tests, so this rules lines out without running the regex, or
/// compiling it for a text with no such line: a body line such as `2026年主要预期目标是:`
/// fails at its fifth char.
fn may_be_timestamp(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_numeric)
        && t.chars()
            .all(|c| c.is_numeric() || c.is_whitespace() || "-年月日:时分".contains(c))
}

/// A date with an optional time, alone on its line: what [`TIMESTAMP`] matches.
///
/// A line whose digits are all ASCII is read by hand ([`ascii_timestamp`]), which spares
/// compiling the regex (its Unicode `\d` and `\s` make it the costliest of this stage); a line
/// with other scripts' digits, which the hand reader does not know, is still asked the regex.
fn is_timestamp(t: &str) -> bool {
    if !may_be_timestamp(t) {
        return false;
    }
    if t.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
        return TIMESTAMP.is_match(t);
    }
    let chars: Vec<char> = t.chars().collect();
    ascii_timestamp(&chars)
}

/// [`TIMESTAMP`] for a line whose digits are ASCII:
/// `dddd` then `-d-d` or `年d月d日` (each `d` one or two digits), spaces, and optionally a time
/// `d:d` or `d时d`, with an optional `分` and `:d` seconds, up to the end. Every way of
/// splitting the digit runs is tried, as the regex does.
fn ascii_timestamp(c: &[char]) -> bool {
    if !digit_ends(c, 0, 4).any(|e| e == 4) || c.len() < 5 {
        return false;
    }
    let date_ends: Vec<usize> = match c[4] {
        '-' => digit_ends(c, 5, 2)
            .filter(|&j| c.get(j) == Some(&'-'))
            .flat_map(|j| digit_ends(c, j + 1, 2))
            .collect(),
        '年' => digit_ends(c, 5, 2)
            .filter(|&j| c.get(j) == Some(&'月'))
            .flat_map(|j| digit_ends(c, j + 1, 2))
            .filter(|&k| c.get(k) == Some(&'日'))
            .map(|k| k + 1)
            .collect(),
        _ => return false,
    };
    date_ends.into_iter().any(|d| {
        // The spaces are taken whole: a time, if any, starts with a digit.
        let s = d + c[d..].iter().take_while(|c| c.is_whitespace()).count();
        s == c.len() || ascii_time(c, s)
    })
}

/// `d:d` or `d时d`, an optional `分`, optional `:d` seconds, then the end of the line.
fn ascii_time(c: &[char], from: usize) -> bool {
    let at_end = |m: usize| {
        m == c.len() || (c.get(m) == Some(&':') && digit_ends(c, m + 1, 2).any(|e| e == c.len()))
    };
    digit_ends(c, from, 2)
        .filter(|&j| matches!(c.get(j), Some(':' | '时')))
        .flat_map(|j| digit_ends(c, j + 1, 2))
        .any(|k| at_end(k) || (c.get(k) == Some(&'分') && at_end(k + 1)))
}

/// Where a run of one to `max` ASCII digits starting at `from` can end (`\d{1,max}`, every
/// length the digits allow).
fn digit_ends(c: &[char], from: usize, max: usize) -> impl Iterator<Item = usize> {
    let run = c
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=run).map(move |k| from + k)
}

/// A 32-digit lower-case hex id, optionally followed by a colon (a CMS article id): what
/// the regex `^[0-9a-f]{32}:?$` matched, checked on the bytes.
fn is_hex_id(t: &str) -> bool {
    let id = t.strip_suffix(':').unwrap_or(t);
    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// What one line is, seen alone.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LineClass {
    Body,
    Weak,
    Chrome(ChromeReason),
    /// A metadata label; `value` empty means the value is on the next line.
    Meta {
        reason: ChromeReason,
        key: String,
        value: String,
    },
}

/// Classify one line of normalized text (full-width colons already folded to `:`).
fn classify(line: &str) -> LineClass {
    let t = line.trim();
    if t.is_empty() {
        return LineClass::Body;
    }
    // Counted once: most of the tests below look at the length.
    let chars = t.chars().count();
    let counter = chars <= 16
        && ["浏览次数", "阅读次数", "点击次数", "访问量"]
            .iter()
            .any(|w| t.starts_with(w));
    if WIDGETS.contains(&t) || is_hex_id(t) || counter {
        return LineClass::Chrome(ChromeReason::Widget);
    }
    if WEAK.contains(&t) {
        return LineClass::Weak;
    }
    if t.starts_with("您的位置") || t.starts_with("当前位置") {
        return LineClass::Chrome(ChromeReason::Navigation);
    }
    let short = chars <= 12;
    if short && (t.starts_with("分享") || t.starts_with("扫一扫")) {
        return LineClass::Chrome(ChromeReason::Share);
    }
    if short
        && t.starts_with("相关")
        && (t.contains("报道") || t.contains("文档") || t.ends_with(':'))
    {
        return LineClass::Chrome(ChromeReason::Related);
    }
    if matches!(t, "留言咨询" | "纠错" | "使用说明") || t.ends_with(":*") {
        return LineClass::Chrome(ChromeReason::Feedback);
    }
    if t.contains("记者") && t.ends_with('摄') && chars <= 40 {
        return LineClass::Chrome(ChromeReason::PhotoCaption);
    }
    if is_timestamp(t) && t.contains([':', '时']) {
        return LineClass::Chrome(ChromeReason::TimeLine);
    }
    if chars <= 60
        && let Some((key, value)) = meta_line(t)
    {
        let reason = match key {
            "来源" | "信息来源" => ChromeReason::SourceLine,
            "发表时间" | "发布时间" | "发布日期" | "时间" => ChromeReason::TimeLine,
            "责任编辑" | "编辑" => ChromeReason::Editor,
            _ => ChromeReason::ScraperHeader,
        };
        return LineClass::Meta {
            reason,
            key: key.to_string(),
            value: value.to_string(),
        };
    }
    LineClass::Body
}

fn is_terminal(line: &str) -> bool {
    let t = line.trim();
    TERMINAL_PREFIXES.iter().any(|p| t.starts_with(p)) && t.chars().count() <= 12
}

/// Find the chrome lines of a document. `norm` is the normalized text, `lines` its line spans.
pub fn detect(norm_lines: &[&str], lines: &[Span]) -> PageChrome {
    let n = lines.len();
    let mut reason: Vec<Option<ChromeReason>> = vec![None; n];
    let mut weak = vec![false; n];
    let mut meta = PageMeta::default();
    let mut pending_value: Option<(ChromeReason, String)> = None;
    let mut after_crumb_arrow = false;

    for (i, text) in norm_lines.iter().enumerate() {
        let t = text.trim();
        if t.is_empty() {
            continue;
        }
        // A value on the line after its label ("来源:" / "四川日报").
        if let Some((r, key)) = pending_value.take()
            && t.chars().count() <= 24
            && matches!(classify(t), LineClass::Body)
        {
            reason[i] = Some(r);
            record_meta(&mut meta, &key, t);
            continue;
        }
        // Breadcrumb segments follow a ">".
        if after_crumb_arrow && t.chars().count() <= 12 && !t.contains(['。', ',', ':']) {
            reason[i] = Some(ChromeReason::Navigation);
            after_crumb_arrow = false;
            continue;
        }
        after_crumb_arrow = false;
        match classify(t) {
            LineClass::Body => {}
            LineClass::Weak => {
                weak[i] = true;
                after_crumb_arrow = t == ">";
            }
            LineClass::Chrome(r) => {
                if r == ChromeReason::TimeLine {
                    meta.published.get_or_insert_with(|| t.to_string());
                }
                reason[i] = Some(r);
            }
            LineClass::Meta {
                reason: r,
                key,
                value,
            } => {
                reason[i] = Some(r);
                if value.is_empty() {
                    if key != "正文" {
                        pending_value = Some((r, key));
                    }
                } else {
                    record_meta(&mut meta, &key, &value);
                }
            }
        }
    }

    resolve_weak(norm_lines, &mut reason, &weak);
    mark_breadcrumb_repeats(norm_lines, &mut reason);
    mark_trailer(norm_lines, lines, &mut reason);
    mark_running_headers(norm_lines, &mut reason);
    mark_repeated_paragraphs(norm_lines, &mut reason);

    let chrome = lines
        .iter()
        .zip(&reason)
        .filter_map(|(&span, r)| r.map(|reason| Chrome { span, reason }))
        .collect();
    PageChrome {
        lines: chrome,
        meta,
    }
}

fn record_meta(meta: &mut PageMeta, key: &str, value: &str) {
    match key {
        "来源" | "信息来源" => {
            meta.outlet.get_or_insert_with(|| value.to_string());
        }
        "发表时间" | "发布时间" | "发布日期" | "时间" => {
            meta.published.get_or_insert_with(|| value.to_string());
        }
        "责任编辑" | "编辑" => {}
        _ => {
            meta.header
                .entry(key.to_string())
                .or_insert_with(|| value.to_string());
        }
    }
}

/// A weak word is chrome when the nearest non-empty line before or after it is chrome
/// (or weak and itself next to chrome). Repeated until nothing changes.
fn resolve_weak(lines: &[&str], reason: &mut [Option<ChromeReason>], weak: &[bool]) {
    loop {
        let mut changed = false;
        for i in 0..lines.len() {
            if !weak[i] || reason[i].is_some() {
                continue;
            }
            let prev = (0..i)
                .rev()
                .find(|&j| !lines[j].trim().is_empty())
                .and_then(|j| reason[j]);
            let next = (i + 1..lines.len())
                .find(|&j| !lines[j].trim().is_empty())
                .and_then(|j| reason[j]);
            if let Some(r) = prev.or(next) {
                reason[i] = Some(match r {
                    ChromeReason::Navigation => ChromeReason::Navigation,
                    _ => ChromeReason::Widget,
                });
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// A breadcrumb segment repeated on the next line (云南要闻 / 云南要闻) is still navigation.
fn mark_breadcrumb_repeats(lines: &[&str], reason: &mut [Option<ChromeReason>]) {
    for i in 1..lines.len() {
        if reason[i].is_none()
            && reason[i - 1] == Some(ChromeReason::Navigation)
            && lines[i].trim() == lines[i - 1].trim()
            && !lines[i].trim().is_empty()
        {
            reason[i] = Some(ChromeReason::Navigation);
        }
    }
}

/// From the first end-of-page marker in the second half of the text, everything is chrome.
fn mark_trailer(lines: &[&str], spans: &[Span], reason: &mut [Option<ChromeReason>]) {
    let Some(total) = spans.last().map(|s| s.end) else {
        return;
    };
    let start = (0..lines.len()).find(|&i| spans[i].start * 2 >= total && is_terminal(lines[i]));
    if let Some(start) = start {
        for r in reason.iter_mut().skip(start) {
            r.get_or_insert(ChromeReason::Trailer);
        }
    }
}

/// How often a short line must recur before it is taken for a page header.
const RUNNING_HEADER_MIN: usize = 3;

/// A short line repeated three or more times is a page header from a paginated source.
fn mark_running_headers(lines: &[&str], reason: &mut [Option<ChromeReason>]) {
    // The trimmed lines that could be page headers; only these are counted and looked up, so
    // long paragraphs are never hashed.
    let candidates: Vec<Option<&str>> = lines
        .iter()
        .map(|l| Some(l.trim()).filter(|t| may_be_running_header(t)))
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for t in candidates.iter().flatten() {
        *count.entry(t).or_default() += 1;
    }
    for (i, t) in candidates.iter().enumerate() {
        if reason[i].is_none()
            && t.is_some_and(|t| count.get(t).is_some_and(|&c| c >= RUNNING_HEADER_MIN))
        {
            reason[i] = Some(ChromeReason::RunningHeader);
        }
    }
}

/// How long (in chars) a line must be before a second copy of it is taken for a repeat: a
/// sentence this long is not written twice word for word in one report.
const REPEATED_PARAGRAPH_MIN: usize = 40;

/// A paragraph-length line equal to an earlier one is a repeat; the first copy stays.
fn mark_repeated_paragraphs(lines: &[&str], reason: &mut [Option<ChromeReason>]) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // (The byte length, at most four bytes a char, spares counting the chars of short lines.)
        if reason[i].is_some()
            || t.len() < REPEATED_PARAGRAPH_MIN
            || t.chars().count() < REPEATED_PARAGRAPH_MIN
        {
            continue;
        }
        if !seen.insert(t) {
            reason[i] = Some(ChromeReason::RepeatedParagraph);
        }
    }
}

/// A page header is a label of 6 to 40 chars, not a sentence. The byte length (at most four
/// bytes a char) rules out long paragraphs before their chars are counted.
fn may_be_running_header(t: &str) -> bool {
    t.len() >= 6
        && t.len() <= 40 * 4
        && (6..=40).contains(&t.chars().count())
        && !t.ends_with(['。', '!', '?', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::span::IndexedText;

    fn run(text: &str) -> (Vec<(String, ChromeReason)>, PageMeta) {
        let norm = IndexedText::new(normalize(text));
        let spans = norm.lines();
        let lines: Vec<&str> = spans.iter().map(|&s| norm.slice(s)).collect();
        let pc = detect(&lines, &spans);
        let out = pc
            .lines
            .iter()
            .map(|c| (norm.slice(c.span).to_string(), c.reason))
            .collect();
        (out, pc.meta)
    }

    #[test]
    fn toolbar_and_meta_head() {
        let text = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年上海市政府工作报告\n\
                    ——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n来源：解放日报\n时间：2026-02-09\n\
                    上海市市长 龚 正\n各位代表：\n一、2025年工作回顾\n正文。\n相关报道：\n";
        let (chrome, meta) = run(text);
        let lines: Vec<&str> = chrome.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            lines,
            vec![
                "下载",
                "打印",
                "全屏",
                "收藏",
                "【字号:",
                "加大",
                "还原",
                "减小",
                "】",
                "来源:解放日报",
                "时间:2026-02-09",
                "相关报道:"
            ]
        );
        assert_eq!(meta.outlet.as_deref(), Some("解放日报"));
        assert_eq!(meta.published.as_deref(), Some("2026-02-09"));
    }

    #[test]
    fn breadcrumb_and_split_labels() {
        let text = "当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻\n2026年宁夏回族自治区政府工作报告\n发表时间：\n\
                    2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：\n【字体：\n小\n中\n大\n】\n政府工作报告\n正文第一句。";
        let (chrome, meta) = run(text);
        let lines: Vec<&str> = chrome.iter().map(|(l, _)| l.as_str()).collect();
        assert!(!lines.contains(&"2026年宁夏回族自治区政府工作报告"));
        assert!(!lines.contains(&"政府工作报告"));
        for l in [
            "首页",
            ">",
            "政务信息",
            "宁夏要闻",
            "宁夏日报客户端",
            "小",
            "中",
            "大",
        ] {
            assert!(lines.contains(&l), "{l} should be chrome: {lines:?}");
        }
        assert_eq!(meta.outlet.as_deref(), Some("宁夏日报客户端"));
        assert_eq!(meta.published.as_deref(), Some("2026-02-09 09:45:30"));
    }

    #[test]
    fn feedback_trailer_after_signature() {
        let body: String = (0..10).map(|i| format!("正文第{i}句话。\n")).collect();
        let text = format!(
            "{body}上海市静安区人民政府芷江西路街道办事处\n2023年1月19日\n\n留言咨询\n纠错\n1.错误类:*\n-\n您的姓名:*\n相关文档\n使用说明"
        );
        let (chrome, _) = run(&text);
        let lines: Vec<&str> = chrome.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            lines,
            vec![
                "留言咨询",
                "纠错",
                "1.错误类:*",
                "-",
                "您的姓名:*",
                "相关文档",
                "使用说明"
            ]
        );
    }

    #[test]
    fn weak_words_in_body_stay_body() {
        let (chrome, _) = run("第一段。\n大\n第二段。");
        assert!(chrome.is_empty());
    }

    #[test]
    fn scraper_header_feeds_meta() {
        let text =
            "标题：高阳县2019年政府工作报告\n发文单位：高阳县人民政府\n正文：\n\n政 府 工 作 报 告";
        let (chrome, meta) = run(text);
        assert_eq!(chrome.len(), 3);
        assert_eq!(
            meta.header.get("发文单位").map(String::as_str),
            Some("高阳县人民政府")
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The hand reader takes metadata lines apart as the regex it replaced did.
        #[test]
        fn meta_line_agrees_with_the_regex(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "(", ")", ":", " ", "\u{3000}", "\n", "来源", "来源URL", "信息来源", "时间",
                    "发表时间", "编辑", "责任编辑", "正文", "四川日报", "2026-02-09", "a", "U",
                ]),
                0..8,
            )
        ) {
            let re = Regex::new(
                r"^[(]?(来源|信息来源|发表时间|发布时间|发布日期|时间|责任编辑|编辑|标题|发文单位|发文时间|报告人|来源URL|正文)[:]\s*(.*?)[)]?$",
            )
            .unwrap();
            let line = pieces.concat();
            let t = line.trim();
            let by_regex = re
                .captures(t)
                .map(|c| (c.get(1).unwrap().as_str().to_string(), c[2].trim().to_string()));
            let by_hand = meta_line(t).map(|(k, v)| (k.to_string(), v.to_string()));
            proptest::prop_assert_eq!(by_hand, by_regex);
        }

        /// The byte check of CMS ids agrees with the regex it replaced, and the first-char
        /// test never turns away a timestamp.
        #[test]
        fn quick_checks_agree_with_the_regexes(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "0", "9", "a", "f", "g", "A", ":", "-", "年", "月", "日", "时", "分", " ", "١",
                    "0123456789abcdef", "2026", "02",
                ]),
                0..10,
            )
        ) {
            let t = pieces.concat();
            let hex = Regex::new(r"^[0-9a-f]{32}:?$").unwrap();
            proptest::prop_assert_eq!(is_hex_id(&t), hex.is_match(&t));
            if !may_be_timestamp(&t) {
                proptest::prop_assert!(!TIMESTAMP.is_match(&t));
            }
            proptest::prop_assert_eq!(is_timestamp(&t), TIMESTAMP.is_match(&t));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The hand-read timestamp agrees with the regex on lines shaped like timestamps,
        /// including digit runs that split more than one way and other scripts' digits.
        #[test]
        fn timestamp_reader_agrees_with_the_regex(
            date in proptest::sample::select(vec![
                "2026-2-3", "2026-02-0912", "2026年1月27日", "2026年1月2", "2026-1-1", "20261-1-1",
                "2026-١-1", "2026年12月31日",
            ]),
            rest in proptest::collection::vec(
                proptest::sample::select(vec![" ", "\u{3000}", "1", "12", ":", "时", "分", "٣", "a"]),
                0..7,
            )
        ) {
            let t = format!("{date}{}", rest.concat());
            proptest::prop_assert_eq!(is_timestamp(&t), TIMESTAMP.is_match(&t), "{}", t);
        }
    }

    #[test]
    fn timestamps_with_and_without_seconds() {
        for t in [
            "2026-02-09 09:45:30",
            "2026年1月27日 10时30分",
            "2026-2-312:30",
            "2026-02-09",
        ] {
            assert!(is_timestamp(t), "{t}");
        }
        for t in [
            "2026-02-09 09:45:30:1",
            "2026年1月27日10时",
            "2026-02",
            "2026-02-09 上午",
        ] {
            assert!(!is_timestamp(t), "{t}");
        }
    }

    #[test]
    fn repeated_page_header_is_chrome() {
        let text = "统计公报标题行啊\n正文。\n洛阳市2023年统计公报\n正文。\n洛阳市2023年统计公报\n正文。\n洛阳市2023年统计公报";
        let (chrome, _) = run(text);
        assert_eq!(chrome.len(), 3);
        assert!(
            chrome
                .iter()
                .all(|(_, r)| *r == ChromeReason::RunningHeader)
        );
    }

    #[test]
    fn a_paragraph_repeated_word_for_word_is_left_out_after_its_first_copy() {
        let para = "过去几年来我们在改善人民生活方面的一个重大收获，是稳定了金融和物价，保障了人民的基本生活需要和国家建设的顺利进行。";
        let text = format!("{para}\n工业总产值增长百分之十。\n{para}\n{para}");
        let (chrome, _) = run(&text);
        assert_eq!(chrome.len(), 2);
        assert!(
            chrome
                .iter()
                .all(|(_, r)| *r == ChromeReason::RepeatedParagraph)
        );
        // A short line said twice is not a repeat of this kind.
        let (chrome, _) = run("一、工作回顾\n正文。\n一、工作回顾");
        assert!(chrome.is_empty());
    }
}
