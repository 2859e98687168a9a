#!/usr/bin/env bash
# Whole-binary benchmark: wall time and peak memory of `gongwen extract` over a folder of
# reports, at one thread and at all threads. Usage: scripts/bench.sh [DIR] (default: corpus/).
# Needs GNU time (/usr/bin/time); uses hyperfine for repeated timings when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-corpus/}
cargo build --release --quiet
bin=target/release/gongwen
bytes=$(find "$dir" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$dir" -type f -name '*.txt' | wc -l)
echo "input: $files report files, $bytes bytes under $dir"
for jobs in 1 "$(nproc)"; do
  out=$( { /usr/bin/time -f '%e %M' "$bin" extract -j "$jobs" --no-progress "$dir" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
  read -r secs kib <<<"$out"
  mbps=$(python3 -c "print(f'{$bytes/1e6/max($secs,0.001):.1f}')")
  echo "jobs=$jobs: ${secs}s wall, ${mbps} MB/s, peak RSS ${kib} KiB"
done
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 "$bin extract -j 1 --no-progress $dir" "$bin extract --no-progress $dir"
fi
