//! The progress bar on a real terminal: `script` runs the batch under a pseudo-terminal and
//! records what was drawn. `script` (util-linux, in Debian's essential bsdutils) is checked
//! for by `.ci/run`; a missing one fails the test.

mod common;

use std::process::{Command, Stdio};

/// Run `gongwen ARGS` under a pseudo-terminal; returns everything drawn on it.
fn on_a_terminal(args: &str) -> String {
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_gongwen"));
    let out = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .current_dir(common::root())
        .stdin(Stdio::null())
        .output()
        .expect("script(1) runs (util-linux)");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_batch_on_a_terminal_shows_files_rate_and_eta() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.jsonl");
    let n = common::corpus_files().len();
    let drawn = on_a_terminal(&format!("extract -j 1 -o {} corpus/", out.display()));
    assert!(drawn.contains(&format!("/{n} files")), "{drawn:?}");
    assert!(drawn.contains("B/s"), "{drawn:?}");
    assert!(drawn.contains("ETA"), "{drawn:?}");
    assert!(drawn.contains("record(s) written"), "{drawn:?}");

    let quiet = on_a_terminal(&format!(
        "extract -j 1 --quiet -o {} corpus/",
        out.display()
    ));
    assert!(!quiet.contains("ETA"), "{quiet:?}");
    assert!(!quiet.contains("record(s) written"), "{quiet:?}");
    // Notes about the input are not silenced.
    assert!(quiet.contains("SOURCES.md: not selected"), "{quiet:?}");
}
