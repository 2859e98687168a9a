//! HTML pages and tables: the published pages of the corpus give their report without page
//! furniture, a report reads the same as text and as a page, tables give one labelled fact per
//! numeric cell, and charsets are read and checked as browsers read them.

mod common;

use gongwen::pipeline::{Options, extract, to_validated_json};
use gongwen::span::IndexedText;
use gongwen::{ErrorKind, Record};
use proptest::prelude::*;

fn record(path: &str, bytes: &[u8]) -> Record {
    let r = extract(path, bytes, &Options::default()).unwrap();
    to_validated_json(&r).unwrap();
    r
}

fn corpus(path: &str) -> Record {
    record(path, &std::fs::read(common::root().join(path)).unwrap())
}

fn text_of(r: &Record) -> IndexedText {
    IndexedText::new(r.text.clone().expect("HTML records carry their text"))
}

/// Words that only page furniture has: navigation, toolbars, footers, share widgets.
const FURNITURE: &[&str] = &[
    "首页",
    "当前位置",
    "网站地图",
    "版权所有",
    "联系我们",
    "扫一扫",
    "分享",
    "打印",
    "关闭",
    "无障碍",
    "ICP备",
    "网站标识码",
    "相关稿件",
    "政务公开",
];

fn assert_no_furniture(r: &Record) {
    assert_no_furniture_but(r, "");
}

/// As [`assert_no_furniture`], allowing the words the report itself uses (`original`).
fn assert_no_furniture_but(r: &Record, original: &str) {
    let text = r.text.as_deref().unwrap();
    let body: String = text
        .lines()
        .enumerate()
        .filter(|(i, _)| {
            // Lines the chrome stage set aside (浏览次数：) are furniture already dealt with.
            let idx = IndexedText::new(text.to_string());
            let span = idx.lines()[*i];
            !r.boilerplate.iter().any(|b| b.span == span)
        })
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n");
    for w in FURNITURE.iter().filter(|w| !original.contains(*w)) {
        assert!(
            !body.contains(w),
            "{}: {w:?} in the body:\n{body}",
            r.source.path
        );
    }
}

#[test]
fn deqing_page_gives_its_brief_and_nothing_else() {
    let r = corpus("corpus/html/deqing-county-2016-jan-oct-fixed-asset-investment.html");
    assert_no_furniture(&r);
    let text = r.text.as_deref().unwrap();
    assert!(text.starts_with("1-10月德清县固定资产投资结构趋稳趋优\n"));
    assert!(text.contains("1-10月，全县固定资产投资完成246.79亿元"));
    assert!(text.trim_end().ends_with("（德清县发改局）"));
    assert_eq!(r.metadata.published.as_deref(), Some("2016-11-22"));
    assert_eq!(r.metadata.outlet.as_deref(), Some("省发改委"));
    let facts: Vec<(&str, &str)> = r
        .facts
        .iter()
        .map(|f| (f.text.as_str(), f.value_text.as_str()))
        .collect();
    assert!(facts.contains(&("246.79亿元", "24679000000")));
    assert!(facts.contains(&("89.4%", "89.4")));
    // Navigation, footer, scripts and styles are listed as boilerplate with their bytes.
    let html = r.html.as_ref().unwrap();
    for reason in ["navigation", "footer", "script", "style"] {
        assert!(
            html.boilerplate
                .iter()
                .any(|b| serde_json::to_value(b.reason).unwrap() == reason && b.html.is_some()),
            "no {reason}"
        );
    }
}

#[test]
fn govcn_page_gives_the_resolution() {
    let r = corpus("corpus/html/govcn-state-council-gazette-2007-no23-npc-resolution.html");
    assert_no_furniture(&r);
    let text = r.text.as_deref().unwrap();
    assert!(text.starts_with("全国人民代表大会常务委员会\n关于批准财政部发行特别国债购买外汇及\n"));
    assert!(text.contains("批准发行15500亿元特别国债购买外汇"));
    let values: Vec<&str> = r.facts.iter().map(|f| f.value_text.as_str()).collect();
    assert_eq!(values, vec!["1550000000000", "5336553000000"]);
    // The hidden share title repeats the title: dropped as hidden, not read twice.
    assert!(
        r.html
            .as_ref()
            .unwrap()
            .boilerplate
            .iter()
            .any(|b| serde_json::to_value(b.reason).unwrap() == "hidden")
    );
}

/// Every paragraph's byte range, cut from the page, holds the paragraph's first and last
/// chars (or the character reference that writes one), and ranges come in page order.
#[test]
fn paragraph_origins_point_into_the_page() {
    for path in [
        "corpus/html/deqing-county-2016-jan-oct-fixed-asset-investment.html",
        "corpus/html/govcn-state-council-gazette-2007-no23-npc-resolution.html",
        "tests/fixtures/html/qiandongnan-2016-statistical-bulletin.html",
    ] {
        let bytes = std::fs::read(common::root().join(path)).unwrap();
        let r = record(path, &bytes);
        let text = text_of(&r);
        let paragraphs = &r.html.as_ref().unwrap().paragraphs;
        assert!(!paragraphs.is_empty());
        let mut last_start = 0;
        for p in paragraphs {
            let h = p.html.unwrap_or_else(|| panic!("{path}: {p:?} not found"));
            let raw = std::str::from_utf8(&bytes[h.start..h.end]).unwrap();
            let para = text.slice(p.span);
            let first = para.chars().next().unwrap();
            let last = para.chars().last().unwrap();
            assert!(raw.starts_with(first) || raw.starts_with('&'), "{raw:?}");
            assert!(raw.ends_with(last) || raw.ends_with(';'), "{raw:?}");
            assert!(h.start >= last_start, "{path}: out of order at {raw:?}");
            last_start = h.start;
        }
    }
}

/// A report as a page: each line a paragraph (indentation as `&#12288;`, quotation marks as
/// entities), inside navigation, a breadcrumb, share buttons, a footer and scripts.
fn as_page(text: &str, title: &str) -> String {
    let mut body = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let escaped = line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('“', "&ldquo;")
            .replace('”', "&rdquo;")
            .replace('\u{3000}', "&#12288;");
        body.push_str(&format!("<p>{escaped}</p>\n"));
    }
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}_门户网站</title>\
         <script>if (a<b) {{ x(); }}</script></head><body>\n\
         <div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/x\">政务公开</a></li></ul></div>\n\
         <div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; 统计公报</div>\n\
         <div class=\"main\"><div id=\"content\">\n{body}</div>\n\
         <div class=\"share\">分享到：<a>微信</a><a>微博</a></div></div>\n\
         <div class=\"footer\"><a href=\"/m\">网站地图</a> 版权所有</div></body></html>"
    )
}

#[test]
fn a_report_reads_the_same_as_text_and_as_a_page() {
    for path in [
        "corpus/bulletin/luoyang-2023-statistical-bulletin.txt",
        "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
        "corpus/provincial/2026_四川省_政府工作报告.txt",
    ] {
        let plain = corpus(path);
        let text = std::fs::read_to_string(common::root().join(path)).unwrap();
        let page = as_page(&text, plain.metadata.title.as_deref().unwrap_or("报告"));
        let html = record("made.html", page.as_bytes());
        assert_no_furniture_but(&html, &text);

        let sections = |r: &Record| -> Vec<(String, String, String)> {
            r.sections
                .iter()
                .map(|s| (s.id.clone(), s.marker.clone(), s.title.clone()))
                .collect()
        };
        assert_eq!(sections(&plain), sections(&html), "{path}");
        let facts = |r: &Record| -> Vec<String> {
            r.facts
                .iter()
                .map(|f| {
                    format!(
                        "{} {} {:?} {:?} {:?} {:?} {:?}",
                        f.text, f.value_text, f.unit, f.label, f.role, f.direction, f.period
                    )
                })
                .collect()
        };
        let (a, b) = (facts(&plain), facts(&html));
        assert!(a.len() > 50, "{path}: only {} facts", a.len());
        assert_eq!(a, b, "{path}");
        let dates = |r: &Record| -> Vec<(String, String)> {
            r.dates
                .iter()
                .map(|d| (d.text.clone(), d.value.clone()))
                .collect()
        };
        assert_eq!(dates(&plain), dates(&html), "{path}");
        assert_eq!(plain.metadata.title, html.metadata.title, "{path}");
    }
}

fn bulletin_page() -> Record {
    let path = "tests/fixtures/html/qiandongnan-2016-statistical-bulletin.html";
    record(path, &std::fs::read(common::root().join(path)).unwrap())
}

#[test]
fn bulletin_tables_give_labelled_cell_facts() {
    let r = bulletin_page();
    assert_no_furniture(&r);
    let text = text_of(&r);
    assert_eq!(r.tables.len(), 11);
    let captions: Vec<&str> = r
        .tables
        .iter()
        .map(|t| t.caption.as_deref().unwrap_or(""))
        .collect();
    assert!(captions.iter().all(|c| c.starts_with('表')), "{captions:?}");
    let cell_facts: Vec<_> = r.facts.iter().filter(|f| f.cell.is_some()).collect();
    assert!(cell_facts.len() > 250, "{}", cell_facts.len());
    for f in &cell_facts {
        let cell = f.cell.as_ref().unwrap();
        let table = r.tables.iter().find(|t| t.id == cell.table).unwrap();
        let c = &table.rows[cell.row][cell.column];
        // The fact is the cell: same text, same span, in a data cell, with a label.
        assert_eq!(text.slice(f.span), c.text, "{}", f.id);
        assert_eq!(c.span, Some(f.span));
        assert!(cell.row >= table.header_rows && cell.column >= table.header_columns);
        assert!(f.label.is_some(), "{} has no label", f.id);
    }
    let find = |label: &str, column_word: &str| {
        cell_facts
            .iter()
            .find(|f| {
                let cell = f.cell.as_ref().unwrap();
                let t = r.tables.iter().find(|t| t.id == cell.table).unwrap();
                f.label.as_deref() == Some(label)
                    && t.rows[0][cell.column].text.contains(column_word)
            })
            .unwrap_or_else(|| panic!("no {label} under {column_word}"))
    };
    // 表2: unit from the column heading 绝对数（亿元）, change linked to its level.
    let income = find("全部财税收入", "绝对数");
    assert_eq!(
        (income.value_text.as_str(), income.unit.as_deref()),
        ("15640000000", Some("元"))
    );
    let growth = find("全部财税收入", "增长");
    assert_eq!(growth.unit.as_deref(), Some("%"));
    assert_eq!(growth.base.as_deref(), Some("上年"));
    assert_eq!(growth.links[0].fact, income.id);
    // The prose states the same figure: the table reads it to the same exact value.
    assert!(r.facts.iter().any(|f| f.cell.is_none()
        && f.text == "156.40亿元"
        && f.value_text == income.value_text
        && f.unit == income.unit));
    // 表4: unit from the row's 单位 cell; a negative change is a decrease.
    let lacquer = find("生漆", "产量");
    assert_eq!(
        (lacquer.value_text.as_str(), lacquer.unit.as_deref()),
        ("150", Some("吨"))
    );
    let fall = find("生漆", "增长");
    assert_eq!(fall.value_text, "-91.6");
    assert_eq!(serde_json::to_value(fall.direction).unwrap(), "decrease");
    // 表10: unit from the line 单位：台 before the table, label from row and column.
    let tv = find("彩色电视机·城镇", "城");
    assert_eq!(
        (tv.value_text.as_str(), tv.unit.as_deref()),
        ("110", Some("台"))
    );
    // 表1: a numbered row label is a row, not a section heading.
    assert!(r.sections.iter().all(|s| s.title != "食品烟酒"));
    assert_eq!(find("食品烟酒", "上涨").value_text, "2.6");
}

/// The same tables drawn in a plain-text report (columns separated by spaces) give the same
/// facts as the page's `<table>`s.
#[test]
fn text_drawn_tables_read_like_html_tables() {
    let page = bulletin_page();
    let mut text = String::from("黔东南州2016年统计公报（表格）\n");
    for t in &page.tables {
        text.push_str(&format!("\n{}\n", t.caption.as_deref().unwrap()));
        if let Some(u) = &t.unit {
            text.push_str(&format!("单位：{u}\n"));
        }
        for row in &t.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    if c.text.is_empty() {
                        "—".to_string()
                    } else {
                        c.text.replace(' ', "")
                    }
                })
                .collect();
            text.push_str(&cells.join("    "));
            text.push('\n');
        }
    }
    let plain = record("tables.txt", text.as_bytes());
    assert_eq!(plain.tables.len(), page.tables.len());
    let cell_facts = |r: &Record| -> Vec<String> {
        r.facts
            .iter()
            .filter_map(|f| {
                let c = f.cell.as_ref()?;
                Some(format!(
                    "{} {}:{} {:?} {} {:?} {:?}",
                    c.table, c.row, c.column, f.label, f.value_text, f.unit, f.role
                ))
            })
            .collect()
    };
    assert_eq!(cell_facts(&plain), cell_facts(&page));
}

#[test]
fn plain_text_corpus_has_no_text_tables() {
    for path in common::corpus_files() {
        if path.ends_with(".txt") {
            let r = corpus(&path);
            assert!(r.tables.is_empty(), "{path}: {:?}", r.tables[0].caption);
            assert!(r.text.is_none() && r.html.is_none());
        }
    }
}

const PAGE: &str = "<html><head><meta charset=\"DECL\"><title>公报</title></head><body>\
                    <div id=\"content\"><p>全年粮食总产量达到122万吨，比上年增长1.8%，其中“夏粮”增产。</p></div></body></html>";

#[test]
fn declared_charset_is_used_and_checked() {
    let honest = PAGE.replace("DECL", "gbk");
    let (gbk, _, _) = encoding_rs::GBK.encode(&honest);
    let r = record("p.html", &gbk);
    assert_eq!(r.source.encoding, "GBK");
    assert_eq!(
        serde_json::to_value(r.source.encoding_source).unwrap(),
        "declared"
    );
    assert!(r.warnings.iter().all(|w| w.code != "charset_mismatch"));
    assert!(r.text.as_deref().unwrap().contains("122万吨"));
    // A page saved as UTF-8 that still says gb2312, and a GBK page that says utf-8.
    let liar_utf8 = PAGE.replace("DECL", "gb2312");
    let liar_gbk = encoding_rs::GBK
        .encode(&PAGE.replace("DECL", "utf-8"))
        .0
        .repeat(3);
    for (bytes, used) in [(liar_utf8.as_bytes().to_vec(), "UTF-8"), (liar_gbk, "GBK")] {
        let r = record("p.html", &bytes);
        assert_eq!(r.source.encoding, used);
        assert!(
            r.text
                .as_deref()
                .unwrap()
                .contains("全年粮食总产量达到122万吨")
        );
        let w = r
            .warnings
            .iter()
            .find(|w| w.code == "charset_mismatch")
            .unwrap();
        assert!(w.message.contains(used), "{}", w.message);
    }
}

#[test]
fn html_is_recognised_by_content_whatever_the_name() {
    let page = PAGE.replace("DECL", "utf-8");
    let r = record("download.txt", page.as_bytes());
    assert!(r.html.is_some());
    assert_eq!(
        r.text.as_deref(),
        Some("全年粮食总产量达到122万吨，比上年增长1.8%，其中“夏粮”增产。\n")
    );
}

#[test]
fn with_text_flag_puts_the_text_in_plain_records() {
    let out = common::gongwen(&[
        "extract",
        "--with-text",
        "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = std::fs::read_to_string(
        common::root().join("corpus/seed/zhijiangxilu-2022-rule-of-law.txt"),
    )
    .unwrap();
    assert_eq!(v["text"].as_str(), Some(text.as_str()));
    assert!(gongwen::validate::validate(&v).is_empty());
}

/// Markup soup: tags opened and closed out of order, tables with hostile spans, references,
/// hidden parts, report text and numbers.
fn page_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<div class=\"nav\">",
        "<div id=\"content\">",
        "</div>",
        "<br>",
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "<th colspan=\"99999\">",
        "<td rowspan=\"0\">",
        "</td>",
        "<script>var a = '<p>'</script>",
        "<style>p{}</style>",
        "<!-- c -->",
        "<!--",
        "<a href=/>",
        "</a>",
        "&nbsp;",
        "&ldquo;",
        "&#12288;",
        "&#xZZ;",
        "&amp",
        "<",
        ">",
        "\"",
        "<span style=\"display:none\">",
        "</span>",
        "<h1>",
        "</h1>",
        "一、总体情况",
        "全年地区生产总值增长5.4%，",
        "达到215.3亿元。",
        "单位：万元",
        "表1 主要指标",
        "绝对数（亿元）",
        "比上年增长（%）",
        "156.40",
        "-2.5",
        "1,223",
        "首页",
        "发布时间：2024-03-01",
        "\n",
        " ",
        "\u{3000}",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any page gives a record that passes the schema and whose spans and cells cut back, or
    /// an error saying there is no text; never a panic.
    #[test]
    fn any_page_gives_a_valid_record_or_a_clear_error(body in page_like()) {
        let page = format!("<!DOCTYPE html><html><head><title>报告</title></head><body>{body}</body></html>");
        match extract("p.html", page.as_bytes(), &Options::default()) {
            Ok(r) => {
                prop_assert!(to_validated_json(&r).is_ok());
                let text = text_of(&r);
                for f in &r.facts {
                    prop_assert_eq!(text.slice(f.span), f.text.as_str());
                }
                for p in &r.html.as_ref().unwrap().paragraphs {
                    if let Some(h) = p.html {
                        prop_assert!(h.start <= h.end && h.end <= page.len());
                    }
                }
            }
            Err(e) => prop_assert!(
                matches!(e.kind, ErrorKind::Empty | ErrorKind::NoReportText),
                "{}", e
            ),
        }
    }
}
