#!/usr/bin/env python3
"""Memory and scale of the commands that write one document of every row: `rank` of 100,000
teachers, `pkb` of 1,000,000 activity lines, `riwayat ekspor` of a 300,000-row ledger, in
each format they offer.

Usage: bench/scale.sh  (builds, then runs this script)
       python3 bench/scale.py DIR [RUNS]
       PKGURU_BASELINE=/path/to/an/older/pkguru bench/scale.sh

The data is made in DIR once (fixed seed): the batch benchmark's synthetic file of 100,000
teachers with its repeated NIPs left out, a PKB list of 1,000,000 lines cycling through four
kinds of activity, and a ledger holding that file for the periods 2024, 2025 and 2026
(100,000 `guru` rows, 300,000 `hasil` rows). Every command writes its output to a file in DIR
(removed before each run) and runs RUNS times (default 3) after one warm-up; the table gives
the median wall time, the largest peak RSS and the exit status. With PKGURU_BASELINE each row
is measured for that binary too, the two alternating run by run.
"""

import os
import shutil
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import run_once  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"), "release")
TEACHERS = 100_000
PKB_LINES = 1_000_000
PERIODS = ["2024", "2025", "2026"]


def run(cmd, out):
    """Runs cmd once in a fresh process: (seconds, peak RSS in KiB, exit status)."""
    if out and os.path.isdir(out):
        shutil.rmtree(out)
    elif out and os.path.exists(out):
        os.remove(out)
    return run_once(cmd)


def measure(binaries, args, out, runs):
    """Per binary: (median seconds, peak RSS KiB, exit statuses seen), runs alternating."""
    for b in binaries:
        run([b] + args, out)  # warm-up
    seen = {b: ([], 0, set()) for b in binaries}
    for _ in range(runs):
        for b in binaries:
            t, rss, code = run([b] + args, out)
            times, peak, codes = seen[b]
            times.append(t)
            codes.add(code)
            seen[b] = (times, max(peak, rss), codes)
    return {b: (statistics.median(t), r, c) for b, (t, r, c) in seen.items()}


def teachers(d):
    """The synthetic file of TEACHERS teachers, each NIP once (a repeated NIP is an error)."""
    path = os.path.join(d, f"synth-{TEACHERS}-unique.csv")
    if os.path.exists(path):
        return path
    raw = subprocess.run(
        [os.path.join(REL, "examples", "generate"), str(TEACHERS), "2026"], check=True, capture_output=True
    ).stdout.decode()
    lines = raw.splitlines(keepends=True)
    nip = lines[0].rstrip("\n").split(",").index("nip")
    seen, kept = set(), [lines[0]]
    for line in lines[1:]:
        key = line.split(",")[nip]
        if key not in seen:
            seen.add(key)
            kept.append(line)
    with open(path + ".tmp", "w") as f:
        f.writelines(kept)
    os.rename(path + ".tmp", path)
    return path


def pkb_list(d):
    """A PKB activity list of PKB_LINES lines."""
    path = os.path.join(d, f"pkb-{PKB_LINES}.csv")
    if os.path.exists(path):
        return path
    kinds = [
        ("diklat", "200", "", "Diklat Kurikulum Merdeka jenjang SMP"),
        ("ptk-sekolah", "", "", "PTK: pembelajaran berbasis masalah di kelas VIII"),
        ("modul-sekolah", "", "", "Modul praktikum IPA kelas VII"),
        ("seminar-peserta", "", "2", "Seminar pendidikan kabupaten"),
    ]
    with open(path + ".tmp", "w") as f:
        f.write("kode,jam,jumlah,tanggal,judul\n")
        for i in range(PKB_LINES):
            kode, jam, jumlah, judul = kinds[i % 4]
            f.write(f"{kode},{jam},{jumlah},2025-{1 + i % 12:02d}-{1 + i % 28:02d},{judul} {i}\n")
    os.rename(path + ".tmp", path)
    return path


def ledger(d, pkguru, sheet):
    """A ledger holding the teachers for every period of PERIODS."""
    db = os.path.join(d, "scale.db")
    if os.path.exists(db):
        return db
    for p in PERIODS:
        subprocess.run([pkguru, "riwayat", "--db", db + ".tmp", "tambah", sheet, "--periode", p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.rename(db + ".tmp", db)
    return db


def main():
    d = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    os.makedirs(d, exist_ok=True)
    pkguru = os.path.join(REL, "pkguru")
    sheet, pkb = teachers(d), pkb_list(d)
    db = ledger(d, pkguru, sheet)
    out = lambda name: os.path.join(d, name)
    cases = []
    for fmt, ext in [("table", "txt"), ("csv", "csv"), ("json", "json"), ("xlsx", "xlsx")]:
        cases.append((f"rank {TEACHERS:,} teachers --format {fmt}",
                      ["rank", sheet, "--format", fmt, "-o", out(f"rank.{ext}")], out(f"rank.{ext}")))
    for fmt, ext in [("table", "txt"), ("csv", "csv"), ("json", "json"), ("xlsx", "xlsx")]:
        cases.append((f"pkb {PKB_LINES:,} lines --format {fmt}",
                      ["pkb", pkb, "--format", fmt, "-o", out(f"pkb.{ext}")], out(f"pkb.{ext}")))
    rows = TEACHERS * len(PERIODS)
    cases.append((f"riwayat ekspor {rows:,} hasil rows --format json",
                  ["riwayat", "--db", db, "ekspor", "--format", "json", "-o", out("ekspor.json")], out("ekspor.json")))
    cases.append((f"riwayat ekspor {rows:,} hasil rows --format csv",
                  ["riwayat", "--db", db, "ekspor", "--format", "csv", "-o", out("ekspor")], out("ekspor")))
    baseline = os.environ.get("PKGURU_BASELINE")
    binaries = [pkguru] + ([baseline] if baseline else [])
    print(f"machine: {os.uname().sysname} {os.uname().release}, {os.cpu_count()} cores; {runs} runs each")
    print(f"inputs: {sheet} ({os.path.getsize(sheet) / 1e6:.0f} MB), {pkb} ({os.path.getsize(pkb) / 1e6:.0f} MB), "
          f"{db} ({os.path.getsize(db) / 1e6:.0f} MB)")
    if baseline:
        print(f"baseline: {baseline}")
        print()
        print("| command | baseline wall | baseline peak RSS | baseline exit | wall | peak RSS | exit | wall ratio | RSS ratio |")
        print("|---|---|---|---|---|---|---|---|---|")
    else:
        print()
        print("| command | wall | peak RSS | exit |")
        print("|---|---|---|---|")
    for label, args, o in cases:
        got = measure(binaries, args, o, runs)
        t, rss, codes = got[pkguru]
        now = f"{t:.2f} s | {rss / 1024:,.0f} MB | {','.join(map(str, sorted(codes)))}"
        if baseline:
            bt, brss, bcodes = got[baseline]
            before = f"{bt:.2f} s | {brss / 1024:,.0f} MB | {','.join(map(str, sorted(bcodes)))}"
            print(f"| {label} | {before} | {now} | {t / bt:.2f} | {rss / brss:.2f} |", flush=True)
        else:
            print(f"| {label} | {now} |", flush=True)
        if os.path.isdir(o):
            shutil.rmtree(o)
        elif os.path.exists(o):
            os.remove(o)


if __name__ == "__main__":
    main()
