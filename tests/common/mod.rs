//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;
use std::process::{Command, Output};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the built binary from the crate root.
pub fn gongwen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run gongwen")
}

/// Every report file under `corpus/` (text and HTML), sorted, as paths relative to the crate
/// root.
pub fn corpus_files() -> Vec<String> {
    let mut out = Vec::new();
    walk(&root().join("corpus"), &mut out);
    out.sort();
    out.into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .map(|p| {
            p.strip_prefix(root())
                .expect("under root")
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read corpus dir") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// One hand-labelled document: its gold file, and the record the real pipeline makes of the
/// document the gold names.
pub struct GoldDoc {
    /// The gold file's stem (`seed-zhijiangxilu-2022`).
    pub name: String,
    /// The gold file.
    pub gold: Value,
    /// The document's decoded text, to check gold spans against.
    pub text: gongwen::span::IndexedText,
    /// What `gongwen extract` makes of the document.
    pub record: gongwen::Record,
}

/// Load every gold file directly in `dir` (sorted) and extract its document; panics when there
/// is none, so a missing gold set cannot pass as a perfect score.
pub fn gold_documents(dir: &Path) -> Vec<GoldDoc> {
    let files = gold_files(dir);
    assert!(!files.is_empty(), "no gold files in {}", dir.display());
    files
        .iter()
        .map(|path| {
            let gold: Value =
                serde_json::from_str(&std::fs::read_to_string(path).expect("read gold"))
                    .expect("gold is JSON");
            let doc = gold["document"].as_str().expect("gold names its document");
            let bytes = std::fs::read(root().join(doc))
                .expect("the gold names a document in this repository");
            let record = gongwen::extract(doc, &bytes, &gongwen::Options::default())
                .expect("gold document extracts");
            let text = gongwen::decode::decode(&bytes, None)
                .expect("gold document decodes")
                .text;
            GoldDoc {
                name: path
                    .file_stem()
                    .expect("file name")
                    .to_string_lossy()
                    .into_owned(),
                gold,
                text: gongwen::span::IndexedText::new(text),
                record,
            }
        })
        .collect()
}

/// The gold JSON files directly in `dir`, sorted by name.
fn gold_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("gold dir exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Whether `span` lies inside one of the gold's `exclude` ranges: stretches the labeller left
/// unlabelled (page chrome, or the rest of a long report after where labelling stopped), where
/// a prediction can be neither right nor wrong.
pub fn unlabelled(gold: &Value, span: (usize, usize)) -> bool {
    gold["exclude"].as_array().is_some_and(|ranges| {
        ranges.iter().any(|r| {
            let (start, end) = gold_span(r);
            start <= span.0 && span.1 <= end
        })
    })
}

/// A gold item's `[start, end)`.
pub fn gold_span(v: &Value) -> (usize, usize) {
    (
        v["start"].as_u64().expect("start") as usize,
        v["end"].as_u64().expect("end") as usize,
    )
}

/// True when two half-open spans share a char.
pub fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// `a / b`, 1.0 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}
