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

/// Every report file under `corpus/`, sorted, as paths relative to the crate root.
pub fn corpus_files() -> Vec<String> {
    let mut out = Vec::new();
    walk(&root().join("corpus"), &mut out);
    out.sort();
    out.into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
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

/// The gold JSON files directly in `dir`, sorted by name.
pub fn gold_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("gold dir exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
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
