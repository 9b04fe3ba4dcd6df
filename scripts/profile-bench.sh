#!/usr/bin/env bash
# `batch` and `report` with the binary of `cargo build --release` against the one of
# `--profile dist` (what releases ship): the two alternate, run after run, so a busy machine
# slows both alike; wall time and CPU time (user + sys, from wait4) are reported as medians.
# Results: BENCHMARKS.md ("Build profiles").
#
#   scripts/profile-bench.sh [RELEASE_BIN DIST_BIN]     (default: target/{release,dist}/pkguru)
#
# N (default 200000) teachers for batch, a district of 1,000 for report; RUNS (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
REL=${1:-$target/release/pkguru}
DIST=${2:-$target/dist/pkguru}
N=${N:-200000}
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-$target/bench/profiles}
mkdir -p "$DIR"
gen() { [ -f "$DIR/$2" ] || "$target/release/examples/generate" "$1" 2026 > "$DIR/$2"; }
[ -x "$target/release/examples/generate" ] || cargo build --release --locked -q --example generate
gen "$N" "batch-$N.csv"
gen 1000 district-1000.csv
python3 - "$REL" "$DIST" "$DIR" "$N" "$RUNS" <<'EOF'
import os, shutil, statistics, subprocess, sys, time
rel, dist, d, n, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
out = os.path.join(d, "out")

def once(cmd):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    t = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    assert status == 0, (cmd, status)
    return time.monotonic() - t, ru.ru_utime + ru.ru_stime

cases = [
    (f"batch {n} -> .csv", ["batch", os.path.join(d, f"batch-{n}.csv"), "-q", "-o", os.path.join(out, "r.csv")]),
    (f"batch {n} -> .xlsx", ["batch", os.path.join(d, f"batch-{n}.csv"), "-q", "-o", os.path.join(out, "r.xlsx")]),
    ("report 1000 -> .pdf", ["report", os.path.join(d, "district-1000.csv"), "-q", "-o", os.path.join(out, "r.pdf")]),
    ("report 1000 -> .html", ["report", os.path.join(d, "district-1000.csv"), "-q", "-o", os.path.join(out, "r.html")]),
]
print(f"load before: {os.getloadavg()}; {os.cpu_count()} cores; {runs} runs each, alternating, medians")
print(f"{'case':<24} {'release wall':>12} {'dist wall':>10} {'ratio':>6} {'release cpu':>12} {'dist cpu':>9} {'ratio':>6}")
for label, args in cases:
    res = {rel: [], dist: []}
    once([rel] + args); once([dist] + args)  # warm the page cache
    for _ in range(runs):
        for b in (rel, dist):
            res[b].append(once([b] + args))
    rw = statistics.median(w for w, _ in res[rel]); dw = statistics.median(w for w, _ in res[dist])
    rc = statistics.median(c for _, c in res[rel]); dc = statistics.median(c for _, c in res[dist])
    print(f"{label:<24} {rw:>11.2f}s {dw:>9.2f}s {rw / dw:>6.2f} {rc:>11.2f}s {dc:>8.2f}s {rc / dc:>6.2f}")
print(f"load after: {os.getloadavg()}")
EOF
