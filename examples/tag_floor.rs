//! The segmentation floor: the same reports through jieba-rs `tag` alone, with the same
//! segmenter the pipeline uses (shipped dictionaries, HMM on), line by line.
//!
//! `scripts/bench.sh` runs this beside `gongwen extract` so that the ratio between the whole
//! pipeline and its segmentation floor is measured on the same text in the same run. Files are
//! read and decoded before the clock starts; the clock covers building the segmenter and
//! tagging every line, which is what the pipeline cannot avoid.
//!
//! Usage: `cargo run --release --example tag_floor -- FILE_OR_DIR...`

use std::path::PathBuf;
use std::time::Instant;

use gongwen::decode::decode;
use gongwen::ingest;
use gongwen::segment;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let listing = ingest::list(&args);
    let mut bytes = 0usize;
    let mut texts = Vec::new();
    for input in &listing.inputs {
        let Ok(raw) = input.read(u64::MAX) else {
            continue;
        };
        bytes += raw.len();
        if let Ok(decoded) = decode(&raw, None) {
            texts.push(decoded.text);
        }
    }
    let start = Instant::now();
    let mut words = 0usize;
    for text in &texts {
        for line in text.lines() {
            words += segment::tag(line, 0).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "tag_floor: {} files, {bytes} bytes, {words} words, {secs:.3} s, {:.2} MB/s",
        texts.len(),
        bytes as f64 / 1e6 / secs
    );
}
