#!/usr/bin/env python3
"""Benchmark `pkguru report` on a school (40 teachers) and a district (1,000 teachers).

Usage: bench/report.sh  (builds, generates, then runs this script)
       python3 bench/report.py DIR [RUNS]

DIR holds `school-40.csv` and `district-1000.csv` (synthetic wide files, mixed kelas and BK).
Each command runs RUNS times (default 3) after one warm-up; the median wall time and the
largest peak RSS are reported, with the ratio to the same input's `batch` rekap (the
baseline: reading and scoring without typesetting) measured in the same run.
"""

import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REL, cpu_model, peak_rss_kb  # noqa: E402


def measure(cmd, runs, clean):
    clean()
    peak_rss_kb(cmd)
    times, rss = [], 0
    for _ in range(runs):
        clean()
        t, r = peak_rss_kb(cmd)
        times.append(t)
        rss = max(rss, r)
    return statistics.median(times), rss


def main():
    d = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    exe = os.path.join(REL, "pkguru")
    out = os.path.join(d, "out")

    def clean():
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)

    print(f"CPU: {cpu_model()}; {os.cpu_count()} cores; runs: {runs} (median)")
    print(f"{'input':<16} {'command':<28} {'wall s':>8} {'x batch':>8} {'RSS MB':>8}")
    for name in ["school-40.csv", "district-1000.csv"]:
        src = os.path.join(d, name)
        rows = [
            ("batch (baseline)", [exe, "batch", src, "-q", "-o", os.path.join(out, "rekap.csv")]),
            ("report -o .html", [exe, "report", src, "-q", "-o", os.path.join(out, "r.html")]),
            ("report -o .pdf", [exe, "report", src, "-q", "-o", os.path.join(out, "r.pdf")]),
            ("report --split", [exe, "report", src, "-q", "--split", os.path.join(out, "pdf")]),
        ]
        base = None
        for label, cmd in rows:
            t, rss = measure(cmd, runs, clean)
            base = base or t
            print(f"{name:<16} {label:<28} {t:>8.3f} {t / base:>8.1f} {rss / 1024:>8.1f}")


if __name__ == "__main__":
    main()
