#!/usr/bin/env bash
# Province import into the riwayat ledger: the batch benchmark's synthetic file of N teachers
# (default 3,400,000; fixed seed), its NIPs made unique (the generator's random NIPs repeat a
# few hundred times in 3.4 M, which the ledger rightly refuses), imported as one period into a
# fresh database; then `riwayat guru` and `riwayat sekolah --sekolah` on it. Results: BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3400000}
DIR=${BENCH_DIR:-target/bench}
cargo build --release --locked -q --bin pkguru --example generate
mkdir -p "$DIR"
FILE="$DIR/synth-$N-2026.csv"
[ -f "$FILE" ] || { target/release/examples/generate "$N" 2026 > "$FILE.tmp" && mv "$FILE.tmp" "$FILE"; }
UNIQUE="$DIR/synth-$N-2026-unique.csv"
if [ ! -f "$UNIQUE" ]; then
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "nip") c = i; print; next } !seen[$c]++' "$FILE" > "$UNIQUE.tmp"
  mv "$UNIQUE.tmp" "$UNIQUE"
fi
DB="$DIR/riwayat.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "rows: $(($(wc -l < "$UNIQUE") - 1)); machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
/usr/bin/time -f "import: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
  target/release/pkguru riwayat --db "$DB" tambah "$UNIQUE" --periode 2026
ls -l "$DB" | awk '{ printf "database: %.0f MB\n", $5 / 1048576 }'
NIP=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "nip") c = i; if ($i == "sekolah") s = i } next } NR == 2 { print $c; exit }' "$UNIQUE")
SCHOOL=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "sekolah") s = i; next } NR == 2 { print $s; exit }' "$UNIQUE")
for i in 1 2 3; do
  /usr/bin/time -f "riwayat guru: %e s wall, peak RSS %M KB" target/release/pkguru riwayat --db "$DB" guru "$NIP" > /dev/null
done
/usr/bin/time -f "riwayat sekolah --sekolah: %e s wall, peak RSS %M KB" \
  target/release/pkguru riwayat --db "$DB" sekolah --sekolah "$SCHOOL" --format csv | wc -l | xargs echo "school rows (with header):"
