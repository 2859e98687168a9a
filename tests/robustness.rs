//! No input makes the pipeline panic, and every record it returns passes the schema.

use gongwen::ErrorKind;
use gongwen::pipeline::{Options, extract, to_validated_json};
use proptest::prelude::*;

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
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(record) = extract("b.bin", &bytes, &Options::default()) {
            prop_assert!(to_validated_json(&record).is_ok());
        }
    }
}
