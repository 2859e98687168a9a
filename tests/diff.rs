//! `gongwen diff` on real runs: two runs of the same version report nothing, an edited report
//! is caught by `--check`, and unreadable input is an error naming the file.

mod common;

use std::path::Path;
use std::process::Output;

use serde_json::Value;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn extract_to(inputs: &[&str], jobs: &str, out: &Path) {
    let mut args = vec!["extract", "-q", "-j", jobs, "-o", out.to_str().unwrap()];
    args.extend(inputs);
    let o = common::gongwen(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn two_runs_of_the_same_version_report_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    extract_to(&["corpus/"], "1", &a);
    extract_to(&["corpus/"], "2", &b);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let o = common::gongwen(&["diff", "--check", a, b]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let n = common::corpus_files().len();
    assert_eq!(
        stdout(&o),
        format!("0 report(s) changed, 0 added, 0 removed, {n} unchanged\n")
    );

    let o = common::gongwen(&["diff", "--json", a, b]);
    assert_eq!(o.status.code(), Some(0));
    let d: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["reports"], serde_json::json!([]));
    assert_eq!(d["summary"]["unchanged"], n);
}

#[test]
fn an_edited_report_is_caught_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("seed.txt");
    let original = std::fs::read_to_string(
        common::root().join("corpus/seed/zhijiangxilu-2022-rule-of-law.txt"),
    )
    .unwrap();
    std::fs::write(&report, &original).unwrap();
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    extract_to(&[report.to_str().unwrap()], "1", &a);

    // Change the first fact's number in the text: the same clause now says something else.
    let record: Value = serde_json::from_str(&std::fs::read_to_string(&a).unwrap()).unwrap();
    let fact = &record["facts"][0];
    let text = fact["text"].as_str().unwrap();
    let clause = fact["clause_text"].as_str().unwrap();
    let edited_text = text.replacen(|c: char| c.is_ascii_digit(), "9", 1);
    assert_ne!(edited_text, text, "the first fact starts with a digit");
    let edited = original.replacen(clause, &clause.replacen(text, &edited_text, 1), 1);
    std::fs::write(&report, edited).unwrap();
    extract_to(&[report.to_str().unwrap()], "1", &b);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let o = common::gongwen(&["diff", "--check", a, b]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let shown = stdout(&o);
    assert!(
        shown.contains(&format!("~ {}", report.display())),
        "{shown}"
    );
    assert!(shown.contains(&format!("- fact f1 {text} ")), "{shown}");
    assert!(
        shown.contains(&format!("+ fact f1 {edited_text} ")),
        "{shown}"
    );
    assert!(shown.contains("source.sha256"), "{shown}");
    assert!(shown.ends_with("1 report(s) changed, 0 added, 0 removed, 0 unchanged\n"));

    let o = common::gongwen(&["diff", "--json", "--check", a, b]);
    assert_eq!(o.status.code(), Some(1));
    let d: Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &d["reports"][0];
    assert_eq!(r["status"], "changed");
    assert_eq!(r["facts"]["removed"][0]["item"]["text"], text);
    assert_eq!(r["facts"]["added"][0]["item"]["text"], edited_text.as_str());
    // Only what the edit touched: one fact out, one in (its links may change with it).
    assert_eq!(r["facts"]["removed"].as_array().unwrap().len(), 1);
    assert_eq!(r["facts"]["added"].as_array().unwrap().len(), 1);
}

#[test]
fn unreadable_input_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"source\": {\"path\": \"x\"}}\nnot json\n").unwrap();
    let bad = bad.to_str().unwrap();
    let o = common::gongwen(&["diff", bad, bad]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{bad}:2: ")) && err.contains("not JSON"),
        "{err}"
    );

    let o = common::gongwen(&["diff", "--check", "no-such.jsonl", bad]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such.jsonl: cannot read"));
}
