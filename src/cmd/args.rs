//! Arguments shared by the subcommands: the instrument and band options (`ScoringArgs`), the
//! identity options that override a sheet (`IdentityArgs`), and the command-line spellings
//! of core enums (clap's `ValueEnum`s, mapped to the core types here so `core` knows nothing
//! of clap).

use crate::lang::Lang;
use std::path::PathBuf;

use anyhow::anyhow;

use crate::core::credit2023::Jenjang;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::overrides::Overrides;
use crate::core::predikat::Bands;
use crate::core::teacher::{Field, Teacher};
use crate::core::tugas::{TugasLain, TugasTambahan};
use crate::i18n;
use crate::render::csv::CsvDialect;
use crate::render::export::{self, Format};
use crate::sheet::{self, Instruments, ReadOptions};

use super::UsageError;

/// Declares a clap `ValueEnum` mirroring a core enum, variant for variant, and the mapping.
macro_rules! value_enum {
    ($(#[$meta:meta])* $name:ident => $core:ty { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name { $($variant),+ }

        impl From<$name> for $core {
            fn from(a: $name) -> $core {
                match a { $($name::$variant => <$core>::$variant),+ }
            }
        }
    };
}

value_enum!(
    /// `--jenis`.
    JenisArg => Jenis { Kelas, Bk }
);
value_enum!(
    /// `--bands`.
    BandsArg => Bands { Upper, Lower, Round }
);
value_enum!(
    /// `--tugas-tambahan`.
    TugasTambahanArg => TugasTambahan {
        KepalaSekolah, WakilKepala, KetuaProgram, KepalaPerpustakaan, KepalaLaboratorium
    }
);
value_enum!(
    /// `--tugas`.
    TugasLainArg => TugasLain {
        WaliKelas, TimKurikulum, PembimbingGuruPemula, PembinaEkstrakurikuler, PengawasPenilaian,
        PembimbingPublikasi, Sementara
    }
);
value_enum!(
    /// `--jenjang`.
    JenjangArg => Jenjang { AhliPertama, AhliMuda, AhliMadya, AhliUtama }
);
/// Declares a command's `--format` values: a clap `ValueEnum` naming some of the output
/// formats, each mapped to the one [`Format`] of the output side.
macro_rules! formats {
    ($(#[$meta:meta])* $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name { $($variant),+ }

        impl $crate::cmd::args::Formats for $name {
            const OFFERED: &'static [$crate::render::export::Format] =
                &[$($crate::render::export::Format::$variant),+];

            fn format(self) -> $crate::render::export::Format {
                match self { $($name::$variant => $crate::render::export::Format::$variant),+ }
            }
        }
    };
}
pub(crate) use formats;

formats!(
    /// `--format` of `batch`.
    RekapFormatArg { Csv, Json, Jsonl, Xlsx }
);

/// A command's `--format` values.
pub trait Formats: Copy {
    /// The formats the command offers.
    const OFFERED: &'static [Format];
    fn format(self) -> Format;
}

/// Where a command's result goes and in which CSV dialect: the output arguments every
/// command that writes a result shares (its `--format` is its own: what it offers differs).
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// Tulis ke BERKAS (atomik: berkas lama diganti hanya bila selesai) alih-alih keluaran standar; format dari ekstensinya.
    #[arg(short, long, value_name = "BERKAS")]
    pub output: Option<PathBuf>,

    /// Dialek CSV keluaran: standard (bawaan; koma, UTF-8) atau id (Excel Indonesia: titik koma, BOM, CRLF).
    #[arg(long, value_enum, default_value = "standard", value_name = "DIALEK")]
    pub csv_dialect: DialectArg,
}

impl OutputArgs {
    /// The output file, if one was named (`-` is standard output).
    pub fn path(&self) -> Option<&std::path::Path> {
        self.output.as_deref()
    }

    pub fn dialect(&self) -> CsvDialect {
        self.csv_dialect.into()
    }

    /// The format of the result: see [`output_format`].
    pub fn format<F: Formats>(
        &self,
        lang: Lang,
        given: Option<F>,
        fallback: Format,
    ) -> Result<Format, UsageError> {
        output_format(lang, given, self.path(), fallback)
    }
}

/// `--csv-dialect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DialectArg {
    /// Koma, titik desimal, UTF-8 tanpa BOM, LF.
    #[default]
    Standard,
    /// Excel Indonesia: titik koma, koma desimal, BOM UTF-8, CRLF.
    Id,
}

impl From<DialectArg> for CsvDialect {
    fn from(a: DialectArg) -> CsvDialect {
        match a {
            DialectArg::Standard => CsvDialect::STANDARD,
            DialectArg::Id => CsvDialect::INDONESIAN,
        }
    }
}

/// Options that choose the instrument and the predikat band convention.
#[derive(Debug, Clone, clap::Args)]
pub struct ScoringArgs {
    /// Instrumen: kelas (guru kelas/mapel) atau bk (guru BK/konselor); bawaan: dari lembar.
    #[arg(long, value_enum, value_name = "JENIS")]
    pub jenis: Option<JenisArg>,

    /// Edisi instrumen lain (CSV: kompetensi,nama_kompetensi,ranah,indikator,uraian); perlu --jenis.
    #[arg(long, value_name = "BERKAS", requires = "jenis")]
    pub instrument: Option<PathBuf>,

    /// Konvensi celah tabel predikat: upper (bawaan), lower, round.
    #[arg(long, value_enum, default_value_t = BandsArg::Upper, value_name = "KONVENSI")]
    pub bands: BandsArg,

    /// Lembar kerja yang dibaca dari workbook (bawaan: yang pertama).
    #[arg(long = "sheet", value_name = "NAMA")]
    pub sheet_name: Option<String>,

    /// Kode indikator berupa nomor urut 1–78 (BK 1–70) menurut instrumen, seperti di sebagian basis data.
    #[arg(long = "nomor-urut")]
    pub numbered: bool,

    /// Berkas skema penilaian sekolah (TOML) yang dinamai lembar skema; boleh berulang. Skema smk-lama sudah tersedia.
    #[arg(long = "skema", value_name = "BERKAS")]
    pub skema: Vec<PathBuf>,
}

impl ScoringArgs {
    /// The instruments to use, with `--instrument` loaded and validated.
    pub fn instruments(&self, lang: Lang) -> anyhow::Result<Instruments> {
        let mut all = Instruments::default();
        if let (Some(path), Some(jenis)) = (&self.instrument, self.jenis) {
            let label = path.display().to_string();
            let bytes =
                sheet::input::read_all(path).map_err(|p| anyhow!(i18n::problem_line(lang, &label, &p)))?;
            let text = crate::scan::text::decode(&bytes)
                .map_err(|e| anyhow!(i18n::problem_line(lang, &label, &sheet::Problem::decode(e))))?;
            let instrument = Instrument::parse(jenis.into(), &label, text)
                .map_err(|e| anyhow!(i18n::instrument_error(lang, &e)))?;
            all.replace(instrument);
        }
        Ok(all)
    }

    /// The schemes a sheet may name: those pkguru ships and those given with `--skema`, each
    /// file read and checked (a bad one is a data error, located).
    pub fn schemes(&self, lang: Lang) -> anyhow::Result<crate::forms::skema::Schemes> {
        let mut all = crate::forms::skema::Schemes::builtin();
        for path in &self.skema {
            all.add(read_scheme(lang, path)?);
        }
        Ok(all)
    }

    /// Reading options.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions { jenis: self.jenis.map(Into::into), numbered: self.numbered }
    }

    /// The band convention.
    pub fn bands(&self) -> Bands {
        self.bands.into()
    }
}

/// Golongan, hours and tugas tambahan given on the command line; they override the sheet and
/// are parsed by the same rules as sheet fields.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct IdentityArgs {
    /// Golongan/ruang, mis. III/c (juga: "III c", IIIc, 3c).
    #[arg(long, value_name = "GOL")]
    pub golongan: Option<String>,

    /// Jam tatap muka per minggu (guru kelas/mapel).
    #[arg(long, value_name = "JAM")]
    pub jam: Option<String>,

    /// Jumlah konseli per tahun (guru BK).
    #[arg(long, value_name = "N")]
    pub konseli: Option<String>,

    /// Tugas tambahan yang mengurangi jam: {tugas_tambahan}.
    #[arg(long, value_enum, value_name = "JENIS")]
    pub tugas_tambahan: Option<TugasTambahanArg>,

    /// Nilai PK tugas tambahan: skala 100 (85,5) atau total/maks (20/24).
    #[arg(long, value_name = "NILAI")]
    pub nilai_tambahan: Option<String>,

    /// Daftar kegiatan PKB guru ini (lihat `pkguru pkb`): AK PKB dihitung darinya, dan kekurangannya disebut.
    #[arg(long, value_name = "BERKAS")]
    pub pkb: Option<std::path::PathBuf>,

    /// Lembar instrumen tugas tambahan guru ini (dari `template --jenis kepala-sekolah` dst.): dinilai lalu dipadukan.
    #[arg(long, value_name = "BERKAS")]
    pub tambahan: Option<std::path::PathBuf>,

    /// Tugas yang tidak mengurangi jam (boleh berulang): {tugas_5} (+5 % masing-masing); {tugas_2} (+2 %).
    #[arg(long = "tugas", value_enum, value_name = "TUGAS")]
    pub tugas: Vec<TugasLainArg>,

    /// AK PKB yang sudah diperoleh menuju pangkat berikutnya.
    #[arg(long, value_name = "AK")]
    pub ak_pkb: Option<String>,

    /// AK penunjang yang sudah diperoleh menuju pangkat berikutnya.
    #[arg(long, value_name = "AK")]
    pub ak_penunjang: Option<String>,
}

impl IdentityArgs {
    /// The values given, parsed by the same rules as sheet fields; a malformed value is a
    /// usage error.
    pub fn overrides(&self, lang: Lang) -> Result<Overrides, UsageError> {
        let mut o = Overrides::default();
        let given = [
            (Field::Golongan, &self.golongan),
            (Field::Jam, &self.jam),
            (Field::Konseli, &self.konseli),
            (Field::NilaiTambahan, &self.nilai_tambahan),
            (Field::AkPkb, &self.ak_pkb),
            (Field::AkPenunjang, &self.ak_penunjang),
        ];
        for (f, v) in given {
            if let Some(v) = v {
                o.set(f, v).map_err(|e| {
                    UsageError(format!("--{}: {}", f.key().replace('_', "-"), i18n::field_error(lang, &e)))
                })?;
            }
        }
        if let Some(k) = self.tugas_tambahan {
            o.tugas_tambahan(k.into());
        }
        if !self.tugas.is_empty() {
            let mut set = crate::core::tugas::TugasSet::default();
            for &x in &self.tugas {
                set.add(x.into());
            }
            o.tugas_lain(set);
        }
        Ok(o)
    }

    /// The PKB list of `--pkb`, counted: its total becomes the teacher's `ak_pkb`; the note
    /// says what the next promotion still needs, when anything.
    pub fn pkb(
        &self,
        lang: Lang,
        t: &mut Teacher<String>,
    ) -> anyhow::Result<Option<crate::core::assessment::Note>> {
        let Some(path) = &self.pkb else { return Ok(None) };
        let list = crate::pipeline::prepass::pkb_file(path, None)
            .map_err(|e| anyhow!(i18n::sheet_error(lang, &e)))?;
        t.ak_pkb = Some(list.totals.total());
        Ok(crate::core::pkb::missing_for(&list.totals, t.golongan)
            .map(crate::core::assessment::Note::PkbMissing))
    }

    /// The tugas tambahan given, as the core type.
    pub fn tugas_tambahan(&self) -> Option<TugasTambahan> {
        self.tugas_tambahan.map(Into::into)
    }
}

/// The output format: `--format`, else the format the output file's extension names among
/// those the command offers, else `fallback` (through `render::export::resolve`, the one place
/// this is decided). A `--format` that contradicts the extension is a usage error (a file
/// called `rekap.xlsx` holding CSV text would open as garbage), and so is a workbook to
/// standard output (a PDF may go down a pipe, to a printer).
pub fn output_format<F: Formats>(
    lang: Lang,
    given: Option<F>,
    output: Option<&std::path::Path>,
    fallback: Format,
) -> Result<Format, UsageError> {
    let format = export::resolve(given.map(F::format), output, F::OFFERED, fallback)
        .map_err(|c| UsageError(i18n::err_format_extension(lang, c.given.name(), &c.extension)))?;
    if format == Format::Xlsx && super::output::is_stdout(output) {
        return Err(UsageError(i18n::err_xlsx_needs_output(lang)));
    }
    Ok(format)
}

/// `--jobs`: at least 1; the number of cores by default.
pub fn jobs(lang: Lang, given: Option<usize>) -> Result<usize, UsageError> {
    match given {
        Some(0) => Err(UsageError(i18n::err_jobs_zero(lang))),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// Reads and checks a scheme file; its problems, located, as one error.
pub fn read_scheme(lang: Lang, path: &std::path::Path) -> anyhow::Result<crate::core::skema::Scheme> {
    let label = path.display().to_string();
    let bytes = sheet::input::read_all(path).map_err(|p| anyhow!(i18n::problem_line(lang, &label, &p)))?;
    let text = crate::scan::text::decode(&bytes)
        .map_err(|e| anyhow!(i18n::problem_line(lang, &label, &sheet::Problem::decode(e))))?;
    crate::forms::skema::file::parse(text).map_err(|problems| {
        let lines: Vec<String> =
            problems.iter().map(|p| format!("  {}", i18n::problem_line(lang, &label, p))).collect();
        anyhow!("{}\n{}", i18n::err_skema_file(lang, &label), lines.join("\n"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    /// The output file's extension picks the format among those offered; a contradicting
    /// `--format` is refused, and so is a workbook to standard output.
    #[test]
    fn format_from_the_output_extension() {
        use std::path::Path;
        let pick = |given, out: &str| output_format(Lang::Id, given, Some(Path::new(out)), Format::Csv);
        assert_eq!(pick(None, "rekap.XLSX").unwrap(), Format::Xlsx);
        assert_eq!(pick(None, "rekap.ndjson").unwrap(), Format::Jsonl);
        assert_eq!(pick(None, "rekap.pdf").unwrap(), Format::Csv);
        assert_eq!(pick(Some(RekapFormatArg::Jsonl), "rekap.txt").unwrap(), Format::Jsonl);
        assert!(pick(Some(RekapFormatArg::Csv), "rekap.xlsx").is_err());
        assert!(pick(Some(RekapFormatArg::Xlsx), "-").is_err());
        assert!(output_format(Lang::Id, Some(RekapFormatArg::Xlsx), None, Format::Csv).is_err());
        assert_eq!(output_format::<RekapFormatArg>(Lang::Id, None, None, Format::Csv).unwrap(), Format::Csv);
    }

    /// The command-line spellings are the core codes, in table order.
    #[test]
    fn value_enums_spell_the_core_codes() {
        let names = |v: &[TugasTambahanArg]| -> Vec<String> {
            v.iter().map(|x| x.to_possible_value().unwrap().get_name().to_string()).collect()
        };
        let codes: Vec<String> = TugasTambahan::codes().map(str::to_string).collect();
        assert_eq!(names(TugasTambahanArg::value_variants()), codes);
        let lain: Vec<String> = TugasLainArg::value_variants()
            .iter()
            .map(|x| x.to_possible_value().unwrap().get_name().to_string())
            .collect();
        assert_eq!(lain, TugasLain::codes().map(str::to_string).collect::<Vec<_>>());
        for (a, core) in TugasLainArg::value_variants().iter().zip(TugasLain::ALL) {
            assert_eq!(TugasLain::from(*a), core);
        }
        for (a, core) in TugasTambahanArg::value_variants().iter().zip(TugasTambahan::ALL) {
            assert_eq!(TugasTambahan::from(*a), core);
        }
        let jenjang: Vec<String> = JenjangArg::value_variants()
            .iter()
            .map(|x| x.to_possible_value().unwrap().get_name().to_string())
            .collect();
        let rows: Vec<&str> = crate::core::credit2023::JENJANG_TABLE.iter().map(|r| r.code).collect();
        assert_eq!(jenjang, rows);
        assert_eq!(Jenis::from(JenisArg::Bk), Jenis::Bk);
        assert_eq!(Bands::from(BandsArg::Round), Bands::Round);
    }
}
