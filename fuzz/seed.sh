#!/usr/bin/env bash
# Regenerates the committed seed corpus (fuzz/corpus/<target>/seed-*) from fixtures/, data/
# and `pkguru template` output. Workbook seeds in .ods/.xls come from LibreOffice
# (`soffice --headless`, Debian: libreoffice-calc-nogui); without it only .xlsx seeds are made.
# Inputs the fuzzers find are written next to the seeds with hash names and are not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/fuzz/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo build --quiet
pk=$root/target/debug/pkguru

for t in long wide json workbook instrument differential stacked ledger; do
  mkdir -p "$out/$t"
  rm -f "$out/$t"/seed-*
done

# Prefixes one byte (as a decimal number) to a file: the targets that read a selector byte.
prefixed() { printf "\\$(printf %03o "$1")"; cat "$2"; }

# --- templates: long and wide, kelas/bk/campur, csv (both dialects), json, xlsx
for j in kelas bk; do
  "$pk" template --jenis $j > "$tmp/long-$j.csv"
  "$pk" template --jenis $j --csv-dialect id > "$tmp/long-$j-id.csv"
  "$pk" template --jenis $j --format json > "$tmp/long-$j.json"
  "$pk" template --jenis $j --format xlsx -o "$tmp/long-$j.xlsx"
done
for j in kelas bk campur; do
  "$pk" template --wide --jenis $j > "$tmp/wide-$j.csv"
  "$pk" template --wide --jenis $j --csv-dialect id > "$tmp/wide-$j-id.csv"
  "$pk" template --wide --jenis $j --format xlsx -o "$tmp/wide-$j.xlsx"
done

# --- filled sheets from the fixtures (python3: a long sheet's id,skor columns only, wide
# rows, a filled JSON sheet)
python3 - "$root" "$tmp" <<'PY'
import csv, io, json, sys, pathlib
root, tmp = map(pathlib.Path, sys.argv[1:])
long_fixtures = sorted((root / "fixtures").glob("*/guru-*.csv"))
for f in long_fixtures:
    rows = list(csv.reader(io.StringIO(f.read_text(encoding="utf-8-sig"))))
    h = rows[0]
    i, s = h.index("id"), h.index("skor")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "skor"])
    for r in rows[1:]:
        if len(r) > max(i, s):
            w.writerow([r[i], r[s]])
    (tmp / f"compact-{f.parent.name}-{f.stem}.csv").write_text(buf.getvalue())
# A filled JSON sheet from the kelas fixture's scores.
rows = list(csv.reader(io.StringIO((root / "fixtures/contoh/guru-kelas.csv").read_text(encoding="utf-8-sig"))))
scores = {r[0]: r[3] for r in rows[1:] if len(r) > 3}
for j in ["kelas", "bk"]:
    doc = json.loads((tmp / f"long-{j}.json").read_text())
    for k in doc["teacher"]:
        if k in scores and scores[k]:
            doc["teacher"][k] = scores[k]
    doc["teacher"]["nama"] = "Siti Aminah"
    for n, ind in enumerate(doc["indicators"]):
        ind["score"] = int(scores.get(ind["id"], n % 3) or 0) if j == "kelas" else n % 3
        ind.pop("text", None)
    (tmp / f"filled-{j}.json").write_text(json.dumps(doc, ensure_ascii=False))
# One-row wide files from the wide audit fixture, and a quoted one.
rows = list(csv.reader(io.StringIO((root / "fixtures/audit/sekolah-audit.csv").read_text(encoding="utf-8-sig"))))
for n, r in enumerate(rows[1:3]):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([rows[0], r])
    (tmp / f"onerow-{n}.csv").write_text(buf.getvalue())
buf = io.StringIO()
csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows([rows[0], rows[1]])
(tmp / "onerow-quoted-id.csv").write_text("\ufeff" + buf.getvalue())
# Differential seeds: selector byte, padding byte, then lines for that header (see the
# target): 0 campur+jenis, 1 kelas, 2 bk, 3 campur without jenis, 4 kelas reversed;
# delimiter , ; tab by (pick/5)%3; --jenis none/kelas/bk by (pick/15)%3.
header = rows[0]
kelas_ids = [h for h in header[12:]]
def line(cols, values, delim):
    return delim.join(values.get(c, "") for c in cols)
teachers = []
for r in rows[1:]:
    teachers.append(dict(zip(header, r)))
for pick in [0, 1, 2, 3, 4, 5, 11, 16, 30]:
    kind, delim = pick % 5, [",", ";", "\t"][(pick // 5) % 3]
    import subprocess
    jen = {0: "campur", 1: "kelas", 2: "bk", 3: "campur", 4: "kelas"}[kind]
    cols = subprocess.run([str(root / "target/debug/pkguru"), "template", "--wide", "--jenis", jen],
                          capture_output=True, text=True, check=True).stdout.splitlines()[0].split(",")
    if kind == 3:
        cols = [c for c in cols if c != "jenis"]
    if kind == 4:
        cols = cols[::-1]
    body = []
    for t in teachers:
        if jen != "campur" and t.get("jenis") != jen:
            continue
        body.append(line(cols, {k: v.replace(",", " ").replace(";", " ") for k, v in t.items()}, delim))
    if not body:
        continue
    for pad in [0, 0x88]:
        data = bytes([pick, pad]) + "\n".join(body[:3]).encode() + b"\n"
        (tmp / f"diff-{pick}-{pad}.bin").write_bytes(data)
PY

# --- database exports (stacked): one row per teacher and indicator, from the kelas and BK
# fixtures' scores. First byte: bit 0 --nomor-urut, bits 1-2 --jenis, bit 3 a line offset
# (see the target). Codes written 4.11, 04.11, 0411, 411 (zero lost) and as numbers.
python3 - "$root" "$out/stacked" <<'PY'
import csv, io, sys, pathlib
root, out = map(pathlib.Path, sys.argv[1:])
def fixture(name):
    rows = list(csv.reader(io.StringIO((root / "fixtures/contoh" / name).read_text(encoding="utf-8-sig"))))
    ident = {r[0]: r[3] for r in rows[1:] if len(r) > 3}
    scores = [(r[0], r[3]) for r in rows[1:] if len(r) > 3 and r[0][:1].isdigit()]
    return ident, scores
def code(i, n, form):
    k, j = map(int, i.split("."))
    return [f"{k}.{j}", f"{k:02}.{j:02}", f"{k:02}{j:02}", f"{k}{j:02}", str(n + 1)][form]
def export(pick, teachers, form, header=("nip", "nama", "kode_indikator", "nilai"), delim=",", end="\n", bom=""):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=end)
    w.writerow(header)
    for ident, scores in teachers:
        for n, (i, v) in enumerate(scores):
            row = {"nip": ident["nip"], "nama": ident["nama"], "id_guru": ident["nip"][-4:],
                   "jenis": ident["jenis"], "kode_indikator": code(i, n, form), "kode": code(i, n, form),
                   "kode indikator": code(i, n, form), "nilai": v, "skor": v,
                   "catatan": "perlu bukti" if n % 17 == 3 else ""}
            w.writerow([row[h] for h in header])
    return bytes([pick]) + (bom + buf.getvalue()).encode()
kelas, bk = fixture("guru-kelas.csv"), fixture("guru-bk.csv")
other = ({**kelas[0], "nip": "199001012015031002", "nama": "Budi Santoso"},
         [(i, str((int(v or 0) + 1) % 3)) for i, v in kelas[1]])
seeds = {
    "kelas-dotted": export(0, [kelas, other], 0),
    "kelas-padded": export(0, [kelas], 1),
    "kelas-db": export(2, [kelas], 2),
    "kelas-lost-zero": export(0, [kelas], 3),
    "bk-numbered": export(1, [bk], 4, header=("id_guru", "jenis", "kode", "skor")),
    "kelas-numbered-offset": export(9, [kelas], 4, header=("nip", "nama", "kode indikator", "nilai", "catatan"),
                                    delim=";", end="\r\n", bom="\ufeff"),
}
# Small ones: a few rows each, with the problems the reader reports.
seeds["small-mixed"] = b"\x00nip,nama,kode_indikator,nilai\n1,A,4.11,2\n1,A,04.11,1\n2,B,0411,x\n,C,411,2\n1,Z,1.1,\n2,B,,2\n"
seeds["small-numbers"] = b"\x00id_guru,kode,skor\n7,1,2\n7,2,1\n8,71,0\n8,\"3\",2\n"
seeds["small-numbers-option"] = b"\x05id_guru,jenis,kode,skor,uraian\n7,bk,1,2,x\n7,kelas,2,1,\n"
for name, data in seeds.items():
    (out / f"seed-{name}.csv").write_bytes(data)
PY

# --- workbooks through LibreOffice: ods and xls of a long and a wide sheet
if command -v soffice >/dev/null; then
  cp "$tmp/compact-contoh-guru-kelas.csv" "$tmp/lo-long.csv"
  cp "$tmp/onerow-0.csv" "$tmp/lo-wide.csv"
  for f in lo-long lo-wide; do
    for fmt in ods xls xlsx; do
      (cd "$tmp" && HOME="$tmp" timeout 120 soffice --headless --convert-to "$fmt" --outdir "$tmp/lo" "$f.csv" >/dev/null 2>&1) || true
    done
  done
else
  echo "seed.sh: soffice not found; no .ods/.xls seeds (apt-get install libreoffice-calc-nogui)" >&2
fi

# --- corpora
c() { cp "$2" "$out/$1/seed-$3"; }
c long "$tmp/long-kelas.csv" template-kelas.csv
c long "$tmp/long-bk-id.csv" template-bk-id.csv
for f in "$tmp"/compact-*.csv; do c long "$f" "$(basename "$f")"; done
c long "$root/fixtures/rusak/guru-rusak.csv" rusak.csv

c json "$tmp/long-kelas.json" template-kelas.json
c json "$tmp/filled-kelas.json" filled-kelas.json
c json "$tmp/filled-bk.json" filled-bk.json

for j in kelas bk campur; do c wide "$tmp/wide-$j.csv" "template-$j.csv"; c wide "$tmp/wide-$j-id.csv" "template-$j-id.csv"; done
c wide "$root/fixtures/audit/sekolah-audit.csv" sekolah-audit.csv
for f in "$tmp"/onerow-*.csv; do c wide "$f" "$(basename "$f")"; done

for f in "$tmp"/diff-*.bin; do c differential "$f" "$(basename "$f")"; done

prefixed 0 "$root/crates/core/data/instrument-kelas.csv" > "$out/instrument/seed-kelas"
prefixed 1 "$root/crates/core/data/instrument-bk.csv" > "$out/instrument/seed-bk"
printf '\000kompetensi,nama_kompetensi,ranah,indikator,uraian\n1,A,pedagogik,1,x\n1,A,pedagogik,2,y\n2,B;C,sosial,1,"z, w"\n' > "$out/instrument/seed-small"

# Workbook seeds: first byte 0 xlsx, 1 ods, 2 xls, 3 xlsb, 4 xlsx-xml (see the target).
prefixed 0 "$tmp/long-kelas.xlsx" > "$out/workbook/seed-long-kelas.xlsx"
prefixed 0 "$tmp/wide-campur.xlsx" > "$out/workbook/seed-wide-campur.xlsx"
# xlsx-xml (first byte 4): a worksheet's XML, NUL, the shared strings' XML.
python3 - "$out/workbook" "$tmp/long-kelas.xlsx" "$tmp/wide-campur.xlsx" "$tmp/lo/lo-wide.xlsx" <<'PY'
import sys, zipfile, pathlib
out = pathlib.Path(sys.argv[1])
for f in map(pathlib.Path, sys.argv[2:]):
    if not f.exists():
        continue
    z = zipfile.ZipFile(f)
    names = z.namelist()
    sheet = z.read(next(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")))
    strings = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
    (out / f"seed-xml-{f.stem}").write_bytes(b"\x04" + sheet + b"\x00" + strings)
PY
if [ -d "$tmp/lo" ]; then
  for f in "$tmp"/lo/*; do
    name=$(basename "$f")
    case "$name" in
      *.xlsx) sel=0 ;; *.ods) sel=1 ;; *.xls) sel=2 ;; *) continue ;;
    esac
    prefixed $sel "$f" > "$out/workbook/seed-lo-$name"
  done
fi

# --- ledger: command sequences (byte 0 even), and database files (byte 0 odd): the schema-1
# fixture, a schema-3 ledger with results, a PAK, PKB and stages, and another program's
# database; each rewritten with 512-byte pages so that the fuzzer mutates small files
"$pk" riwayat --db "$tmp/v3.db" tambah fixtures/contoh --periode 2025 >/dev/null 2>&1
printf 'nip,golongan,tmt,ak_kumulatif,periode\n198503152010012003,III/c,2022-04-01,230,2024\n' > "$tmp/pak.csv"
printf 'nip,pkb,penunjang\n198503152010012003,3,1.5\n' > "$tmp/lain.csv"
"$pk" riwayat --db "$tmp/v3.db" tambah --pak "$tmp/pak.csv" >/dev/null 2>&1
"$pk" riwayat --db "$tmp/v3.db" tambah --ak-lain "$tmp/lain.csv" --periode 2025 >/dev/null 2>&1
"$pk" riwayat --db "$tmp/v3.db" siklus 198503152010012003 --periode 2025-1 --tahap observasi \
  --tanggal 2025-03-12 --catatan "kelas 7B" >/dev/null 2>&1
cp fixtures/riwayat/skema-v1.db "$tmp/v1.db"
python3 - "$tmp" "$out/ledger" <<'PY'
import random, sqlite3, sys, pathlib
tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
other = tmp / "lain.db"
c = sqlite3.connect(other)
c.executescript("CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT); INSERT INTO catatan (isi) VALUES ('x'); PRAGMA user_version = 2;")
c.close()
for name in ["v1", "v3", "lain"]:
    path = tmp / f"{name}.db"
    c = sqlite3.connect(path, isolation_level=None)
    c.executescript("PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;")
    c.close()
    (out / f"seed-file-{name}").write_bytes(b"\x01" + path.read_bytes())
rng = random.Random(22)
for i in range(4):
    (out / f"seed-perintah-{i}").write_bytes(b"\x00" + bytes(rng.randrange(256) for _ in range(600)))
PY

du -sh "$out"/* | sed 's/^/seed.sh: /'
