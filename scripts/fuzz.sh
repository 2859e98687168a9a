#!/usr/bin/env bash
# Fuzz "bytes -> record" (fuzz/fuzz_targets/bytes_to_record.rs) for a bounded time.
#
#   scripts/fuzz.sh [SECONDS]     default 300
#
# Not part of CI: it needs cargo-fuzz and a sanitizer build, and a fuzz run proves nothing in a
# fixed time. Whatever it finds lands in fuzz/artifacts/bytes_to_record/; fix it, then copy the
# input to tests/fixtures/regressions/ where tests/hostile.rs runs it on every `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-300}"

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo-fuzz passes nightly-only flags (-Zsanitizer=address); RUSTC_BOOTSTRAP lets the stable
# toolchain accept them, so no second toolchain is needed.
export RUSTC_BOOTSTRAP=1

# Start from real reports and the broken fixtures, so mutations begin deep in the pipeline.
seeds=fuzz/corpus/bytes_to_record
mkdir -p "$seeds"
cp corpus/seed/*.txt corpus/bulletin/*.txt tests/fixtures/*.txt "$seeds"/
cp tests/fixtures/regressions/* "$seeds"/ 2>/dev/null || true

log=fuzz/last-run.log
started=$(date -u +%Y-%m-%dT%H:%MZ)
set +e
cargo fuzz run bytes_to_record "$seeds" -- \
  -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
found=$(ls fuzz/artifacts/bytes_to_record 2>/dev/null | wc -l)
echo "fuzz: started $started, ${secs}s budget, ${runs:-no summary line}, exit $status, $found artifact(s) in fuzz/artifacts/bytes_to_record"
exit "$status"
