//! `pkguru riwayat`: the ledger of results per teacher and period (an embedded SQLite file),
//! promotion progress from the actual history, and the performance cycle's stages.
//!
//! `tambah` streams any input `batch` reads through the batch engine into one transaction
//! (teachers without a NIP make the whole import fail, with their lines); a rekap pkguru
//! wrote is read as it is. `guru`, `sekolah`, `siklus` and `ekspor` read or add to it.

use crate::lang::Lang;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow};
use serde_json::{Value, json};

use crate::core::credit::AkkRow;
use crate::core::exact::{self, Exact, int, ratio};
use crate::core::golongan::Golongan;
use crate::i18n;
use crate::pipeline::inputs::{self, Input};
use crate::pipeline::{Failure, Options, Sink};
use crate::render::csv::{CsvDialect, RowWriter};
use crate::sheet::{Problem, ProblemKind};
use crate::store::{Added, Extra, Ledger, Pak, Record, STAGES, Stage, StoreError, Table};

use super::UsageError;
use super::args::ScoringArgs;

/// Riwayat hasil per guru dan periode (basis data SQLite), kemajuan kenaikan pangkat, siklus kinerja.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Berkas basis data; bawaan pkguru.db di folder kerja (juga PKGURU_DB).
    #[arg(long, env = "PKGURU_DB", default_value = "pkguru.db", global = true, value_name = "BERKAS")]
    pub db: PathBuf,

    #[command(subcommand)]
    pub action: Action,
}

/// What to do with the ledger.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    Tambah(TambahArgs),
    Guru(GuruArgs),
    Sekolah(SekolahArgs),
    Siklus(SiklusArgs),
    Ekspor(EksporArgs),
}

/// Menambahkan hasil satu periode (masukan apa pun yang dibaca batch, atau rekap pkguru), PAK terakhir, atau AK PKB/penunjang.
#[derive(Debug, clap::Args)]
pub struct TambahArgs {
    /// Masukan: lembar, direktori, workbook, rekap pkguru.
    #[arg(value_name = "MASUKAN")]
    pub inputs: Vec<PathBuf>,

    /// Periode: tahun (2026) atau semester (2026-1).
    #[arg(long, value_name = "PERIODE")]
    pub periode: Option<String>,

    /// Ganti hasil periode itu yang sudah ada (tanpa ini, impor ulang ditolak).
    #[arg(long)]
    pub ganti: bool,

    /// PAK terakhir per guru (CSV: nip, golongan, tmt, ak_kumulatif, periode).
    #[arg(long, value_name = "BERKAS")]
    pub pak: Option<PathBuf>,

    /// AK PKB dan penunjang per guru untuk --periode (CSV: nip, pkb, penunjang).
    #[arg(long, value_name = "BERKAS")]
    pub ak_lain: Option<PathBuf>,

    /// Daftar kegiatan PKB seorang guru (lihat `pkguru pkb`) untuk --periode; perlu --nip.
    #[arg(long, value_name = "BERKAS", requires = "nip")]
    pub pkb_daftar: Option<PathBuf>,

    /// NIP guru pemilik --pkb-daftar.
    #[arg(long, value_name = "NIP")]
    pub nip: Option<String>,

    /// Rezim angka kredit periode ini: 2009 (bawaan; AK per tahun PK Guru) atau 2023 (predikat kinerja × koefisien jenjang).
    #[arg(long, value_enum, default_value = "2009", value_name = "REZIM")]
    pub regime: RegimeArg,

    /// Rezim 2023: lama periode dalam bulan (1–12); bawaan 12.
    #[arg(long, default_value_t = 12, value_name = "BULAN", value_parser = clap::value_parser!(i64).range(1..=12))]
    pub bulan: i64,

    #[command(flatten)]
    pub scoring: ScoringArgs,
}

/// The regime of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RegimeArg {
    #[value(name = "2009")]
    R2009,
    #[value(name = "2023")]
    R2023,
}

/// How a period's angka kredit is counted.
#[derive(Debug, Clone, Copy)]
struct Regime {
    r2023: bool,
    months: i64,
}

impl Regime {
    fn code(self) -> &'static str {
        if self.r2023 { "2023" } else { "2009" }
    }

    /// The 2023 regime's AK from the golongan and predikat (PermenPAN-RB 1/2023); `None`
    /// outside a keahlian jenjang.
    fn ak_2023(self, golongan: Golongan, predikat: crate::core::predikat::Predikat) -> Option<Exact> {
        use crate::core::credit2023::{Jenjang, PredikatKinerja, compute};
        let jenjang = Jenjang::of(golongan)?;
        Some(compute(jenjang, PredikatKinerja::from_pkg(predikat), self.months).ak)
    }
}

/// Output formats of `riwayat guru`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GuruFormat {
    Table,
    Json,
}

/// Riwayat seorang guru: hasil per periode, AK sejak PAK terakhir, kekurangan, proyeksi.
#[derive(Debug, clap::Args)]
pub struct GuruArgs {
    /// NIP guru.
    #[arg(value_name = "NIP")]
    pub nip: String,

    /// Format keluaran: table (bawaan) atau json.
    #[arg(long, value_enum, default_value = "table", value_name = "FORMAT")]
    pub format: GuruFormat,
}

/// Output formats of `riwayat sekolah`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SekolahFormat {
    Table,
    Csv,
    Json,
    Xlsx,
}

/// Ringkasan per guru: periode terakhir, kemajuan AK, siap naik pangkat, belum dinilai, tahap siklus.
#[derive(Debug, clap::Args)]
pub struct SekolahArgs {
    /// Hanya guru sekolah ini.
    #[arg(long, value_name = "NAMA")]
    pub sekolah: Option<String>,

    /// Periode berjalan; bawaan: periode terakhir di basis data.
    #[arg(long, value_name = "PERIODE")]
    pub periode: Option<String>,

    /// Format keluaran: table, csv, json, xlsx; bawaan: dari ekstensi -o, selain itu table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<SekolahFormat>,

    /// Tulis ke BERKAS (atomik) alih-alih keluaran standar.
    #[arg(short, long, value_name = "BERKAS")]
    pub output: Option<PathBuf>,
}

/// Stages of the cycle, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TahapArg {
    DiskusiPersiapan,
    Observasi,
    DiskusiTindakLanjut,
    UpayaTindakLanjut,
    Refleksi,
}

impl TahapArg {
    fn code(self) -> &'static str {
        STAGES[self as usize]
    }
}

/// Mencatat tahap siklus kinerja seorang guru (diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi).
#[derive(Debug, clap::Args)]
pub struct SiklusArgs {
    /// NIP guru.
    #[arg(value_name = "NIP")]
    pub nip: String,

    /// Periode siklus, mis. 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember).
    #[arg(long, value_name = "PERIODE")]
    pub periode: String,

    /// Tahap: diskusi-persiapan, observasi, diskusi-tindak-lanjut, upaya-tindak-lanjut, refleksi.
    #[arg(long, value_enum, value_name = "TAHAP")]
    pub tahap: TahapArg,

    /// Tanggal tahap (2026-03-12).
    #[arg(long, value_name = "TANGGAL")]
    pub tanggal: String,

    /// Catatan.
    #[arg(long, value_name = "TEKS", default_value = "")]
    pub catatan: String,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EksporFormat {
    Csv,
    Json,
}

/// Mengekspor seluruh isi basis data sebagai CSV (satu berkas per tabel) atau JSON.
#[derive(Debug, clap::Args)]
pub struct EksporArgs {
    /// Format: json (satu berkas) atau csv (satu berkas per tabel di direktori -o).
    #[arg(long, value_enum, default_value = "json", value_name = "FORMAT")]
    pub format: EksporFormat,

    /// Berkas (json) atau direktori (csv) tujuan; json tanpa -o ke keluaran standar.
    #[arg(short, long, value_name = "TUJUAN")]
    pub output: Option<PathBuf>,
}

fn open(lang: Lang, db: &Path) -> Result<Ledger> {
    let (ledger, opened) = Ledger::open(db).map_err(|e| store_error(lang, db, e))?;
    if let Some(backup) = opened.backup {
        eprintln!(
            "pkguru: {}",
            i18n::riwayat_migrated(
                lang,
                opened.from_version,
                crate::store::VERSION,
                &backup.display().to_string()
            )
        );
    }
    Ok(ledger)
}

fn store_error(lang: Lang, db: &Path, e: StoreError) -> anyhow::Error {
    anyhow!("{}: {}", db.display(), i18n::store_error(lang, &e))
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    match &args.action {
        Action::Tambah(a) => tambah(lang, &args.db, a),
        Action::Guru(a) => guru(lang, &args.db, a),
        Action::Sekolah(a) => sekolah(lang, &args.db, a),
        Action::Siklus(a) => siklus(lang, &args.db, a),
        Action::Ekspor(a) => ekspor(lang, &args.db, a),
    }
}

/// Reads a small CSV of the given columns (by name) into rows; problems located by line.
fn small_csv(lang: Lang, path: &Path, wanted: &[&str]) -> Result<Vec<(u64, Vec<String>)>> {
    let label = path.display().to_string();
    let bytes = crate::sheet::input::read_all(path)
        .map_err(|p| anyhow!("{}", i18n::problem_line(lang, &label, &p)))?;
    let text = crate::scan::text::decode(&bytes)
        .map_err(|e| anyhow!("{}", i18n::problem_line(lang, &label, &Problem::decode(e))))?;
    let mut rdr = crate::scan::text::reader(
        text.as_bytes(),
        crate::scan::text::sniff_first_line(text.as_bytes()),
        true,
    );
    let header: Vec<String> = rdr.headers()?.iter().map(crate::core::text::squash).collect();
    let cols: Vec<usize> = wanted
        .iter()
        .map(|w| {
            let key = crate::core::text::squash(w);
            header
                .iter()
                .position(|h| *h == key)
                .ok_or_else(|| anyhow!("{label}: {}", i18n::err_riwayat_column(lang, w)))
        })
        .collect::<Result<_>>()?;
    let mut out = Vec::new();
    let mut lines = crate::scan::LineTracker::new(1);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| anyhow!("{label}: {e}"))?;
        let line = lines.line(text.as_bytes(), rec.position());
        let row: Vec<String> = cols.iter().map(|&c| rec.get(c).unwrap_or("").trim().to_string()).collect();
        if row.iter().all(String::is_empty) {
            continue;
        }
        out.push((line, row));
    }
    Ok(out)
}

fn tambah(lang: Lang, db: &Path, a: &TambahArgs) -> Result<ExitCode> {
    if a.inputs.is_empty() && a.pak.is_none() && a.ak_lain.is_none() && a.pkb_daftar.is_none() {
        return Err(UsageError(i18n::err_riwayat_nothing(lang)).into());
    }
    if (!a.inputs.is_empty() || a.ak_lain.is_some() || a.pkb_daftar.is_some()) && a.periode.is_none() {
        return Err(UsageError(i18n::err_riwayat_periode(lang)).into());
    }
    let mut ledger = open(lang, db)?;
    if let Some(path) = &a.pak {
        let rows = small_csv(lang, path, &["nip", "golongan", "tmt", "ak_kumulatif", "periode"])?;
        let mut paks = Vec::new();
        for (line, r) in rows {
            let bad = |what: &str| anyhow!("{}:{line}: {what}", path.display());
            r[1].parse::<Golongan>().map_err(|_| bad(&i18n::err_riwayat_value(lang, "golongan", &r[1])))?;
            exact::parse_exact_text(&r[3])
                .ok_or_else(|| bad(&i18n::err_riwayat_value(lang, "ak_kumulatif", &r[3])))?;
            if r[0].is_empty() {
                return Err(bad(&i18n::err_riwayat_value(lang, "nip", "")));
            }
            paks.push(Pak {
                nip: r[0].clone(),
                golongan: r[1].clone(),
                tmt: r[2].clone(),
                ak_kumulatif: r[3].clone(),
                periode: r[4].clone(),
            });
        }
        ledger.set_pak(&paks).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_pak_done(lang, paks.len()));
    }
    if let Some(path) = &a.ak_lain {
        let periode = a.periode.clone().unwrap_or_default();
        let rows = small_csv(lang, path, &["nip", "pkb", "penunjang"])?;
        let mut extra = Vec::new();
        for (line, r) in rows {
            for (i, name) in [(1, "pkb"), (2, "penunjang")] {
                if exact::parse_exact_text(&r[i]).is_none_or(|v| v < int(0)) {
                    return Err(anyhow!(
                        "{}:{line}: {}",
                        path.display(),
                        i18n::err_riwayat_value(lang, name, &r[i])
                    ));
                }
            }
            extra.push(Extra {
                nip: r[0].clone(),
                periode: periode.clone(),
                pkb: r[1].clone(),
                penunjang: r[2].clone(),
            });
        }
        ledger.set_extra(&extra).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_extra_done(lang, extra.len()));
    }
    if let (Some(path), Some(nip)) = (&a.pkb_daftar, &a.nip) {
        // The counted PKB of the list; the period's penunjang, when recorded, stays.
        let periode = a.periode.clone().unwrap_or_default();
        let list = crate::pipeline::prepass::pkb_file(path, a.scoring.sheet_name.as_deref())
            .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
        let nip = nip.trim().to_string();
        let penunjang = ledger
            .extras(&nip)
            .map_err(|e| store_error(lang, db, e))?
            .into_iter()
            .find(|e| e.periode == periode)
            .map_or_else(|| "0".to_string(), |e| e.penunjang);
        let pkb = exact::exact_text(list.totals.total(), '.');
        ledger.set_extra(&[Extra { nip, periode, pkb, penunjang }]).map_err(|e| store_error(lang, db, e))?;
        eprintln!("{}", i18n::riwayat_extra_done(lang, 1));
    }
    if a.inputs.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let periode = a.periode.clone().unwrap_or_default();
    import(lang, db, &mut ledger, &periode, a)
}

/// What the import makes of a teacher: a period's result, or a teacher registered without
/// one (not yet assessed).
enum Imported {
    Result(Box<Record>),
    Registered { nip: String, nama: String, sekolah: String },
}

/// The pipeline's teachers as the ledger's records, in the period's regime.
struct LedgerEncoder {
    regime: Regime,
}

impl crate::pipeline::Encoder for LedgerEncoder {
    type State = ();
    type Batch = Vec<Imported>;

    fn state(&self) {}

    fn batch(&self, spare: Option<Vec<Imported>>, _input_bytes: usize) -> Vec<Imported> {
        let mut out = spare.unwrap_or_default();
        out.clear();
        out
    }

    fn teacher<S: AsRef<str> + Clone>(
        &self,
        _state: &mut (),
        out: &mut Vec<Imported>,
        problems: &mut Vec<Failure>,
        r: &crate::pipeline::Row<'_, S>,
    ) -> bool {
        let t = r.teacher;
        let (nip, nama) = (t.nip_str().trim(), t.nama_str().trim());
        let sekolah = t.sekolah.as_ref().map_or("", |s| s.as_ref().trim());
        if nip.is_empty() {
            let at = Some(nama.to_string()).filter(|n| !n.is_empty());
            let problem =
                Problem::new(r.origin.line, at, ProblemKind::RiwayatNoNip(r.origin.file.to_string()));
            problems.push(Failure { file: r.origin.file.into(), problem, warning: false });
            return true;
        }
        let Some(a) = r.result else {
            out.push(Imported::Registered { nip: nip.into(), nama: nama.into(), sekolah: sekolah.into() });
            return false;
        };
        let nilai = a.score_100();
        let ak = if self.regime.r2023 {
            t.golongan.and_then(|g| self.regime.ak_2023(g, a.predikat))
        } else {
            a.credit.computed().map(|c| c.per_year)
        };
        let text = |x: Option<Exact>| x.map(|v| exact::exact_text(v, '.'));
        let values: Vec<String> = a.scored.values().iter().map(u8::to_string).collect();
        out.push(Imported::Result(Box::new(Record {
            nip: nip.into(),
            nama: nama.into(),
            sekolah: sekolah.into(),
            jenis: r.jenis.code().into(),
            golongan: t.golongan.map_or("", |g| g.as_str()).into(),
            values: values.join(","),
            nilai_exact: exact::exact_text(nilai, '.'),
            nilai: exact::to_f64(nilai),
            predikat: a.predikat.name().into(),
            ak_exact: text(ak),
            ak: ak.map(exact::to_f64),
            penilai: t.appraisal_str(crate::core::teacher::Field::Penilai).trim().into(),
            source: r.origin.file.into(),
            line: r.origin.line,
            regime: self.regime.code().into(),
            jm: text(t.jm(r.jenis)),
            tugas_tambahan: t.tugas_tambahan.map(|k| k.rule().code.to_string()),
            nilai_tambahan: text(t.nilai_tambahan.map(|v| v.scale_100())),
        })));
        false
    }
}

/// The columns of a rekap file `riwayat` imports, by name.
struct Cols {
    sumber: usize,
    baris: usize,
    nama: usize,
    nip: usize,
    sekolah: usize,
    jenis: usize,
    golongan: usize,
    k: Vec<usize>,
    jumlah: usize,
    jumlah_maks: usize,
    predikat: usize,
    ak_tepat: usize,
    penilai: usize,
}

impl Cols {
    fn of(header: &[String]) -> Option<Cols> {
        let at = |n: &str| header.iter().position(|h| h == n);
        let k: Vec<usize> =
            (1..=crate::core::instrument::MAX_COMPETENCIES).map_while(|i| at(&format!("k{i}"))).collect();
        Some(Cols {
            sumber: at("sumber")?,
            baris: at("baris")?,
            nama: at("nama")?,
            nip: at("nip")?,
            sekolah: at("sekolah")?,
            jenis: at("jenis")?,
            golongan: at("golongan")?,
            k,
            jumlah: at("jumlah")?,
            jumlah_maks: at("jumlah_maks")?,
            predikat: at("predikat")?,
            ak_tepat: at("angka_kredit_tepat")?,
            penilai: at("penilai")?,
        })
    }

    /// The record of a rekap row; `Err` with the row's problem, `Ok(None)` for a teacher listed
    /// without results (registered, not assessed).
    fn record(
        &self,
        rec: &csv::StringRecord,
        sep: char,
        (file, line): (&str, u64),
        regime: Regime,
    ) -> Result<Option<Record>, Problem> {
        let cell = |i: usize| {
            let v = rec.get(i).unwrap_or("").trim();
            // The Indonesian dialect writes identifiers as ="…".
            v.strip_prefix("=\"").and_then(|v| v.strip_suffix('"')).unwrap_or(v).to_string()
        };
        let source_line = cell(self.baris).parse::<u64>().ok();
        let source = cell(self.sumber);
        let nip = cell(self.nip);
        if nip.is_empty() {
            let at = Some(cell(self.nama)).filter(|n| !n.is_empty());
            let l = if source.is_empty() || source == file { Some(line) } else { source_line };
            return Err(Problem::new(l, at, ProblemKind::RiwayatNoNip(source)));
        }
        let (jumlah, maks) = (cell(self.jumlah).parse::<i64>(), cell(self.jumlah_maks).parse::<i64>());
        let (Ok(jumlah), Ok(maks)) = (jumlah, maks) else { return Ok(None) };
        let nilai = ratio(100 * jumlah, maks.max(1));
        let ak = if regime.r2023 {
            let golongan = cell(self.golongan).parse().ok();
            let predikat = cell(self.predikat).parse().ok();
            golongan.zip(predikat).and_then(|(g, p)| regime.ak_2023(g, p))
        } else {
            exact::parse_exact_text(&cell(self.ak_tepat).replace(sep, "."))
        };
        let values: Vec<String> = self.k.iter().map(|&i| cell(i)).filter(|v| !v.is_empty()).collect();
        Ok(Some(Record {
            nip,
            nama: cell(self.nama),
            sekolah: cell(self.sekolah),
            jenis: cell(self.jenis),
            golongan: cell(self.golongan),
            values: values.join(","),
            nilai_exact: exact::exact_text(nilai, '.'),
            nilai: exact::to_f64(nilai),
            predikat: cell(self.predikat),
            ak_exact: ak.map(|v| exact::exact_text(v, '.')),
            ak: ak.map(exact::to_f64),
            penilai: cell(self.penilai),
            source: if source.is_empty() { file.to_string() } else { source },
            line: source_line,
            regime: regime.code().to_string(),
            // A rekap file does not show the working behind its angka kredit.
            jm: None,
            tugas_tambahan: None,
            nilai_tambahan: None,
        }))
    }
}

/// Receives the pipeline's records, in input order, and writes them into the import.
struct ImportSink<'a> {
    lang: Lang,
    import: crate::store::Import<'a>,
    failures: Vec<Failure>,
    error: Option<StoreError>,
    imported: u64,
}

impl Sink<Vec<Imported>> for ImportSink<'_> {
    fn batch(&mut self, mut batch: Vec<Imported>) -> Result<Option<Vec<Imported>>> {
        if self.error.is_some() || !self.failures.is_empty() {
            return Ok(Some(batch));
        }
        for entry in batch.drain(..) {
            let added = match &entry {
                Imported::Result(r) => self.import.add(r).map(|added| match added {
                    Added::Duplicate { sumber, baris } => self.failures.push(duplicate(r, &sumber, baris)),
                    _ => self.imported += 1,
                }),
                Imported::Registered { nip, nama, sekolah } => self.import.teacher(nip, nama, sekolah),
            };
            if let Err(e) = added {
                self.error = Some(e);
                break;
            }
        }
        Ok(Some(batch))
    }

    fn failures(&mut self, failures: &[Failure]) -> Result<()> {
        let lang = self.lang;
        for f in failures {
            if f.warning {
                eprintln!("{}", i18n::warning_line(lang, &f.file, &f.problem));
            } else {
                self.failures.push(f.clone());
            }
        }
        Ok(())
    }
}

fn import(lang: Lang, db: &Path, ledger: &mut Ledger, periode: &str, a: &TambahArgs) -> Result<ExitCode> {
    let instruments = a.scoring.instruments(lang)?;
    let all = inputs::expand(&a.inputs);
    // pkguru's own rekaps are read as they are; everything else goes through the engine.
    let (rekaps, sheets): (Vec<Input>, Vec<Input>) = all.into_iter().partition(is_rekap);
    let jobs = super::args::jobs(lang, None)?;
    let (mut sheets, partners, early) = crate::pipeline::prepass::pair(
        sheets,
        a.scoring.sheet_name.as_deref(),
        a.scoring.bands(),
        jobs,
        false,
    );
    let regime = Regime { r2023: a.regime == RegimeArg::R2023, months: a.bulan };
    let mut import = ledger.begin_import(periode, a.ganti).map_err(|e| store_error(lang, db, e))?;
    let mut failures = early;
    let mut imported = 0u64;
    for input in &rekaps {
        let (n, f) = rekap_file(input, &mut import, regime).map_err(|e| store_error(lang, db, e))?;
        imported += n;
        failures.extend(f);
    }
    let opts = Options {
        instruments: &instruments,
        read: a.scoring.read_options(),
        bands: a.scoring.bands(),
        strict: false,
        jobs,
        sheet_name: a.scoring.sheet_name.clone(),
        forms: false,
        values: None,
        partners: &partners,
        overrides: None,
    };
    let mut sink = ImportSink { lang, import, failures: Vec::new(), error: None, imported: 0 };
    if !sheets.is_empty() {
        let encoder = LedgerEncoder { regime };
        crate::pipeline::run(&mut sheets, &opts, &encoder, &mut sink, super::cancel_flag())?;
    }
    failures.extend(partners.unused());
    let ImportSink { import, failures: more, error, imported: n, .. } = sink;
    imported += n;
    failures.extend(more);
    if let Some(e) = error {
        return Err(store_error(lang, db, e));
    }
    if !failures.is_empty() {
        drop(import);
        for f in &failures {
            eprintln!("{}", i18n::problem_line(lang, &f.file, &f.problem));
        }
        eprintln!("{}", i18n::riwayat_import_refused(lang, crate::pipeline::failed_files(&failures)));
        return Ok(ExitCode::FAILURE);
    }
    let written = import.commit().map_err(|e| store_error(lang, db, e))?;
    debug_assert_eq!(written, imported);
    eprintln!("{}", i18n::riwayat_import_done(lang, written, periode, &db.display().to_string()));
    Ok(ExitCode::SUCCESS)
}

fn is_rekap(input: &Input) -> bool {
    input.path.as_deref().is_some_and(|p| {
        let mut head = Vec::new();
        std::fs::File::open(p)
            .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 4096), &mut head))
            .is_ok()
            && !crate::sheet::detect::WORKBOOK_EXTENSIONS
                .contains(&crate::sheet::detect::extension(&input.label).as_str())
            && crate::sheet::detect::is_own_rekap(&head)
            && !crate::scan::text::strip_bom(&head).trim_ascii_start().starts_with(b"[")
            && !crate::scan::text::strip_bom(&head).trim_ascii_start().starts_with(b"{")
    })
}

/// A CSV rekap pkguru wrote (either dialect), into the import.
fn rekap_file(
    input: &Input,
    import: &mut crate::store::Import<'_>,
    regime: Regime,
) -> Result<(u64, Vec<Failure>), StoreError> {
    let path = input.path.as_deref().unwrap_or(Path::new("-"));
    let fail = |p: Problem| Failure { file: input.label.as_str().into(), problem: p, warning: false };
    let bytes = match crate::sheet::input::read_all(path) {
        Ok(b) => b,
        Err(p) => return Ok((0, vec![fail(p)])),
    };
    let text = crate::scan::text::strip_bom(&bytes);
    let delimiter = crate::scan::text::sniff_first_line(text);
    let sep = if delimiter == b';' { ',' } else { '.' };
    let mut rdr = crate::scan::text::reader(text, delimiter, true);
    let header: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => return Ok((0, vec![fail(Problem::csv(&e))])),
    };
    let Some(cols) = Cols::of(&header) else {
        return Ok((0, vec![fail(Problem::file(ProblemKind::RiwayatRekapColumns))]));
    };
    let mut lines = crate::scan::LineTracker::new(1);
    let (mut n, mut failures) = (0, Vec::new());
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                failures.push(fail(Problem::csv(&e)));
                break;
            }
        }
        let line = lines.line(text, rec.position());
        match cols.record(&rec, sep, (&input.label, line), regime) {
            Ok(Some(mut r)) => {
                if r.source.is_empty() {
                    r.source = input.label.clone();
                }
                r.line = r.line.or(Some(line));
                match import.add(&r)? {
                    Added::Duplicate { sumber, baris } => failures.push(duplicate(&r, &sumber, baris)),
                    _ => n += 1,
                }
            }
            Ok(None) => {}
            Err(mut p) => {
                p.line = Some(line);
                failures.push(fail(p));
            }
        }
    }
    Ok((n, failures))
}

/// A teacher met twice in one import, located at the second place.
fn duplicate(r: &Record, sumber: &str, baris: Option<u64>) -> Failure {
    let first = match baris {
        Some(b) => format!("{sumber}:{b}"),
        None => sumber.to_string(),
    };
    let kind = ProblemKind::RiwayatDuplicate { nip: r.nip.clone(), first };
    Failure { file: r.source.as_str().into(), problem: Problem::new(r.line, None, kind), warning: false }
}

/// One teacher's history worked out.
struct History {
    nip: String,
    nama: String,
    sekolah: String,
    periods: Vec<(String, Record)>,
    pak: Option<Pak>,
    /// AK since the baseline: pembelajaran (the yearly angka kredit), PKB, penunjang.
    pembelajaran: Exact,
    pkb: Exact,
    penunjang: Exact,
    golongan: Option<Golongan>,
    /// AKK of the next pangkat, and the PKB minimum within it.
    next: Option<(Golongan, Exact, Exact)>,
    /// Periods counted since the baseline with an angka kredit.
    counted: usize,
}

impl History {
    fn load(ledger: &Ledger, nip: &str) -> Result<Option<History>, StoreError> {
        let Some((nama, sekolah)) = ledger.teacher(nip)? else { return Ok(None) };
        let periods = ledger.results(nip)?;
        let pak = ledger.pak(nip)?;
        let after = |p: &str| pak.as_ref().is_none_or(|b| p > b.periode.as_str());
        let mut pembelajaran = int(0);
        let mut counted = 0;
        for (p, r) in &periods {
            if after(p)
                && let Some(ak) = r.ak_exact.as_deref().and_then(exact::parse_exact_text)
            {
                pembelajaran += ak;
                counted += 1;
            }
        }
        let (mut pkb, mut penunjang) = (int(0), int(0));
        for e in ledger.extras(nip)? {
            if after(&e.periode) {
                pkb += exact::parse_exact_text(&e.pkb).unwrap_or(int(0));
                penunjang += exact::parse_exact_text(&e.penunjang).unwrap_or(int(0));
            }
        }
        let golongan = pak
            .as_ref()
            .map(|p| p.golongan.as_str())
            .or_else(|| periods.last().map(|(_, r)| r.golongan.as_str()))
            .and_then(|g| g.parse::<Golongan>().ok());
        let regime_2023 = periods.last().is_some_and(|(_, r)| r.regime == "2023");
        let next = match golongan {
            // 2023 regime: the jenjang's AK for a kenaikan pangkat within it, or for the
            // kenaikan jenjang when the next golongan starts the next jenjang; no PKB minimum.
            Some(g) if regime_2023 => {
                use crate::core::credit2023::Jenjang;
                match (g.next(), Jenjang::of(g)) {
                    (Some(to), Some(j)) => {
                        let row = j.row();
                        let need =
                            if Jenjang::of(to) == Some(j) { Some(row.ak_pangkat) } else { row.ak_jenjang };
                        need.map(|n| (to, int(n), int(0)))
                    }
                    _ => None,
                }
            }
            Some(g) => g.next().zip(AkkRow::of(g)).map(|(to, row)| (to, row.akk(), row.akpkb())),
            None => None,
        };
        Ok(Some(History {
            nip: nip.to_string(),
            nama,
            sekolah,
            periods,
            pak,
            pembelajaran,
            pkb,
            penunjang,
            golongan,
            next,
            counted,
        }))
    }

    fn total(&self) -> Exact {
        self.pembelajaran + self.pkb + self.penunjang
    }

    fn missing(&self) -> Option<Exact> {
        self.next.map(|(_, akk, _)| (akk - self.total()).max(int(0)))
    }

    /// Periods still needed at the mean rate of the history (`None`: no rate yet).
    fn periods_needed(&self) -> Option<i64> {
        let missing = self.missing()?;
        if missing == int(0) {
            return Some(0);
        }
        if self.counted == 0 || self.pembelajaran <= int(0) {
            return None;
        }
        let rate = self.pembelajaran / int(self.counted as i64);
        Some((missing / rate).ceil().to_integer())
    }

    fn ready(&self) -> bool {
        self.missing() == Some(int(0)) && self.next.is_some_and(|(_, _, pkb)| self.pkb >= pkb)
    }
}

fn num(lang: Lang, x: Exact) -> String {
    exact::human(x, 3, lang.decimal_sep())
}

fn guru(lang: Lang, db: &Path, a: &GuruArgs) -> Result<ExitCode> {
    let ledger = open(lang, db)?;
    let Some(h) = History::load(&ledger, a.nip.trim()).map_err(|e| store_error(lang, db, e))? else {
        return Err(anyhow!("{}: {}", db.display(), i18n::err_riwayat_unknown_nip(lang, &a.nip)));
    };
    let text = match a.format {
        GuruFormat::Json => {
            let periode: Vec<Value> = h
                .periods
                .iter()
                .map(|(p, r)| {
                    json!({"periode": p, "nilai": r.nilai, "nilai_tepat": r.nilai_exact, "predikat": r.predikat,
                           "angka_kredit": r.ak, "angka_kredit_tepat": r.ak_exact, "rezim": r.regime, "golongan": r.golongan,
                           "jm": r.jm, "tugas_tambahan": r.tugas_tambahan, "nilai_tambahan": r.nilai_tambahan,
                           "jenis": r.jenis, "sumber": r.source, "baris": r.line})
                })
                .collect();
            let total = h.total();
            let doc = json!({
                "schema": "pkguru-riwayat-guru/1",
                "nip": h.nip, "nama": h.nama, "sekolah": h.sekolah,
                "periode": periode,
                "pak": h.pak.as_ref().map(|p| json!({"golongan": p.golongan, "tmt": p.tmt, "ak_kumulatif": p.ak_kumulatif, "periode": p.periode})),
                "jumlah_angka_kredit": exact::to_f64(total),
                "jumlah_angka_kredit_tepat": exact::exact_text(total, '.'),
                "pembelajaran": exact::exact_text(h.pembelajaran, '.'),
                "pkb": exact::exact_text(h.pkb, '.'),
                "penunjang": exact::exact_text(h.penunjang, '.'),
                "golongan": h.golongan.map(|g| g.as_str()),
                "pangkat_berikutnya": h.next.map(|(to, akk, pkb)| json!({"golongan": to.as_str(), "akk": exact::to_f64(akk), "pkb_minimal": exact::to_f64(pkb)})),
                "kurang": h.missing().map(exact::to_f64),
                "periode_lagi": h.periods_needed(),
                "siap_naik_pangkat": h.ready(),
            });
            let mut t = serde_json::to_string_pretty(&doc)?;
            t.push('\n');
            t
        }
        GuruFormat::Table => guru_table(lang, &h),
    };
    super::output::write_all(lang, None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn guru_table(lang: Lang, h: &History) -> String {
    use std::fmt::Write as _;
    let sep = lang.decimal_sep();
    let mut out = format!("{} · NIP {} · {}\n", h.nama, h.nip, h.sekolah);
    if let Some(p) = &h.pak {
        let _ = writeln!(
            out,
            "{}",
            i18n::riwayat_pak_line(
                lang,
                &p.golongan,
                &p.tmt,
                &p.ak_kumulatif.replace('.', &sep.to_string()),
                &p.periode
            )
        );
    }
    let heads = i18n::riwayat_guru_headers(lang);
    let _ = writeln!(
        out,
        "\n{:<10} {:<9} {:>8}  {:<10} {:>10}",
        heads[0], heads[1], heads[2], heads[3], heads[4]
    );
    for (p, r) in &h.periods {
        let nilai =
            exact::parse_exact_text(&r.nilai_exact).map(|v| exact::fixed(v, 2, sep)).unwrap_or_default();
        let ak = r
            .ak_exact
            .as_deref()
            .and_then(exact::parse_exact_text)
            .map(|v| exact::fixed(v, 3, sep))
            .unwrap_or_else(|| "—".into());
        let _ = writeln!(out, "{p:<10} {:<9} {nilai:>8}  {:<10} {ak:>10}", r.golongan, r.predikat);
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        i18n::riwayat_since(
            lang,
            &num(lang, h.pembelajaran),
            &num(lang, h.pkb),
            &num(lang, h.penunjang),
            &num(lang, h.total())
        )
    );
    match (h.next, h.missing()) {
        (Some((to, akk, pkb)), Some(missing)) => {
            let from = h.golongan.map_or("", |g| g.as_str());
            let _ = writeln!(
                out,
                "{}",
                i18n::riwayat_next(lang, from, to.as_str(), &num(lang, akk), &num(lang, missing))
            );
            if h.pkb < pkb {
                let _ = writeln!(
                    out,
                    "{}",
                    i18n::riwayat_pkb_short(lang, &num(lang, pkb - h.pkb), &num(lang, pkb))
                );
            }
            match h.periods_needed() {
                Some(0) => {
                    let _ = writeln!(out, "{}", i18n::riwayat_enough(lang));
                }
                Some(n) => {
                    let rate = h.pembelajaran / int(h.counted as i64);
                    let _ = writeln!(out, "{}", i18n::riwayat_projection(lang, &num(lang, rate), n));
                }
                None => {}
            }
        }
        _ => {
            let _ = writeln!(out, "{}", i18n::riwayat_no_next(lang));
        }
    }
    out
}

/// One teacher's line of the school view.
pub struct SchoolRow {
    pub nip: String,
    pub nama: String,
    pub sekolah: String,
    pub last: Option<String>,
    pub total: Exact,
    pub missing: Option<Exact>,
    pub ready: bool,
    pub assessed: bool,
    pub stage: Option<String>,
}

/// The school view: the current period (given, or the latest in the ledger) and a line per
/// teacher (of one school, or all), by name.
pub fn school_rows(
    ledger: &Ledger,
    sekolah: Option<&str>,
    periode: Option<&str>,
) -> Result<(Option<String>, Vec<SchoolRow>), StoreError> {
    let current = match periode {
        Some(p) => Some(p.to_string()),
        None => ledger.latest_period()?,
    };
    let mut rows = Vec::new();
    for (nip, nama, sekolah) in ledger.teachers(sekolah)? {
        let Some(h) = History::load(ledger, &nip)? else { continue };
        let stage = match &current {
            Some(c) => ledger.stage_reached(&nip, c)?.map(|s| s.tahap),
            None => None,
        };
        rows.push(SchoolRow {
            last: h.periods.last().map(|(p, _)| p.clone()),
            assessed: current.as_ref().is_some_and(|c| h.periods.iter().any(|(p, _)| p == c)),
            total: h.total(),
            missing: h.missing(),
            ready: h.ready(),
            stage,
            nip,
            nama,
            sekolah,
        });
    }
    Ok((current, rows))
}

const SCHOOL_COLUMNS: [&str; 9] = [
    "nip",
    "nama",
    "sekolah",
    "periode_terakhir",
    "jumlah_angka_kredit",
    "kurang",
    "siap_naik_pangkat",
    "dinilai_periode_ini",
    "tahap_siklus",
];

impl SchoolRow {
    /// The row as text cells in [`SCHOOL_COLUMNS`] order (exact numbers, `ya`/`tidak`).
    fn cells(&self) -> [String; 9] {
        let yn = |b: bool| if b { "ya" } else { "tidak" }.to_string();
        [
            self.nip.clone(),
            self.nama.clone(),
            self.sekolah.clone(),
            self.last.clone().unwrap_or_default(),
            exact::exact_text(self.total, '.'),
            self.missing.map(|m| exact::exact_text(m, '.')).unwrap_or_default(),
            yn(self.ready),
            yn(self.assessed),
            self.stage.clone().unwrap_or_default(),
        ]
    }
}

fn sekolah(lang: Lang, db: &Path, a: &SekolahArgs) -> Result<ExitCode> {
    let by_extension =
        [("csv", SekolahFormat::Csv), ("json", SekolahFormat::Json), ("xlsx", SekolahFormat::Xlsx)];
    let format =
        super::args::output_format(lang, a.format, a.output.as_deref(), &by_extension, SekolahFormat::Table)?;
    if format == SekolahFormat::Xlsx && super::output::is_stdout(a.output.as_deref()) {
        return Err(UsageError(i18n::err_xlsx_needs_output(lang)).into());
    }
    let ledger = open(lang, db)?;
    let (current, rows) = school_rows(&ledger, a.sekolah.as_deref(), a.periode.as_deref())
        .map_err(|e| store_error(lang, db, e))?;
    let bytes = match format {
        SekolahFormat::Json => {
            let list: Vec<Value> = rows
                .iter()
                .map(|r| {
                    json!({"nip": r.nip, "nama": r.nama, "sekolah": r.sekolah, "periode_terakhir": r.last,
                           "jumlah_angka_kredit": exact::to_f64(r.total), "kurang": r.missing.map(exact::to_f64),
                           "siap_naik_pangkat": r.ready, "dinilai_periode_ini": r.assessed, "tahap_siklus": r.stage})
                })
                .collect();
            let mut t = serde_json::to_vec_pretty(
                &json!({"schema": "pkguru-riwayat-sekolah/1", "periode": current, "guru": list}),
            )?;
            t.push(b'\n');
            t
        }
        SekolahFormat::Csv => {
            let mut w = RowWriter::new(CsvDialect::default());
            for h in SCHOOL_COLUMNS {
                w.text(h);
            }
            w.end();
            for r in &rows {
                for c in r.cells() {
                    w.text(&c);
                }
                w.end();
            }
            w.out
        }
        SekolahFormat::Xlsx => {
            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.cells().to_vec()).collect();
            crate::render::xlsx::simple(i18n::riwayat_sheet_name(lang), &SCHOOL_COLUMNS, &cells, &[4, 5])?
        }
        SekolahFormat::Table => {
            use std::fmt::Write as _;
            let mut out = format!(
                "{}\n",
                i18n::riwayat_school_title(lang, current.as_deref().unwrap_or("—"), rows.len())
            );
            let h = i18n::riwayat_school_headers(lang);
            let _ = writeln!(
                out,
                "{:<20} {:<24} {:<10} {:>9} {:>8} {:<6} {:<8} {}",
                h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
            );
            for r in &rows {
                let nama: String = r.nama.chars().take(24).collect();
                let yes = |b: bool| if b { i18n::riwayat_yes(lang) } else { i18n::riwayat_no(lang) };
                let stage = r.stage.clone().unwrap_or_else(|| i18n::riwayat_not_started(lang).to_string());
                let _ = writeln!(
                    out,
                    "{:<20} {nama:<24} {:<10} {:>9} {:>8} {:<6} {:<8} {stage}",
                    r.nip,
                    r.last.as_deref().unwrap_or("—"),
                    num(lang, r.total),
                    r.missing.map(|x| num(lang, x)).unwrap_or_else(|| "—".into()),
                    yes(r.ready),
                    yes(r.assessed)
                );
            }
            out.into_bytes()
        }
    };
    super::output::write_all(lang, a.output.as_deref(), &bytes)?;
    Ok(ExitCode::SUCCESS)
}

fn siklus(lang: Lang, db: &Path, a: &SiklusArgs) -> Result<ExitCode> {
    let mut ledger = open(lang, db)?;
    let stage = Stage {
        nip: a.nip.trim().to_string(),
        periode: a.periode.clone(),
        tahap: a.tahap.code().to_string(),
        tanggal: a.tanggal.clone(),
        catatan: a.catatan.clone(),
    };
    let missing = ledger.add_stage(&stage).map_err(|e| store_error(lang, db, e))?;
    if !missing.is_empty() {
        eprintln!("pkguru: {}", i18n::riwayat_stage_early(lang, stage.tahap.as_str(), &missing.join(", ")));
    }
    eprintln!("{}", i18n::riwayat_stage_done(lang, &stage.nip, &stage.tahap, &stage.periode));
    Ok(ExitCode::SUCCESS)
}

fn ekspor(lang: Lang, db: &Path, a: &EksporArgs) -> Result<ExitCode> {
    let ledger = open(lang, db)?;
    match a.format {
        EksporFormat::Json => {
            let mut doc = serde_json::Map::new();
            doc.insert("schema".into(), json!("pkguru-riwayat-ekspor/1"));
            doc.insert("versi_skema".into(), json!(crate::store::VERSION));
            for t in Table::ALL {
                let (names, rows) = ledger.dump(t).map_err(|e| store_error(lang, db, e))?;
                let rows: Vec<Value> = rows
                    .into_iter()
                    .map(|r| {
                        Value::Object(names.iter().cloned().zip(r.into_iter().map(|v| json!(v))).collect())
                    })
                    .collect();
                doc.insert(t.name().into(), Value::Array(rows));
            }
            let mut text = serde_json::to_vec_pretty(&Value::Object(doc))?;
            text.push(b'\n');
            super::output::write_all(lang, a.output.as_deref(), &text)?;
        }
        EksporFormat::Csv => {
            let dir = a.output.as_deref().ok_or_else(|| UsageError(i18n::err_riwayat_csv_dir(lang)))?;
            std::fs::create_dir_all(dir)?;
            for t in Table::ALL {
                let (names, rows) = ledger.dump(t).map_err(|e| store_error(lang, db, e))?;
                let mut w = RowWriter::new(CsvDialect::default());
                for n in &names {
                    w.text(n);
                }
                w.end();
                for r in rows {
                    for v in r {
                        w.text(v.as_deref().unwrap_or(""));
                    }
                    w.end();
                }
                super::output::write_all(lang, Some(&dir.join(format!("{}.csv", t.name()))), &w.out)?;
            }
        }
    }
    let _ = std::io::stdout().flush();
    Ok(ExitCode::SUCCESS)
}

/// The report's riwayat section: the school view of the ledger for the report's teachers (by
/// NIP), in the report's language.
pub fn report_section(
    lang: Lang,
    db: &Path,
    summary: &crate::render::report::Summary,
) -> Result<crate::render::report::Riwayat> {
    let ledger = open(lang, db)?;
    let (current, rows) = school_rows(&ledger, None, None).map_err(|e| store_error(lang, db, e))?;
    let nips: std::collections::HashSet<&str> = summary
        .rows
        .iter()
        .map(|r| r.nip.as_str())
        .chain(summary.unassessed.iter().map(|u| u.1.as_str()))
        .collect();
    let yes = |b: bool| if b { i18n::riwayat_yes(lang) } else { i18n::riwayat_no(lang) }.to_string();
    let rows = rows
        .into_iter()
        .filter(|r| nips.contains(r.nip.as_str()))
        .map(|r| {
            [
                r.nama,
                r.nip,
                r.last.unwrap_or_else(|| "—".into()),
                num(lang, r.total),
                r.missing.map(|x| num(lang, x)).unwrap_or_else(|| "—".into()),
                yes(r.ready),
                r.stage.unwrap_or_else(|| i18n::riwayat_not_started(lang).to_string()),
            ]
        })
        .collect();
    Ok(crate::render::report::Riwayat { periode: current.unwrap_or_else(|| "—".into()), rows })
}
