#!/usr/bin/env python3
"""Gives a synthetic file's teachers names as long as real ones: titles and degrees
("Dra. Hj. Sri Wahyuni Kusumawardhani, S.Pd., M.Pd."), median 28 characters, 90th percentile 40.
The generator's "Guru Sintetis 0000001" fits every column and signature line on one line;
a real district's names do not (BENCHMARKS.md, "the summary's tables filled in by pkguru").

Usage: python3 bench/names.py IN.csv OUT.csv   (fixed seed: the same names every time)
"""

import csv
import random
import sys

TITLES = [""] * 10 + ["Dra.", "Drs.", "H.", "Hj."] * 2 + ["Dra. Hj.", "Drs. H."]
WORDS = (
    "Siti Aminah Sri Wahyuni Ahmad Fauzi Ni Made Ayu Kartika Dewi Muhammad Nur Hidayat Budi "
    "Santoso Agus Setiawan Dwi Rahayu Eko Prasetyo Rina Marlina Yuli Astuti Endang Suryani "
    "Bambang Sutrisno Heru Susanto Tri Wulandari Nurul Fitriani Rahmat Hidayatullah "
    "Kusumawardhani Puspitasari"
).split()
DEGREES = ["S.Pd."] * 10 + ["S.Pd., M.Pd."] * 4 + ["S.Pd.I."] * 2 + ["M.Pd."] * 2 + ["S.Si."] * 2


def main(src, dst):
    rng = random.Random(11)
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    col = rows[0].index("nama")
    for row in rows[1:]:
        words = [rng.choice(TITLES)] + rng.sample(WORDS, rng.choice([2, 2, 2, 3, 3, 4]))
        row[col] = " ".join(w for w in words if w) + ", " + rng.choice(DEGREES)
    with open(dst, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


if __name__ == "__main__":
    main(*sys.argv[1:3])
