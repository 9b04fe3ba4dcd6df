#!/usr/bin/env bash
# Memory and scale: peak RSS and wall time of `rank` (100,000 teachers), `pkb` (1,000,000
# activity lines) and `riwayat ekspor` (a 300,000-row ledger) in every format they write.
# PKGURU_BASELINE=/path/to/an/older/pkguru measures that binary too. Results: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DIR=${BENCH_DIR:-target/bench/scale}
cargo build --release --locked -q --bin pkguru --example generate
python3 bench/scale.py "$DIR" "$RUNS"
