#!/usr/bin/env bash
# Benchmark: a folder of one-teacher workbooks, as a school or a district hands them in.
# One real workbook (the fixture guru-kelas.csv saved as .xlsx by LibreOffice) is copied N
# times (default 2000); `batch` (rekap to a file) and `check` are timed, each RUNS times
# (default 5) after a warm-up, alternating with the binary BASE when given (e.g. a copy of
# an earlier build), so that both face the same machine. Needs LibreOffice (soffice).
#
#   bench/workbooks.sh [N]          BASE=/tmp/pkguru-old RUNS=5 bench/workbooks.sh 500
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
RUNS=${RUNS:-5}
cargo build --release --locked -q --bin pkguru
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
soffice --headless --convert-to xlsx --outdir "$DIR" fixtures/contoh/guru-kelas.csv >/dev/null 2>&1
mkdir "$DIR/in"
for i in $(seq -w 1 "$N"); do cp "$DIR/guru-kelas.xlsx" "$DIR/in/g$i.xlsx"; done
python3 - "$DIR" "$RUNS" target/release/pkguru ${BASE:+"$BASE"} <<'PY'
import os, statistics, sys, time
d, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def once(cmd):
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1); os.dup2(fd, 2)
        os.execv(cmd[0], cmd)
    t = time.perf_counter()
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - t, usage.ru_maxrss
cases = {
    "batch, rekap to a file": lambda b: [b, "batch", d + "/in", "-o", d + "/rekap.csv", "-q"],
    "batch --jobs 1": lambda b: [b, "batch", d + "/in", "-o", d + "/rekap.csv", "-q", "--jobs", "1"],
    "check": lambda b: [b, "check", d + "/in"],
}
n = len(os.listdir(d + "/in"))
print(f"{n} one-teacher workbooks, {runs} runs each (median / best, peak RSS)")
for name, make in cases.items():
    times = {b: [] for b in bins}
    rss = {b: 0 for b in bins}
    for b in bins:
        once(make(b))  # warm-up
    for _ in range(runs):
        for b in bins:
            t, r = once(make(b))
            times[b].append(t)
            rss[b] = max(rss[b], r)
    for b in bins:
        print(f"{name:24} {b:28} {statistics.median(times[b]):6.3f} s / {min(times[b]):6.3f} s  {rss[b] / 1024:6.1f} MB")
PY
