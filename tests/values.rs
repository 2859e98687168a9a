//! Values survive a round trip through JSON exactly, and every span cuts back to its text,
//! for every fact of every corpus report.

mod common;

use gongwen::pipeline::{Options, extract, to_validated_json};
use gongwen::span::IndexedText;

/// `value_text` is the exact decimal (or a/b fraction); `value` must be its nearest f64.
fn expected_f64(value_text: &str) -> f64 {
    match value_text.split_once('/') {
        Some((a, b)) => a.parse::<f64>().unwrap() / b.parse::<f64>().unwrap(),
        None => value_text.parse().unwrap(),
    }
}

#[test]
fn values_round_trip_and_spans_cut_back() {
    let root = common::root();
    let mut checked = 0;
    for path in common::corpus_files() {
        let bytes = std::fs::read(root.join(&path)).unwrap();
        let record = extract(&path, &bytes, &Options::default()).unwrap();
        // Spans point into the decoded text, or for an HTML page into the text the record
        // carries.
        let text = IndexedText::new(match &record.text {
            Some(t) => t.clone(),
            None => gongwen::decode::decode(&bytes, None).unwrap().text,
        });
        let json = to_validated_json(&record).unwrap();
        let back: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&json).unwrap()).unwrap();
        for (fact, out) in record.facts.iter().zip(back["facts"].as_array().unwrap()) {
            assert_eq!(text.slice(fact.span), fact.text, "{path} {}", fact.id);
            assert_eq!(out["value_text"], fact.value_text.as_str());
            let v = out["value"].as_f64().unwrap();
            assert_eq!(v, expected_f64(&fact.value_text), "{path} {}", fact.text);
            if let Some(h) = &fact.high_text {
                assert_eq!(out["high"].as_f64().unwrap(), expected_f64(h));
            }
            // The digits written in the report are in the exact value (万/亿 only append zeros
            // or shift the point): 5.67万亿 → 5670000000000 keeps "567".
            // 2×35万千瓦: the count before a times sign shows how many units; the value is the
            // size of one, written after the sign.
            let size = fact
                .text
                .rsplit(['×', '*', '＊'])
                .next()
                .unwrap_or_default();
            let written: String = size.chars().filter(char::is_ascii_digit).collect();
            let exact: String = fact
                .value_text
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            if !written.is_empty()
                && !fact.text.contains([
                    ',', '，', '-', '—', '至', '~', '/', '／', '萬', '兆', '億', ' ',
                ])
            {
                let (w, e) = (written.trim_matches('0'), exact.trim_matches('0'));
                assert!(
                    e.starts_with(w) || w.starts_with(e),
                    "{path}: {} read as {}",
                    fact.text,
                    fact.value_text
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 2000, "only {checked} facts checked");
}
