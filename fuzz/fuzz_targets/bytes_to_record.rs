//! Fuzz target: any bytes → a record or an error, never a panic; a record always passes the
//! schema and its spans quote the decoded text exactly. Run by `scripts/fuzz.sh`.

#![no_main]

use gongwen::decode::decode;
use gongwen::span::IndexedText;
use gongwen::{Options, extract, to_validated_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(record) = extract("fuzz.txt", bytes, &Options::default()) else {
        return;
    };
    if let Err(e) = to_validated_json(&record) {
        panic!("record fails the schema: {e}");
    }
    let text = IndexedText::new(decode(bytes, None).expect("decoded once already").text);
    let problems = record.span_problems(&text);
    assert!(problems.is_empty(), "{problems:?}");
});
