#!/usr/bin/env bash
# Whole-binary benchmark: wall time, throughput and peak memory of `gongwen extract` over a
# folder of reports, at one thread and at all threads, best of 5 runs each.
# Usage: scripts/bench.sh [DIR]   (default: corpus/). Needs python3 for the measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-corpus/}
cargo build --release --quiet
python3 - "$dir" "$(nproc)" <<'PY'
import os, resource, subprocess, sys, time
folder, cores = sys.argv[1], int(sys.argv[2])
files = [os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs if f.lower().endswith((".txt", ".text"))]
size = sum(os.path.getsize(f) for f in files)
print(f"input: {len(files)} report files, {size/1e6:.2f} MB under {folder}")
for jobs in sorted({1, cores}):
    best = None
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(["target/release/gongwen", "extract", "-j", str(jobs), "--no-progress", folder],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    # ru_maxrss of children is the largest single child: each run is one child.
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"jobs={jobs}: best {best*1000:.0f} ms, {size/1e6/best:.1f} MB/s, peak RSS {rss/1024:.1f} MiB")
PY
