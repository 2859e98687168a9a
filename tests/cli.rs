//! The command line: exit codes, formats, broken inputs mid-batch, determinism across threads.

mod common;

use common::gongwen;

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn corpus_extracts_cleanly_and_every_record_validates() {
    let out = gongwen(&["extract", "corpus/"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), common::corpus_files().len());
    for r in &records {
        assert!(
            gongwen::validate::validate(r).is_empty(),
            "{}",
            r["source"]["path"]
        );
    }
    // Records come out in sorted path order.
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    // SOURCES.md is named as not selected, not silently dropped.
    assert!(stderr(&out).contains("SOURCES.md: not selected"));
}

#[test]
fn jobs_one_and_two_give_identical_bytes() {
    let one = gongwen(&["extract", "-j", "1", "corpus/"]);
    let two = gongwen(&["extract", "-j", "2", "corpus/"]);
    assert_eq!(one.status.code(), Some(0));
    assert!(!one.stdout.is_empty());
    assert!(
        one.stdout == two.stdout,
        "outputs differ between --jobs 1 and --jobs 2"
    );
}

#[test]
fn broken_inputs_fail_by_name_and_the_batch_goes_on() {
    let out = gongwen(&[
        "extract",
        "tests/fixtures/empty.txt",
        "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
        "tests/fixtures/binary.txt",
        "tests/fixtures/no-such-file.txt",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("tests/fixtures/empty.txt: empty input"),
        "{err}"
    );
    assert!(
        err.contains("tests/fixtures/binary.txt: not a text file"),
        "{err}"
    );
    assert!(
        err.contains("tests/fixtures/no-such-file.txt: cannot read"),
        "{err}"
    );
    assert!(
        err.contains("1 record(s) written, 3 input(s) failed"),
        "{err}"
    );
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("zhijiangxilu"));
}

#[test]
fn truncated_utf8_is_read_but_flagged_lossy() {
    let out = gongwen(&["extract", "tests/fixtures/truncated.txt"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a lossy decode is not a clean run"
    );
    assert!(stderr(&out).contains("replacement character"));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["source"]["lossy"], true);
    assert_eq!(r["source"]["replacements"], 1);
    assert_eq!(r["warnings"][0]["code"], "lossy_decode");
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["extract", "--encoding", "gbk", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode("一、总则\n成立临时党支部18个。\n");
    child.stdin.take().unwrap().write_all(&gbk).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["source"]["path"], "-");
    assert_eq!(r["source"]["encoding_source"], "forced");
    assert_eq!(r["facts"][0]["text"], "18个");
}

#[test]
fn output_file_and_pretty_json_array() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    let out = gongwen(&[
        "extract",
        "--format",
        "json",
        "-o",
        target.to_str().unwrap(),
        "corpus/seed/",
        "corpus/bulletin/",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    // The array holds the same records as JSON Lines (one is printed from the record, the other
    // is the validated line).
    let lines = gongwen(&["extract", "corpus/seed/", "corpus/bulletin/"]);
    let records: Vec<serde_json::Value> = lines
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(v.as_array().unwrap(), &records);
    // Only the renamed output is left: no temporary file beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn schema_command_prints_the_schema() {
    let out = gongwen(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(v["$id"].as_str().unwrap().contains("1.3.0"));
}

#[test]
fn validate_names_the_failing_line_and_path() {
    let good = gongwen(&["extract", "corpus/seed/"]);
    let line = String::from_utf8(good.stdout).unwrap();
    let mut broken: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    broken["facts"][0]["approx"] = "roughly".into();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.jsonl");
    std::fs::write(&file, format!("{}{}\n", line, broken)).unwrap();
    let out = gongwen(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("records.jsonl:2: at /facts/0/approx"), "{err}");
    assert!(err.contains("1 valid record(s), 1 invalid"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(gongwen(&["extract"]).status.code(), Some(2));
    assert_eq!(gongwen(&["frobnicate"]).status.code(), Some(2));
    let out = gongwen(&["extract", "--encoding", "klingon", "corpus/seed/"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("klingon"));
}

#[test]
fn help_shows_an_example() {
    let out = gongwen(&["extract", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("gongwen extract corpus/"));
}

#[test]
fn user_dictionary_tags_win_over_jiebas() {
    // jieba tags 通道 a verb; the shipped dictionary says noun, so the count names 建材通道.
    // A user's line saying verb again must take effect the same way.
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.txt");
    std::fs::write(&report, "安大两条建材通道如期通车。\n").unwrap();
    let label = |args: &[&str]| {
        let out = gongwen(args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let record: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("one JSON record");
        record["facts"][0]["label"].clone()
    };
    let path = report.to_str().unwrap();
    assert_eq!(label(&["extract", path]), "建材通道");
    let words = dir.path().join("words.txt");
    std::fs::write(&words, "通道 100 v\n").unwrap();
    assert_ne!(
        label(&["extract", "--dict", words.to_str().unwrap(), path]),
        "建材通道"
    );
}

#[test]
fn user_dictionary_is_loaded_or_named_when_bad() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("words.txt");
    std::fs::write(&good, "芷江西路街道 1000 nt\n").unwrap();
    let out = gongwen(&["extract", "--dict", good.to_str().unwrap(), "corpus/seed/"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "词 not-a-number\n").unwrap();
    let out = gongwen(&["extract", "--dict", bad.to_str().unwrap(), "corpus/seed/"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.txt: bad dictionary"),
        "{}",
        stderr(&out)
    );
    let missing = gongwen(&["extract", "--dict", "no-such-dict.txt", "corpus/seed/"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such-dict.txt: cannot read"));
}

#[test]
fn output_to_a_fifo_is_written_in_place_not_replaced() {
    // Renaming the finished temporary file over `-o /dev/null` once replaced the device with a
    // regular file; a FIFO shows the same case without touching the machine's /dev/null.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = gongwen(&[
        "extract",
        "-o",
        fifo.to_str().unwrap(),
        "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let read = reader.join().unwrap();
    assert_eq!(read.lines().count(), 1);
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO is still a FIFO");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left beside it");
}
