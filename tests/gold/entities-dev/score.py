#!/usr/bin/env python3
"""Score the built gongwen on the entity dev sample (organisations, places, programmes).

Runs `target/debug/gongwen extract` on each sampled report, keeps the predictions that overlap
the labelled stretch, and matches them to gold the way tests/entities.rs does: same type,
overlapping spans, each gold entity used once (an exact-span match first). A type is scored only
on the files labelled for it (their `types`). With -v, prints every false positive and miss;
with a file name (hubei-2026) only that file is scored. Run from the repository root after
`cargo build`.
"""
import glob
import json
import subprocess
import os
import sys

GONGWEN = os.environ.get("GONGWEN", "target/debug/gongwen")
CORPUS = "/work/shared/corpus/"
TYPES = ("organization", "place", "programme")
verbose = "-v" in sys.argv
total = {t: [0, 0, 0] for t in TYPES}  # matched, predicted, gold
only = [a for a in sys.argv[1:] if not a.startswith("-")]
for path in sorted(glob.glob("tests/gold/entities-dev/*.json")):
    if only and not any(o in path for o in only):
        continue
    gold = json.load(open(path, encoding="utf-8"))
    types = gold.get("types", TYPES)
    lo, hi = gold["stretch"]["start"], gold["stretch"]["end"]
    out = subprocess.run(
        [GONGWEN, "extract", "--format", "json", CORPUS + gold["document"]],
        capture_output=True, check=False,
    ).stdout
    record = json.loads(out)
    record = record[0] if isinstance(record, list) else record
    preds = [e for e in record["entities"]
             if e["type"] in types and e["span"]["start"] < hi and lo < e["span"]["end"]]
    g = [e for e in gold["entities"] if e["type"] in types]
    used = [False] * len(g)
    for p in preds:
        ps, pe = p["span"]["start"], p["span"]["end"]
        total[p["type"]][1] += 1
        hit = None
        for exact in (True, False):
            for i, e in enumerate(g):
                if not used[i] and e["type"] == p["type"] and e["start"] < pe and ps < e["end"] \
                        and (not exact or (e["start"], e["end"]) == (ps, pe)):
                    hit = i
                    break
            if hit is not None:
                break
        if hit is None:
            if verbose:
                print(f"  {path}: FALSE POSITIVE {p['type']} {p['text']} @{ps}")
        else:
            used[hit] = True
            total[p["type"]][0] += 1
    for e, u in zip(g, used):
        total[e["type"]][2] += 1
        if not u and verbose:
            print(f"  {path}: MISSED {e['type']} {e['text']} @{e['start']}")
for t, (m, p, n) in total.items():
    print(f"{t:<13} P {m / p if p else 1:.3f} ({m}/{p})  R {m / n if n else 1:.3f} ({m}/{n})")
