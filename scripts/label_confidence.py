#!/usr/bin/env python3
"""Acceptance rates for `src/meaning/confidence.rs`, from the judged dev samples.

Usage: scripts/label_confidence.py [BINARY] [CORPUS_DIR]
  BINARY defaults to target/release/gongwen, CORPUS_DIR to ../shared/corpus (the judged rows
  name files of the shared corpus).

Each judged row (tests/gold/meaning/dev/label-review-*.tsv: file, span, predicted, accepted)
is matched by file and span end to the fact BINARY gives now; rows whose label has changed
since they were judged are left out, since their verdict is about another label. For every
feature of `confidence.rs` the script prints the share of the remaining labels a reviewer
accepted per feature value (with one accepted and one rejected pseudo-row added to each, so a
rare value does not get 0 or 1), then the leave-one-sample-out AUC of the combined estimate.
Paste the printed rates into the constants when the label rules have changed much.
"""
import collections
import csv
import glob
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/gongwen")
CORPUS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "../shared/corpus")
MEASURE_ENDS = set("度值业入量率额资积比数准重口位模费")


def label(fact):
    return fact.get("label") or ""


FEATURES = {
    "length (chars // 2, at most 6)": lambda f: min(len(label(f)) // 2, 6),
    "kind": lambda f: f["kind"],
    "list mark": lambda f: "、" in label(f),
    "clause (chars // 10, at most 4)": lambda f: min(len(f["clause_text"]) // 10, 4),
    "measure ending": lambda f: label(f)[-1:] in MEASURE_ENDS,
}


def judged_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/gold/meaning/dev/label-review-*.tsv"))):
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("accepted") in ("y", "n") and row.get("predicted") is not None:
                    row["sample"] = os.path.basename(path)
                    rows.append(row)
    return rows


def current_facts(names):
    paths = {}
    for path in glob.glob(os.path.join(CORPUS, "**/*"), recursive=True):
        if os.path.basename(path) in names:
            paths.setdefault(os.path.basename(path), path)
    out = subprocess.run([BINARY, "extract", *sorted(paths.values())],
                         capture_output=True, text=True, check=False).stdout
    facts = {}
    for line in out.splitlines():
        record = json.loads(line)
        name = os.path.basename(record["source"]["path"])
        for fact in record["facts"]:
            facts[(name, fact["span"]["end"])] = fact
    return facts


def rates(data):
    tables = {}
    for name, feature in FEATURES.items():
        counts = collections.defaultdict(lambda: [1, 2])
        for accepted, _, fact in data:
            value = feature(fact)
            counts[value][0] += accepted
            counts[value][1] += 1
        tables[name] = {value: (yes / total, total - 2) for value, (yes, total) in counts.items()}
    return tables


def estimate(base, tables):
    def log_odds(p):
        p = min(max(p, 0.01), 0.99)
        return math.log(p / (1 - p))

    def score(fact):
        odds = log_odds(base)
        for name, feature in FEATURES.items():
            rate, seen = tables[name].get(feature(fact), (base, 0))
            # (As in confidence.rs: a kind judged fewer than 20 times counts at the base rate.)
            if name == "kind" and seen < 20:
                rate = base
            odds += log_odds(rate) - log_odds(base)
        return 1 / (1 + math.exp(-odds))

    return score


def auc(scored):
    pos = [s for s, ok in scored if ok]
    neg = [s for s, ok in scored if not ok]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main():
    rows = judged_rows()
    facts = current_facts({row["file"] for row in rows})
    data = []
    for row in rows:
        fact = facts.get((row["file"], int(row["span"].split("-")[1])))
        if fact and label(fact) and label(fact) == row["predicted"] and fact.get("label_source") != "table":
            data.append((row["accepted"] == "y", row["sample"], fact))
    base = sum(ok for ok, _, _ in data) / len(data)
    print(f"{len(data)} of {len(rows)} judged labels unchanged; base rate {base:.3f}")
    for name, table in rates(data).items():
        print(name)
        for value, (rate, seen) in sorted(table.items(), key=lambda kv: str(kv[0])):
            print(f"    {str(value):20} {rate:.3f}  ({seen} judged)")
    scored = []
    for sample in sorted({s for _, s, _ in data}):
        train = [d for d in data if d[1] != sample]
        score = estimate(sum(ok for ok, _, _ in train) / len(train), rates(train))
        scored += [(score(f), ok) for ok, s, f in data if s == sample]
    print(f"leave-one-sample-out AUC {auc(scored):.3f}")


if __name__ == "__main__":
    main()
