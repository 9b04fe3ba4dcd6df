#!/usr/bin/env bash
# Reproducible benchmark: generates a synthetic wide file of N teachers (default 3,400,000,
# mixed kelas/BK, fixed seed) and times `pkguru batch` against a bare csv-crate record count
# of the same file. Results: see BENCHMARKS.md. Needs only cargo and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3400000}
SEED=${SEED:-2026}
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-target/bench}
# The binary measured is built as releases are (`--profile dist`); PROFILE=release measures the
# quicker-to-build local profile instead.
export PKGURU_BENCH_PROFILE=${PROFILE:-dist}
cargo build --profile "$PKGURU_BENCH_PROFILE" --locked -q --bin pkguru --example generate --example count
mkdir -p "$DIR"
FILE="$DIR/synth-$N-$SEED.csv"
if [ ! -f "$FILE" ]; then
  target/$PKGURU_BENCH_PROFILE/examples/generate "$N" "$SEED" > "$FILE.tmp" && mv "$FILE.tmp" "$FILE"
fi
python3 bench/bench.py "$FILE" "$RUNS"
