//! `pkguru template`: a blank score sheet to fill in — one teacher (identity rows, then one
//! row per indicator with an empty `skor`), or the header of the wide, one-row-per-teacher layout.

use crate::lang::Lang;
use std::process::ExitCode;

use anyhow::Result;

use crate::core::instrument::{Instrument, Jenis};
use crate::core::tambahan::Instrumen;
use crate::forms::FormKind;
use crate::i18n;
use crate::render::template::{long_csv, long_json, wide_csv};
use crate::render::{forms, tambahan};

use super::UsageError;
use super::args::OutputArgs;
use super::output;
use crate::render::export::Format;

/// Which instrument(s) or form the template is for: the PK Guru instruments, a tugas tambahan
/// instrument, or any standalone form kind (its code, as `crate::forms::FormKind` names it:
/// a new kind is offered here without a change to this file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateJenis {
    Kelas,
    Bk,
    /// Kelas dan BK dalam satu berkas lebar (hanya dengan --wide).
    Campur,
    Tambahan(Instrumen),
    Form(FormKind),
}

impl clap::ValueEnum for TemplateJenis {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::OnceLock<Vec<TemplateJenis>> = std::sync::OnceLock::new();
        ALL.get_or_init(|| {
            let mut all = vec![TemplateJenis::Kelas, TemplateJenis::Bk, TemplateJenis::Campur];
            all.extend(FormKind::ALL.into_iter().filter(|k| !k.needs_definition()).map(TemplateJenis::Form));
            all.extend(Instrumen::ALL.map(TemplateJenis::Tambahan));
            all
        })
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            TemplateJenis::Kelas => "kelas",
            TemplateJenis::Bk => "bk",
            TemplateJenis::Campur => "campur",
            TemplateJenis::Tambahan(i) => i.code(),
            TemplateJenis::Form(k) => k.code(),
        }))
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
    let form = match args.jenis {
        TemplateJenis::Form(k) => Some(k),
        _ => None,
    };
    if args.kejuruan && !form.is_some_and(forms::has_variant) {
        return Err(UsageError(i18n::err_kejuruan_needs_evaluasi(lang)).into());
    }
    let dialect = args.out.dialect();
    let chosen = args.out.format(lang, args.format, Format::Csv)?;
    let format = TemplateFormat::of(chosen);
    if let TemplateJenis::Tambahan(which) = args.jenis {
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
    if let Some(kind) = form {
        if args.wide {
            return Err(UsageError(i18n::err_evaluasi_not_wide(lang)).into());
        }
        let bytes = forms::template(lang, kind, args.kejuruan, chosen, dialect)?;
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
