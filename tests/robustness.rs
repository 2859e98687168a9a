//! No input makes the pipeline panic, every record it returns passes the schema, and every
//! span in it lies inside the decoded text and quotes it exactly.

use gongwen::ErrorKind;
use gongwen::decode::decode;
use gongwen::facts::numeral::{find_numerals, is_numeral_char, parse_numeral};
use gongwen::pipeline::{Options, extract, to_validated_json};
use gongwen::span::IndexedText;
use proptest::prelude::*;

/// Run the whole pipeline on `bytes`; a record must validate and its spans must fit the text.
fn check_record(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(record) = extract("p.txt", bytes, &Options::default()) {
        let json = to_validated_json(&record);
        prop_assert!(json.is_ok(), "{:?}: {:?}", bytes, json.err());
        let text = IndexedText::new(decode(bytes, None).expect("it decoded once").text);
        let problems = record.span_problems(&text);
        prop_assert!(problems.is_empty(), "{:?}: {:?}", bytes, problems);
    }
    Ok(())
}

/// Chars a numeral reader might trip on without any of them being a numeral: signs, points,
/// separators, percent and fraction words, spaces.
fn numeral_neighbours() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "点", "點", "负", "負", "正", "+", "-", "－", ".", "．", ",", "，", "%", "％", "之", "分",
        "第", "年", "个", " ", "\u{3000}", "e", "E", "x", "/", "·", "～", "约", "余", "多",
    ]);
    prop::collection::vec(pieces, 0..20).prop_map(|v| v.concat())
}

/// Text built from the pieces reports are made of, so the generator reaches deep into the
/// stages (markers, numerals, units, dates, chrome words, quotes) instead of producing noise
/// that every stage rejects at once.
fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "（二）",
        "(3)",
        "1.",
        "2、",
        "第四章",
        "附件1",
        "\n",
        "\r\n",
        "。",
        "，",
        "、",
        "：",
        "“",
        "”",
        "《",
        "》",
        "2022年",
        "10月13日",
        "截至11月底",
        "5.67万亿元",
        "增长5.4%",
        "下降7.4%",
        "0.5个百分点",
        "3至5个",
        "两万零五百",
        "百分之十二点五",
        "三分之一",
        "约",
        "余",
        "超过",
        "以上",
        "不足",
        "１２３４",
        "％",
        "\u{3000}",
        "\u{FFFD}",
        "下载",
        "打印",
        "来源：",
        "相关报道：",
        "留言咨询",
        "居民区",
        "街道办事处",
        "张海燕",
        "书记",
        "路131号",
        "比上年",
        "目标",
        "力争",
        "其中",
        "累计",
        "占",
        "比重",
        "第一",
        "十四五",
        "二十大",
        "5G",
        "PM2.5",
        "〔2019〕14号",
        "12345",
        "-",
        "——",
        "各位代表：",
        "政府工作报告",
        "x",
        "9",
        "零",
        "点",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn report_like_text_never_panics_and_validates(text in report_like()) {
        match extract("p.txt", text.as_bytes(), &Options::default()) {
            Ok(record) => {
                let json = to_validated_json(&record);
                prop_assert!(json.is_ok(), "{:?}: {:?}", text, json.err());
            }
            // Report-like text is valid UTF-8, so the only input the pipeline may refuse is
            // an empty one.
            Err(e) => prop_assert!(
                text.is_empty() && matches!(e.kind, ErrorKind::Empty),
                "{:?} refused: {}",
                text,
                e
            ),
        }
    }

    #[test]
    fn report_like_spans_fit_the_text(text in report_like()) {
        check_record(text.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_record(&bytes)?;
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_record(text.as_bytes())?;
    }

    #[test]
    fn numeral_reader_never_panics(text in any::<String>()) {
        let value = parse_numeral(&text);
        let found = find_numerals(&text);
        let chars = text.chars().count();
        prop_assert!(found.iter().all(|m| m.span.start < m.span.end && m.span.end <= chars));
        if !text.chars().any(is_numeral_char) {
            prop_assert!(value.is_none(), "{:?} read as {:?}", text, value);
            prop_assert!(found.is_empty(), "{:?} has numerals {:?}", text, found);
        }
    }

    #[test]
    fn no_numeral_without_digits(text in numeral_neighbours()) {
        prop_assert!(parse_numeral(&text).is_none(), "{:?} read as a number", text);
        prop_assert!(find_numerals(&text).is_empty(), "{:?} has numerals", text);
    }
}
