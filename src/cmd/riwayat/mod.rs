//! `pkguru riwayat`: the ledger of results per teacher and period (an embedded SQLite file),
//! promotion progress from the actual history, and the performance cycle's stages.
//!
//! `tambah` reads any input `batch` reads through the pipeline into one transaction for one
//! period (`--periode`, or the one the sheets name; teachers without a NIP are left out with a
//! warning each); a rekap pkguru wrote is read as it is. `guru`, `sekolah`, `siklus` and `ekspor` read or add to it. The rules are the core's
//! (`core::riwayat`), the storage the ledger's (`pkguru-store`), the views the renderers'.

mod sink;
mod tambah;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::core::riwayat::Tahap;
use crate::lang::Lang;

use super::args::{OutputArgs, ScoringArgs, formats};

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

    /// Periode: tahun (2026) atau semester (2026-1); bawaan: periode yang disebut lembar-lembarnya.
    #[arg(long, value_name = "PERIODE")]
    pub periode: Option<String>,

    /// Ganti hasil periode itu yang sudah ada (tanpa ini, impor ulang ditolak).
    #[arg(long)]
    pub ganti: bool,

    /// PAK terakhir per guru (CSV: nip, golongan, tmt, ak_kumulatif, periode); AK kumulatif di atas minimal golongannya (2009) atau nilai dasar jenjangnya (2023) dibawa ke kenaikan berikutnya.
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

impl From<RegimeArg> for crate::core::riwayat::Regime {
    fn from(a: RegimeArg) -> Self {
        match a {
            RegimeArg::R2009 => crate::core::riwayat::Regime::R2009,
            RegimeArg::R2023 => crate::core::riwayat::Regime::R2023,
        }
    }
}

formats!(
    /// Output formats of `riwayat guru`.
    GuruFormat { Table, Csv, Json, Xlsx }
);

/// Riwayat seorang guru: hasil per periode, AK sejak PAK terakhir, kekurangan, proyeksi.
#[derive(Debug, clap::Args)]
pub struct GuruArgs {
    /// NIP guru.
    #[arg(value_name = "NIP")]
    pub nip: String,

    /// Format keluaran: table, csv, json, xlsx (satu baris per periode); bawaan: dari ekstensi -o, selain itu table.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<GuruFormat>,

    #[command(flatten)]
    pub out: OutputArgs,
}

formats!(
    /// Output formats of `riwayat sekolah`.
    SekolahFormat { Table, Csv, Json, Xlsx }
);

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

    #[command(flatten)]
    pub out: OutputArgs,
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
    /// The core's stage.
    pub fn tahap(self) -> Tahap {
        Tahap::ALL[self as usize]
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

    /// Tanggal tahap: 2026-03-12, atau hari dulu 12-03-2026.
    #[arg(long, value_name = "TANGGAL")]
    pub tanggal: String,

    /// Catatan (ditampilkan oleh `riwayat guru` dan `riwayat sekolah`).
    #[arg(long, value_name = "TEKS", default_value = "")]
    pub catatan: String,

    /// Ganti tahap yang sudah dicatat untuk periode itu (tanggal dan catatannya hilang).
    #[arg(long)]
    pub ganti: bool,
}

formats!(
    /// Export formats.
    EksporFormat { Csv, Json }
);

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

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    match &args.action {
        Action::Tambah(a) => tambah::run(lang, &args.db, a),
        Action::Guru(a) => views::guru(lang, &args.db, a),
        Action::Sekolah(a) => views::sekolah(lang, &args.db, a),
        Action::Siklus(a) => views::siklus(lang, &args.db, a),
        Action::Ekspor(a) => views::ekspor(lang, &args.db, a),
    }
}
