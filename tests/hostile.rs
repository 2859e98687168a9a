//! Hostile and broken input: every file gets a record or an error naming it, the rest of the
//! batch goes on, and the exit status says whether anything went wrong.
//!
//! Small broken files are committed in `tests/fixtures/`. What git cannot hold or should not
//! (50 MB inputs, 10,000 files, permissions, links, non-UTF-8 names, a directory in a file's
//! place) is made by each test in a temporary directory.

mod common;

use std::fs;
use std::io::{self, Cursor, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{gongwen, root};
use gongwen::ErrorKind;
use gongwen::ingest::{FileKind, OpenFile, Stamp, read_stable};
use serde_json::Value;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Assert the run exited 1 and its stderr says each of `says`.
fn assert_failed_saying(o: &Output, says: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for s in says {
        assert!(err.contains(s), "missing {s:?} in:\n{err}");
    }
}

fn records(o: &Output) -> Vec<Value> {
    std::str::from_utf8(&o.stdout)
        .expect("JSON lines are UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a record"))
        .collect()
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run gongwen")
}

/// A report body of about `bytes` bytes made from the bundled corpus: its UTF-8 reports one
/// after another, every number rewritten on each pass so no two passes are alike (identical
/// lines would be taken for page chrome and skipped, which would make the run cheaper).
fn generated_report(bytes: usize) -> String {
    let mut texts = Vec::new();
    for path in common::corpus_files() {
        if let Ok(t) = String::from_utf8(fs::read(root().join(path)).expect("corpus file")) {
            texts.push(t);
        }
    }
    let mut out = String::with_capacity(bytes + 1024);
    let mut seed: u64 = 7;
    'fill: loop {
        for t in &texts {
            for c in t.chars() {
                if c.is_ascii_digit() {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    out.push(char::from(b'0' + (seed >> 60) as u8 % 10));
                } else {
                    out.push(c);
                }
            }
            if out.len() >= bytes {
                break 'fill;
            }
        }
    }
    out
}

#[test]
fn broken_files_are_named_and_the_batch_goes_on() {
    let fixtures = [
        "tests/fixtures/empty.txt",
        "tests/fixtures/image.png",
        "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
        "tests/fixtures/archive.zip",
        "tests/fixtures/truncated.txt",
        "tests/fixtures/mixed-gbk-utf8.txt",
        "tests/fixtures/nul-bytes.txt",
    ];
    let mut args = vec!["extract"];
    args.extend(fixtures);
    let out = gongwen(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for (file, says) in [
        ("empty.txt", "empty input"),
        ("image.png", "not a text file: PNG image"),
        ("archive.zip", "not a text file: zip container"),
        (
            "truncated.txt",
            "warning: decoding as UTF-8 needed 1 replacement",
        ),
        ("mixed-gbk-utf8.txt", "warning: the file mixes encodings"),
        ("nul-bytes.txt", "warning: 8 NUL byte(s)"),
    ] {
        assert!(
            err.contains(&format!("tests/fixtures/{file}: {says}")),
            "{file}: {err}"
        );
    }
    assert!(
        err.contains("4 record(s) written, 3 input(s) failed, 3 record(s) with warnings"),
        "{err}"
    );
    let recs = records(&out);
    let paths: Vec<&str> = recs
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        vec![
            "corpus/seed/zhijiangxilu-2022-rule-of-law.txt",
            "tests/fixtures/truncated.txt",
            "tests/fixtures/mixed-gbk-utf8.txt",
            "tests/fixtures/nul-bytes.txt",
        ]
    );
}

#[test]
fn mixed_encodings_are_decoded_line_by_line() {
    let out = gongwen(&["extract", "tests/fixtures/mixed-gbk-utf8.txt"]);
    let r = &records(&out)[0];
    // Both halves read as the Chinese they are: no mojibake, no replacement chars.
    let titles: Vec<&str> = r["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, vec!["总体情况", "下一步工作"]);
    let facts: Vec<&str> = r["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(facts, vec!["12亿元", "5.4%", "3所", "2400个"]);
    assert_eq!(r["source"]["lossy"], false);
    assert_eq!(r["warnings"][0]["code"], "mixed_encoding");
    assert!(
        r["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("2 line(s) are UTF-8 and 2 line(s) are not")
    );
}

#[test]
fn nul_bytes_become_replacement_chars_at_the_same_offsets() {
    let bytes = fs::read(root().join("tests/fixtures/nul-bytes.txt")).unwrap();
    let r = gongwen::extract("nul.txt", &bytes, &gongwen::Options::default()).unwrap();
    assert_eq!(r.source.replacements, 8);
    assert!(r.source.lossy);
    assert_eq!(r.warnings[0].code, "nul_bytes");
    // The text around the NULs is still read.
    let facts: Vec<&str> = r.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, vec!["18个", "5个"]);
    assert_eq!(r.sections.len(), 2);
    // A file that is mostly control bytes is still binary.
    let mut junk = vec![0u8; 200];
    junk.extend_from_slice("一、总则".as_bytes());
    let e = gongwen::extract("junk.bin", &junk, &gongwen::Options::default()).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Binary { .. }), "{e}");
}

#[test]
fn a_paragraph_repeated_word_for_word_is_counted_once_and_said() {
    // The 1954 web dump holds its report six times; here one paragraph comes three times.
    let para = "全年粮食产量达到一亿六千余万吨，比上年增长百分之五，棉花产量达到二百六十万吨，比上年增长百分之八。";
    let text = format!("一、工作回顾\n{para}\n二、今年任务\n{para}\n{para}\n");
    let r = gongwen::extract("dump.txt", text.as_bytes(), &gongwen::Options::default()).unwrap();
    let repeats = r
        .boilerplate
        .iter()
        .filter(|c| c.reason == gongwen::chrome::ChromeReason::RepeatedParagraph)
        .count();
    assert_eq!(repeats, 2);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == "repeated_paragraphs" && w.message.starts_with("2 paragraph(s)"))
    );
    // Each number of the paragraph once, from its first copy, in the first section.
    let facts: Vec<&str> = r.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts.len(), 4, "{facts:?}");
    assert!(
        r.facts
            .iter()
            .all(|f| f.span.end < text.chars().count() / 2)
    );
}

#[test]
fn headings_one_to_ninety_nine_are_all_read() {
    let out = gongwen(&["extract", "tests/fixtures/headings-1-to-99.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = &records(&out)[0];
    let sections = r["sections"].as_array().unwrap();
    let top: Vec<&Value> = sections.iter().filter(|s| s["level"] == 1).collect();
    assert_eq!(top.len(), 99);
    assert_eq!(sections.len(), 99);
    for (i, s) in top.iter().enumerate() {
        let n = i + 1;
        assert_eq!(s["ordinal"], n, "{s}");
        assert_eq!(s["id"], n.to_string());
        assert_eq!(s["marker_kind"], "han");
        assert_eq!(s["title"], format!("第{n}项工作"));
    }
    assert_eq!(top[9]["marker"], "十、");
    assert_eq!(top[10]["marker"], "十一、");
    assert_eq!(top[19]["marker"], "二十、");
    assert_eq!(top[98]["marker"], "九十九、");
}

#[test]
fn a_fifty_megabyte_single_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let line = generated_report(50 * 1024 * 1024).replace(['\n', '\r'], "");
    assert!(line.len() >= 50 * 1000 * 1000);
    fs::write(dir.path().join("one-line.txt"), &line).unwrap();
    drop(line);
    fs::write(dir.path().join("small.txt"), "一、总则\n成立党支部18个。\n").unwrap();
    let started = Instant::now();
    let out = run_in(
        dir.path(),
        &["extract", "-j", "2", "one-line.txt", "small.txt"],
    );
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["stats"]["lines"], 1);
    assert!(recs[0]["facts"].as_array().unwrap().len() > 10_000);
    assert_eq!(recs[1]["facts"][0]["text"], "18个");
    eprintln!("50 MB on one line: {took:?}");
}

#[test]
fn ten_thousand_tiny_files() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        let sub = dir.path().join(format!("d{:02}", i % 100));
        if i < 100 {
            fs::create_dir(&sub).unwrap();
        }
        fs::write(sub.join(format!("{i:05}.txt")), format!("共{i}件。")).unwrap();
    }
    // One broken file among them is named, and the others all come out.
    fs::write(dir.path().join("d42/broken.txt"), b"").unwrap();
    let out = run_in(dir.path(), &["extract", "."]);
    assert_failed_saying(
        &out,
        &[
            "d42/broken.txt: empty input",
            "10000 record(s) written, 1 input(s) failed",
        ],
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 10_000);
    // In path order, and each file's own number read from it.
    assert_eq!(recs[0]["source"]["path"], "./d00/00000.txt");
    assert_eq!(recs[1]["source"]["path"], "./d00/00100.txt");
    for r in &recs {
        let path = r["source"]["path"].as_str().unwrap();
        let n: u64 = path[6..11].parse().unwrap();
        assert_eq!(r["facts"][0]["value_text"], n.to_string(), "{path}");
    }
}

/// True when this process can read a file whose permission bits forbid it (root can).
fn permission_bits_are_ignored(dir: &Path) -> bool {
    let probe = dir.join("probe");
    fs::write(&probe, "x").unwrap();
    set_mode(&probe, 0o000);
    let readable = fs::read(&probe).is_ok();
    fs::remove_file(&probe).unwrap();
    readable
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_file_without_read_permission_is_named() {
    // Root reads any file whatever its permission bits, and CI runs as root. There the binary
    // is run as the unprivileged user `nobody` (uid 65534), from a copy it may execute, so the
    // kernel really refuses the read and the real error path runs. Nothing is skipped: an
    // environment where neither works fails this test.
    let dir = tempfile::tempdir().unwrap();
    set_mode(dir.path(), 0o755);
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "一、总则\n成立党支部18个。\n").unwrap();
    set_mode(&secret, 0o000);
    let open = dir.path().join("open.txt");
    fs::write(&open, "一、总则\n建成公园5个。\n").unwrap();
    set_mode(&open, 0o644);
    let locked_dir = dir.path().join("locked");
    fs::create_dir(&locked_dir).unwrap();
    fs::write(locked_dir.join("inside.txt"), "共3件。").unwrap();
    set_mode(&locked_dir, 0o000);

    let mut cmd = if permission_bits_are_ignored(dir.path()) {
        use std::os::unix::process::CommandExt;
        let bin = dir.path().join("gongwen");
        fs::copy(env!("CARGO_BIN_EXE_gongwen"), &bin).unwrap();
        set_mode(&bin, 0o755);
        let mut c = Command::new(bin);
        c.uid(65534).gid(65534);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_gongwen"))
    };
    let out = cmd
        .args(["extract", "secret.txt", "open.txt", "locked"])
        .current_dir(dir.path())
        .output()
        .expect("run gongwen (as nobody when root)");
    assert_failed_saying(
        &out,
        &[
            "secret.txt: cannot read: Permission denied",
            "locked: cannot read: Permission denied",
        ],
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"]["path"], "open.txt");
    set_mode(&locked_dir, 0o755);
}

/// A stand-in for a file that a writer changes while it is read: every `stamp` after the
/// first few reports a new size, as `fstat` does on a file being appended to.
struct ChangingFile {
    data: Cursor<Vec<u8>>,
    stamps: std::rc::Rc<std::cell::Cell<u64>>,
    changes_left: std::rc::Rc<std::cell::Cell<u32>>,
}

impl Read for ChangingFile {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.data.read(buf)
    }
}

impl OpenFile for ChangingFile {
    fn stamp(&self) -> io::Result<Stamp> {
        let n = self.stamps.get();
        self.stamps.set(n + 1);
        // Stamps come in pairs (before, after reading); the "after" one moves while changes
        // are left.
        let grown = n % 2 == 1 && self.changes_left.get() > 0;
        if grown {
            self.changes_left.set(self.changes_left.get() - 1);
        }
        Ok(Stamp {
            kind: FileKind::Regular,
            len: self.data.get_ref().len() as u64 + u64::from(grown) * 100,
            modified: None,
        })
    }
}

fn read_changing(changes: u32) -> (Result<Vec<u8>, ErrorKind>, u64) {
    let stamps = std::rc::Rc::new(std::cell::Cell::new(0));
    let left = std::rc::Rc::new(std::cell::Cell::new(changes));
    let result = read_stable(
        || {
            Ok(ChangingFile {
                data: Cursor::new(b"one version".to_vec()),
                stamps: stamps.clone(),
                changes_left: left.clone(),
            })
        },
        1024,
    );
    (result, stamps.get())
}

#[test]
fn a_file_that_changes_while_read_is_read_again_or_refused() {
    // Changed once: the second read is consistent and is what comes back.
    let (once, stamps) = read_changing(1);
    assert_eq!(once.unwrap(), b"one version");
    assert_eq!(stamps, 4);
    // Changing on every read: refused, with the sizes seen.
    let (always, _) = read_changing(u32::MAX);
    let e = always.unwrap_err();
    assert!(matches!(e, ErrorKind::Changed { .. }), "{e}");
    assert!(e.to_string().starts_with("changed while being read"), "{e}");
    // Unchanged: one read.
    let (never, stamps) = read_changing(0);
    assert_eq!(never.unwrap(), b"one version");
    assert_eq!(stamps, 2);
}

#[test]
fn symbolic_link_loops_are_named_and_not_followed() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("reports");
    fs::create_dir_all(root.join("sub")).unwrap();
    fs::write(root.join("sub/a.txt"), "共3件。").unwrap();
    // A link to itself, a pair pointing at each other, and a link back to the top.
    symlink("self.txt", root.join("self.txt")).unwrap();
    symlink("pong.txt", root.join("ping.txt")).unwrap();
    symlink("ping.txt", root.join("pong.txt")).unwrap();
    symlink("..", root.join("sub/up")).unwrap();
    let out = run_in(dir.path(), &["extract", "reports"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for name in ["self.txt", "ping.txt", "pong.txt"] {
        assert!(
            err.contains(&format!(
                "reports/{name}: cannot read: Too many levels of symbolic links"
            )),
            "{name}: {err}"
        );
    }
    assert!(err.contains("reports/sub/up: directory loop"), "{err}");
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "a.txt is read once, not once per loop");
    assert_eq!(recs[0]["source"]["path"], "reports/sub/a.txt");
}

#[test]
fn a_file_name_that_is_not_utf8_is_shown_lossily_and_said() {
    let dir = tempfile::tempdir().unwrap();
    // 报告 in GBK, as an old Windows zip would leave it.
    let name = std::ffi::OsStr::from_bytes(b"\xb1\xa8\xb8\xe6.txt");
    fs::write(dir.path().join(name), "一、总则\n成立党支部18个。\n").unwrap();
    let out = run_in(dir.path(), &["extract", "."]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "./\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt: warning: the file name is not valid UTF-8"
        ),
        "{err}"
    );
    let r = &records(&out)[0];
    assert_eq!(
        r["source"]["path"],
        "./\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.txt"
    );
    assert_eq!(r["facts"][0]["text"], "18个");
    assert!(gongwen::validate::validate(r).is_empty());
}

#[test]
fn a_directory_where_a_file_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    // A directory named like a report is walked, not read as a file.
    fs::create_dir(dir.path().join("report.txt")).unwrap();
    fs::write(dir.path().join("report.txt/inner.txt"), "共3件。").unwrap();
    let out = run_in(dir.path(), &["extract", "report.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out)[0]["source"]["path"], "report.txt/inner.txt");
    // An input that is a directory when it is read (it was a file when listed) is named.
    let input = gongwen::ingest::Input::File(dir.path().join("report.txt"));
    let e = input.read(1 << 20).unwrap_err();
    assert!(
        e.to_string()
            .ends_with("report.txt: not a file but a directory; nothing to read")
    );
    // --output naming a directory is refused before any work, and nothing is written.
    let out = run_in(dir.path(), &["extract", "-o", "report.txt", "report.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("report.txt: cannot write output: it is a directory"));
    assert!(out.stdout.is_empty());
    // --dict naming a directory is a usage error that names it.
    let out = run_in(
        dir.path(),
        &["extract", "--dict", "report.txt", "report.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("report.txt"), "{}", stderr(&out));
}

#[test]
fn max_bytes_refuses_a_larger_file_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let big = "成立党支部18个。\n".repeat(1000);
    fs::write(dir.path().join("big.txt"), &big).unwrap();
    fs::write(dir.path().join("small.txt"), "成立党支部18个。\n").unwrap();
    let out = run_in(
        dir.path(),
        &["extract", "--max-bytes", "4K", "big.txt", "small.txt"],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "big.txt: too large: {} bytes, over the --max-bytes limit of 4096",
            big.len()
        )),
        "{err}"
    );
    assert_eq!(records(&out).len(), 1);
    // The same limit holds for stdin, which has no size to look at first.
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["extract", "--max-bytes", "4096", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        // The reader stops at the limit; a closed pipe after that is expected.
        let _ = stdin.write_all("成立党支部18个。\n".repeat(1000).as_bytes());
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("-: too large: more than 4096 bytes"),
        "{}",
        stderr(&out)
    );
    // The default is 64 MiB, and a nonsense size is a usage error.
    let help = gongwen(&["extract", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("[default: 64M]"));
    assert_eq!(
        gongwen(&["extract", "--max-bytes", "lots", "corpus/seed/"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn time_grows_linearly_with_the_report() {
    // A stage that scans the whole document per fact or per line makes four times the text
    // take sixteen times as long. The assertion allows 12x for 4x, three times the linear
    // ratio, so a loaded machine (2 shared cores) cannot fail it by chance while a quadratic
    // stage still does; each size takes the best of two runs to shed one-off stalls.
    let options = gongwen::Options::default();
    let time = |text: &str| {
        (0..2)
            .map(|_| {
                let started = Instant::now();
                let r = gongwen::extract("big.txt", text.as_bytes(), &options).unwrap();
                assert!(!r.facts.is_empty());
                started.elapsed()
            })
            .min()
            .unwrap()
    };
    // Warm the shared segmenter so its one-off build is not counted in the small run.
    time("一、总则\n成立党支部18个。\n");
    let small = generated_report(5 * 1024 * 1024);
    let large = generated_report(20 * 1024 * 1024);
    let (t_small, t_large) = (time(&small), time(&large));
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    eprintln!("5 MB: {t_small:?}, 20 MB: {t_large:?}, ratio {ratio:.2}");
    assert!(ratio < 12.0, "4x the text took {ratio:.1}x the time");
}

#[test]
fn an_interrupt_leaves_the_previous_output_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).unwrap();
    // Enough work that the run is still going when the interrupt comes.
    let report = generated_report(400 * 1024);
    for i in 0..60 {
        fs::write(inputs.join(format!("{i:03}.txt")), &report).unwrap();
    }
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let target = out_dir.join("records.jsonl");
    for previous in [Some("the previous complete output\n"), None] {
        if let Some(p) = previous {
            fs::write(&target, p).unwrap();
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(["extract", "-j", "2", "-o"])
            .arg(&target)
            .arg(&inputs)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Wait until the temporary output exists: the run is writing.
        let started = Instant::now();
        while fs::read_dir(&out_dir).unwrap().count() < 1 + usize::from(previous.is_some()) {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no temporary file"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        std::thread::sleep(Duration::from_millis(500));
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before the interrupt; give it more work"
        );
        // The shell's own `kill`, so no procps package is needed.
        let kill = Command::new("sh")
            .args(["-c", &format!("kill -INT {}", child.id())])
            .status()
            .unwrap();
        assert!(kill.success());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
        assert!(stderr(&out).contains("interrupted"));
        let left: Vec<PathBuf> = fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        match previous {
            Some(p) => {
                assert_eq!(left, vec![target.clone()], "temporary file left behind");
                assert_eq!(fs::read_to_string(&target).unwrap(), p);
                fs::remove_file(&target).unwrap();
            }
            None => assert!(left.is_empty(), "{left:?}"),
        }
    }
}

#[test]
fn regression_inputs_extract_validate_and_fit() {
    // Inputs that once broke the pipeline (found by the fuzz target, the property tests or a
    // hostile sweep). Each must come out as a valid record whose spans fit, or be refused for
    // a reason about the input, never for a schema failure (a bug) or a panic.
    let dir = root().join("tests/fixtures/regressions");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for path in files {
        let bytes = fs::read(&path).unwrap();
        let name = path.display().to_string();
        match gongwen::extract(&name, &bytes, &gongwen::Options::default()) {
            Ok(record) => {
                if let Err(e) = gongwen::to_validated_json(&record) {
                    panic!("{e}");
                }
                let text = gongwen::span::IndexedText::new(
                    gongwen::decode::decode(&bytes, None).unwrap().text,
                );
                assert_eq!(record.span_problems(&text), Vec::<String>::new(), "{name}");
            }
            Err(e) => assert!(!matches!(e.kind, ErrorKind::Schema { .. }), "{e}"),
        }
    }
}

#[test]
fn an_impossible_year_is_no_report_year() {
    let bytes = fs::read(root().join("tests/fixtures/regressions/report-year-7612.txt")).unwrap();
    let r = gongwen::extract("r.txt", &bytes, &gongwen::Options::default()).unwrap();
    assert_eq!(r.metadata.report_year, None);
    assert_eq!(r.facts[0].text, "18个");
}
