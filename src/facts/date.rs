//! Date mentions: years (2022年, 二〇二二年), year-months, full dates, month-days and bare months
//! completed with the report year, ISO dates, year and month ranges.
//!
//! Dates are found before quantities so that 2022年 is never read as a duration of 2022 years.

use super::numeral::{arabic_digit, cn_digit, cn_unit};

/// A date found in one line (char offsets relative to the line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDate {
    /// First char of the date expression.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// ISO-like value: `2022`, `2022-06`, `2022-10-13`, `2021/2025`.
    pub value: String,
    /// True when the year was taken from the report year rather than from the text.
    pub inferred: bool,
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && is_space(chars[i]) {
        i += 1;
    }
    i
}

/// Reads 1..=max_len Arabic digits at `i` (no separators).
fn arabic_int(chars: &[char], i: usize, max_len: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut v: u32 = 0;
    while j < chars.len() && j - i < max_len {
        match arabic_digit(chars[j]) {
            Some(d) => {
                v = v * 10 + d;
                j += 1;
            }
            None => break,
        }
    }
    if j == i || (j < chars.len() && arabic_digit(chars[j]).is_some()) {
        return None;
    }
    Some((v, j))
}

/// Reads a small Chinese numeral (1..=99) such as 十, 十二, 二十三, 三十一.
fn cn_small(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut v: u32 = 0;
    let mut pending: Option<u32> = None;
    let mut seen_ten = false;
    while j < chars.len() && j - i < 3 {
        let c = chars[j];
        if let Some(d) = cn_digit(c) {
            if pending.is_some() || matches!(c, '零' | '〇' | '○') {
                break;
            }
            pending = Some(d);
        } else if cn_unit(c) == Some(1) && !seen_ten {
            v += pending.take().unwrap_or(1) * 10;
            seen_ten = true;
        } else {
            break;
        }
        j += 1;
    }
    v += pending.unwrap_or(0);
    if j == i || v == 0 {
        return None;
    }
    Some((v, j))
}

/// A number 1..=31 written in Arabic or Chinese.
fn small_number(chars: &[char], i: usize) -> Option<(u32, usize, bool)> {
    if i < chars.len() && arabic_digit(chars[i]).is_some() {
        arabic_int(chars, i, 2).map(|(v, e)| (v, e, false))
    } else {
        cn_small(chars, i).map(|(v, e)| (v, e, true))
    }
}

/// A year: four Arabic digits, or four Chinese digits (二〇二二).
fn year_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    if i >= chars.len() {
        return None;
    }
    if arabic_digit(chars[i]).is_some() {
        let (v, e) = arabic_int(chars, i, 4)?;
        if e - i == 4 && (1000..=2999).contains(&v) {
            return Some((v, e));
        }
        return None;
    }
    let mut v = 0u32;
    let mut j = i;
    while j < chars.len() && j - i < 4 {
        let d = match chars[j] {
            '〇' | '○' | '零' | 'O' | 'Ｏ' => 0,
            c => match cn_digit(c) {
                Some(d) if !matches!(c, '两' | '兩' | '倆' | '俩') => d,
                _ => return None,
            },
        };
        v = v * 10 + d;
        j += 1;
    }
    if j - i == 4
        && (1000..=2999).contains(&v)
        && !(j < chars.len() && cn_digit(chars[j]).is_some())
    {
        Some((v, j))
    } else {
        None
    }
}

fn is_range_sep(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '~' | '～' | '至' | '到' | '－' | '―')
}

/// Skips a range separator ("—", "——", "-", "至", …) at `i`.
fn range_sep(chars: &[char], i: usize) -> Option<usize> {
    let i = skip_spaces(chars, i);
    if i < chars.len() && is_range_sep(chars[i]) {
        let mut j = i + 1;
        if j < chars.len() && matches!(chars[j], '—' | '―') && chars[i] == chars[j] {
            j += 1;
        }
        Some(skip_spaces(chars, j))
    } else {
        None
    }
}

/// Reads `M月[D日]` at `i`; returns (month, day, end).
fn month_day(
    chars: &[char],
    i: usize,
    needs_day_for_cn: bool,
) -> Option<(u32, Option<u32>, usize)> {
    let (m, e, cn) = small_number(chars, i)?;
    let e2 = skip_spaces(chars, e);
    if !(1..=12).contains(&m) || e2 >= chars.len() || chars[e2] != '月' {
        return None;
    }
    let after_month = e2 + 1;
    let ds = skip_spaces(chars, after_month);
    if let Some((d, de, _)) = small_number(chars, ds) {
        let de2 = skip_spaces(chars, de);
        if (1..=31).contains(&d) && de2 < chars.len() && matches!(chars[de2], '日' | '号') {
            return Some((m, Some(d), de2 + 1));
        }
    }
    if cn && needs_day_for_cn {
        // Chinese month without a year: only with a following 份/底/初/末/起/以来
        let next = chars.get(after_month).copied();
        if !matches!(
            next,
            Some('份' | '底' | '初' | '末' | '起' | '中' | '上' | '下')
        ) {
            return None;
        }
    }
    Some((m, None, after_month))
}

/// Extends a month or year expression over 底/末/初/份 (11月底, 2022年末).
fn extend_period_word(chars: &[char], e: usize) -> usize {
    if e < chars.len() && matches!(chars[e], '底' | '末' | '初' | '份') {
        e + 1
    } else {
        e
    }
}

fn left_boundary_ok(chars: &[char], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = chars[i - 1];
    !(arabic_digit(p).is_some()
        || p.is_ascii_alphabetic()
        || matches!(p, '.' | '．' | '第')
        || (cn_digit(p).is_some() && cn_digit(chars[i]).is_some())
        || (cn_unit(p).is_some() && cn_digit(chars[i]).is_some()))
}

/// True for every char a date can start with: a digit (years, months, days, ISO and ROC dates),
/// a Chinese digit or 十 (十月, 二〇二二年), or a letter O standing for 〇 in a year. Every rule of
/// [`date_at`] reads its first char with one of these, so a char outside this set starts no date;
/// testing it first spares [`find_dates`] trying every rule at every char of a line.
fn could_start_date(c: char) -> bool {
    super::numeral::is_numeral_char(c) || matches!(c, 'O' | 'Ｏ')
}

/// All dates in a line, left to right, non-overlapping.
pub fn find_dates(chars: &[char], report_year: Option<i32>) -> Vec<RawDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if could_start_date(chars[i])
            && left_boundary_ok(chars, i)
            && let Some(mut d) = date_at(chars, i, report_year)
        {
            inherit_year(chars, out.last(), &mut d);
            i = d.end.max(i + 1);
            let tail = day_range_tail(chars, &d);
            out.push(d);
            if let Some(t) = tail {
                i = t.end;
                out.push(t);
            }
            continue;
        }
        i += 1;
    }
    out
}

/// 去年5月份和7月份: a month joined to the date before it by 和/、/及/与 shares that date's
/// (inferred) year.
fn inherit_year(chars: &[char], prev: Option<&RawDate>, d: &mut RawDate) {
    let Some(prev) = prev else { return };
    let joined = prev.end <= d.start
        && d.start - prev.end <= 1
        && chars[prev.end..d.start]
            .iter()
            .all(|c| matches!(c, '和' | '、' | '及' | '与'));
    if joined
        && prev.inferred
        && d.inferred
        && prev.value.len() >= 4
        && d.value.len() >= 4
        && prev.value.is_char_boundary(4)
        && d.value.is_char_boundary(4)
    {
        d.value = format!("{}{}", &prev.value[..4], &d.value[4..]);
    }
}

/// 3月19日至20日: the second day of a day range is a date in the same month.
fn day_range_tail(chars: &[char], d: &RawDate) -> Option<RawDate> {
    if d.value.len() != 10 && !(d.value.starts_with('-') && d.value.len() == 7) {
        return None;
    }
    if !matches!(chars.get(d.end.wrapping_sub(1)), Some('日' | '号')) {
        return None;
    }
    let s = range_sep(chars, d.end)?;
    let (day, de, _) = small_number(chars, s)?;
    let de2 = skip_spaces(chars, de);
    if !(1..=31).contains(&day) || de2 >= chars.len() || !matches!(chars[de2], '日' | '号') {
        return None;
    }
    let prefix = &d.value[..d.value.len() - 2];
    Some(RawDate {
        start: s,
        end: de2 + 1,
        value: format!("{prefix}{day:02}"),
        inferred: d.inferred,
    })
}

fn fmt_year(y: Option<i32>) -> String {
    match y {
        Some(y) => format!("{y:04}"),
        None => "-".to_string(),
    }
}

fn date_at(chars: &[char], i: usize, report_year: Option<i32>) -> Option<RawDate> {
    // Years and everything that starts with one.
    if let Some((y, ye)) = year_at(chars, i) {
        let ye2 = skip_spaces(chars, ye);
        // year range without 年 on the first year: 2021—2025年
        if let Some(s) = range_sep(chars, ye)
            && let Some((y2, e2)) = year_at(chars, s)
        {
            let e3 = skip_spaces(chars, e2);
            if y2 > y && e3 < chars.len() && chars[e3] == '年' {
                return Some(RawDate {
                    start: i,
                    end: e3 + 1,
                    value: format!("{y}/{y2}"),
                    inferred: false,
                });
            }
        }
        if ye2 < chars.len() && chars[ye2] == '年' {
            let after_year = ye2 + 1;
            // 2021年—2025年
            if let Some(s) = range_sep(chars, after_year)
                && let Some((y2, e2)) = year_at(chars, s)
            {
                let e3 = skip_spaces(chars, e2);
                if y2 > y && e3 < chars.len() && chars[e3] == '年' && chars[after_year] != '到' {
                    return Some(RawDate {
                        start: i,
                        end: e3 + 1,
                        value: format!("{y}/{y2}"),
                        inferred: false,
                    });
                }
            }
            let ms = skip_spaces(chars, after_year);
            if let Some((m, d, e)) = month_day(chars, ms, false) {
                // 2022年1—11月: a month range inside one year
                if d.is_none()
                    && let Some(r) = month_range_tail(chars, ms, y as i32, false, i)
                {
                    return Some(r);
                }
                let value = match d {
                    Some(d) => format!("{y:04}-{m:02}-{d:02}"),
                    None => format!("{y:04}-{m:02}"),
                };
                let end = if d.is_none() {
                    extend_period_word(chars, e)
                } else {
                    e
                };
                return Some(RawDate {
                    start: i,
                    end,
                    value,
                    inferred: false,
                });
            }
            if let Some(r) = month_range_tail(chars, ms, y as i32, false, i) {
                return Some(r);
            }
            return Some(RawDate {
                start: i,
                end: extend_period_word(chars, after_year),
                value: format!("{y:04}"),
                inferred: false,
            });
        }
        // an edition year in brackets: 分类（2017）
        if i > 0
            && matches!(chars[i - 1], '(' | '（')
            && ye < chars.len()
            && matches!(chars[ye], ')' | '）')
        {
            return Some(RawDate {
                start: i,
                end: ye,
                value: format!("{y:04}"),
                inferred: false,
            });
        }
        // ISO-style: 2026-02-09, 2026/2/9, 2026.02.09
        if ye < chars.len() && matches!(chars[ye], '-' | '/' | '.') {
            let sep = chars[ye];
            if let Some((m, me)) = arabic_int(chars, ye + 1, 2)
                && me < chars.len()
                && chars[me] == sep
                && let Some((d, de)) = arabic_int(chars, me + 1, 2)
                && (1..=12).contains(&m)
                && (1..=31).contains(&d)
                && !(de < chars.len() && (chars[de].is_ascii_alphanumeric() || chars[de] == sep))
            {
                return Some(RawDate {
                    start: i,
                    end: de,
                    value: format!("{y:04}-{m:02}-{d:02}"),
                    inferred: false,
                });
            }
        }
        return None;
    }
    // Republic-of-China years (Taiwan): 114 年 2 月 25 日, 民國 113 年
    if let Some(r) = roc_date(chars, i) {
        return Some(r);
    }
    // Month ranges (1—11月) and month-days / bare months with the report year, shifted by a
    // relative year word right before them (去年7月底 in a 2019 report is 2018-07).
    let report_year = relative_year(chars, i, report_year);
    if let Some(r) = month_range_tail(chars, i, report_year.unwrap_or(0), true, i) {
        let mut r = r;
        if report_year.is_none() {
            r.value = r.value.replace("0000", "-");
        }
        return Some(r);
    }
    if i > 0 && chars[i - 1] == '个' {
        return None;
    }
    let (m, d, e) = month_day(chars, i, true)?;
    let y = fmt_year(report_year);
    let (value, end) = match d {
        Some(d) => (format!("{y}-{m:02}-{d:02}"), e),
        None => (format!("{y}-{m:02}"), extend_period_word(chars, e)),
    };
    Some(RawDate {
        start: i,
        end,
        value,
        inferred: true,
    })
}

/// The year a month without its own year belongs to: the report's, or the one before or after
/// when 去年/上年 or 明年 stands right before the month.
fn relative_year(chars: &[char], i: usize, report_year: Option<i32>) -> Option<i32> {
    let y = report_year?;
    let before = (i >= 2).then(|| (chars[i - 2], chars[i - 1]));
    Some(match before {
        Some(('去' | '上', '年')) => y - 1,
        Some(('明', '年')) => y + 1,
        _ => y,
    })
}

/// A Republic-of-China year (民國 year + 1911) written with two or three digits, recognised only
/// when a month follows or 民國 precedes, so durations such as "24 年來" stay durations.
fn roc_date(chars: &[char], i: usize) -> Option<RawDate> {
    arabic_digit(chars[i])?;
    let (y, ye) = arabic_int(chars, i, 3)?;
    if ye - i < 2 || !(1..=200).contains(&y) {
        return None;
    }
    let ys = skip_spaces(chars, ye);
    if ys >= chars.len() || chars[ys] != '年' {
        return None;
    }
    let year = y + 1911;
    let after = ys + 1;
    let ms = skip_spaces(chars, after);
    if arabic_digit(*chars.get(ms)?).is_some()
        && let Some((m, d, e)) = month_day(chars, ms, false)
    {
        let value = match d {
            Some(d) => format!("{year:04}-{m:02}-{d:02}"),
            None => format!("{year:04}-{m:02}"),
        };
        let end = if d.is_none() {
            extend_period_word(chars, e)
        } else {
            e
        };
        return Some(RawDate {
            start: i,
            end,
            value,
            inferred: false,
        });
    }
    let mut k = i;
    while k > 0 && chars[k - 1] == ' ' {
        k -= 1;
    }
    if k >= 2 && chars[k - 2] == '民' && matches!(chars[k - 1], '國' | '国') {
        return Some(RawDate {
            start: i,
            end: after,
            value: format!("{year:04}"),
            inferred: false,
        });
    }
    None
}

/// `M1—M2月` starting at `i` (month numbers in Arabic).
fn month_range_tail(
    chars: &[char],
    i: usize,
    year: i32,
    inferred: bool,
    start: usize,
) -> Option<RawDate> {
    if i >= chars.len() || arabic_digit(chars[i]).is_none() {
        return None;
    }
    let (m1, e1) = arabic_int(chars, i, 2)?;
    let s = range_sep(chars, e1)?;
    let (m2, e2) = arabic_int(chars, s, 2)?;
    let e3 = skip_spaces(chars, e2);
    if !(1..=12).contains(&m1) || !(1..=12).contains(&m2) || m2 <= m1 {
        return None;
    }
    if e3 >= chars.len() || chars[e3] != '月' {
        return None;
    }
    Some(RawDate {
        start,
        end: extend_period_word(chars, e3 + 1),
        value: format!("{year:04}-{m1:02}/{year:04}-{m2:02}"),
        inferred,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str, y: Option<i32>) -> Vec<(String, String, bool)> {
        let chars: Vec<char> = s.chars().collect();
        find_dates(&chars, y)
            .into_iter()
            .map(|d| {
                (
                    chars[d.start..d.end].iter().collect::<String>(),
                    d.value,
                    d.inferred,
                )
            })
            .collect()
    }

    fn t(a: &str, b: &str, inf: bool) -> (String, String, bool) {
        (a.to_string(), b.to_string(), inf)
    }

    #[test]
    fn years_and_full_dates() {
        assert_eq!(
            dates("2022年是实施“十四五规划”的关键之年", Some(2022)),
            vec![t("2022年", "2022", false)]
        );
        assert_eq!(
            dates("——2026年2月3日在上海市第十六届人民代表大会", Some(2025)),
            vec![t("2026年2月3日", "2026-02-03", false)]
        );
        assert_eq!(
            dates("2022年6月，街道", Some(2022)),
            vec![t("2022年6月", "2022-06", false)]
        );
        assert_eq!(
            dates("时间：2026-02-09", None),
            vec![t("2026-02-09", "2026-02-09", false)]
        );
        assert_eq!(
            dates("一九四九年十月一日", None),
            vec![t("一九四九年十月一日", "1949-10-01", false)]
        );
        assert_eq!(
            dates("二〇二二年", None),
            vec![t("二〇二二年", "2022", false)]
        );
    }

    #[test]
    fn inferred_month_days_and_months() {
        // seed: 6月起,街道疫情防控工作进入常态化防控模式
        assert_eq!(
            dates("6月起,街道", Some(2022)),
            vec![t("6月", "2022-06", true)]
        );
        assert_eq!(
            dates("截至11月底，共", Some(2022)),
            vec![t("11月底", "2022-11", true)]
        );
        assert_eq!(
            dates("于10月13日召开", Some(2022)),
            vec![t("10月13日", "2022-10-13", true)]
        );
        assert_eq!(
            dates("3月19日至20日，习近平总书记", Some(2025)),
            vec![
                t("3月19日", "2025-03-19", true),
                t("20日", "2025-03-20", true)
            ]
        );
        assert_eq!(
            dates("1-10月德清县固定资产投资", Some(2016)),
            vec![t("1-10月", "2016-01/2016-10", true)]
        );
        // 6个月 is a duration, not a month
        assert!(dates("用6个月时间", Some(2022)).is_empty());
    }

    #[test]
    fn relative_year_words_shift_the_inferred_year() {
        assert_eq!(
            dates("去年7月底市政府下达", Some(2019)),
            vec![t("7月底", "2018-07", true)]
        );
        assert_eq!(
            dates("去年5月份和7月份", Some(2019)),
            vec![t("5月份", "2018-05", true), t("7月份", "2018-07", true)]
        );
        assert_eq!(
            dates("明年3月", Some(2019)),
            vec![t("3月", "2020-03", true)]
        );
        assert_eq!(
            dates("今年6月起", Some(2019)),
            vec![t("6月", "2019-06", true)]
        );
    }

    #[test]
    fn roc_years() {
        // traditional/taiwan-2025-oral-policy-report.txt
        assert_eq!(
            dates("中華民國 114 年 2 月 25 日", None),
            vec![t("114 年 2 月 25 日", "2025-02-25", false)]
        );
        assert_eq!(
            dates("截至 113 年 12 月底", None),
            vec![t("113 年 12 月底", "2024-12", false)]
        );
        assert!(dates("國內失業率為 24 年來新低", None).is_empty());
    }

    /// The prefilter must let through every char a date can start with: try each char of the
    /// Basic Multilingual Plane in front of the tails that complete a year, a month or a day.
    #[test]
    fn prefilter_admits_every_char_that_starts_a_date() {
        let tails = [
            "〇二二年",
            "022年",
            "二〇二年",
            "月",
            "月5日",
            "二月份",
            "5月",
            "—11月",
        ];
        let found = crate::facts::check_prefilter(
            &[],
            &tails,
            |line, i| date_at(line, i, Some(2022)).is_some(),
            could_start_date,
        );
        // the tails do complete dates, so the check was exercised
        assert!(found > 20, "only {found} dates found");
    }

    #[test]
    fn ranges_and_non_dates() {
        assert_eq!(
            dates("2021—2025年", None),
            vec![t("2021—2025年", "2021/2025", false)]
        );
        assert_eq!(
            dates("2016-2020年", None),
            vec![t("2016-2020年", "2016/2020", false)]
        );
        // a document number and a count of years are not dates
        assert!(dates("〔2019〕14号", None).is_empty());
        assert!(dates("近3年", Some(2022)).is_empty());
        assert!(dates("12345热线", Some(2022)).is_empty());
        assert!(dates("第十个月", Some(2022)).is_empty());
    }
}
