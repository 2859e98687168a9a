//! Metadata: title, document type, issuer, speaker, date, year covered and region.
//!
//! Everything here is read from the text itself — the title block before the first heading,
//! the signature block at the end, the page chrome's 来源/时间 lines and a scraper's header —
//! and is `None` where the text does not say. The date is settled in a second step
//! ([`Metadata::settle_date`]) because it reuses the date reader of the facts stage.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::chrome::PageMeta;
use crate::span::{IndexedText, Span};
use crate::structure::Structure;

/// Where the document date came from, most authoritative first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The `——2026年1月27日在…会议上` line of a delivered report.
    Delivery,
    /// The date under the signature at the end.
    Signature,
    /// A date line in the title block (statistical bulletins put it under the issuer).
    TitleBlock,
    /// A scraper's 发文时间 header.
    Header,
    /// The web page's 时间/发表时间 line.
    Published,
}

/// A date as the facts stage read it: span and ISO-style value.
#[derive(Debug, Clone, Copy)]
pub struct DateRef<'a> {
    /// Where the date is.
    pub span: Span,
    /// `2026`, `2026-01`, `2026-01-27`.
    pub value: &'a str,
}

/// Document metadata.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Metadata {
    /// The title with letter-spacing and footnote marks removed.
    pub title: Option<String>,
    /// Where the title line is.
    pub title_span: Option<Span>,
    /// 政府工作报告, 法治政府建设报告, 统计公报, 工作总结, 施政报告, 意见, 决议 …
    pub doc_type: Option<String>,
    /// The issuing body (signature line, scraper header, or 我代表…人民政府).
    pub issuer: Option<String>,
    /// The person delivering a work report.
    pub speaker: Option<String>,
    /// The speaker's office as written (上海市市长).
    pub speaker_role: Option<String>,
    /// The document date, ISO-style.
    pub date: Option<String>,
    /// Where `date` came from.
    pub date_source: Option<DateSource>,
    /// The meeting at which a report was delivered (…人民代表大会第四次会议).
    pub meeting: Option<String>,
    /// The year the report covers.
    pub report_year: Option<i32>,
    /// The administrative area the report is about.
    pub region: Option<String>,
    /// The outlet a web page names as its source (来源).
    pub outlet: Option<String>,
    /// The web page's publication time as written.
    pub published: Option<String>,
    /// Lines that may carry the document date, with their authority.
    #[serde(skip)]
    date_lines: Vec<(Span, DateSource)>,
    /// A scraper's 发文时间, when it is a real date.
    #[serde(skip)]
    date_header: Option<String>,
}

const TITLE_WORDS: &[&str] = &[
    "报告", "公报", "总结", "意见", "决议", "决定", "通知", "办法", "规划", "纲要", "讲话",
];

static DELIVERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—\-\s(]*(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[^在]{2,8}日)\s*在(.+?会议|.+)")
        .expect("static regex")
});
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s|上)(\p{Han}*?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席|院长))\s*(\p{Han}(?:\s?[\p{Han}·]){1,10})\s*$")
        .expect("static regex")
});
static ORG_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Han}{2,40}(?:人民政府|办事处|委员会|统计局|调查队|办公室|办公厅|人民代表大会常务委员会|国务院|局)$")
        .expect("static regex")
});
static BARE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Han}{2,4}$").expect("static regex"));
static ON_BEHALF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"我代表(\p{Han}{0,20}?人民政府)").expect("static regex"));
static REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{4}年)?(\p{Han}{2,12}?(?:省|自治区|特别行政区|市|县|区|州|盟|旗))")
        .expect("static regex")
});

/// Years a report can be about. Anything else written as `dddd年` (a scraped page's 7612年, a
/// serial number) is not a report year, and would break the schema's bounds if taken for one.
const REPORT_YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

/// The first `dddd年` in `text` that is a plausible report year.
fn first_report_year(text: &str) -> Option<i32> {
    years(text).find(|y| REPORT_YEARS.contains(y))
}

/// Every `dddd年` in `text` with four ASCII digits, as a number, in text order.
///
/// This is what the regex `(\d{4})年` found once its matches were parsed: its `\d` also took
/// other scripts' digits, but those never parsed as a number, and no two of its matches can
/// overlap (each ends at a 年 with four digits before it). Looking at the four bytes before
/// each 年 (a byte search) gives the same years without compiling or running a regex.
fn years(text: &str) -> impl Iterator<Item = i32> + '_ {
    text.match_indices('年').filter_map(|(at, _)| {
        let digits = text.as_bytes().get(at.checked_sub(4)?..at)?;
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, &d| n * 10 + i32::from(d - b'0')))
    })
}
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(]?(\d{4}年\d{1,2}月\d{1,2}日|\p{Han}{4}年\p{Han}{1,2}月\p{Han}{1,3}日)[)]?$")
        .expect("static regex")
});

// Each regex below is asked only after a cheap test of something it cannot match without (a
// literal it contains, the char it ends with), so most lines never reach it and a regex that
// no line needs is never compiled.

/// Could `line` match [`DELIVERY`]? It has a date (年…日) and then 在.
fn may_be_delivery(line: &str) -> bool {
    line.contains('年') && line.contains('日') && line.contains('在')
}

/// The offices [`SPEAKER`] ends its first group with.
const ROLES: &[&str] = &[
    "总理", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "主席", "院长",
];

/// Could `line` match [`SPEAKER`]? It names one of the [`ROLES`].
fn names_a_role(line: &str) -> bool {
    ROLES.iter().any(|r| line.contains(r))
}

/// A line that is only a date ([`DATE_ONLY`]); such a line ends with 日 or 日) and has a 年.
fn is_date_only(line: &str) -> bool {
    (line.ends_with('日') || line.ends_with("日)"))
        && line.contains('年')
        && DATE_ONLY.is_match(line)
}

/// A line that is only an organisation's name ([`ORG_LINE`]); every name it accepts ends
/// with one of these chars.
fn is_org_line(line: &str) -> bool {
    line.ends_with(['府', '处', '会', '局', '队', '室', '厅', '院']) && ORG_LINE.is_match(line)
}

/// The stretch of a document that metadata is read from.
pub struct MetaInput<'a> {
    /// Decoded source.
    pub source: &'a IndexedText,
    /// Normalized copy, char-aligned with `source`.
    pub norm: &'a IndexedText,
    /// Body lines (chrome removed), in order.
    pub body_lines: &'a [Span],
    /// Sections and paragraphs.
    pub structure: &'a Structure,
    /// What page chrome told.
    pub page: &'a PageMeta,
}

impl Metadata {
    /// Read everything but the date.
    pub fn read(input: &MetaInput) -> Metadata {
        let mut m = Metadata {
            outlet: input.page.outlet.clone(),
            published: input.page.published.clone(),
            ..Metadata::default()
        };
        m.date_header = input
            .page
            .header
            .get("发文时间")
            .and_then(|d| iso_date_prefix(d));
        let head = title_block(input);
        let head_text: Vec<String> = head.iter().map(|&s| compact(input.norm.slice(s))).collect();

        let titled = head_text.iter().enumerate().find_map(|(i, t)| {
            let candidate = TITLE_WORDS.iter().any(|w| t.contains(w)) && t.chars().count() <= 60;
            candidate.then(|| clean_title(t)).flatten().map(|t| (i, t))
        });
        if let Some((i, title)) = titled {
            m.title = Some(title);
            m.title_span = Some(head[i]);
        } else if let Some(t) = input.page.header.get("标题") {
            m.title = clean_title(t);
        }

        for (i, &line) in head.iter().enumerate() {
            let raw = input.norm.slice(line).trim();
            if may_be_delivery(raw)
                && let Some(c) = DELIVERY.captures(raw)
            {
                m.meeting.get_or_insert_with(|| c[2].trim().to_string());
                m.date_lines.push((line, DateSource::Delivery));
            }
            if m.speaker.is_none()
                && raw.chars().count() <= 80
                && names_a_role(raw)
                && let Some(c) = SPEAKER.captures(raw)
            {
                m.speaker_role = Some(c[1].to_string());
                m.speaker = Some(c[2].split_whitespace().collect());
            }
            if is_date_only(&head_text[i]) {
                m.date_lines.push((line, DateSource::TitleBlock));
            }
        }
        if m.speaker.is_none()
            && let Some(i) = head.iter().position(|l| {
                m.date_lines
                    .iter()
                    .any(|(d, s)| d == l && *s == DateSource::Delivery)
            })
            && let Some(next) = head_text.get(i + 1)
            && BARE_NAME.is_match(next)
        {
            // A name alone on the line after the delivery line (湖南: 毛伟明).
            m.speaker = Some(next.clone());
        }
        if m.speaker.is_none()
            && let Some(h) = input.page.header.get("报告人")
            && names_a_role(h)
            && let Some(c) = SPEAKER.captures(h)
        {
            m.speaker_role = Some(c[1].to_string());
            m.speaker = Some(c[2].split_whitespace().collect());
        }

        let header_title = input.page.header.get("标题").and_then(|t| clean_title(t));
        let title_region = [m.title.as_deref(), header_title.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|t| REGION.captures(t).map(|c| c[1].to_string()));
        let signed = signature_issuer(input, &mut m.date_lines);
        let meeting_region = meeting_region(m.meeting.as_deref());
        let known_region = title_region.clone().or(meeting_region.clone());
        m.issuer = signed
            .or_else(|| input.page.header.get("发文单位").cloned())
            .or_else(|| on_behalf_issuer(input, known_region.as_deref()))
            .or_else(|| head_text.iter().find(|t| is_org_line(t)).cloned());
        m.doc_type = m
            .title
            .as_deref()
            .and_then(doc_type_of_title)
            .or_else(|| doc_type_of_content(input));
        m.region = known_region.or_else(|| m.issuer.as_deref().and_then(issuer_region));
        m.report_year = [m.title.as_deref(), header_title.as_deref()]
            .into_iter()
            .flatten()
            .find_map(first_report_year)
            .or_else(|| untitled_report_year(input, &m.date_lines, m.date_header.as_deref()));
        m
    }

    /// Pick the document date from the dates the facts stage found, by authority of the line
    /// they sit on; fall back to a scraper header or the page's publication time.
    pub fn settle_date(&mut self, dates: &[DateRef]) {
        let mut lines = self.date_lines.clone();
        lines.sort_by_key(|&(_, src)| src);
        for (line, src) in lines {
            let full = dates
                .iter()
                .filter(|d| line.contains(d.span))
                .max_by_key(|d| d.value.len());
            if let Some(d) = full {
                self.date = Some(d.value.to_string());
                self.date_source = Some(src);
                return;
            }
        }
        let header = self.date_header.clone();
        if let Some(v) = header {
            self.date = Some(v);
            self.date_source = Some(DateSource::Header);
        } else if let Some(v) = self.published.as_deref().and_then(iso_date_prefix) {
            self.date = Some(v);
            self.date_source = Some(DateSource::Published);
        }
    }
}

/// Lines before the first heading and before the speech or prose begins.
fn title_block(input: &MetaInput) -> Vec<Span> {
    let first_heading = input
        .structure
        .sections
        .first()
        .map_or(usize::MAX, |s| s.span.start);
    input
        .body_lines
        .iter()
        .copied()
        .filter(|l| !input.norm.slice(*l).trim().is_empty())
        .take_while(|l| {
            let t = input.norm.slice(*l).trim();
            l.start < first_heading && !t.starts_with("各位代表") && t.chars().count() <= 120
        })
        .take(12)
        .collect()
}

/// Remove spaces between Han characters (letter-spaced titles: 政 府 工 作 报 告).
fn compact(s: &str) -> String {
    let chars: Vec<char> = s.trim().chars().collect();
    let is_han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '〇';
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && i > 0 && is_han(chars[i - 1]) && chars.get(i + 1).is_some_and(|&n| is_han(n))
        {
            continue;
        }
        out.push(c);
    }
    out
}

/// The title without footnote marks and without a delivery line run into it (some dumps write
/// 1954年政府工作报告——1954年5月23日在…); `None` when nothing is left.
fn clean_title(t: &str) -> Option<String> {
    let t = t.split("——").next().unwrap_or(t);
    let t = t
        .trim()
        .trim_end_matches(|c: char| ('①'..='⑳').contains(&c) || c == '。');
    (!t.is_empty()).then(|| t.to_string())
}

fn doc_type_of_title(title: &str) -> Option<String> {
    let table = [
        ("施政报告", "施政报告"),
        ("政府工作报告", "政府工作报告"),
        ("人民政府工作报告", "政府工作报告"),
        ("法治政府建设", "法治政府建设报告"),
        ("统计公报", "统计公报"),
        ("工作总结", "工作总结"),
        ("总结", "工作总结"),
        ("意见", "意见"),
        ("决议", "决议"),
        ("决定", "决定"),
        ("工作报告", "工作报告"),
    ];
    table
        .iter()
        .find(|(k, _)| title.contains(k))
        .map(|(_, v)| v.to_string())
}

/// Without a title, strong cues in the text decide; otherwise unknown.
fn doc_type_of_content(input: &MetaInput) -> Option<String> {
    let text = input.norm.as_str();
    if text.matches("法治政府建设").count() >= 2 {
        Some("法治政府建设报告".into())
    } else if text.contains("各位代表") && text.contains("政府工作") {
        Some("政府工作报告".into())
    } else if text.contains("统计公报") {
        Some("统计公报".into())
    } else {
        None
    }
}

/// An organisation line among the last body lines, possibly followed by a date line.
fn signature_issuer(input: &MetaInput, date_lines: &mut Vec<(Span, DateSource)>) -> Option<String> {
    let tail: Vec<Span> = input
        .body_lines
        .iter()
        .rev()
        .filter(|l| !input.norm.slice(**l).trim().is_empty())
        .take(3)
        .copied()
        .collect();
    let mut issuer = None;
    for line in tail {
        let t = compact(input.norm.slice(line));
        if is_date_only(&t) {
            date_lines.push((line, DateSource::Signature));
        } else if issuer.is_none() && is_org_line(&t) {
            issuer = Some(t);
        }
    }
    issuer
}

/// 我代表上海市人民政府 → 上海市人民政府; 我代表省人民政府 names no place, so the region from
/// the title completes it.
fn on_behalf_issuer(input: &MetaInput, region: Option<&str>) -> Option<String> {
    let text = input.norm.as_str();
    if !text.contains("我代表") {
        return None;
    }
    let c = ON_BEHALF.captures(text)?;
    let body = &c[1];
    if matches!(
        body,
        "省人民政府" | "市人民政府" | "自治区人民政府" | "县人民政府" | "区人民政府"
    ) {
        region.map(|r| format!("{r}人民政府"))
    } else {
        Some(body.to_string())
    }
}

/// The region an issuing body belongs to: 上海市静安区人民政府芷江西路街道办事处 →
/// 上海市静安区芷江西路街道.
fn issuer_region(issuer: &str) -> Option<String> {
    let r = issuer.replace("人民政府", "");
    let r = r
        .trim_end_matches("办事处")
        .trim_end_matches("统计局")
        .trim_end_matches("调查队");
    REGION.is_match(r).then(|| r.to_string())
}

/// The place in a meeting name: 呼伦贝尔市海拉尔区第十五届人民代表大会… → 呼伦贝尔市海拉尔区.
fn meeting_region(meeting: Option<&str>) -> Option<String> {
    let place = meeting?.split('第').next()?.trim();
    (REGION.is_match(place) && place.ends_with(['省', '区', '市', '县', '州', '盟', '旗']))
        .then(|| place.to_string())
}

/// The year a report covers when its title does not say: a delivered report belongs to the
/// year it is delivered in; anything else to the year its body mentions most, not counting
/// years after its own date line or a scraper's 发文时间 (targets such as 到2035年); with neither,
/// unknown.
fn untitled_report_year(
    input: &MetaInput,
    date_lines: &[(Span, DateSource)],
    date_header: Option<&str>,
) -> Option<i32> {
    let year_on = |line: Span| first_report_year(input.norm.slice(line));
    let mut lines = date_lines.to_vec();
    lines.sort_by_key(|&(_, src)| src);
    let dated = lines.first().and_then(|&(l, src)| Some((year_on(l)?, src)));
    if let Some((y, DateSource::Delivery)) = dated {
        return Some(y);
    }
    // Without any dated line there is nothing to tell a review year from a target year
    // (到2035年), so the year stays unknown rather than guessed; a scraper's publication time
    // (发文时间：2009-02-05) dates the page as well as a date line would.
    // (The header date is ISO already, checked when the metadata read it.)
    let published = || {
        date_header?
            .get(..4)?
            .parse::<i32>()
            .ok()
            .filter(|y| REPORT_YEARS.contains(y))
    };
    let cap = dated.map(|(y, _)| y).or_else(published)?;
    let mut count: HashMap<i32, usize> = HashMap::new();
    for &p in &input.structure.paragraphs {
        for y in years(input.norm.slice(p)) {
            if REPORT_YEARS.contains(&y) && y <= cap {
                *count.entry(y).or_default() += 1;
            }
        }
    }
    // Ties go to the later year, so the result does not depend on hash order.
    count
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
        .or(Some(cap))
}

fn iso_date_prefix(s: &str) -> Option<String> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{4})[-年](\d{1,2})[-月](\d{1,2})").expect("static regex")
    });
    let c = ISO.captures(s.trim())?;
    Some(format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The metadata the whole pipeline gives a text (it needs chrome, structure and dates).
    fn meta(text: &str) -> Metadata {
        crate::pipeline::extract(
            "t.txt",
            text.as_bytes(),
            &crate::pipeline::Options::default(),
        )
        .expect("extracts")
        .metadata
    }

    #[test]
    fn work_report_title_block() {
        let m = meta(
            "下载\n打印\n2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n\
             来源：解放日报\n时间：2026-02-09\n上海市市长 龚 正\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。\n\
             一、2025年工作回顾\n",
        );
        assert_eq!(m.title.as_deref(), Some("2026年上海市政府工作报告"));
        assert_eq!(m.doc_type.as_deref(), Some("政府工作报告"));
        assert_eq!(m.speaker.as_deref(), Some("龚正"));
        assert_eq!(m.speaker_role.as_deref(), Some("上海市市长"));
        assert_eq!(m.date.as_deref(), Some("2026-02-03"));
        assert_eq!(m.date_source, Some(DateSource::Delivery));
        assert_eq!(m.issuer.as_deref(), Some("上海市人民政府"));
        assert_eq!(m.region.as_deref(), Some("上海市"));
        assert_eq!(m.report_year, Some(2026));
        assert_eq!(m.outlet.as_deref(), Some("解放日报"));
        assert_eq!(
            m.meeting.as_deref(),
            Some("上海市第十六届人民代表大会第四次会议")
        );
    }

    #[test]
    fn untitled_report_with_signature() {
        let m = meta(
            "2022年是关键之年。\n一、坚持依法依规\n2022年共受理案件4起。\n\
             上海市静安区人民政府芷江西路街道办事处\n2023年1月19日\n",
        );
        assert_eq!(m.title, None);
        assert_eq!(
            m.issuer.as_deref(),
            Some("上海市静安区人民政府芷江西路街道办事处")
        );
        assert_eq!(m.date.as_deref(), Some("2023-01-19"));
        assert_eq!(m.date_source, Some(DateSource::Signature));
        // The most mentioned year not after the signature date.
        assert_eq!(m.report_year, Some(2022));
        assert_eq!(m.region.as_deref(), Some("上海市静安区芷江西路街道"));
    }

    #[test]
    fn letter_spaced_title_and_province_relative_issuer() {
        let m = meta(
            "政 府 工 作 报 告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n省长 胡玉亭\n各位代表：\n\
             现在，我代表省人民政府，向大会报告工作。\n一、回顾\n",
        );
        assert_eq!(m.title.as_deref(), Some("政府工作报告"));
        assert_eq!(m.speaker.as_deref(), Some("胡玉亭"));
        assert_eq!(m.region.as_deref(), Some("吉林省"));
        assert_eq!(m.issuer.as_deref(), Some("吉林省人民政府"));
        assert_eq!(m.report_year, Some(2026));
    }

    #[test]
    fn chinese_numeral_delivery_date() {
        let m = meta(
            "2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人大五次会议上\n各位代表：\n一、回顾\n",
        );
        assert_eq!(m.date.as_deref(), Some("2026-01-27"));
        assert_eq!(m.date_source, Some(DateSource::Delivery));
    }

    #[test]
    fn a_title_line_that_is_only_a_delivery_line_is_no_title() {
        let m = meta("一、\n——政府工作报告一、");
        assert_eq!(m.title, None);
    }

    #[test]
    fn a_scrapers_publication_time_dates_an_untitled_report() {
        let m = meta(
            "标题：坚定信心 迎难奋进\n发文单位：保定市人民政府\n发文时间：2009-02-05\n\n正文：\n\n\
             各位代表：\n\n一、2008年工作回顾\n\n2008年生产总值增长10%，2008年财政收入增长12%。\n\n\
             二、2009年工作总体安排\n\n生产总值增长9%。\n",
        );
        // The year reviewed most, up to the year the page was published.
        assert_eq!(m.report_year, Some(2008));
    }

    #[test]
    fn nothing_said_means_null() {
        let m = meta("一些没有标题的文字。\n");
        assert_eq!(m.title, None);
        assert_eq!(m.issuer, None);
        assert_eq!(m.speaker, None);
        assert_eq!(m.date, None);
        assert_eq!(m.region, None);
    }

    /// Pieces metadata lines are made of: dates in several scripts' digits, the literals the
    /// regexes look for, Han and non-Han chars.
    fn meta_line() -> impl proptest::strategy::Strategy<Value = String> {
        let pieces: Vec<&str> = vec![
            "2026",
            "1",
            "27",
            "١٢٣٤",
            "二〇二六",
            "年",
            "月",
            "日",
            "在",
            "会议",
            "——",
            " ",
            "(",
            ")",
            "上",
            "上海市",
            "市长",
            "主席",
            "龚正",
            "·",
            "人民政府",
            "局",
            "办事处",
            "我代表",
            "省",
            "a",
            "7",
            ",",
            "。",
            "办公厅",
            "国务院",
            "委员会",
            "调查队",
            "办公室",
        ];
        proptest::collection::vec(proptest::sample::select(pieces), 0..9).prop_map(|p| p.concat())
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The byte search for years finds what the regex `(\d{4})年` did, once parsed.
        #[test]
        fn years_agree_with_the_regex(text in meta_line()) {
            let re = Regex::new(r"(\d{4})年").unwrap();
            let by_regex: Vec<i32> =
                re.captures_iter(&text).filter_map(|c| c[1].parse().ok()).collect();
            proptest::prop_assert_eq!(years(&text).collect::<Vec<_>>(), by_regex);
        }

        /// Each quick test only turns away lines its regex does not match.
        #[test]
        fn quick_tests_never_turn_away_a_match(text in meta_line()) {
            if !may_be_delivery(&text) {
                proptest::prop_assert!(!DELIVERY.is_match(&text));
            }
            if !names_a_role(&text) {
                proptest::prop_assert!(!SPEAKER.is_match(&text));
            }
            if !text.contains("我代表") {
                proptest::prop_assert!(!ON_BEHALF.is_match(&text));
            }
            proptest::prop_assert_eq!(is_date_only(&text), DATE_ONLY.is_match(&text));
            proptest::prop_assert_eq!(is_org_line(&text), ORG_LINE.is_match(&text));
        }
    }
}
