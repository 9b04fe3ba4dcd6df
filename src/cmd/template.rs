//! `pkguru template`: a blank score sheet to fill in — one teacher (identity rows, then one
//! row per indicator with an empty `skor`), or the header of the wide, one-row-per-teacher layout.

use crate::lang::Lang;
use std::process::ExitCode;

use anyhow::Result;

use crate::core::evaluasi::Form;
use crate::core::instrument::{Instrument, Jenis};
use crate::core::tambahan::Instrumen;
use crate::i18n;
use crate::render::template::{long_csv, long_json, wide_csv};
use crate::render::{evaluasi, tambahan};

use super::UsageError;
use super::args::OutputArgs;
use super::output;
use crate::render::export::Format;

/// Which instrument(s) the template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateJenis {
    Kelas,
    Bk,
    /// Kelas dan BK dalam satu berkas lebar (hanya dengan --wide).
    Campur,
    /// Evaluasi diri administrasi perencanaan pembelajaran (18 butir; 21 dengan --kejuruan).
    EvaluasiDiri,
    /// Instrumen tugas tambahan kepala sekolah/madrasah (6 komponen).
    KepalaSekolah,
    /// Instrumen wakil kepala bidang kurikulum (5 komponen).
    WakilKepalaKurikulum,
    /// Instrumen wakil kepala bidang kesiswaan (5 komponen).
    WakilKepalaKesiswaan,
    /// Instrumen wakil kepala bidang sarana prasarana (5 komponen).
    WakilKepalaSarana,
    /// Instrumen wakil kepala bidang hubungan masyarakat (5 komponen).
    WakilKepalaHumas,
    /// Instrumen kepala laboratorium/bengkel (7 komponen).
    KepalaLaboratorium,
    /// Instrumen kepala perpustakaan (10 komponen).
    KepalaPerpustakaan,
}

impl TemplateJenis {
    /// The tugas tambahan instrument this names, if it names one.
    fn tambahan(self) -> Option<Instrumen> {
        Some(match self {
            TemplateJenis::KepalaSekolah => Instrumen::KepalaSekolah,
            TemplateJenis::WakilKepalaKurikulum => Instrumen::WakaKurikulum,
            TemplateJenis::WakilKepalaKesiswaan => Instrumen::WakaKesiswaan,
            TemplateJenis::WakilKepalaSarana => Instrumen::WakaSarana,
            TemplateJenis::WakilKepalaHumas => Instrumen::WakaHumas,
            TemplateJenis::KepalaLaboratorium => Instrumen::KepalaLaboratorium,
            TemplateJenis::KepalaPerpustakaan => Instrumen::KepalaPerpustakaan,
            _ => return None,
        })
    }
}

super::args::formats!(
    /// Output formats of a template.
    TemplateFormat { Csv, Json, Xlsx }
);

impl TemplateFormat {
    /// The template's form of a format [`super::args::output_format`] chose among these.
    fn of(f: Format) -> TemplateFormat {
        match f {
            Format::Json => TemplateFormat::Json,
            Format::Xlsx => TemplateFormat::Xlsx,
            _ => TemplateFormat::Csv,
        }
    }
}

/// Membuat lembar penilaian kosong untuk diisi.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Instrumen: kelas (bawaan), bk, campur (kelas dan BK, hanya dengan --wide), evaluasi-diri, atau instrumen tugas tambahan (kepala-sekolah, wakil-kepala-kurikulum, …).
    #[arg(long, value_enum, default_value = "kelas", value_name = "JENIS")]
    pub jenis: TemplateJenis,

    /// Dengan --jenis evaluasi-diri: bentuk SMK dengan tiga butir kejuruan (job sheet, kisi-kisi dan soal praktik, daftar nilai praktik).
    #[arg(long)]
    pub kejuruan: bool,

    /// Header format lebar: kolom identitas lalu satu kolom per ID indikator, satu baris per guru.
    #[arg(long)]
    pub wide: bool,

    /// Format: csv, json, xlsx; bawaan: dari ekstensi -o, selain itu csv.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<TemplateFormat>,

    #[command(flatten)]
    pub out: OutputArgs,
}

/// Runs the command.
pub fn run(args: &Args, lang: Lang) -> Result<ExitCode> {
    if args.kejuruan && args.jenis != TemplateJenis::EvaluasiDiri {
        return Err(UsageError(i18n::err_kejuruan_needs_evaluasi(lang)).into());
    }
    let dialect = args.out.dialect();
    let format = TemplateFormat::of(args.out.format(lang, args.format, Format::Csv)?);
    if let Some(which) = args.jenis.tambahan() {
        if args.wide {
            return Err(UsageError(i18n::err_evaluasi_not_wide(lang)).into());
        }
        let bytes = match format {
            TemplateFormat::Csv => tambahan::template_csv(lang, which, dialect)?,
            TemplateFormat::Json => tambahan::template_json(which)?,
            TemplateFormat::Xlsx => tambahan::template_xlsx(lang, which)?,
        };
        output::write_all(lang, args.out.path(), &bytes)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.jenis == TemplateJenis::EvaluasiDiri {
        if args.wide {
            return Err(UsageError(i18n::err_evaluasi_not_wide(lang)).into());
        }
        let form = if args.kejuruan { Form::Kejuruan } else { Form::Umum };
        let bytes = match format {
            TemplateFormat::Csv => evaluasi::template_csv(lang, form, dialect)?,
            TemplateFormat::Json => evaluasi::template_json(form)?,
            TemplateFormat::Xlsx => evaluasi::template_xlsx(lang, form)?,
        };
        output::write_all(lang, args.out.path(), &bytes)?;
        return Ok(ExitCode::SUCCESS);
    }
    let jenis = match (args.jenis, args.wide) {
        (TemplateJenis::Campur, false) => {
            return Err(UsageError(i18n::err_campur_needs_wide(lang)).into());
        }
        (TemplateJenis::Kelas, _) => vec![Jenis::Kelas],
        (TemplateJenis::Bk, _) => vec![Jenis::Bk],
        (TemplateJenis::Campur, true) => vec![Jenis::Kelas, Jenis::Bk],
        (_, _) => unreachable!("handled above"),
    };
    let bytes = match (format, args.wide) {
        (TemplateFormat::Csv, false) => long_csv(lang, Instrument::embedded(jenis[0]), dialect)?,
        (TemplateFormat::Csv, true) => wide_csv(&jenis, dialect)?,
        (TemplateFormat::Json, false) => long_json(Instrument::embedded(jenis[0]))?,
        (TemplateFormat::Json, true) => return Err(UsageError(i18n::err_wide_json(lang)).into()),
        (TemplateFormat::Xlsx, wide) => crate::render::xlsx::template(lang, &jenis, wide)?,
    };
    output::write_all(lang, args.out.path(), &bytes)?;
    Ok(ExitCode::SUCCESS)
}
