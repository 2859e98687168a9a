//! The README's documented commands, run as written: each ```sh block under a
//! `<!-- tested: NAME -->` line runs in bash in one scratch directory (with `corpus/` linked in
//! and the built `gongwen` first on PATH), and its output is checked against the JSONL.
//! `jq` and `sqlite3` are installed by `.ci/run`; a missing one fails the test.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The tested blocks of README.md, by name.
fn readme_blocks() -> BTreeMap<String, String> {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let mut blocks = BTreeMap::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        let Some(name) = line
            .strip_prefix("<!-- tested: ")
            .and_then(|l| l.strip_suffix(" -->"))
        else {
            continue;
        };
        assert_eq!(
            lines.next(),
            Some("```sh"),
            "block {name} follows its marker"
        );
        let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        blocks.insert(name.to_string(), body.join("\n") + "\n");
    }
    blocks
}

/// Run one block with bash in `dir`; returns stdout, failing on a non-zero exit.
fn run_block(dir: &Path, name: &str, script: &str) -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_gongwen")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-euo", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "README block {name} failed ({:?}):\n{script}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Rows of a block's output, each split on `sep`, sorted.
fn rows(out: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = out
        .lines()
        .map(|l| l.split(sep).map(str::to_string).collect())
        .collect();
    rows.sort();
    rows
}

#[test]
fn readme_commands_run_and_agree_with_the_jsonl() {
    let blocks = readme_blocks();
    let names: Vec<&str> = blocks.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "diff-check",
            "jq-query",
            "jsonl-into-sqlite",
            "review",
            "sinks",
            "sqlite-query"
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(common::root().join("corpus"), dir.path().join("corpus")).unwrap();

    run_block(dir.path(), "sinks", &blocks["sinks"]);
    let records: Vec<Value> = std::fs::read_to_string(dir.path().join("records.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), common::corpus_files().len());
    for table in ["reports.csv", "sections.csv", "facts.csv"] {
        assert!(dir.path().join("tables").join(table).exists(), "{table}");
    }

    // What the two queries should find, read from the JSONL here in Rust.
    let mut expected: Vec<Vec<String>> = Vec::new();
    for r in &records {
        for f in r["facts"].as_array().unwrap() {
            let label = f["label"].as_str().unwrap_or("");
            if label.contains("生产总值") && f["role"] == "change" && f["unit"] == "%" {
                expected.push(vec![
                    r["metadata"]["region"].as_str().unwrap_or("").to_string(),
                    r["metadata"]["report_year"].to_string(),
                    label.to_string(),
                    f["value_text"].as_str().unwrap().to_string(),
                    "%".to_string(),
                ]);
            }
        }
    }
    expected.sort();
    assert!(
        expected.len() >= 5,
        "the query finds growth rates: {expected:?}"
    );
    let from_db = run_block(dir.path(), "sqlite-query", &blocks["sqlite-query"]);
    assert_eq!(rows(&from_db, '|'), expected);
    let from_jq = run_block(dir.path(), "jq-query", &blocks["jq-query"]);
    assert_eq!(rows(&from_jq, '\t'), expected);

    let total: usize = records
        .iter()
        .map(|r| r["facts"].as_array().unwrap().len())
        .sum();
    let counted = run_block(
        dir.path(),
        "jsonl-into-sqlite",
        &blocks["jsonl-into-sqlite"],
    );
    assert_eq!(counted.trim(), total.to_string());

    let diff = run_block(dir.path(), "diff-check", &blocks["diff-check"]);
    assert!(
        diff.starts_with("0 report(s) changed, 0 added, 0 removed"),
        "{diff}"
    );

    run_block(dir.path(), "review", &blocks["review"]);
    let page = std::fs::read_to_string(dir.path().join("shanghai.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<mark class=\"fact "));
}
