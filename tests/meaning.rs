//! How well facts get their meaning, against hand-labelled gold documents.
//!
//! Gold files (`tests/gold/meaning/*.json`) are facts gold files with, per fact, the indicator a
//! reviewer accepts (`label`, `label_ok`), the role, direction, base, links (to the start offset
//! of the other gold fact) and period, labelled by reading the reports independently of the
//! engine (guide: the labelling rules in `tests/gold/README.md` plus the meaning fields).
//!
//! Each document goes through the whole pipeline exactly as `gongwen extract` runs it. Predicted
//! facts are aligned to gold facts (span overlap and the same exact value, each gold fact used
//! once), and on the aligned pairs the test measures label acceptance, role accuracy,
//! direction accuracy on changes, level-link precision and recall, whole/achieved links and
//! period accuracy. Run with `--nocapture` to see every disagreement. Where a gold directory
//! holds `label-review.tsv`, labels are also scored with a reviewer's verdicts on exact labels
//! the gold's alternatives lack (`reviewed`); the floors stay on the gold alone.

mod common;

use common::{GoldDoc, gold_documents, gold_span, overlaps};

use std::collections::{HashMap, HashSet};
use std::path::Path;

use gongwen::record::FactRecord;
use serde_json::Value;

/// The floors.
/// Held-out label acceptance was 0.727 when first measured, 0.766 on 2026-11-28, 0.779 after
/// the rules of 2026-11-28 evening and 0.800 after the eleventh round (0.833 counting reviewer
/// verdicts, see [`Reviews`]); this guards against regressions.
const HELD_OUT_LABEL_GUARD: f64 = 0.78;
/// Guard for the second held-out set (`meaning_held_out_second_set`): over all five reports labels
/// were 0.806 (0.852 with reviewer verdicts) after the tenth round and 0.837 (0.865) after the
/// eleventh.
const HELD_OUT_2_LABEL_GUARD: f64 = 0.82;
const LABEL_FLOOR: f64 = 0.85;
const ROLE_FLOOR: f64 = 0.9;
/// A guard, not an issue floor: label confidence (`label_confidence`) must rank accepted labels
/// above rejected ones clearly better than chance (0.5).
const CONFIDENCE_AUC_GUARD: f64 = 0.6;
const LEVEL_LINK_FLOOR: f64 = 0.9;

#[derive(Default, Clone, Copy)]
struct Count {
    right: usize,
    total: usize,
}

impl Count {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn merge(&mut self, o: Count) {
        self.right += o.right;
        self.total += o.total;
    }
    fn rate(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
    fn show(&self) -> String {
        format!("{:.3} ({}/{})", self.rate(), self.right, self.total)
    }
}

/// Link scores: precision over predicted links, recall over gold links.
#[derive(Default, Clone, Copy)]
struct Links {
    precision: Count,
    recall: Count,
}

impl Links {
    fn merge(&mut self, o: Links) {
        self.precision.merge(o.precision);
        self.recall.merge(o.recall);
    }
}

#[derive(Default, Clone)]
struct Scores {
    aligned: usize,
    gold: usize,
    label: Count,
    /// Labels accepted by the gold or, where the gold's list of alternatives lacks the predicted
    /// label, by a reviewer's verdict on that exact label (see [`Reviews`]).
    reviewed: Count,
    role: Count,
    direction: Count,
    base: Count,
    level: Links,
    other_links: Links,
    period: Count,
    /// (label_confidence, reviewed) of every labelled fact, to see whether the confidence ranks
    /// accepted labels above rejected ones.
    ranked: Vec<(f64, bool)>,
}

impl Scores {
    fn merge(&mut self, o: &Scores) {
        self.aligned += o.aligned;
        self.gold += o.gold;
        self.label.merge(o.label);
        self.reviewed.merge(o.reviewed);
        self.role.merge(o.role);
        self.direction.merge(o.direction);
        self.base.merge(o.base);
        self.level.merge(o.level);
        self.other_links.merge(o.other_links);
        self.period.merge(o.period);
        self.ranked.extend_from_slice(&o.ranked);
    }

    /// The chance that a labelled fact a reviewer accepts has a higher confidence than one it
    /// rejects (ties count half); None without both kinds.
    fn confidence_auc(&self) -> Option<f64> {
        let (pos, neg): (Vec<_>, Vec<_>) = self.ranked.iter().partition(|(_, ok)| *ok);
        if pos.is_empty() || neg.is_empty() {
            return None;
        }
        let wins: f64 = pos
            .iter()
            .flat_map(|(p, _)| {
                neg.iter().map(move |(n, _)| match p.partial_cmp(n) {
                    Some(std::cmp::Ordering::Greater) => 1.0,
                    Some(std::cmp::Ordering::Equal) => 0.5,
                    _ => 0.0,
                })
            })
            .sum();
        Some(wins / (pos.len() * neg.len()) as f64)
    }

    fn print(&self, name: &str) {
        println!(
            "[{name}] aligned {}/{} gold facts | label {} | reviewed {} | role {} | direction {} | base {} | level links P {} R {} | whole/achieved links P {} R {} | period {} | label confidence AUC {}",
            self.aligned,
            self.gold,
            self.label.show(),
            self.reviewed.show(),
            self.role.show(),
            self.direction.show(),
            self.base.show(),
            self.level.precision.show(),
            self.level.recall.show(),
            self.other_links.precision.show(),
            self.other_links.recall.show(),
            self.period.show(),
            self.confidence_auc()
                .map_or("—".to_string(), |a| format!("{a:.3}")),
        );
    }
}

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn opt(v: &Value) -> Option<String> {
    v.as_str().map(|s| s.trim().to_string())
}

/// Gold fact index for each predicted fact (span overlap and the same exact value).
fn align(facts: &[FactRecord], gold: &[Value]) -> Vec<Option<usize>> {
    let mut used = vec![false; gold.len()];
    facts
        .iter()
        .map(|f| {
            let k = gold.iter().enumerate().position(|(k, g)| {
                !used[k]
                    && overlaps((f.span.start, f.span.end), gold_span(g))
                    && g["value"].as_str() == Some(f.value_text.as_str())
            })?;
            used[k] = true;
            Some(k)
        })
        .collect()
}

fn label_accepted(predicted: Option<&str>, g: &Value) -> bool {
    let Some(p) = predicted.map(str::trim) else {
        return g["label"].is_null();
    };
    opt(&g["label"]).as_deref() == Some(p)
        || g["label_ok"]
            .as_array()
            .is_some_and(|ok| ok.iter().any(|o| o.as_str().map(str::trim) == Some(p)))
}

/// Reviewer verdicts on predicted labels that the gold's alternatives do not list, from
/// `label-review.tsv` next to the gold files: the issue measures the share of labels a reviewer
/// accepts, and a string list written before the engine ran cannot hold every acceptable
/// wording. A verdict holds only for the exact label judged, so a label that changes later is
/// scored by the gold alone until reviewed again. A fact is found by its id, text and label; when
/// its id has shifted (a fact before it was added or dropped), by its text and label alone, if
/// every verdict on that text and label in the document agrees.
#[derive(Default)]
struct Reviews {
    /// (document, fact id, fact text, label) of every accepted label.
    accepted: HashSet<(String, String, String, String)>,
    /// (document, fact text, label) → (accepted, rejected) verdicts, whatever the fact id.
    by_text: HashMap<(String, String, String), (usize, usize)>,
}

impl Reviews {
    fn load(dir: &Path) -> Self {
        let Ok(text) = std::fs::read_to_string(dir.join("label-review.tsv")) else {
            return Self::default();
        };
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().expect("review header").split('\t').collect();
        let col = |name: &str| {
            header
                .iter()
                .position(|h| *h == name)
                .unwrap_or_else(|| panic!("label-review.tsv lacks column {name}"))
        };
        let (doc, fact, text_col, predicted, accepted) = (
            col("document"),
            col("fact"),
            col("text"),
            col("predicted"),
            col("accepted"),
        );
        let mut reviews = Self::default();
        for line in lines {
            let row: Vec<&str> = line.split('\t').collect();
            let cell = |k: usize| row.get(k).map_or(String::new(), |v| v.trim().to_string());
            let yes = cell(accepted) == "y";
            let counts = reviews
                .by_text
                .entry((cell(doc), cell(text_col), cell(predicted)))
                .or_default();
            if yes {
                counts.0 += 1;
                reviews
                    .accepted
                    .insert((cell(doc), cell(fact), cell(text_col), cell(predicted)));
            } else {
                counts.1 += 1;
            }
        }
        reviews
    }

    fn accepts(&self, doc: &str, fact: &FactRecord) -> bool {
        let Some(label) = fact.label.as_deref() else {
            return false;
        };
        let label = label.trim().to_string();
        let exact = (
            doc.to_string(),
            fact.id.clone(),
            fact.text.clone(),
            label.clone(),
        );
        if self.accepted.contains(&exact) {
            return true;
        }
        self.by_text
            .get(&(doc.to_string(), fact.text.clone(), label))
            .is_some_and(|&(yes, no)| yes > 0 && no == 0)
    }
}

fn score_document(doc: &GoldDoc, reviews: &Reviews) -> Scores {
    let (gold, name, record) = (&doc.gold, doc.name.as_str(), &doc.record);
    let gold_facts = gold["facts"].as_array().expect("facts");
    let aligned = align(&record.facts, gold_facts);
    let by_id: HashMap<&str, usize> = record
        .facts
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    // Gold start offset → predicted fact index aligned with that gold fact.
    let mut predicted_at: HashMap<usize, usize> = HashMap::new();
    for (i, a) in aligned.iter().enumerate() {
        if let Some(k) = a {
            predicted_at.insert(gold_span(&gold_facts[*k]).0, i);
        }
    }

    let mut s = Scores {
        gold: gold_facts.len(),
        ..Scores::default()
    };
    for (i, f) in record.facts.iter().enumerate() {
        let Some(k) = aligned[i] else { continue };
        let g = &gold_facts[k];
        s.aligned += 1;
        let here = format!("[{name}] {} {:?} «{}»", f.id, f.text, f.clause_text);

        let label_ok = label_accepted(f.label.as_deref(), g);
        s.label.add(label_ok);
        let reviewed = label_ok || reviews.accepts(name, f);
        s.reviewed.add(reviewed);
        if let Some(c) = f.label_confidence {
            s.ranked.push((c, reviewed));
        }
        if !label_ok {
            println!(
                "{here} LABEL {:?} gold {:?} ok {}",
                f.label, g["label"], g["label_ok"]
            );
        }
        let role = enum_str(&f.role);
        let role_ok = g["role"].as_str() == Some(role.as_str());
        s.role.add(role_ok);
        if !role_ok {
            println!("{here} ROLE {role} gold {}", g["role"]);
        }
        if g["role"] == "change" {
            let d = f.direction.as_ref().map(enum_str);
            let ok = d.as_deref() == g["direction"].as_str();
            s.direction.add(ok);
            if !ok {
                println!("{here} DIRECTION {d:?} gold {}", g["direction"]);
            }
            let ok = f.base.as_deref() == g["base"].as_str();
            s.base.add(ok);
            if !ok {
                println!("{here} BASE {:?} gold {}", f.base, g["base"]);
            }
        }
        let period_ok = f.period.as_deref() == g["period"].as_str();
        s.period.add(period_ok);
        if !period_ok {
            println!(
                "{here} PERIOD {:?} ({:?}) gold {} ({})",
                f.period, f.period_text, g["period"], g["period_text"]
            );
        }

        // Links: a predicted link is right when it points to the fact aligned with the gold target.
        let gold_links: Vec<(String, usize)> = g["links"]
            .as_array()
            .map(|ls| {
                ls.iter()
                    .filter_map(|l| {
                        Some((l["rel"].as_str()?.to_string(), l["to"].as_u64()? as usize))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let predicted_links: Vec<(String, Option<usize>)> = f
            .links
            .iter()
            .map(|l| (enum_str(&l.rel), by_id.get(l.fact.as_str()).copied()))
            .collect();
        for (rel, target) in &predicted_links {
            let ok = gold_links
                .iter()
                .any(|(grel, to)| grel == rel && predicted_at.get(to).copied() == *target);
            let bucket = if rel == "level" {
                &mut s.level
            } else {
                &mut s.other_links
            };
            bucket.precision.add(ok);
            if !ok {
                println!(
                    "{here} LINK FP {rel} → {:?} gold {:?}",
                    target.map(|t| &record.facts[t].text),
                    gold_links
                );
            }
        }
        for (grel, to) in &gold_links {
            let ok = predicted_links
                .iter()
                .any(|(rel, target)| rel == grel && predicted_at.get(to).copied() == *target);
            let bucket = if grel == "level" {
                &mut s.level
            } else {
                &mut s.other_links
            };
            bucket.recall.add(ok);
            if !ok {
                println!("{here} LINK MISS {grel} → gold fact at {to}");
            }
        }
    }
    // Links of gold facts the pipeline did not find cannot be recalled: count them as missed.
    for (k, g) in gold_facts.iter().enumerate() {
        if aligned.contains(&Some(k)) {
            continue;
        }
        for l in g["links"].as_array().into_iter().flatten() {
            let bucket = if l["rel"] == "level" {
                &mut s.level
            } else {
                &mut s.other_links
            };
            bucket.recall.add(false);
        }
    }
    s
}

/// Score every gold file in `dir`, print the per-document and overall numbers, and assert the
/// floors on the overall numbers. `label_floor` is the 0.85 on the in-sample set; on
/// the held-out set it is a regression guard just under the measured value (see the README:
/// labels in unseen narrative prose fall short of the floor).
fn evaluate(set: &str, dir: &Path, label_floor: f64) {
    let mut all = Scores::default();
    let reviews = Reviews::load(dir);
    for doc in gold_documents(dir) {
        let s = score_document(&doc, &reviews);
        s.print(&format!("{set}/{}", doc.name));
        all.merge(&s);
    }
    all.print(&format!("{set} OVERALL"));
    assert!(
        all.label.rate() >= label_floor,
        "{set}: labels {} below {label_floor}",
        all.label.show()
    );
    assert!(
        all.role.rate() >= ROLE_FLOOR,
        "{set}: roles {} below {ROLE_FLOOR}",
        all.role.show()
    );
    assert!(
        all.level.precision.rate() >= LEVEL_LINK_FLOOR
            && all.level.recall.rate() >= LEVEL_LINK_FLOOR,
        "{set}: level links P {} R {} below {LEVEL_LINK_FLOOR}",
        all.level.precision.show(),
        all.level.recall.show()
    );
    // The confidence must rank accepted labels above rejected ones better than chance; its
    // rates come from the dev samples, never from these documents.
    if let Some(auc) = all.confidence_auc() {
        assert!(
            auc >= CONFIDENCE_AUC_GUARD,
            "{set}: label confidence AUC {auc:.3} below {CONFIDENCE_AUC_GUARD}"
        );
    }
}

#[test]
fn meaning_in_sample() {
    evaluate(
        "in-sample",
        &common::root().join("tests/gold/meaning"),
        LABEL_FLOOR,
    );
}

#[test]
fn meaning_held_out() {
    evaluate(
        "held-out",
        &common::root().join("tests/gold/meaning/heldout"),
        HELD_OUT_LABEL_GUARD,
    );
}

/// The second held-out set: county reports from a repository no rule was written from, labelled
/// blind by a helper on 2026-11-29 after the rules of the first held-out set were frozen, so that
/// rules written after the first set was seen can still be measured on unseen text.
#[test]
fn meaning_held_out_second_set() {
    evaluate(
        "held-out-2",
        &common::root().join("tests/gold/meaning/heldout-2"),
        HELD_OUT_2_LABEL_GUARD,
    );
}
