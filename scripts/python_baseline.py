"""The usual Python pipeline for government reports, as a speed baseline for gongwen.

This is the kind of script analysts run today: decode each report (UTF-8, else GB18030),
segment it with jieba, find headings and quantities with regular expressions, read Chinese
numerals with cn2an, and print one JSON record per report. It is written to be fair, not
slow: regexes are compiled once, jieba is initialised once, default settings throughout.

Usage: python3 scripts/python_baseline.py DIR > records.jsonl
"""

import hashlib
import json
import os
import re
import sys

import cn2an
import jieba

HEADING = re.compile(
    r"^\s*(?:(?P<l1>[一二三四五六七八九十]+)、|[（(](?P<l2>[一二三四五六七八九十]+)[）)]"
    r"|(?P<l3>\d+)[\.．、]|[（(](?P<l4>\d+)[）)])"
)
QUANTITY = re.compile(
    r"(?P<approx>近|约|超过|超|逾)?"
    r"(?P<num>\d+(?:\.\d+)?|[零一二三四五六七八九十百千万亿两]+)"
    r"(?P<mult>万|亿)?"
    r"(?P<unit>%|个百分点|元|亿元|万元|人次|万人|人|个|项|家|户|件|次|公里|千米|亩|平方米|吨|倍|所|座|处)?"
    r"(?P<tail>左右|以上|余)?"
)
DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
MULT = {"万": 1e4, "亿": 1e8, None: 1}


def decode(raw):
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace"), "utf-8-lossy"


def number(text):
    if text[0].isdigit():
        return float(text)
    try:
        return float(cn2an.cn2an(text, "smart"))
    except ValueError:
        return None


def extract(path):
    raw = open(path, "rb").read()
    text, encoding = decode(raw)
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    sections, facts, dates = [], [], []
    section = None
    word_count = 0
    for n, line in enumerate(lines):
        m = HEADING.match(line)
        if m:
            level = next(i for i, k in enumerate(("l1", "l2", "l3", "l4"), 1) if m.group(k))
            section = {"level": level, "title": line[m.end():][:40], "line": n}
            sections.append(section)
        word_count += len(jieba.lcut(line))
        for d in DATE.finditer(line):
            dates.append({"text": d.group(0), "year": int(d.group(1))})
        for q in QUANTITY.finditer(line):
            if not q.group("unit") and not q.group("mult"):
                continue
            value = number(q.group("num"))
            if value is None:
                continue
            before = [w for w in jieba.lcut(line[max(0, q.start() - 12):q.start()]) if len(w) > 1]
            facts.append({
                "text": q.group(0),
                "value": value * MULT[q.group("mult")],
                "unit": q.group("unit"),
                "approx": q.group("approx") or q.group("tail"),
                "label": before[-1] if before else None,
                "section": section["title"] if section else None,
                "line": n,
            })
    return {
        "path": path,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "encoding": encoding,
        "title": lines[0] if lines else None,
        "words": word_count,
        "sections": sections,
        "facts": facts,
        "dates": dates,
    }


def main():
    jieba.setLogLevel(60)
    folder = sys.argv[1]
    paths = sorted(
        os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs if f.endswith(".txt")
    )
    out = sys.stdout
    for p in paths:
        out.write(json.dumps(extract(p), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
