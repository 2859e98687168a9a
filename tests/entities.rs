//! Precision and recall of entities against hand-labelled gold documents.
//!
//! Gold files (`tests/gold/meaning/*.json`, labelling guide in their "Entities" rules: every
//! person, organisation, place, address, cited document and named programme in the body, the
//! span without 《》 or quotation marks, the longest of nested mentions) were labelled by reading
//! the reports. Each document runs through the whole pipeline exactly as `gongwen extract` runs
//! it. A prediction matches a gold entity when the type is the same and the spans overlap; each
//! gold entity is used once. Exact-span matches and person roles are reported as well. Run with
//! `--nocapture` to see every false positive and miss.

mod common;

use common::{GoldDoc, gold_documents, ratio};

use std::collections::BTreeMap;
use std::path::Path;

use gongwen::record::Entity;
use serde_json::Value;

/// The floor, on person, organization and document precision over all documents.
const PRECISION_FLOOR: f64 = 0.9;
/// Fewest predictions of a type for its precision floor to be asserted.
const MIN_SAMPLE: usize = 4;
const FLOORED: &[&str] = &["person", "organization", "document"];
const TYPES: &[&str] = &[
    "person",
    "organization",
    "place",
    "address",
    "document",
    "programme",
];

#[derive(Default, Clone, Copy)]
struct Score {
    predicted: usize,
    gold: usize,
    matched: usize,
    exact: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.matched += o.matched;
        self.exact += o.exact;
    }
    fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    fn line(&self) -> String {
        format!(
            "P {:.3} ({}/{})  R {:.3} ({}/{})  exact spans {}",
            self.precision(),
            self.matched,
            self.predicted,
            self.recall(),
            self.matched,
            self.gold,
            self.exact
        )
    }
}

struct Gold {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    role: Option<String>,
}

fn read_gold(v: &Value) -> Vec<Gold> {
    v["entities"]
        .as_array()
        .expect("entities list")
        .iter()
        .map(|e| Gold {
            start: e["start"].as_u64().expect("start") as usize,
            end: e["end"].as_u64().expect("end") as usize,
            text: e["text"].as_str().expect("text").to_string(),
            kind: e["type"].as_str().expect("type").to_string(),
            role: e["role"].as_str().map(String::from),
        })
        .collect()
}

/// Score one document: per type, printing every false positive and miss.
fn score(name: &str, predicted: &[Entity], gold: &[Gold]) -> BTreeMap<&'static str, Score> {
    let mut used = vec![false; gold.len()];
    let mut out: BTreeMap<&'static str, Score> =
        TYPES.iter().map(|&t| (t, Score::default())).collect();
    let mut roles = (0, 0);
    for p in predicted {
        let s = out.get_mut(p.kind).expect("known type");
        s.predicted += 1;
        // Prefer an exact-span gold entity, then any overlapping one.
        let candidates = |exact: bool| {
            gold.iter().enumerate().position(|(i, g)| {
                !used[i]
                    && g.kind == p.kind
                    && g.start < p.span.end
                    && p.span.start < g.end
                    && (!exact || (g.start, g.end) == (p.span.start, p.span.end))
            })
        };
        match candidates(true).or_else(|| candidates(false)) {
            Some(i) => {
                used[i] = true;
                s.matched += 1;
                let g = &gold[i];
                if (g.start, g.end) == (p.span.start, p.span.end) {
                    s.exact += 1;
                } else {
                    println!(
                        "  {name}: span differs {} {:?} @{}..{} (gold {:?} @{}..{})",
                        p.kind, p.text, p.span.start, p.span.end, g.text, g.start, g.end
                    );
                }
                if p.kind == "person" {
                    roles.1 += 1;
                    if p.role == g.role {
                        roles.0 += 1;
                    } else {
                        println!(
                            "  {name}: role differs {:?}: {:?} (gold {:?})",
                            p.text, p.role, g.role
                        );
                    }
                }
            }
            None => println!(
                "  {name}: FALSE POSITIVE {} {:?} @{}..{}",
                p.kind, p.text, p.span.start, p.span.end
            ),
        }
    }
    for (g, used) in gold.iter().zip(&used) {
        if let Some(s) = out.get_mut(g.kind.as_str()) {
            s.gold += 1;
        }
        if !used {
            println!(
                "  {name}: MISSED {} {:?} @{}..{}",
                g.kind, g.text, g.start, g.end
            );
        }
    }
    if roles.1 > 0 {
        println!(
            "  {name}: person roles equal to gold: {}/{}",
            roles.0, roles.1
        );
    }
    out
}

#[test]
fn entities_in_sample() {
    evaluate("in-sample", &common::root().join("tests/gold/meaning"));
}

/// Labelled after the entity rules were written and never tuned on.
#[test]
fn entities_held_out() {
    evaluate(
        "held-out",
        &common::root().join("tests/gold/meaning/heldout"),
    );
}

/// Score every gold file in `dir`, print per-type numbers, assert the precision floors.
fn evaluate(set: &str, dir: &Path) {
    let mut total: BTreeMap<&'static str, Score> = BTreeMap::new();
    for GoldDoc {
        name,
        gold: gold_json,
        text,
        record,
    } in gold_documents(dir)
    {
        let doc = gold_json["document"].as_str().expect("document path");
        let gold = read_gold(&gold_json);
        for g in &gold {
            assert_eq!(
                text.slice(gongwen::span::Span::new(g.start, g.end)),
                g.text,
                "{doc}: gold span {}..{} does not cut its text",
                g.start,
                g.end
            );
        }
        println!("== {set}/{name} ({doc})");
        let scores = score(&name, &record.entities, &gold);
        let mut all = Score::default();
        for (kind, s) in &scores {
            if s.predicted + s.gold > 0 {
                println!("  {name} {kind:<13} {}", s.line());
            }
            all.add(*s);
            total.entry(kind).or_default().add(*s);
        }
        println!("  {name} {:<13} {}", "all", all.line());
    }
    println!("== {set}: all documents");
    let mut all = Score::default();
    for (kind, s) in &total {
        println!("  {kind:<13} {}", s.line());
        all.add(*s);
    }
    println!("  {:<13} {}", "all", all.line());
    for kind in FLOORED {
        let s = total[kind];
        // A precision over one or two predictions says nothing (held-out: one person, one
        // 《》 title); such types are printed above but not asserted.
        if s.predicted < MIN_SAMPLE {
            println!(
                "  {set}: {kind} has {} prediction(s): reported, not asserted",
                s.predicted
            );
            continue;
        }
        assert!(
            s.precision() >= PRECISION_FLOOR,
            "{set}: {kind} precision {:.3} is below {PRECISION_FLOOR}",
            s.precision()
        );
    }
}
