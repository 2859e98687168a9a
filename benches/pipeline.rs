//! Throughput of each pipeline stage and of a whole document, on bundled reports.
//!
//! One benchmark per stage (decode, normalize, chrome, structure, facts, segmentation, meaning,
//! entities, serialization, validation) and one per whole document, on three kinds of report.
//! `cargo bench` prints MB/s per stage (of the report's bytes, so stages compare directly);
//! `scripts/bench.sh` measures the whole binary on a folder of reports (wall time and peak
//! memory) against its segmentation floor.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongwen::chrome;
use gongwen::decode::decode;
use gongwen::facts::{FactInput, extract as extract_facts};
use gongwen::meaning::{self, MeaningInput};
use gongwen::normalize::normalize;
use gongwen::pipeline::{Options, extract, to_validated_json};
use gongwen::span::{IndexedText, Span};
use gongwen::structure;
use gongwen::{entities, segment, validate};

const REPORTS: &[&str] = &[
    "corpus/provincial/2026_上海市_政府工作报告.txt",
    "corpus/encodings/hailar-district-2013-gov-work-report.gbk.txt",
    "corpus/bulletin/luoyang-2023-statistical-bulletin.txt",
];

fn read(path: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect(path)
}

fn stages(c: &mut Criterion) {
    for path in REPORTS {
        let bytes = read(path);
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(bytes.len() as u64));

        g.bench_function("decode", |b| b.iter(|| decode(black_box(&bytes), None)));
        let text = decode(&bytes, None).expect("corpus decodes").text;
        g.bench_function("normalize", |b| b.iter(|| normalize(black_box(&text))));

        let source = IndexedText::new(text.clone());
        let norm = IndexedText::new(normalize(&text));
        let lines = source.lines();
        let norm_lines: Vec<&str> = lines.iter().map(|&l| norm.slice(l)).collect();
        g.bench_function("chrome", |b| {
            b.iter(|| chrome::detect(black_box(&norm_lines), &lines))
        });
        let body: Vec<Span> = lines.clone();
        g.bench_function("structure", |b| {
            b.iter(|| structure::build(&source, &norm, black_box(&body)))
        });
        g.bench_function("facts", |b| {
            b.iter(|| {
                extract_facts(black_box(&FactInput {
                    source: source.as_str(),
                    norm: norm.as_str(),
                    ranges: &body,
                    report_year: Some(2025),
                }))
            })
        });
        let extraction = extract_facts(&FactInput {
            source: source.as_str(),
            norm: norm.as_str(),
            ranges: &body,
            report_year: Some(2025),
        });
        g.bench_function("segmentation (jieba tag)", |b| {
            b.iter(|| segment::tag_ranges(&norm, black_box(&body)))
        });
        let words = segment::tag_ranges(&norm, &body);
        let structure = structure::build(&source, &norm, &body);
        g.bench_function("meaning", |b| {
            b.iter(|| {
                meaning::annotate(black_box(&MeaningInput {
                    source: &source,
                    norm: &norm,
                    structure: &structure,
                    facts: &extraction.facts,
                    dates: &extraction.dates,
                    report_year: Some(2025),
                    words: &words,
                }))
            })
        });
        g.bench_function("entities", |b| {
            b.iter(|| entities::extract(&source, &norm, black_box(&body), &words))
        });
        let record = extract(path, &bytes, &Options::default()).expect("extracts");
        g.bench_function("serialization (record to JSON value and line)", |b| {
            b.iter(|| {
                let value = serde_json::to_value(black_box(&record)).expect("serializes");
                serde_json::to_vec(&value).expect("writes")
            })
        });
        let value = serde_json::to_value(&record).expect("serializes");
        g.bench_function("validation (schema)", |b| {
            b.iter(|| validate::validate(black_box(&value)))
        });
        g.bench_function("whole document (extract + validate)", |b| {
            b.iter(|| {
                let r = extract(path, black_box(&bytes), &Options::default()).expect("extracts");
                to_validated_json(&r).expect("valid")
            })
        });
        g.finish();
    }
}

/// The HTML stage (charset, DOM, main content, origins, tables) on a published page and on the
/// made bulletin page with eleven tables.
fn html_pages(c: &mut Criterion) {
    for path in [
        "corpus/html/deqing-county-2016-jan-oct-fixed-asset-investment.html",
        "tests/fixtures/html/qiandongnan-2016-statistical-bulletin.html",
    ] {
        let bytes = read(path);
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function("html", |b| {
            b.iter(|| gongwen::html::read(black_box(&bytes), None).expect("page reads"))
        });
        g.bench_function("whole document (extract + validate)", |b| {
            b.iter(|| {
                let r = extract(path, black_box(&bytes), &Options::default()).expect("extracts");
                to_validated_json(&r).expect("valid")
            })
        });
        g.finish();
    }
}

criterion_group!(benches, stages, html_pages);
criterion_main!(benches);
