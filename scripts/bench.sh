#!/usr/bin/env bash
# Whole-process benchmark of `gongwen extract`, against its segmentation floor and a Python pipeline.
#
# Usage: scripts/bench.sh [SOURCE_DIR]   (default: ../shared/corpus, else corpus/)
#
# The .txt reports under SOURCE_DIR are copied round-robin into target/bench/10mb and
# target/bench/50mb until each holds about 10 MB and 50 MB. In one run it then measures:
#   - the segmentation floor: the same text through jieba-rs `tag` alone (examples/tag_floor.rs);
#   - gongwen at --jobs 1 and --jobs 2 on 10 MB (best of 3), MB/s, documents/s, peak RSS;
#   - gongwen at its defaults on 50 MB, peak RSS (memory must not grow with the corpus);
#   - scripts/python_baseline.py on 10 MB (jieba + regexes + cn2an, in a venv under target/);
#   - process start to first record for one small report (best of 5).
# Needs python3 (with venv and pip reachable on first run, to install jieba and cn2an).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus}
[ -d "$src" ] || src=corpus
cargo build --release --quiet --bin gongwen --example tag_floor
venv=target/bench/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet jieba cn2an
fi
python3 - "$src" "$venv/bin/python" <<'PY'
import os, shutil, subprocess, sys, tempfile, time

src, venv_python = sys.argv[1], sys.argv[2]
reports = sorted(os.path.join(r, f) for r, _, fs in os.walk(src) for f in fs if f.endswith(".txt"))
if not reports:
    sys.exit(f"no .txt reports under {src}")

def replicate(dest, target_bytes):
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    size, i = 0, 0
    while size < target_bytes:
        path = reports[i % len(reports)]
        name = f"{i:05d}_{os.path.basename(path)}"
        shutil.copyfile(path, os.path.join(dest, name))
        size += os.path.getsize(path)
        i += 1
    return size, i

def run(cmd, out=subprocess.DEVNULL):
    """Wall time, peak RSS (MiB) and stdout of one child process (its own rusage, via wait4)."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as captured:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=captured if out is subprocess.PIPE else out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode not in (0, 1):
            err.seek(0)
            sys.exit(f"{cmd[0]} failed: {err.read()[-500:].decode(errors='replace')}")
        captured.seek(0)
        return dt, usage.ru_maxrss / 1024, captured.read().decode()

def best(cmd, n=3):
    runs = [run(cmd) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)

ten, docs = replicate("target/bench/10mb", 10_000_000)
mb = ten / 1e6
print(f"machine: {os.cpu_count()} cores; input: {docs} reports, {mb:.1f} MB (from {src})")

floor_runs = [run(["target/release/examples/tag_floor", "target/bench/10mb"], subprocess.PIPE) for _ in range(3)]
# The tool's own clock: building the segmenter and tagging, without reading and decoding files.
floor = min(float(r[2].split(", ")[-2].split()[0]) for r in floor_runs)
# The whole tag_floor process, reading and decoding the files included (as gongwen's time is).
floor_process = min(r[0] for r in floor_runs)
floor_mbs = mb / floor
print(f"segmentation floor (jieba-rs tag alone): {floor:.2f} s, {floor_mbs:.1f} MB/s; "
      f"whole process with reading and decoding {floor_process:.2f} s")

gw = ["target/release/gongwen", "extract", "--no-progress"]
results = {}
for jobs in (1, 2):
    dt, rss = best(gw + ["-j", str(jobs), "target/bench/10mb"])
    results[jobs] = dt
    print(f"gongwen --jobs {jobs}: {dt:.2f} s, {mb/dt:.1f} MB/s, {docs/dt:.0f} docs/s, peak RSS {rss:.0f} MiB")
print(f"ratio --jobs 1 / segmentation floor: {(mb/results[1]) / floor_mbs:.2f}  (floor 0.70); "
      f"against the whole tag_floor process: {floor_process / results[1]:.2f}")
print(f"speed-up --jobs 2 / --jobs 1: {results[1]/results[2]:.2f}  (floor 1.7)")

dt, _, _ = run([venv_python, "scripts/python_baseline.py", "target/bench/10mb"])
default_dt, _ = best(gw + ["target/bench/10mb"])
print(f"python baseline: {dt:.1f} s, {mb/dt:.2f} MB/s; gongwen (defaults) {dt/default_dt:.0f}x faster  (floor 25x)")

fifty, fifty_docs = replicate("target/bench/50mb", 50_000_000)
dt, rss, _ = run(gw + ["target/bench/50mb"])
print(f"gongwen (defaults) on {fifty/1e6:.0f} MB, {fifty_docs} reports: {dt:.1f} s, peak RSS {rss:.0f} MiB  (limit 200)")

small = min(reports, key=os.path.getsize)
first = min(run(gw + [small])[0] for _ in range(5))
print(f"start to first record, one report of {os.path.getsize(small)} bytes: {first*1000:.0f} ms  (limit 250)")
PY
