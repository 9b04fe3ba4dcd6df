#!/usr/bin/env bash
# Benchmark of `pkguru report`: a school of 40 teachers and a district of 1,000 (synthetic,
# mixed kelas and BK, fixed seed), as HTML, one PDF, and one PDF per teacher (--split),
# against the `batch` rekap of the same file. Results: see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${SEED:-2026}
RUNS=${RUNS:-3}
DIR=${BENCH_DIR:-target/bench/report}
# The binary measured is built as releases are (`--profile dist`); PROFILE=release measures the
# quicker-to-build local profile instead.
export PKGURU_BENCH_PROFILE=${PROFILE:-dist}
cargo build --profile "$PKGURU_BENCH_PROFILE" --locked -q --bin pkguru --example generate
mkdir -p "$DIR"
for n in 40 1000; do
  name=$([ "$n" = 40 ] && echo school-40 || echo district-1000)
  [ -f "$DIR/$name.csv" ] || target/$PKGURU_BENCH_PROFILE/examples/generate "$n" "$SEED" > "$DIR/$name.csv"
done
python3 bench/report.py "$DIR" "$RUNS"
