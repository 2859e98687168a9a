"""Compare today's labels with a judged development sample.

usage: python3 recheck.py GONGWEN_BINARY SAMPLE.tsv REPORT_FILES...

Runs `gongwen extract` on the report files, finds each judged fact by file name and span, and
counts a row as right when an accepted label is unchanged or a rejected one now equals the
reviewer's `better` label (string equality, so it undercounts new labels that are also fine).
Prints every row whose label changed, so the change can be read in its sentence.
"""
import csv
import json
import os
import subprocess
import sys


def main():
    binary, sample, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = subprocess.run([binary, "extract", *files], capture_output=True, text=True).stdout
    labels = {}
    for line in out.splitlines():
        record = json.loads(line)
        name = os.path.basename(record["source"]["path"])
        for fact in record["facts"]:
            span = f"{fact['span']['start']}-{fact['span']['end']}"
            labels[(name, span)] = fact.get("label") or ""
    rows = list(csv.DictReader(open(sample, encoding="utf-8"), delimiter="\t"))
    right, changed = 0, []
    for row in rows:
        now = labels.get((row["file"], row["span"]))
        if now is None:
            changed.append(("gone", row, ""))
            continue
        if row["accepted"] == "y":
            ok = now == row["predicted"]
        else:
            ok = now == row["better"]
        right += ok
        if now != row["predicted"]:
            verdict = "fixed" if row["accepted"] == "n" and ok else "changed"
            changed.append((verdict, row, now))
    print(f"{right}/{len(rows)} right")
    for verdict, row, now in changed:
        print(f"{verdict}\t{row['fact']}\t{row['predicted']} -> {now}\tbetter: {row['better']}"
              f"\t{row['clause'][:60]}")


if __name__ == "__main__":
    main()
