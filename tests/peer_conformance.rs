//! Conformance against the Recognizers-Text Chinese number suites (MIT, Microsoft; see
//! tests/peer/recognizers-text/). The files live in `tests/peer/recognizers-text/` under the
//! crate root; set `GONGWEN_PEER_DIR` to read them from elsewhere.
//!
//! Cases marked `NotSupported` (for any language port) are skipped. Deliberate differences are
//! listed in [`deliberate_difference`] with their reasons; they are counted apart, and for the
//! percentage-point difference the test still checks that gongwen reads the same number.

use gongwen::facts::peer::{PercentKind, find_numbers, find_percentages};
use gongwen::facts::{FactInput, extract};
use gongwen::span::Span;
use serde_json::Value;
use std::path::PathBuf;

fn peer_dir() -> PathBuf {
    match std::env::var("GONGWEN_PEER_DIR") {
        Ok(d) => PathBuf::from(d),
        Err(_) => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/peer/recognizers-text/"
        )),
    }
}

fn load(name: &str) -> Vec<Value> {
    let path = peer_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Numbers compare by value with a relative tolerance: the peer prints non-terminating
/// fractions with 15 significant digits ("350.333333333333") and large values in E notation.
fn same_value(expected: &str, got: f64) -> bool {
    let e = expected.trim_end_matches('%');
    match e.parse::<f64>() {
        Ok(v) => {
            let scale = v.abs().max(1.0);
            (v - got).abs() <= 1e-9 * scale
        }
        Err(_) => false,
    }
}

/// (start, end inclusive, value) triples as the peer writes them.
fn expected(case: &Value) -> Vec<(usize, usize, String)> {
    case["Results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["Start"].as_u64().unwrap() as usize,
                r["End"].as_u64().unwrap() as usize,
                r["Resolution"]["value"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn matches(exp: &[(usize, usize, String)], got: &[(usize, usize, f64)]) -> bool {
    exp.len() == got.len()
        && exp
            .iter()
            .zip(got)
            .all(|(e, g)| e.0 == g.0 && e.1 == g.1 && same_value(&e.2, g.2))
}

/// Cases where gongwen's contract differs from the peer's on purpose.
fn deliberate_difference(file: &str, input: &str) -> Option<&'static str> {
    let input: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    let input = input.as_str();
    if file.contains("Percent") && (input.contains("百分点") || input.contains("百分點")) {
        return Some(
            "个百分点 is a percentage-point quantity in gongwen (kind percentage_point), \
             never a percentage: 增长0.5个百分点 and 增长0.5% say different things",
        );
    }
    if file.contains("NumberModel") {
        if input.contains('^') {
            return Some("power notation (2^5) never occurs in Chinese reports; not read");
        }
        if input.contains("半百") {
            return Some("半百 is an idiom (fifty years of age); not read as a number");
        }
    }
    None
}

struct Tally {
    pass: usize,
    fail: usize,
    skipped: usize,
    deliberate: usize,
}

/// A finder under test: (start, inclusive end, value) of every match.
type Finder = dyn Fn(&str) -> Vec<(usize, usize, f64)>;

fn run_file(file: &str, finder: &Finder) -> Tally {
    let cases = load(file);
    let mut t = Tally {
        pass: 0,
        fail: 0,
        skipped: 0,
        deliberate: 0,
    };
    for case in &cases {
        let input = case["Input"].as_str().unwrap();
        if case.get("NotSupported").is_some() {
            t.skipped += 1;
            continue;
        }
        let exp = expected(case);
        let got = finder(input);
        if let Some(reason) = deliberate_difference(file, input) {
            t.deliberate += 1;
            if std::env::var("PEER_VERBOSE").is_ok() {
                println!("[{file}] DELIBERATE {input:?}: {reason}");
            }
            continue;
        }
        if matches(&exp, &got) {
            t.pass += 1;
        } else {
            t.fail += 1;
            println!("[{file}] FAIL {input:?}\n    expected {exp:?}\n    got      {got:?}");
        }
    }
    let rate = t.pass as f64 / (t.pass + t.fail).max(1) as f64;
    println!(
        "[{file}] pass {}/{} = {:.1}% (skipped NotSupported: {}, deliberate differences: {})",
        t.pass,
        t.pass + t.fail,
        rate * 100.0,
        t.skipped,
        t.deliberate
    );
    t
}

fn rate(t: &Tally) -> f64 {
    t.pass as f64 / (t.pass + t.fail).max(1) as f64
}

fn numbers(input: &str) -> Vec<(usize, usize, f64)> {
    find_numbers(input)
        .into_iter()
        .map(|m| (m.span.start, m.span.end - 1, m.value.to_f64()))
        .collect()
}

/// Percentages; a per-mille quantity (千分之一) is the same quantity as 0.1%, which is how the
/// peer writes it, so it is converted for the comparison.
fn percents(input: &str) -> Vec<(usize, usize, f64)> {
    find_percentages(input)
        .into_iter()
        .filter(|m| m.kind != PercentKind::PercentagePoint)
        .map(|m| {
            let v = m.value.to_f64();
            let v = if m.kind == PercentKind::Permille {
                v / 10.0
            } else {
                v
            };
            (m.span.start, m.span.end - 1, v)
        })
        .collect()
}

/// Facts of the engine (report rules) over a one-line input, for the unit suites.
fn facts_with_units(input: &str) -> Vec<(usize, usize, f64)> {
    let norm: String = input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    let ranges = [Span {
        start: 0,
        end: input.chars().count(),
    }];
    extract(&FactInput {
        source: input,
        norm: &norm,
        ranges: &ranges,
        report_year: None,
    })
    .facts
    .into_iter()
    .map(|f| (f.span.start, f.span.end - 1, f.value))
    .collect()
}

#[test]
fn number_model() {
    let t = run_file("Number-NumberModel.json", &numbers);
    assert!(rate(&t) >= 0.90, "NumberModel pass rate {:.3}", rate(&t));
}

#[test]
fn percent_model() {
    let t = run_file("Number-PercentModel.json", &percents);
    assert!(rate(&t) >= 0.90, "PercentModel pass rate {:.3}", rate(&t));
}

/// The percentage-point cases excluded above must still read the right number of points.
#[test]
fn percentage_points_read_the_same_number() {
    let mut checked = 0;
    for case in load("Number-PercentModel.json") {
        let input = case["Input"].as_str().unwrap();
        let squeezed: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if case.get("NotSupported").is_some()
            || !(squeezed.contains("百分点") || squeezed.contains("百分點"))
        {
            continue;
        }
        let exp = expected(&case);
        let got: Vec<(usize, usize, f64)> = find_percentages(input)
            .into_iter()
            .map(|m| {
                assert_eq!(m.kind, PercentKind::PercentagePoint, "{input}");
                (m.span.start, m.span.end - 1, m.value.to_f64())
            })
            .collect();
        if exp.is_empty() {
            continue;
        }
        assert!(
            matches(&exp, &got),
            "{input}: expected {exp:?}, got {got:?}"
        );
        checked += 1;
    }
    assert!(
        checked >= 20,
        "only {checked} percentage-point cases checked"
    );
}

/// Reported without a floor: ranges, currencies and dimensions follow other contracts.
#[test]
fn other_models_reported() {
    run_file("Number-NumberRangeModel.json", &numbers);
    run_file("NumberWithUnit-CurrencyModel.json", &facts_with_units);
    run_file("NumberWithUnit-DimensionModel.json", &facts_with_units);
}
