#!/usr/bin/env python3
"""Benchmark pkguru batch against the bare csv-crate record count of the same file.

Usage: bench/run.sh [N]  (builds, generates, then runs this script)
       python3 bench/bench.py FILE [RUNS]
       PKGURU_BASELINE=/path/to/an/older/pkguru bench/run.sh [N]

With PKGURU_BASELINE, every pkguru row is measured for that binary too, the two alternating
run by run (so drift of the machine hits both alike), and the table gives each row's ratio to
the baseline's.

Every command runs RUNS times (default 5) after one warm-up that puts the file in the page
cache; the median wall time and the largest peak RSS are reported. The rekap is written to a
real file and fsync'd (as in normal use); before each run it is deleted and the disk synced,
so no run pays for removing or writing back the previous one; the /dev/null row shows the
same run without the file.
"""

import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The profile bench/run.sh built (dist, as releases are, unless PROFILE= says otherwise).
REL = os.path.join(ROOT, "target", os.environ.get("PKGURU_BENCH_PROFILE", "dist"))


def run_once(cmd):
    """Runs cmd once in a fresh process, output discarded: (seconds, peak RSS in KiB, exit status)."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(cmd[0], cmd)
    start = time.perf_counter()
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def peak_rss_kb(cmd):
    """Runs cmd once in a fresh process and returns (seconds, peak RSS in KiB)."""
    elapsed, rss, code = run_once(cmd)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited with {code}")
    return elapsed, rss


def settle(out):
    """Before a timed run: the previous run's output deleted and everything written back to
    disk, so that no run pays for the one before it (a 600 MB rekap is still being written
    back when the next run starts, and the runs that write to a file swung by a tenth)."""
    if out and os.path.exists(out):
        os.remove(out)
    os.sync()


def measure(label, cmd, runs, out=None):
    peak_rss_kb(cmd)  # warm-up
    times, rss = [], 0
    for _ in range(runs):
        settle(out)
        t, r = peak_rss_kb(cmd)
        times.append(t)
        rss = max(rss, r)
    return label, statistics.median(times), min(times), rss


def measure_pair(label, cmd, base_cmd, runs, out=None):
    """Measures cmd and the baseline's base_cmd alternately; returns both results."""
    for warm in (cmd, base_cmd):
        # Each run writes a fresh output, as a first run does.
        if out and os.path.exists(out):
            os.remove(out)
        peak_rss_kb(warm)
    results = {0: ([], 0), 1: ([], 0)}
    for _ in range(runs):
        for which, c in ((0, cmd), (1, base_cmd)):
            settle(out)
            t, r = peak_rss_kb(c)
            times, rss = results[which]
            times.append(t)
            results[which] = (times, max(rss, r))
    (t0, r0), (t1, r1) = results[0], results[1]
    return (
        (label, statistics.median(t0), min(t0), r0),
        (f"{label} — baseline", statistics.median(t1), min(t1), r1),
    )


def cpu_model():
    """The CPU model from /proc/cpuinfo (Linux), for naming the machine of a measurement."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        rows = sum(buf.count(b"\n") for buf in iter(lambda: f.read(1 << 24), b"")) - 1
    out = os.path.join(os.path.dirname(path), "rekap.csv")
    pkguru = os.path.join(REL, "pkguru")
    jobs = os.cpu_count() or 1
    cases = [
        ("csv crate count (baseline)", [os.path.join(REL, "examples", "count"), path], None),
        ("pkguru batch --jobs 1", [pkguru, "batch", path, "-q", "--jobs", "1", "-o", out], out),
        (f"pkguru batch (--jobs {jobs})", [pkguru, "batch", path, "-q", "-o", out], out),
        (f"pkguru batch (--jobs {jobs}) to /dev/null", [pkguru, "batch", path, "-q", "-o", "/dev/null"], None),
        (f"pkguru check (--jobs {jobs})", [pkguru, "check", path], None),
    ]
    baseline = os.environ.get("PKGURU_BASELINE")
    results = [measure(*cases[0][:2], runs, cases[0][2])]
    ratios = {}
    for label, cmd, o in cases[1:]:
        if baseline:
            now, before = measure_pair(label, cmd, [baseline] + cmd[1:], runs, o)
            results += [now, before]
            ratios[label] = now[1] / before[1]
        else:
            results.append(measure(label, cmd, runs, o))
    base = results[0][1]
    print(f"file: {path}: {rows:,} teachers, {size / 1e6:,.1f} MB; {runs} runs each, median wall time")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; {os.uname().sysname} {os.uname().release}")
    if baseline:
        print(f"baseline: {baseline}")
    print()
    print("| command | wall (median) | best | rows/s | MB/s | ratio to count | ratio to baseline | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for label, med, best, rss in results:
        ratio = f"{ratios[label]:.3f}" if label in ratios else ""
        print(
            f"| {label} | {med:.3f} s | {best:.3f} s | {rows / med / 1e6:.2f} M | {size / med / 1e6:,.0f} "
            f"| {med / base:.2f} | {ratio} | {rss / 1024:.1f} MB |"
        )
    if os.path.exists(out):
        os.remove(out)


if __name__ == "__main__":
    main()
