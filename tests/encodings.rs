//! One report in every encoding yields the same sections, facts and dates at the same spans,
//! and every span cuts its own text back out of the decoded source.

use gongwen::decode::decode;
use gongwen::pipeline::{Options, extract};
use gongwen::record::Record;
use gongwen::span::IndexedText;

const SEED: &str = "corpus/seed/zhijiangxilu-2022-rule-of-law.txt";

fn record(path: &str, forced: Option<&'static encoding_rs::Encoding>) -> (Record, IndexedText) {
    let bytes = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let options = Options {
        forced_encoding: forced,
        ..Options::default()
    };
    let r = extract(path, &bytes, &options).unwrap();
    let text = decode(&bytes, forced).unwrap().text;
    (r, IndexedText::new(text))
}

/// Everything that must not depend on the encoding, as JSON.
fn content(r: &Record) -> serde_json::Value {
    serde_json::json!({
        "sections": r.sections,
        "facts": r.facts,
        "dates": r.dates,
        "boilerplate": r.boilerplate,
        "entities": r.entities,
        "metadata": r.metadata,
    })
}

fn assert_spans_cut_back(r: &Record, text: &IndexedText) {
    for f in &r.facts {
        assert_eq!(text.slice(f.span), f.text, "fact {}", f.id);
    }
    for d in &r.dates {
        assert_eq!(text.slice(d.span), d.text);
    }
    for s in &r.sections {
        assert_eq!(text.slice(s.title_span), s.title);
        assert!(text.slice(s.span).starts_with(&s.marker));
    }
    for e in &r.entities {
        assert_eq!(text.slice(e.span), e.text, "{} entity", e.kind);
    }
    assert_eq!(r.source.chars, text.char_len());
}

#[test]
fn seed_is_the_same_in_every_encoding() {
    let (base, base_text) = record(SEED, None);
    assert_spans_cut_back(&base, &base_text);
    let variants: [(&str, Option<&'static encoding_rs::Encoding>, &str, &str); 4] = [
        ("corpus/encodings/seed.gbk.txt", None, "GBK", "detected"),
        (
            "corpus/encodings/seed.gb18030.txt",
            Some(encoding_rs::GB18030),
            "gb18030",
            "forced",
        ),
        (
            "corpus/encodings/seed.utf16le-bom.txt",
            None,
            "UTF-16LE",
            "bom",
        ),
        ("corpus/encodings/seed.utf8-bom.txt", None, "UTF-8", "bom"),
    ];
    for (path, forced, encoding, how) in variants {
        let (r, text) = record(path, forced);
        assert_eq!(r.source.encoding, encoding, "{path}");
        assert_eq!(
            serde_json::to_value(r.source.encoding_source).unwrap(),
            how,
            "{path}"
        );
        assert!(!r.source.lossy);
        assert_eq!(
            content(&r),
            content(&base),
            "{path} differs from the UTF-8 seed"
        );
        assert_spans_cut_back(&r, &text);
    }
}

#[test]
fn spans_cut_back_in_every_corpus_encoding() {
    for path in [
        "corpus/encodings/hailar-district-2013-gov-work-report.gbk.txt",
        "corpus/traditional/taiwan-2025-oral-policy-report.big5.txt",
        "corpus/provincial/2026_山东省_政府工作报告.txt",
    ] {
        let (r, text) = record(path, None);
        assert!(!r.facts.is_empty(), "{path}");
        assert_spans_cut_back(&r, &text);
    }
    let (big5, _) = record(
        "corpus/traditional/taiwan-2025-oral-policy-report.big5.txt",
        None,
    );
    assert_eq!(big5.source.encoding, "Big5");
    let (gbk, _) = record(
        "corpus/encodings/hailar-district-2013-gov-work-report.gbk.txt",
        None,
    );
    assert_eq!(gbk.source.encoding, "GBK");
}
