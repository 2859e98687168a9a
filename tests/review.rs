//! `gongwen review` in a real browser: headless Chromium loads the page, the DOM it builds
//! has one highlighted element per fact carrying the fact's value and unit, report text that
//! looks like markup stays text, and a screenshot is saved under target/.
//!
//! Chromium is installed by `.ci/run`. When it is missing the tests fail, unless
//! `GONGWEN_SKIP_BROWSER_TESTS=1` says to skip them on purpose.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use regex::Regex;

/// The Chromium binary, or `None` when the tests are skipped on purpose.
fn chromium() -> Option<PathBuf> {
    if std::env::var("GONGWEN_SKIP_BROWSER_TESTS").is_ok_and(|v| v == "1") {
        eprintln!("GONGWEN_SKIP_BROWSER_TESTS=1: browser test skipped");
        return None;
    }
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists());
    assert!(
        found.is_some(),
        "chromium is not installed (apt-get install chromium, as .ci/run does); \
         set GONGWEN_SKIP_BROWSER_TESTS=1 to skip browser tests deliberately"
    );
    found
}

/// Run headless Chromium on `page` with `mode` (`--dump-dom` or `--screenshot=…`), with a
/// fresh profile and nothing reaching the network; returns stdout.
fn run_chromium(chromium: &Path, page: &Path, mode: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    // Stdout goes to a file: a DOM bigger than a pipe's buffer would block Chromium while this
    // thread waits for it to exit.
    let dump = profile.path().join("stdout.html");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(mode)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&dump).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "chromium failed: {status:?}");
    std::fs::read_to_string(&dump).unwrap()
}

/// A page for `input` under target/, so it and its screenshot can be looked at afterwards.
fn render(input: &Path, name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("review");
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join(format!("{name}.html"));
    let o = common::gongwen(&[
        "review",
        input.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    page
}

/// Text of serialized HTML with the entities the serializer writes turned back.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// Per fact id, the attributes and text of the `mark` elements in a DOM dump.
#[derive(Default, Debug)]
struct Marked {
    pieces: usize,
    with_id: usize,
    value: String,
    unit: String,
    text: String,
}

fn marks(dom: &str) -> BTreeMap<String, Marked> {
    let tag = Regex::new(r#"(?s)<mark ([^>]*)>(.*?)</mark>"#).unwrap();
    let attr = Regex::new(r#"([a-z-]+)="([^"]*)""#).unwrap();
    let mut out: BTreeMap<String, Marked> = BTreeMap::new();
    for m in tag.captures_iter(dom) {
        let attrs: BTreeMap<&str, String> = attr
            .captures_iter(&m[1])
            .map(|a| (a.get(1).unwrap().as_str(), unescape(&a[2])))
            .collect();
        if !attrs
            .get("class")
            .is_some_and(|c| c.split(' ').any(|c| c == "fact"))
        {
            continue;
        }
        let entry = out.entry(attrs["data-fact"].clone()).or_default();
        entry.pieces += 1;
        entry.with_id += usize::from(attrs.get("id") == attrs.get("data-fact"));
        entry.value = attrs["data-value"].clone();
        entry.unit = attrs["data-unit"].clone();
        entry.text.push_str(&unescape(&m[2]));
    }
    out
}

#[test]
fn every_fact_is_highlighted_in_chromium() {
    let Some(chromium) = chromium() else { return };
    for (file, name) in [
        (
            "corpus/provincial/2026_上海市_政府工作报告.txt",
            "shanghai-2026",
        ),
        ("corpus/encodings/seed.gbk.txt", "seed-gbk"),
    ] {
        let input = common::root().join(file);
        let bytes = std::fs::read(&input).unwrap();
        let record = gongwen::extract(file, &bytes, &gongwen::Options::default()).unwrap();
        assert!(!record.facts.is_empty());
        let page = render(&input, name);

        let dom = run_chromium(&chromium, &page, "--dump-dom");
        let marked = marks(&dom);
        assert_eq!(
            marked.len(),
            record.facts.len(),
            "{file}: facts with a mark"
        );
        for f in &record.facts {
            let m = &marked[&f.id];
            assert_eq!(
                m.with_id, 1,
                "{file} {}: one element has the fact's id",
                f.id
            );
            assert_eq!(m.value, f.value_text, "{file} {}", f.id);
            assert_eq!(
                m.unit,
                f.unit.clone().unwrap_or_default(),
                "{file} {}",
                f.id
            );
            assert_eq!(m.text, f.text, "{file} {}: the highlighted text", f.id);
        }
        // The outline and the table are there too.
        for s in &record.sections {
            assert!(
                dom.contains(&format!("<a id=\"s-{}\"></a>", s.id)),
                "{file} {}",
                s.id
            );
        }
        assert_eq!(dom.matches("<tr id=\"row-f").count(), record.facts.len());

        let shot = page.with_extension("png");
        let _ = std::fs::remove_file(&shot);
        run_chromium(
            &chromium,
            &page,
            &format!("--screenshot={}", shot.display()),
        );
        let png = std::fs::read(&shot).expect("screenshot written");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{}", shot.display());
        assert!(png.len() > 10_000, "a real picture, not an empty page");
    }
}

#[test]
fn markup_in_a_report_stays_text_in_chromium() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.txt");
    std::fs::write(
        &input,
        "<script>document.title='pwned'</script>报告\n一、总则\n\
         成立党支部18个<img src=x onerror=\"document.title='pwned'\">。\n",
    )
    .unwrap();
    let page = render(&input, "hostile");
    let dom = run_chromium(&chromium, &page, "--dump-dom");
    assert!(!dom.contains("<script"), "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(!dom.contains("pwned</title>"), "{dom}");
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;报告"),
        "{dom}"
    );
    assert_eq!(marks(&dom).len(), 1);
}
